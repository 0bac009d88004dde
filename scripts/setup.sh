#!/usr/bin/env bash
# Installs every Debian package rnnsearch needs, plus any named on the command line (e.g.
# `scripts/setup.sh chromium` for scripts/check-plots.sh). Idempotent: does nothing when all are present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache clang
  libtorch-dev
  # Named explicitly: libtorch's BLAS dependency is otherwise met by the reference BLAS,
  # which runs GEMM 20-30x slower, silently.
  libopenblas0-openmp
  libsentencepiece-dev sentencepiece
  libyaml-cpp-dev libgtest-dev libgmock-dev libcli11-dev libfmt-dev zlib1g-dev nlohmann-json3-dev
  libcpp-httplib-dev
  # c10d's Gloo headers, for data-parallel training (ProcessGroupGloo ships inside libtorch).
  libgloo-dev
  # oneDNN's headers (the library itself comes with libtorch): search's products with packed
  # weights on the CPU's matrix units (src/model/packed_linear.cpp).
  libdnnl-dev
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "[setup] all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "[setup] installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "[setup] done"
