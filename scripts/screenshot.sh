#!/usr/bin/env bash
# Renders the review window under Xvfb at 1366×768 on seed 003 with one correction (which breaks a
# row total) and the first finding selected, and writes docs/screenshot.png.
# With --charts, the same window with the Charts dock beside the tables instead (docs/charts.png).
# Usage: scripts/screenshot.sh [--charts [CHART]] [OUTPUT.png] [SCALE]
#   SCALE 2: the same 1366×768 layout on a high-DPI screen (2732×1536 pixels, QT_SCALE_FACTOR=2).
# The window speaks Chinese, as its users do; GK_LANG=en renders the English one.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
extra=(--select-finding 1)
default=$top/docs/screenshot.png
if [ "${1:-}" = "--charts" ]; then
    shift
    chart=outcomes
    case "${1:-}" in outcomes|applicants|reviews|art20) chart=$1; shift ;; esac
    extra=(--charts "$chart" --correct applications.withheld_law_prohibited.total=30
           --select-cell applications.withheld_law_prohibited.total)
    default=$top/docs/charts.png
fi
out=${1:-$default}
scale=${2:-1}
seed=003_a2303bdcaefa6cda.txt
if [ ! -x "$top/build/app/gkreview" ]; then
    cmake -S "$top" -B "$top/build" -G Ninja >/dev/null
    cmake --build "$top/build" --parallel 2 --target gkreview >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the seed (the review file goes beside it) and settings of its own (no saved layout).
cp "$top/../shared/seeds/$seed" "$work/$seed" 2>/dev/null || cp "$top/resources/samples/$seed" "$work/$seed"
mkdir -p "$(dirname "$out")"
QT_SCALE_FACTOR="$scale" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
xvfb-run -a -s "-screen 0 $((1366 * scale))x$((768 * scale))x24" \
    "$top/build/app/gkreview" "$work/$seed" --size 1366x768 \
    --lang "${GK_LANG:-zh_CN}" --correct applications.new_received.total=221 "${extra[@]}" \
    --screenshot "$out"
echo "wrote $out"
