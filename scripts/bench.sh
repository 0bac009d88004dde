#!/usr/bin/env bash
# The benchmark suite: training throughput and model FLOP utilisation (the Multi30k config and a
# paper-size model, emb 620, hidden 1000, each in float32 and bfloat16), translation speed
# (greedy and beam 5, float32, bfloat16 and int8, with BLEU/chrF when DIR has test_2016_flickr.en), and
# the peak memory of each; with --distributed, 1 process x 2 threads against 2 processes x 1 thread
# (scripts/bench-distributed.sh), and with --scale, prepared corpora of 0.1M, 1M and 10M pairs
# (scripts/bench-scale.sh: preparation, start-up and peak memory; needs about 3 GB of disk), and
# with --peer, the Python reference (Joey NMT 2.3.0 through PEER_DIR/bench-joey.sh, default
# ../shared/peers beside the project) in the same run, every ratio printed (scripts/bench_peer.py):
# training tok/s (140 updates, about 3 minutes); with --peer-minutes M it also trains the
# reference M minutes (25 gives it a usable model) and compares translation target tok/s. With
# --shortlist, the translation figures are taken a second time with a lexical shortlist built
# from DIR/train for the model (`rnnsearch shortlist`, default settings, OUT/shortlist.tsv). With
# --repeat R, each training row runs R times, the rows taking turns, and reports the run with the
# median tok/s (its MFU and memory) with the range of the R runs: the host's speed can move by a
# fifth within minutes, more than most changes it is asked to show.
#   scripts/bench.sh --data DIR [--model MODEL_DIR [--shortlist]] [--threads N] [--steps N] [--repeat R] [--out DIR]
#                    [--distributed] [--scale] [--peer [--peer-minutes M] [--peer-dir PEER_DIR]]
# DIR holds train.de/.en and test_2016_flickr.de (plain or .gz; --peer needs .gz and val), e.g.
# data/multi30k or ../shared/data/multi30k. MODEL_DIR: a trained model for the translation figures
# (skipped without). Prints a table; writes OUT/bench.json (default OUT: models/bench) and, with
# --peer, OUT/peer.json. Run it on an idle machine.
set -euo pipefail
usage() { sed -n '2,/^set -euo/{/^#/p}' "$0"; exit 2; }
data="" model="" threads=2 steps=40 repeat=1 out=models/bench distributed="" scale="" peer="" peer_minutes=0 peer_dir="" shortlist=""
while [ $# -gt 0 ]; do
  case $1 in
    --data) data=$2; shift 2 ;;
    --model) model=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --steps) steps=$2; shift 2 ;;
    --repeat) repeat=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --distributed) distributed=1; shift ;;
    --scale) scale=1; shift ;;
    --shortlist) shortlist=1; shift ;;
    --peer) peer=1; shift ;;
    --peer-minutes) peer=1; peer_minutes=$2; shift 2 ;;
    --peer-dir) peer_dir=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
[ -n "$data" ] || usage
if ! [[ $repeat =~ ^[1-9][0-9]*$ ]]; then echo "error: --repeat: a positive whole number, not '$repeat'" >&2; exit 2; fi
root=$(cd "$(dirname "$0")/.." && pwd)
[ -n "$peer_dir" ] || peer_dir=$root/../shared/peers
if [ -n "$peer" ] && [ ! -f "$peer_dir/bench-joey.sh" ]; then
  echo "error: --peer: $peer_dir/bench-joey.sh not found (give --peer-dir)" >&2; exit 2
fi
bin=${RNNSEARCH_BIN:-$root/build/rnnsearch}
config=$root/configs/rnnsearch-multi30k-de-en.yaml
mkdir -p "$out"
common=(--set data.train="$data/train" --set data.dev= --set data.test= --set train.threads="$threads"
        --set train.model_dir="$out/vocab")
paper=(--set model.encoder.embedding_size=620 --set model.encoder.hidden_size=1000
       --set model.decoder.embedding_size=620 --set model.decoder.hidden_size=1000
       --set model.decoder.maxout_size=500 --set model.attention.hidden_size=1000)

