#!/usr/bin/env bash
# Installs, builds, then runs the main job on the bundled toy task (configs/toy.yaml, data/toy).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh -DRNNSEARCH_BUILD_TESTS=OFF
bin=build/rnnsearch

echo "== toy task: $(wc -l < data/toy/train.src) training pairs, e.g."
paste -d '\n' <(head -2 data/toy/train.src) <(head -2 data/toy/train.trg) | sed 's/^/   /'

# The quickstart's model directory is its own scratch space: start it afresh each run.
rm -rf models/toy
echo "== train: configs/toy.yaml -> models/toy (about a minute on 2 cores)"
"$bin" train --config configs/toy.yaml
# Translation and evaluation join this script as their issues land (#4, #5).
echo "quickstart done: model in models/toy (best.ckpt, last.ckpt, train.log, metrics.jsonl)"
