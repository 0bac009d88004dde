#!/usr/bin/env bash
# The unit tests under sanitizers (clang), two builds:
#   1. build-sanitize/: AddressSanitizer + UndefinedBehaviorSanitizer, every test that does not
#      load SentencePiece: its module is opened with RTLD_DEEPBIND (to keep its protobuf apart from
#      LibTorch's, see src/data/vocab.cpp), which AddressSanitizer refuses;
#   2. build-ubsan/: UndefinedBehaviorSanitizer alone, every test (UBSAN_EXCLUDE: a ctest regex of
#      tests to leave out). It also builds the fuzz targets, under UBSan, for
#      `FUZZ_BUILD=build-ubsan scripts/fuzz.sh`.
#   scripts/sanitize.sh [asan|ubsan]   (default: both)
# Any report fails the run (halt_on_error).
set -euo pipefail
cd "$(dirname "$0")/.."
modes=("${1:-asan}")
[ $# -gt 0 ] || modes=(asan ubsan)
scripts/setup.sh libclang-rt-14-dev
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
for mode in "${modes[@]}"; do
  case $mode in
    asan) build=build-sanitize flags=(-DRNNSEARCH_SANITIZE=ON -DRNNSEARCH_FUZZ=ON)
      # Suites whose fixtures train or load a SentencePiece vocabulary.
      filter='*-Types/VocabTest.*:EncodeCorpus.*:CliTest.*:All/ShippedConfig.*:TrainerTest.*:TranslatorTest.*:Variants/ToyModel.*:Vocab*:Bench.CommandPrints*:Bench.Measures*:Evaluation*' ;;
    ubsan) build=build-ubsan flags=(-DRNNSEARCH_SANITIZERS=undefined -DRNNSEARCH_FUZZ=ON) filter='*' ;;
    *) echo "error: unknown mode $mode (asan or ubsan)" >&2; exit 2 ;;
  esac
  [ -f "$build/CMakeCache.txt" ] || cmake -S . -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER=clang++ "${flags[@]}"
  cmake --build "$build" --parallel "$(nproc)" --target rnnsearch_tests rnnsearch
  echo "[sanitize] $mode: running the tests ($filter)" >&2
  if [ "$filter" = '*' ]; then
    # Every test: through ctest, one process per test, as many at once as there are cores, the
    # longest first.
    bash scripts/ctest-costs.sh "$build"
    exclude=()
    [ -z "${UBSAN_EXCLUDE:-}" ] || exclude=(-E "$UBSAN_EXCLUDE")
    ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "${exclude[@]}"
  else
    "$build/rnnsearch_tests" --gtest_filter="$filter" --gtest_brief=1
  fi
  echo "[sanitize] $mode: clean" >&2
done
