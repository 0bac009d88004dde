#!/usr/bin/env bash
# Translation speed and memory: greedy and beam 5 over a source file, 2 threads, batch 50.
#   scripts/bench-translate.sh MODEL_DIR SOURCE_FILE [extra translate flags]
# e.g. scripts/bench-translate.sh models/multi30k-de-en ../shared/data/multi30k/test_2016_flickr.de.gz
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,4p' "$0"; exit 2; }
model=$1 source=$2
shift 2
bin=${RNNSEARCH_BIN:-$(dirname "$0")/../build/rnnsearch}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
printf '%-8s %12s %14s %16s %12s\n' search seconds sentences/s "target tok/s" "peak MiB"
for beam in 1 5; do
  # Each run is its own process, so its peak memory is its own.
  line=$("$bin" translate --model "$model" --beam-size "$beam" --batch-size 50 --threads 2 \
           --input "$source" --output "$out/beam$beam.txt" "$@" 2>&1 | grep 'sentences in' | tail -1)
  read -r secs sps tps mib < <(sed -E 's/.* in ([0-9.]+) s: ([0-9.]+) sentences\/s, ([0-9.]+) target tokens\/s.*memory ([0-9.]+) MiB/\1 \2 \3 \4/' <<<"$line")
  name=$([ "$beam" = 1 ] && echo greedy || echo "beam $beam")
  printf '%-8s %12s %14s %16s %12s\n' "$name" "$secs" "$sps" "$tps" "$mib"
done
