#!/usr/bin/env bash
# Is attention an explanation? The measurements of docs/interpretability.md for one model:
# `rnnsearch explain` force-decodes the references of a test set, then the summary lines
# (agreement of attention with each importance measure, counterfactual attention and, with gold
# word alignments, the AER of links from attention, Shift-Att and each measure) are collected.
#   scripts/interpretability.sh --model MODEL --src SRC --trg TRG [--gold GOLD] [--lines N]
#                               [--one-based] [--out FILE] [--threads N]
# --lines: only the first N lines (default all). Writes OUT (default explain.jsonl) and prints the
# summary; the table rows of the doc come from it.
set -euo pipefail
usage() { sed -n '2,9p' "$0"; exit 2; }
model="" src="" trg="" gold="" lines=0 one_based="" out=explain.jsonl threads=2
while [ $# -gt 0 ]; do
  case $1 in
    --model) model=$2; shift 2 ;;
    --src) src=$2; shift 2 ;;
    --trg) trg=$2; shift 2 ;;
    --gold) gold=$2; shift 2 ;;
    --lines) lines=$2; shift 2 ;;
    --one-based) one_based=--one-based; shift ;;
    --out) out=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
[ -n "$model" ] && [ -n "$src" ] && [ -n "$trg" ] || usage
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${RNNSEARCH_BIN:-$root/build/rnnsearch}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cut_lines() {  # FILE: the first N lines (all with N = 0), a UTF-8 byte-order mark removed
  local text
  # sed reads the whole input: head would close the pipe early and zcat die of SIGPIPE (pipefail).
  if [ "$lines" -gt 0 ]; then text=$(zcat -f "$1" | sed -n "1,${lines}p"); else text=$(zcat -f "$1"); fi
  printf '%s\n' "${text#$'\xef\xbb\xbf'}"
}
cut_lines "$src" >"$work/src"
cut_lines "$trg" >"$work/trg"
gold_args=()
if [ -n "$gold" ]; then
  cut_lines "$gold" >"$work/gold"
  gold_args=(-g "$work/gold" $one_based)
fi
RNNSEARCH_THREADS=$threads "$bin" explain -m "$model" -s "$work/src" -t "$work/trg" "${gold_args[@]}" \
  -o "$out" 2>&1 | grep -E 'attention vs|attention (permuted|made|without)|links from' | sed 's/^\[explain\] //'
