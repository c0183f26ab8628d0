#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (missing packages), builds into build/ and starts the reviewer.
# With no file it opens the start page of bundled sample reports.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/scripts/deps.sh"
gk_install_dependencies
gk_configure_and_build "$top" >/dev/null
exec "$top/build/app/gkreview" "$@"
