#!/usr/bin/env bash
# Runs each libFuzzer target for a bounded time from its committed seed corpus.
#   scripts/fuzz.sh [SECONDS_PER_TARGET (default 60)] [TARGET...]
# Targets: config corpus scoring pharaoh checkpoint request binarized (fuzz/fuzz_*.cpp), built with ASan + UBSan
# into build-sanitize/ (or into $FUZZ_BUILD). Seeds: fuzz/corpus/TARGET/; new inputs found go to build-sanitize/fuzz-corpus/
# and are kept there for the next run (not committed). A crash leaves build-sanitize/crash-* files:
# turn each into a regression test. FUZZ_SEED (default 1) seeds libFuzzer, so that a run from the
# same corpus makes the same choices. Per target it prints runs, coverage (cov: edges, ft: features),
# corpus size and crashes.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(config corpus scoring pharaoh checkpoint request binarized)
scripts/setup.sh libclang-rt-14-dev
# FUZZ_BUILD: another build with the fuzz targets, e.g. build-ubsan (scripts/sanitize.sh ubsan).
build=${FUZZ_BUILD:-build-sanitize}
if [ ! -f "$build/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  cmake -S . -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER=clang++ -DRNNSEARCH_SANITIZE=ON -DRNNSEARCH_FUZZ=ON
fi
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export OMP_NUM_THREADS=1
status=0
for t in "${targets[@]}"; do
  mkdir -p "$build/fuzz-corpus/$t"
  echo "[fuzz] $t: $seconds s" >&2
  if ! (cd "$build" && ./fuzz_"$t" -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
          -seed="${FUZZ_SEED:-1}" -print_final_stats=1 -artifact_prefix="./crash-$t-" \
          "fuzz-corpus/$t" "../fuzz/corpus/$t" 2>"fuzz-$t.log"); then
    echo "[fuzz] $t: FAILED, see $build/fuzz-$t.log and $build/crash-$t-*" >&2
    status=1
  fi
  crashes=$(find "$build" -maxdepth 1 -name "crash-$t-*" | wc -l)
  stats=$(grep -E "^#[0-9]+[[:space:]]+DONE" "$build/fuzz-$t.log" | tail -1 | sed -E 's/^#([0-9]+)[[:space:]]+DONE[[:space:]]+/\1 runs, /')
  echo "[fuzz] $t: ${stats:-no final stats}; corpus $(ls "$build/fuzz-corpus/$t" | wc -l) files; crashes $crashes" >&2
done
exit $status
