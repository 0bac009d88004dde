# Shell functions for scripts that run `rnnsearch serve` (sourced, not run).

# start_server LOG ARGS...: starts `$bin serve ARGS... --port 0` in the background with stderr in
# LOG, and waits (60 s at most) for the port it prints. Sets $server (the pid) and $port; exits
# with the log on stderr if the server ends or does not start.
start_server() {
  local log=$1
  shift
  "$bin" serve "$@" --port 0 2>"$log" &
  server=$!
  port=""
  for _ in $(seq 600); do
    port=$(sed -nE 's/.*listening on http:\/\/127\.0\.0\.1:([0-9]+).*/\1/p' "$log" | head -1)
    [ -n "$port" ] && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 0.1
  done
  echo "error: the server did not start" >&2
  cat "$log" >&2
  kill "$server" 2>/dev/null || true
  exit 1
}
