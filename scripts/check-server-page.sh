#!/usr/bin/env bash
# The server's web page in a real browser: starts `rnnsearch serve` on a free loopback port and
# drives its page with Debian's chromium (headless, through chromedriver): type a sentence, wait
# for the translation and the heatmap, hover a word, edit the translation and re-score it.
#   scripts/check-server-page.sh [--model MODEL] [--sentence TEXT] [--prefix TEXT] [--screenshot FILE]
# Without --model, trains a small toy model first (about a minute on 2 cores) into
# build/page-check/. Installs chromium, chromium-driver and python3 through scripts/setup.sh when
# missing. Exit code 0 when every check passes.
set -euo pipefail
usage() { sed -n '2,8p' "$0"; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
model="" sentence="the child sees the bird" prefix="" screenshot=""
while [ $# -gt 0 ]; do
  case $1 in
    --model) model=$2; shift 2 ;;
    --sentence) sentence=$2; shift 2 ;;
    --prefix) prefix=$2; shift 2 ;;
    --screenshot) screenshot=$2; shift 2 ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
command -v chromium >/dev/null && command -v chromedriver >/dev/null && command -v python3 >/dev/null ||
  "$root/scripts/setup.sh" chromium chromium-driver python3
bin=${RNNSEARCH_BIN:-$root/build/rnnsearch}
source "$root/scripts/serve-lib.sh"
[ -x "$bin" ] || { echo "error: $bin not built; run scripts/build.sh" >&2; exit 2; }
work=$root/build/page-check
mkdir -p "$work"

if [ -z "$model" ]; then
  model=$work/toy
  if [ ! -f "$model/last.ckpt" ]; then
    echo "[page] training a small toy model into $model" >&2
    "$bin" train -c "$root/configs/toy.yaml" --set data.train="$root/data/toy/train" --set data.dev= --set data.test= \
      --set train.model_dir="$model" --set train.max_steps=300 --set train.log_every=100 2>"$work/train.log" ||
      { cat "$work/train.log" >&2; exit 1; }
  fi
  [ -n "$prefix" ] || prefix="cai"
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
start_server "$work/serve.log" -m "$model"
pids+=("$server")
# chromedriver on a free port: Python asks the kernel for one.
driver_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
chromedriver --port="$driver_port" >"$work/chromedriver.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$driver_port/status', timeout=1)" 2>/dev/null && break
  sleep 0.1
done

args=(--server "http://127.0.0.1:$port" --driver "http://127.0.0.1:$driver_port" --sentence "$sentence")
[ -z "$prefix" ] || args+=(--prefix "$prefix")
[ -z "$screenshot" ] || args+=(--screenshot "$screenshot")
status=0
timeout 300 python3 "$root/scripts/check_server_page.py" "${args[@]}" || status=1
# The server drains and exits 0 on SIGTERM.
kill -TERM "$server"
if ! wait "$server"; then
  echo "[page] FAILED: the server did not exit 0 on SIGTERM" >&2
  cat "$work/serve.log" >&2
  status=1
fi
[ $status -eq 0 ] || { echo "[page] server log: $work/serve.log" >&2; }
exit $status
