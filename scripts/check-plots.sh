#!/usr/bin/env bash
# Opens every SVG of a directory in a real browser (Debian's chromium, headless) and checks that
# each renders: a screenshot is written and is neither blank nor without blue heatmap cells or
# coloured curve lines.
#   scripts/check-plots.sh DIR        (e.g. the --out of `rnnsearch plot`)
# Installs chromium and python3 through scripts/setup.sh when missing. Screenshots: DIR/png/.
set -euo pipefail
[ $# -eq 1 ] && [ -d "$1" ] || { sed -n '2,7p' "$0"; exit 2; }
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(cd "$1" && pwd)
command -v chromium >/dev/null && command -v python3 >/dev/null || "$root/scripts/setup.sh" chromium python3
mkdir -p "$dir/png"
shopt -s nullglob
svgs=("$dir"/*.svg)
[ ${#svgs[@]} -gt 0 ] || { echo "error: no .svg in $dir" >&2; exit 2; }
failed=0
for svg in "${svgs[@]}"; do
  png=$dir/png/$(basename "$svg" .svg).png
  rm -f "$png"
  # The SVG's own size, so nothing is cut off.
  size=$(sed -nE '1s/.*width="([0-9.]+)" height="([0-9.]+)".*/\1,\2/p' "$svg" | awk -F, '{printf "%d,%d", $1 + 1, $2 + 1}')
  timeout 60 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="${size:-1000,800}" \
    --screenshot="$png" "file://$svg" >/dev/null 2>&1 || true
  if ! verdict=$(python3 - "$png" 2>&1 <<'PY'
import struct, sys, zlib
path = sys.argv[1]
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height = 8, b"", 0, 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and ctype in (2, 6), "unexpected PNG format"
        channels = 3 if ctype == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
stride = width * channels
rows, prev = [], bytearray(stride)
for y in range(height):  # undo the per-row PNG filters
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b, c = prev[i], prev[i - channels] if i >= channels else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line)
    prev = line
dark = coloured = 0
for line in rows:
    for i in range(0, stride, channels):
        r, g, b = line[i], line[i + 1], line[i + 2]
        dark += r + g + b < 200
        coloured += max(r, g, b) - min(r, g, b) > 60
assert dark > 50, "blank: no text or lines drawn"
assert coloured > 50, "no coloured cells or curves"
print(f"{width}x{height}, {dark} dark and {coloured} coloured pixels")
PY
  ); then
    echo "[check-plots] FAIL $(basename "$svg"): ${verdict:-no screenshot}" >&2
    failed=1
  else
    echo "[check-plots] ok $(basename "$svg"): $verdict"
  fi
done
exit $failed