# CPU time stolen by the hypervisor (the "steal" column of /proc/stat's cpu line) as a share of all
# CPU time since a snapshot: on a shared host other guests can take most of a vCPU, and the
# figures measured meanwhile are slow by as much. Printed with the results, so that a run on a
# busy host is seen as one.
# Fields 2-9: user, nice, system, idle, iowait, irq, softirq, steal (guest time is inside user).
cpu_snapshot() { awk '/^cpu /{t = 0; for (i = 2; i <= 9; i++) t += $i; print $9, t; exit}' /proc/stat; }
steal_since() {  # "STEAL TOTAL" from cpu_snapshot -> percentage
  read -r s0 t0 <<<"$1"
  read -r s1 t1 < <(cpu_snapshot)
  awk -v s="$((s1 - s0))" -v t="$((t1 - t0))" 'BEGIN {printf "%.1f", (t > 0 ? 100 * s / t : 0)}'
}
ours_start=$(cpu_snapshot)

rows=() json=()
train_run() {  # NAME RUN [--set ...]: one process per run, so its peak memory is its own
  local name=$1 run=$2
  shift 2
  echo "[bench] training: $name${run:+ (run ${run#.} of $repeat)}" >&2
  "$bin" bench -c "$config" "${common[@]}" "$@" --steps "$steps" --warmup 10 --json "$out/train-$name$run.json" \
    >"$out/train-$name$run.txt" 2>"$out/train-$name$run.log"
}
# The run with the median tok/s (the lower middle one for an even count) becomes NAME's figures, its
# files train-NAME.*; the JSON gains every run's tok/s and MFU, and the row their ranges.
train_row() {  # NAME
  local name=$1 j range=""
  if [ "$repeat" -gt 1 ]; then
    local runs=() r
    for r in $(seq "$repeat"); do runs+=("$(tr -d '\n' <"$out/train-$name.$r.json")"); done
    local picked
    picked=$(for r in $(seq "$repeat"); do
      printf '%s %s\n' "$(grep -o '"tok_s":[0-9.eE+-]*' <<<"${runs[r - 1]}" | cut -d: -f2)" "$r"; done |
      sort -g | awk -v n="$repeat" 'NR == int((n + 1) / 2) {print $2}')
    for ext in json txt log; do cp "$out/train-$name.$picked.$ext" "$out/train-$name.$ext"; done
    local toks mfus
    toks=$(printf '%s\n' "${runs[@]}" | grep -o '"tok_s":[0-9.eE+-]*' | cut -d: -f2 | paste -sd,)
    mfus=$(printf '%s\n' "${runs[@]}" | grep -o '"mfu":[0-9.eE+-]*' | cut -d: -f2 | paste -sd,)
    sed -i -E "s/\}[[:space:]]*\$/,\"runs_tok_s\":[$toks],\"runs_mfu\":[$mfus]}/" "$out/train-$name.json"
    range=$(awk -v t="$toks" -v m="$mfus" 'BEGIN {
      n = split(t, a, ","); split(m, b, ","); lo = hi = a[1]; mlo = mhi = b[1]
      for (i = 2; i <= n; i++) { if (a[i] < lo) lo = a[i]; if (a[i] > hi) hi = a[i]; if (b[i] < mlo) mlo = b[i]; if (b[i] > mhi) mhi = b[i] }
      printf "   median of %d: tok/s %.0f-%.0f, MFU %.1f-%.1f%%", n, lo, hi, 100 * mlo, 100 * mhi }')
  fi
  j=$(cat "$out/train-$name.json")
  json+=("\"train_$name\":$j")
  rows+=("$(awk -v n="$name" -F'[:,}]' '{for (i = 1; i < NF; i++) {v[$i] = $(i + 1)}}
      END {printf "train %-13s %10.0f tok/s %10s %12s   MFU %5.1f%% (%.2f of %.2f GFLOP/s)   peak %6.0f MiB",
           n, v["\"tok_s\""], "", "", 100 * v["\"mfu\""], v["\"model_gflop_s\""], v["\"mm_gflop_s\""], v["\"peak_mib\""]}' <<<"$j")$range")
}
# float32 is named: the Multi30k config itself says train.precision auto.
train_names=(multi30k multi30k-bf16 paper paper-bf16)
train_args() {  # NAME -> its --set arguments, one per line
  case $1 in
    multi30k) printf '%s\n' --set train.precision=float32 ;;
    multi30k-bf16) printf '%s\n' --set train.precision=bfloat16 ;;
    paper) printf '%s\n' "${paper[@]}" --set train.precision=float32 ;;
    paper-bf16) printf '%s\n' "${paper[@]}" --set train.precision=bfloat16 ;;
  esac
}
for r in $(seq "$repeat"); do
  for name in "${train_names[@]}"; do
    mapfile -t args < <(train_args "$name")
    train_run "$name" "$([ "$repeat" -gt 1 ] && echo ".$r")" "${args[@]}"
  done
