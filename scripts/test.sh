#!/usr/bin/env bash
# Installs what rnnsearch needs, builds it with its tests, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
bash scripts/build.sh -DRNNSEARCH_BUILD_TESTS=ON
cd "${RNNSEARCH_BUILD_DIR:-build}"
# Tests use one thread each; PASSIVE keeps idle OpenMP threads from spinning against each other.
OMP_NUM_THREADS=1 OMP_WAIT_POLICY=PASSIVE ctest --output-on-failure --parallel "$(nproc)"
