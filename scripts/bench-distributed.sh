#!/usr/bin/env bash
# Data-parallel training on one machine: the Multi30k config trained for STEPS updates by one
# process with 2 threads, then by 2 worker processes (`train --nproc 2`) with 1 thread each, on the
# same global batches. Prints target tok/s (the last STEPS/2 updates), the share of training time
# in collectives, the bytes all-reduced per update, and dev perplexity/BLEU after STEPS updates.
#   scripts/bench-distributed.sh --data DIR [--steps 400] [--out DIR]
# DIR holds train.de/.en and val.de/.en (plain or .gz), e.g. ../shared/data/multi30k.
set -euo pipefail
usage() { sed -n '2,7p' "$0"; exit 2; }
data="" steps=400 out=models/bench-distributed
while [ $# -gt 0 ]; do
  case $1 in
    --data) data=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
[ -n "$data" ] || usage
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${RNNSEARCH_BIN:-$root/build/rnnsearch}
config=$root/configs/rnnsearch-multi30k-de-en.yaml
mkdir -p "$out"
half=$((steps / 2))
run() {  # NAME THREADS [args...]
  local name=$1 threads=$2
  shift 2
  rm -rf "${out:?}/$name"
  mkdir -p "$out/$name"
  [ -f "$out/vocab.joint.spm" ] && cp "$out/vocab.joint.spm" "$out/$name/"
  echo "[bench] $name" >&2
  "$bin" train -c "$config" --set data.train="$data/train" --set data.dev="$data/val" --set data.test= \
    --set train.model_dir="$out/$name" --set train.threads="$threads" --set train.max_steps="$steps" \
    --set train.max_epochs=0 --set train.log_every="$half" --set train.valid_every="$steps" \
    --set train.precision=float32 "$@" 2>"$out/$name.log" >/dev/null
  [ -f "$out/vocab.joint.spm" ] || cp "$out/$name/vocab.joint.spm" "$out/"
  local toks share mib valid
  toks=$(grep -o 'tok/s [0-9]*' "$out/$name.log" | tail -1 | cut -d' ' -f2)
  share=$(grep -o '[0-9.]*% of the training time in collectives' "$out/$name.log" | cut -d'%' -f1 || true)
  mib=$(grep -o '[0-9.]* MiB all-reduced per update' "$out/$name.log" | cut -d' ' -f1 || true)
  valid=$(grep -o "step $steps loss [0-9.]* ppl [0-9.]* bleu [0-9.]*" "$out/$name.log" | tail -1)
  printf '%-12s %8s tok/s   collectives %6s%%   all-reduced %7s MiB/update   %s\n' "$name" "$toks" "${share:--}" \
    "${mib:--}" "$valid"
}
run 1x2 2
run 2x1 2 --nproc 2
