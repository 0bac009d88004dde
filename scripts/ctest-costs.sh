#!/usr/bin/env bash
# Gives ctest in a fresh build directory the measured durations of the longest tests
# (tests/ctest-costs.txt), so that a parallel run starts them first instead of ending on them.
# A build directory that already has its own measurements keeps them.
#   scripts/ctest-costs.sh BUILD_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
target="$1/Testing/Temporary/CTestCostData.txt"
[ -f "$target" ] && exit 0
mkdir -p "$(dirname "$target")"
{ grep -v '^#' tests/ctest-costs.txt; echo "---"; } > "$target"
