#!/usr/bin/env bash
# Translation speed, memory and quality: greedy and beam 5, float32, bfloat16 and int8, batch 50.
#   scripts/bench-translate.sh --model MODEL_DIR --source FILE [--ref FILE] [--threads N]
#                              [--repeats N] [--precisions LIST] [--tag TAG] [--out DIR] [--json FILE]
#                              [-- extra translate flags]
# --precisions: the decode.precision values to run (default "float32 bfloat16 int8"; int8 needs
# the RNNsearch decoder, so give "float32 bfloat16" for other models).
# Each setting runs --repeats times (default 3), each run its own process (so its peak memory is
# its own); the table gives the run with the median speed, and BLEU/chrF of its output when --ref
# is given. --json writes {"translate_greedy_float32": {...}, ...}; --tag T names the searches
# greedy_T and beam5_T in the table, keys and files (e.g. --tag shortlist -- --shortlist FILE).
# e.g. scripts/bench-translate.sh --model models/multi30k-de-en \
#        --source data/multi30k/test_2016_flickr.de.gz --ref data/multi30k/test_2016_flickr.en.gz
set -euo pipefail
usage() { sed -n '2,13p' "$0"; exit 2; }
model="" source="" ref="" threads=2 repeats=3 out="" json_file="" precisions="float32 bfloat16 int8" tag=""
while [ $# -gt 0 ]; do
  case $1 in
    --model) model=$2; shift 2 ;;
    --source) source=$2; shift 2 ;;
    --ref) ref=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --repeats) repeats=$2; shift 2 ;;
    --precisions) precisions=$2; shift 2 ;;
    --tag) tag=_$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --json) json_file=$2; shift 2 ;;
    --) shift; break ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
[ -n "$model" ] && [ -n "$source" ] || usage
[ "$repeats" -ge 1 ] 2>/dev/null || { echo "error: --repeats $repeats: expected a positive integer" >&2; exit 2; }
bin=${RNNSEARCH_BIN:-$(dirname "$0")/../build/rnnsearch}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -n "$out" ] || out=$tmp
mkdir -p "$out"
if [ -n "$ref" ]; then  # the scorer reads plain text
  case $ref in *.gz) gzip -dc "$ref" >"$tmp/ref.txt" ;; *) cp "$ref" "$tmp/ref.txt" ;; esac
fi

printf '%-16s %-9s %9s %12s %14s %9s %8s %7s\n' search precision seconds sentences/s "target tok/s" "peak MiB" BLEU chrF2
json=()
for precision in $precisions; do
  for beam in 1 5; do
    name=$([ "$beam" = 1 ] && echo greedy || echo beam5)$tag
    runs=()
    for ((r = 1; r <= repeats; r++)); do
      output=$out/test.$name.$precision.$r.txt
      line=$("$bin" translate --model "$model" --beam-size "$beam" --batch-size 50 --threads "$threads" \
               --precision "$precision" --input "$source" --output "$output" "$@" 2>&1 | grep 'sentences in' | tail -1)
      # "... in SECS s: SPS sentences/s, TPS target tokens/s ... memory MIB MiB" -> sps secs tps mib run
      runs+=("$(sed -E 's/.* in ([0-9.]+) s: ([0-9.]+) sentences\/s, ([0-9.]+) target tokens\/s.*memory ([0-9.]+) MiB/\2 \1 \3 \4/' <<<"$line") $r")
    done
    read -r sps secs tps mib run < <(printf '%s\n' "${runs[@]}" | sort -n -k1,1 | sed -n "$(((repeats + 1) / 2))p")
    all=$(printf '%s\n' "${runs[@]}" | awk '{printf "%s%s", (NR > 1 ? "," : ""), $1}')
    cp "$out/test.$name.$precision.$run.txt" "$out/test.$name.$precision.txt"
    bleu=- chrf=-
    if [ -n "$ref" ]; then
      read -r bleu chrf < <("$bin" score -r "$tmp/ref.txt" -i "$out/test.$name.$precision.txt" -m bleu chrf -f text |
                             sed -E 's/^[^=]* = ([0-9.]+).*/\1/' | paste -sd ' ')
    fi
    printf '%-16s %-9s %9s %12s %14s %9s %8s %7s\n' "$name" "$precision" "$secs" "$sps" "$tps" "$mib" "$bleu" "$chrf"
    json+=("\"translate_${name}_$precision\":{\"seconds\":$secs,\"sentences_s\":$sps,\"tok_s\":$tps,\"peak_mib\":$mib,\"runs_sentences_s\":[$all],\"bleu\":\"$bleu\",\"chrf\":\"$chrf\"}")
  done
done
if [ -n "$json_file" ]; then (IFS=,; echo "{${json[*]}}") >"$json_file"; fi