done
for name in "${train_names[@]}"; do train_row "$name"; done

if [ -n "$model" ]; then
  source=$(ls "$data"/test_2016_flickr.de* | head -1)
  ref=$(ls "$data"/test_2016_flickr.en* 2>/dev/null | head -1 || true)
  echo "[bench] translation: greedy and beam 5, float32, bfloat16 and int8, 3 runs each" >&2
  "$root/scripts/bench-translate.sh" --model "$model" --source "$source" ${ref:+--ref "$ref"} --threads "$threads" \
    --out "$out" --json "$out/translate.json" >"$out/translate.txt"
  json+=("$(sed -E 's/^\{(.*)\}$/\1/' "$out/translate.json")")
  if [ -n "$shortlist" ]; then
    echo "[bench] translation with a shortlist from $data/train: $out/shortlist.tsv" >&2
    "$bin" shortlist -m "$model" --train "$data/train" -o "$out/shortlist.tsv" 2>"$out/shortlist.log"
    "$root/scripts/bench-translate.sh" --model "$model" --source "$source" ${ref:+--ref "$ref"} --threads "$threads" \
      --out "$out" --tag shortlist --json "$out/translate-shortlist.json" -- --shortlist "$out/shortlist.tsv" \
      | tail -n +2 >>"$out/translate.txt"
    json+=("$(sed -E 's/^\{(.*)\}$/\1/' "$out/translate-shortlist.json")")
  fi
else
  echo "[bench] no --model: translation speed skipped" >&2
fi
if [ -n "$distributed" ]; then
  echo "[bench] data-parallel training: 1 x 2 threads, 2 x 1 thread" >&2
  "$root/scripts/bench-distributed.sh" --data "$data" --out "$out/distributed" >"$out/distributed.txt"
fi
if [ -n "$scale" ]; then
  echo "[bench] prepared corpora of 0.1M, 1M and 10M pairs" >&2
  "$root/scripts/bench-scale.sh" --data "$data" --threads "$threads" --out "$out/scale" >"$out/scale.txt"
fi
ours_steal=$(steal_since "$ours_start")
json+=("\"cpu_steal_percent\":$ours_steal")
printf '%s\n' "${rows[@]}"
if [ -n "$model" ]; then echo; cat "$out/translate.txt"; fi
if [ -n "$distributed" ]; then echo; cat "$out/distributed.txt"; fi
if [ -n "$scale" ]; then echo; cat "$out/scale.txt"; fi
(IFS=,; echo "{${json[*]}}") >"$out/bench.json"
if [ -n "$peer" ]; then
  peer_start=$(cpu_snapshot)
  echo "[bench] the Python reference: $peer_dir/bench-joey.sh (log: $out/peer/bench-joey.log)" >&2
  echo
  python3 "$root/scripts/bench_peer.py" --ours "$out/bench.json" --joey "$peer_dir/bench-joey.sh" --data "$data" \
    --work "$(cd "$out" && pwd)/peer" --threads "$threads" --minutes "$peer_minutes" --json "$out/peer.json"
  echo
  echo "CPU time stolen by the host: $ours_steal% during rnnsearch's runs, $(steal_since "$peer_start")% during the reference's"
else
  echo
  echo "CPU time stolen by the host during the runs: $ours_steal%"
fi
echo "[bench] JSON: $out/bench.json; per-product breakdown: $out/train-*.txt" >&2
