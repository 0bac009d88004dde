#!/usr/bin/env bash
# Load test of `rnnsearch serve` on loopback, against offline `rnnsearch translate` on the same
# sentences, model, beam and threads, in the same run.
#   scripts/load-test.sh --model MODEL --input FILE[.gz] [--clients 64] [--beam 5] [--limit N]
#                        [--seconds 600] [--set serve.KEY=VALUE]...
# Prints a table: sentences/s both ways and their ratio, latency p50/p95/p99, errors, peak memory
# of each process, and how many translations are identical. Bounded: at most --limit sentences
# (default all of FILE) and --seconds of sending. Work files: build/load-test/.
set -euo pipefail
usage() { sed -n '2,8p' "$0"; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
model="" input="" clients=64 beam=5 limit=0 seconds=600 sets=()
while [ $# -gt 0 ]; do
  case $1 in
    --model) model=$2; shift 2 ;;
    --input) input=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    --beam) beam=$2; shift 2 ;;
    --limit) limit=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --set) sets+=(--set "$2"); shift 2 ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
[ -n "$model" ] && [ -n "$input" ] || usage
bin=${RNNSEARCH_BIN:-$root/build/rnnsearch}
source "$root/scripts/serve-lib.sh"
[ -x "$bin" ] || { echo "error: $bin not built; run scripts/build.sh" >&2; exit 2; }
work=$root/build/load-test
mkdir -p "$work"
if [[ $input == *.gz ]]; then gzip -dc "$input"; else cat "$input"; fi |
  { if [ "$limit" -gt 0 ]; then head -n "$limit"; else cat; fi; } >"$work/input.txt"
n=$(wc -l <"$work/input.txt")

peak_kib() { grep VmHWM "/proc/$1/status" | awk '{print $2}'; }

echo "[load] offline: rnnsearch translate -k $beam on $n sentences" >&2
"$bin" translate -m "$model" -k "$beam" -i "$work/input.txt" -o "$work/offline.txt" 2>"$work/offline.log" &
offline=$!
offline_peak=0
while kill -0 "$offline" 2>/dev/null; do
  p=$(peak_kib "$offline" 2>/dev/null || echo 0)
  [ "${p:-0}" -gt "$offline_peak" ] && offline_peak=$p
  sleep 0.2
done
wait "$offline" || { cat "$work/offline.log" >&2; exit 1; }
offline_rate=$(sed -nE 's/.*sentences in [0-9.]+ s: ([0-9.]+) sentences\/s.*/\1/p' "$work/offline.log" | tail -1)

echo "[load] server: $clients clients, one sentence per request" >&2
start_server "$work/serve.log" -m "$model" -k "$beam" --set serve.queue_segments=100000 "${sets[@]}"
trap 'kill $server 2>/dev/null || true' EXIT
status=0
python3 "$root/scripts/load_test.py" --server "http://127.0.0.1:$port" --input "$work/input.txt" --clients "$clients" \
  --beam "$beam" --seconds "$seconds" --output "$work/served.txt" >"$work/load.json" || status=1
server_peak=$(peak_kib "$server")
python3 -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$port/health').read().decode())" >"$work/health.json"
kill -TERM "$server"
wait "$server" || { echo "[load] the server did not exit 0 on SIGTERM" >&2; status=1; }
trap - EXIT

python3 - "$work" "$offline_rate" "$offline_peak" "$server_peak" "$n" "$beam" "$clients" <<'PY'
import json, os, sys
work, offline_rate, offline_peak, server_peak, n, beam, clients = sys.argv[1:]
load = json.load(open(os.path.join(work, "load.json")))
health = json.load(open(os.path.join(work, "health.json")))
same = "-"
if os.path.exists(os.path.join(work, "served.txt")):
    a = open(os.path.join(work, "offline.txt"), encoding="utf-8").read().splitlines()
    b = open(os.path.join(work, "served.txt"), encoding="utf-8").read().splitlines()
    same = f"{sum(x == y for x, y in zip(a, b))}/{len(a)}"
rate = float(offline_rate)
lat = load["latency_ms"]
print(f"| sentences | beam | clients | offline translate sent/s | server sent/s | server / offline | p50 ms | p95 ms | p99 ms | batches (longest ms) | errors | peak RSS offline / server MiB | identical outputs |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
print(f"| {n} | {beam} | {clients} | {rate:.1f} | {load['sentences_per_s']:.1f} | {100 * load['sentences_per_s'] / rate:.0f}% | "
      f"{lat['p50']:.0f} | {lat['p95']:.0f} | {lat['p99']:.0f} | {health['batches']} ({health['longest_batch_ms']:.0f}) | {load['errors']} | "
      f"{int(offline_peak) / 1024:.0f} / {int(server_peak) / 1024:.0f} | {same} |")
for e in load["first_errors"]:
    print("error:", e)
PY
exit $status
