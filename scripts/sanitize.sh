#!/usr/bin/env bash
# Builds the unit tests with AddressSanitizer + UndefinedBehaviorSanitizer (clang) into
# build-sanitize/ and runs them; any report fails the run.
#   scripts/sanitize.sh [GTEST_FILTER]
# Tests that load SentencePiece are left out: its module is opened with RTLD_DEEPBIND (to keep its
# protobuf apart from LibTorch's, see src/vocab.cpp), which AddressSanitizer cannot intercept.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh libclang-rt-14-dev
build=build-sanitize
if [ ! -f "$build/CMakeCache.txt" ]; then
  generator=()
  command -v ninja >/dev/null && generator=(-G Ninja)
  cmake -S . -B "$build" "${generator[@]}" -DCMAKE_CXX_COMPILER=clang++ -DRNNSEARCH_SANITIZE=ON -DRNNSEARCH_FUZZ=ON
fi
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
cmake --build "$build" --parallel "$(nproc)" --target rnnsearch_tests rnnsearch
# Suites whose fixtures train or load a SentencePiece vocabulary.
uses_spm='Types/VocabTest.*:EncodeCorpus.*:CliTest.*:All/ShippedConfig.*:TrainerTest.*:TranslatorTest.*:Variants/ToyModel.*:Vocab*:Bench.CommandPrints*:Bench.Measures*:Evaluation*'
filter=${1:-"*-$uses_spm"}
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE
"$build/rnnsearch_tests" --gtest_filter="$filter" --gtest_brief=1
echo "[sanitize] clean: no AddressSanitizer or UndefinedBehaviorSanitizer report"
