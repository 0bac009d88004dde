#!/usr/bin/env bash
# Alignment error rate of each attention variant on the toy task, without and with guided
# alignment: the toy table of docs/attention.md.
#   scripts/compare-alignment.sh [--out DIR] [--threads N] [--weight W] [VARIANT...]
# Each variant trains configs/toy.yaml (10 epochs) with its overrides, then `rnnsearch align`
# force-decodes the toy test references and scores the argmax links against data/toy/test.align.
# --weight: train.guided_alignment of the guided runs (default 1.0). VARIANTs: names below (default
# all). Writes DIR/results.tsv.
set -euo pipefail
usage() { sed -n '2,9p' "$0"; exit 2; }
out=models/compare-alignment threads=1 weight=1.0
only=()
while [ $# -gt 0 ]; do
  case $1 in
    --out) out=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --weight) weight=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "error: unknown argument $1" >&2; usage ;;
    *) only+=("$1"); shift ;;
  esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${RNNSEARCH_BIN:-$root/build/rnnsearch}
cd "$root"
variants=(
  "rnnsearch|"
  "rnnsearch-sparsemax|--set model.attention.distribution=sparsemax"
  "luong-global-dot|--set model.decoder.type=luong --set model.attention.score=dot"
  "luong-global-general|--set model.decoder.type=luong --set model.attention.score=general"
  "luong-global-location|--set model.decoder.type=luong --set model.attention.score=location"
  "luong-local-m|--set model.decoder.type=luong --set model.attention.score=general --set model.attention.window=local_m"
  "luong-local-p|--set model.decoder.type=luong --set model.attention.score=general --set model.attention.window=local_p"
)
mkdir -p "$out"
results=$out/results.tsv
printf 'variant\tguided\texact_greedy\taer\tprecision\trecall\n' >"$results"
for v in "${variants[@]}"; do
  name=${v%%|*}
  if [ ${#only[@]} -gt 0 ] && [[ " ${only[*]} " != *" $name "* ]]; then continue; fi
  read -r -a sets <<<"${v#*|}"
  for guided in 0 "$weight"; do
    dir=$out/$name-guided$guided
    rm -rf "$dir"
    extra=()
    [ "$guided" = 0 ] || extra=(--set data.alignment=data/toy/train.align --set train.guided_alignment="$guided")
    echo "[compare-alignment] $name, guided alignment $guided" >&2
    mkdir -p "$dir"
    "$bin" train -c configs/toy.yaml "${sets[@]}" "${extra[@]}" --set train.model_dir="$dir" --set train.threads="$threads" \
      2>"$dir.train.log"
    mv "$dir.train.log" "$dir/train.stderr.log"
    "$bin" translate -m "$dir" -k 1 --threads "$threads" -i data/toy/test.src -o "$dir/test.greedy.trg" 2>/dev/null
    exact=$(paste -d '\t' "$dir/test.greedy.trg" data/toy/test.trg | awk -F'\t' '$1 == $2 {n++} END {print n + 0}')
    "$bin" align -m "$dir" --threads "$threads" -s data/toy/test.src -t data/toy/test.trg -g data/toy/test.align \
      -o "$dir/test.align" 2>"$dir/align.log"
    read -r aer p r < <(awk '/argmax: AER/ {print $4, $6, $8}' "$dir/align.log")
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$guided" "$exact" "$aer" "$p" "$r" | tee -a "$results"
  done
done
column -t -s $'\t' "$results"
