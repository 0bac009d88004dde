#!/usr/bin/env bash
# Configures and builds rnnsearch into build/ (Release, -O2). clang++ is preferred when present: it
# compiles the LibTorch precompiled header about 3x faster than g++.
#   scripts/build.sh [--target NAME] [extra cmake arguments, e.g. -DCMAKE_PREFIX_PATH=/path/to/libtorch]
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${RNNSEARCH_BUILD_DIR:-build}
target=()
if [ "${1:-}" = "--target" ]; then
  target=(--target "$2")
  shift 2
fi
compiler=()
if [ ! -f "$build_dir/CMakeCache.txt" ] && command -v clang++ >/dev/null; then
  compiler=(-DCMAKE_CXX_COMPILER=clang++)
fi
generator=()
if [ ! -f "$build_dir/CMakeCache.txt" ] && command -v ninja >/dev/null; then
  generator=(-G Ninja)
fi
# Lets ccache reuse objects compiled with the precompiled header.
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime

cmake -S . -B "$build_dir" "${generator[@]}" "${compiler[@]}" "$@"
cmake --build "$build_dir" --parallel "$(nproc)" "${target[@]}"
