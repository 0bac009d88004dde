#!/usr/bin/env bash
# Installs, builds, then runs the main job on the bundled toy task (configs/toy.yaml, data/toy).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh --target rnnsearch
bin=build/rnnsearch

echo "== toy task: $(wc -l < data/toy/train.src) training pairs, e.g."
paste -d '\n' <(head -2 data/toy/train.src) <(head -2 data/toy/train.trg) | sed 's/^/   /'

# The quickstart's model directory is its own scratch space: start it afresh each run.
rm -rf models/toy
echo "== train: configs/toy.yaml -> models/toy (about a minute on 2 cores)"
"$bin" train --config configs/toy.yaml

for beam in 1 5; do
  echo "== translate data/toy/test.src, beam $beam -> models/toy/test.beam$beam.trg"
  "$bin" translate --model models/toy --beam-size "$beam" --input data/toy/test.src --output "models/toy/test.beam$beam.trg"
  paste -d '\t' "models/toy/test.beam$beam.trg" data/toy/test.trg |
    awk -F '\t' '{ n++; if ($1 == $2) same++ } END { printf "   exact matches with the references: %d of %d (%.1f%%)\n", same, n, 100 * same / n }'
done
echo "== evaluate: BLEU and chrF of beam-5 translations of data/toy/test.src (sacreBLEU's numbers)"
"$bin" evaluate --model models/toy --src data/toy/test.src --ref data/toy/test.trg --format text
echo "quickstart done: model in models/toy (best.ckpt, last.ckpt, train.log, metrics.jsonl)"
