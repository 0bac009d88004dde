#!/usr/bin/env bash
# Corpora larger than memory: for corpora of 0.1M, 1M and 10M pairs made by repeating DIR's
# training set (Multi30k's 29k pairs, repeated), the time of `rnnsearch prepare`, then training's
# start-up time (until its first step) and peak RSS over its first STEPS steps, with the Multi30k
# config. Prints a table and the growth of peak RSS per extra pair; writes OUT/scale.json.
#   scripts/bench-scale.sh --data DIR [--pairs 100000,1000000,10000000] [--steps 100] [--threads 2] [--out DIR]
# DIR holds train.de and train.en (plain or .gz), e.g. ../shared/data/multi30k. The corpora
# (about 1.4 GB for 10M pairs) and prepared files (about 1 GB) go to OUT (default models/bench-scale).
set -euo pipefail
usage() { sed -n '2,8p' "$0"; exit 2; }
data="" pairs=100000,1000000,10000000 steps=100 threads=2 out=models/bench-scale
while [ $# -gt 0 ]; do
  case $1 in
    --data) data=$2; shift 2 ;;
    --pairs) pairs=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
[ -n "$data" ] || usage
root=$(cd "$(dirname "$0")/.." && pwd)
exec python3 "$root/scripts/bench_scale.py" --bin "${RNNSEARCH_BIN:-$root/build/rnnsearch}" \
  --config "$root/configs/rnnsearch-multi30k-de-en.yaml" --data "$data" --pairs "$pairs" --steps "$steps" \
  --threads "$threads" --out "$out"
