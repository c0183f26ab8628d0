#!/usr/bin/env bash
# Makes the scanned-report fixtures of tst_ocrreader from the project's own PDFs (tests/data/formats):
# each page rendered in grey with pdftoppm, given a small skew, noise and blur with ImageMagick (as a
# scanner would), and put back into an image-only PDF (no text layer) with img2pdf. The noise has a
# fixed seed, so a run writes the same pages again.
#
# needs: poppler-utils img2pdf imagemagick (for making fixtures only; the tests read the PDFs)
# usage: make_scans.sh [OUT_DIR]        (default: next to this script)
#        make_scans.sh --all OUT_DIR    (also every page at 150, 200 and 300 dpi, for bench/ and tuning)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
formats="$here/../formats"
all=0
if [ "${1:-}" = "--all" ]; then all=1; shift; fi
out=${1:-$here}
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# scan SOURCE FIRST LAST DPI ANGLE NAME: pages FIRST..LAST of SOURCE as a scan at DPI, skewed by ANGLE.
scan() {
    local source=$1 first=$2 last=$3 dpi=$4 angle=$5 name=$6
    rm -f "$work"/p-*.pgm "$work"/s-*.jpg
    pdftoppm -r "$dpi" -gray -f "$first" -l "$last" "$formats/$source.pdf" "$work/p"
    local pages=()
    for page in "$work"/p-*.pgm; do
        local base
        base=$(basename "$page" .pgm)
        convert "$page" -seed 11 -background white -rotate "$angle" -gravity center \
            -blur 0x0.7 -attenuate 0.25 +noise Gaussian -colorspace Gray \
            -density "$dpi" -units PixelsPerInch -quality 40 "$work/s-$base.jpg"
        pages+=("$work/s-$base.jpg")
    done
    img2pdf --creationdate 2021-01-01 --moddate 2021-01-01 -o "$out/$name.pdf" "${pages[@]}"
}

# Committed: the pages with the statistics tables at 200 dpi (the resolution of the test), one
# report's table pages at 150 and at 300 dpi; whole reports only with --all.
scan 001 1 3 200 0.4 scan001-200
scan 003 3 5 200 -0.5 scan003-200
scan 003 3 5 150 0.3 scan003-150
scan 001 1 3 300 0.4 scan001-300
# A multi-page TIFF as a fax-style scanner writes it: the first two of those pages, bilevel, Group 4.
rm -f "$work"/t-*.pgm
pdftoppm -r 200 -gray -f 1 -l 2 "$out/scan003-200.pdf" "$work/t"
convert "$work"/t-*.pgm -threshold 82% -density 200 -units PixelsPerInch -compress Group4 "$out/scan003-200.tif"

if [ "$all" = 1 ]; then
    for dpi in 150 200 300; do
        scan 001 1 3 "$dpi" 0.4 "full001-$dpi"
        scan 003 1 6 "$dpi" -0.5 "full003-$dpi"
    done
fi
