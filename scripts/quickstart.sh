#!/usr/bin/env bash
# Installs, builds, then runs the main job on the bundled toy task (configs/toy.yaml, data/toy).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh -DRNNSEARCH_BUILD_TESTS=OFF
bin=build/rnnsearch

echo "== toy task: $(wc -l < data/toy/train.src) training pairs, e.g."
paste -d '\n' <(head -2 data/toy/train.src) <(head -2 data/toy/train.trg) | sed 's/^/   /'

# Training, translation and evaluation join this script as their issues land (#3, #4, #5);
# until then the data stage runs: config check, vocabulary, corpus, batches.
echo "== prepare: config, vocabulary, data"
"$bin" train --config configs/toy.yaml --dry-run
echo "== segmentation of the first test sentence"
head -1 data/toy/test.src | "$bin" vocab -m models/toy/vocab.joint.spm --encode --pieces
echo "quickstart done: model directory models/toy"
