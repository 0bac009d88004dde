#!/usr/bin/env bash
# The Multi30k de->en recipe, end to end: data, training, test scores.
#   scripts/multi30k.sh (--from DIR | --download) [--out MODEL_DIR] [--config FILE] [--set KEY=VALUE]...
# 1. scripts/prepare-multi30k.sh puts the verified corpus in data/multi30k/;
# 2. `rnnsearch train` with configs/rnnsearch-multi30k-de-en.yaml (2 hours of training steps);
# 3. `rnnsearch evaluate` on test_2016_flickr, greedy and beam 5, in float32, bfloat16 and int8
#    (int8: the RNNsearch decoder only; skipped with a note for other --config models),
#    sacreBLEU's default BLEU and chrF with their signatures; the scores go to MODEL_DIR/results.txt.
# --set overrides go to training (e.g. --set train.max_minutes=10 for a short run).
set -euo pipefail
usage() { sed -n '2,8p' "$0"; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
prepare=() out=models/multi30k-de-en config=$root/configs/rnnsearch-multi30k-de-en.yaml
sets=()
while [ $# -gt 0 ]; do
  case $1 in
    --from) prepare=(--from "$2"); shift 2 ;;
    --download) prepare=(--download); shift ;;
    --out) out=$2; shift 2 ;;
    --config) config=$2; shift 2 ;;
    --set) sets+=(--set "$2"); shift 2 ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
[ ${#prepare[@]} -gt 0 ] || usage
bin=${RNNSEARCH_BIN:-$root/build/rnnsearch}
[ -x "$bin" ] || { echo "error: $bin not built; run scripts/build.sh --target rnnsearch" >&2; exit 2; }
data=$root/data/multi30k

"$root/scripts/prepare-multi30k.sh" "${prepare[@]}" --out "$data"
echo "[multi30k] training $out (log: $out/train.log)" >&2
"$bin" train -c "$config" --set data.train="$data/train" --set data.dev="$data/val" --set data.test= \
  --set train.model_dir="$out" "${sets[@]}"

ref=$out/test_2016_flickr.en
gzip -dc "$data/test_2016_flickr.en.gz" >"$ref"
results=$out/results.txt
: >"$results"
for precision in float32 bfloat16 int8; do
  for beam in 1 5; do
    echo "[multi30k] test_2016_flickr, beam $beam, $precision" >&2
    status=0
    { echo "# beam $beam, $precision"
      "$bin" evaluate -m "$out" -k "$beam" --batch-size 50 --precision "$precision" -s "$data/test_2016_flickr.de.gz" \
        -r "$ref" -o "$out/test_2016_flickr.beam$beam.$precision.en"; } | tee -a "$results" || status=$?
    if [ "$status" != 0 ]; then
      # exit 2 for int8 means a decoder without the int8 path (the message says so); other failures stop here
      [ "$precision" = int8 ] && [ "$status" = 2 ] || exit "$status"
      echo "# int8 skipped: not available for this model's decoder" | tee -a "$results"
      break
    fi
  done
done
echo "[multi30k] scores: $results" >&2
