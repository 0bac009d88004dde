#!/usr/bin/env bash
# Installs what rnnsearch needs, builds it with its tests, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

# The tests also run the real sacreBLEU 2.6.0 (../shared/peers/bin/sacrebleu), which needs these.
bash scripts/setup.sh python3-regex python3-tabulate python3-numpy python3-colorama python3-lxml python3-portalocker
bash scripts/build.sh -DRNNSEARCH_BUILD_TESTS=ON
bash scripts/ctest-costs.sh "${RNNSEARCH_BUILD_DIR:-build}"
cd "${RNNSEARCH_BUILD_DIR:-build}"
# Tests use one thread each; PASSIVE keeps idle OpenMP threads from spinning against each other.
OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE ctest --output-on-failure --parallel "$(nproc)"
