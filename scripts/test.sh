#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (missing packages), builds into build/ and runs the whole
# test suite: ctest (GUI tests under the offscreen platform), the golden score and a small benchmark.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/scripts/deps.sh"
gk_install_dependencies
gk_configure_and_build "$top"
export QT_QPA_PLATFORM=offscreen
cd "$top/build"
ctest --output-on-failure --timeout 600 -j "$(nproc)"
