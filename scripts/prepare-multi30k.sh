#!/usr/bin/env bash
# Multi30k task 1 (German, English; train 29,000, val 1,014, test_2016_flickr 1,000 pairs) into
# data/multi30k/ as gzip files, checked against the checksums below.
#   scripts/prepare-multi30k.sh --from DIR   # a local copy holding train.de.gz, val.en.gz, ...
#   scripts/prepare-multi30k.sh --download   # from github.com/multi30k/dataset (data/task1/raw)
# Options: --out DIR (default data/multi30k), --force (replace files already there).
# The checksums are SHA-256 of the decompressed text, so a recompressed copy still verifies.
set -euo pipefail
usage() { sed -n '2,7p' "$0"; exit 2; }
from="" download=0 force=0
out=$(cd "$(dirname "$0")/.." && pwd)/data/multi30k
while [ $# -gt 0 ]; do
  case $1 in
    --from) [ $# -ge 2 ] || usage; from=$2; shift 2 ;;
    --download) download=1; shift ;;
    --out) [ $# -ge 2 ] || usage; out=$2; shift 2 ;;
    --force) force=1; shift ;;
    -h|--help) usage ;;
    *) echo "error: unknown argument $1" >&2; usage ;;
  esac
done
modes=$(( download + (${#from} > 0 ? 1 : 0) ))
if [ $modes != 1 ]; then
  echo "error: give exactly one of --from DIR and --download" >&2
  exit 2
fi
url=https://raw.githubusercontent.com/multi30k/dataset/master/data/task1/raw
# sha256 of the decompressed files, taken from a copy of the repository's data/task1/raw files
# (train.en.gz there has had two versions; these are of the copy this project was developed with).
declare -A sums=(
  [train.de]=2c2b73fd2b548fbcde3a875e0a78d6ee94d498bfdee6bd3eae3945779e9ddf72
  [train.en]=460a15fbd157e34a7a9957ee388c1ca247fe47af3ef25fb50442af6c274e0fc6
  [val.de]=660e09eb7e1da2f856ea13ee5ad3cf6d36b3d5b0b733c857e94c5747a3dfc660
  [val.en]=1f2a23d992769b5b3d209b0a10dd0b77c08cceb1f20dfb97ed0aafa49d107227
  [test_2016_flickr.de]=4be6b5b3236b79c25475c6bb829800a7ce559e9ba7a1f6c2394fe4d40be46d16
  [test_2016_flickr.en]=399a4382932c1aadd3ceb9bef1008d388a64c76d4ae4e9d4728c6f4301cac182
)
declare -A lines=([train]=29000 [val]=1014 [test_2016_flickr]=1000)
mkdir -p "$out"
tmp=$(mktemp -d "$out/.prepare.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

fetch() {  # NAME -> $tmp/NAME.gz
  local name=$1
  if [ $download = 1 ]; then
    command -v curl >/dev/null || { echo "error: --download needs curl" >&2; exit 2; }
    curl -fsSL --retry 3 -o "$tmp/$name.gz" "$url/$name.gz" ||
      { echo "error: could not download $url/$name.gz" >&2; exit 2; }
  elif [ -f "$from/$name.gz" ]; then
    cp "$from/$name.gz" "$tmp/$name.gz"
  elif [ -f "$from/$name" ]; then
    gzip -9n <"$from/$name" >"$tmp/$name.gz"
  else
    echo "error: $from/$name.gz: no such file (nor $from/$name)" >&2
    exit 2
  fi
}

for name in "${!sums[@]}"; do
  target=$out/$name.gz
  if [ -f "$target" ] && [ $force = 0 ]; then
    actual=$(gzip -dc "$target" | sha256sum | cut -d' ' -f1)
    [ "$actual" = "${sums[$name]}" ] && { echo "[prepare] $target: present, checksum ok" >&2; continue; }
    echo "error: $target exists with another checksum; --force replaces it" >&2
    exit 2
  fi
  fetch "$name"
  chmod 644 "$tmp/$name.gz"
  actual=$(gzip -dc "$tmp/$name.gz" | sha256sum | cut -d' ' -f1) ||
    { echo "error: $name.gz is not a valid gzip file" >&2; exit 2; }
  if [ "$actual" != "${sums[$name]}" ]; then
    echo "error: $name: checksum $actual, expected ${sums[$name]} (another version of the data?)" >&2
    exit 2
  fi
  count=$(gzip -dc "$tmp/$name.gz" | wc -l)
  [ "$count" = "${lines[${name%.*}]}" ] || { echo "error: $name: $count lines, expected ${lines[${name%.*}]}" >&2; exit 2; }
  mv "$tmp/$name.gz" "$target"
  echo "[prepare] $target: $count lines, checksum ok" >&2
done
echo "[prepare] Multi30k de-en ready in $out" >&2
