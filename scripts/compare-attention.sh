#!/usr/bin/env bash
# Trains attention variants under one training-time budget and scores each on a test set: the
# table of docs/attention.md.
#   scripts/compare-attention.sh --data DIR [--minutes N] [--out DIR] [--set KEY=VALUE]... [CONFIG...]
# DIR holds train.de(.gz)/train.en, val.*, test_2016_flickr.* (e.g. ../shared/data/multi30k).
# Each config trains for N minutes of training steps (validation not counted; default 5), then
# translates the test set greedily and with beam 5. Without CONFIGs: the shipped Multi30k variants.
# Also, from the beam-5 output's attention (scripts/coverage_stats.py): the share of source words
# never attended (attention summed over the output below 0.1) and of repeated target bigrams.
# --set overrides go to every training run.
set -euo pipefail
usage() { sed -n '2,10p' "$0"; exit 2; }
data="" minutes=5 out=models/compare-attention
configs=()
sets=()
while [ $# -gt 0 ]; do
  case $1 in
    --data) data=$2; shift 2 ;;
    --minutes) minutes=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --set) sets+=(--set "$2"); shift 2 ;;
    -h|--help) usage ;;
    -*) echo "error: unknown option $1" >&2; usage ;;
    *) configs+=("$1"); shift ;;
  esac
done
[ -n "$data" ] || usage
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${RNNSEARCH_BIN:-$root/build/rnnsearch}
if [ ${#configs[@]} -eq 0 ]; then
  configs=(rnnsearch-multi30k-de-en rnnsearch-sparsemax rnnsearch-entmax15 luong-global-dot luong-global-general
           luong-global-concat luong-global-location luong-local-m luong-local-p luong-global-general-4heads
           luong-global-general-4heads-penalty rnnsearch-multidim rnnsearch-coverage-linguistic rnnsearch-coverage-neural
           rnnsearch-hard)
  configs=("${configs[@]/#/$root/configs/}")
  configs=("${configs[@]/%/.yaml}")
fi
test_src=$(ls "$data"/test_2016_flickr.de* | head -1)
test_ref=$(ls "$data"/test_2016_flickr.en* | head -1)
ref=$out/test.en
mkdir -p "$out"
# The scorer reads plain text; the source may stay compressed.
case $test_ref in *.gz) gzip -dc "$test_ref" >"$ref" ;; *) cp "$test_ref" "$ref" ;; esac

score() {  # MODEL_DIR BEAM -> "BLEU chrF"
  "$bin" evaluate -m "$1" -k "$2" --batch-size 50 -s "$test_src" -r "$ref" -o "$1/test.beam$2.en" 2>"$1/evaluate.beam$2.log" |
    awk '/BLEU\|/ {for (i = 1; i <= NF; i++) if ($i == "=") {b = $(i + 1); break}}
         /chrF2\|/ {for (i = 1; i <= NF; i++) if ($i == "=") {c = $(i + 1); break}} END {print b, c}'
}

results=$out/results.tsv
printf 'config\tsteps\ttrain_tok_s\tdev_ppl\tgreedy_bleu\tgreedy_chrf\tbeam5_bleu\tbeam5_chrf\tunattended\trepeated\n' >"$results"
for config in "${configs[@]}"; do
  name=$(basename "$config" .yaml)
  dir=$out/$name
  rm -rf "$dir"
  echo "[compare] $name: training for $minutes minutes" >&2
  "$bin" train -c "$config" --set data.train="$data/train" --set data.dev="$data/val" --set data.test= \
    --set train.max_minutes="$minutes" --set train.valid_every=1000000 --set train.log_every=50 --set train.model_dir="$dir" "${sets[@]}" 2>"$dir.train.log"
  mv "$dir.train.log" "$dir/train.stderr.log"
  # Training rate: target tokens over the progress intervals, the first (warm-up) left out.
  steps=$(sed -nE 's/.*finished at step ([0-9]+).*/\1/p' "$dir/train.stderr.log")
  tok_s=$(awk -F'[:,}]' '/"kind":"train"/ {for (i = 1; i < NF; i++) if ($i == "\"tok_s\"") {n++; if (n > 1) {t += $(i + 1); m++}}}
      END {printf "%.0f", m ? t / m : 0}' "$dir/metrics.jsonl")
  ppl=$(awk -F'[:,}]' '/"kind":"valid"/ {for (i = 1; i < NF; i++) if ($i == "\"ppl\"") p = $(i + 1)} END {printf "%.2f", p}' "$dir/metrics.jsonl")
  read -r gb gc < <(score "$dir" 1)
  read -r bb bc < <(score "$dir" 5)
  "$bin" translate -m "$dir" -k 5 --batch-size 50 -i "$test_src" -o "$dir/test.beam5.again.en" \
    --attention "$dir/test.beam5.attention.jsonl" 2>"$dir/attention.log"
  read -r _ unattended _ repeated < <(python3 "$root/scripts/coverage_stats.py" "$dir/test.beam5.attention.jsonl")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$steps" "$tok_s" "$ppl" "$gb" "$gc" "$bb" "$bc" \
    "$unattended" "$repeated" | tee -a "$results"
done
echo "[compare] table: $results" >&2
column -t -s $'\t' "$results"
