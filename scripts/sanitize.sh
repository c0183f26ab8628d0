#!/usr/bin/env bash
# The sanitizer build of the CI: builds build-asan/ with clang under AddressSanitizer (LeakSanitizer
# on) and UndefinedBehaviorSanitizer, with the libFuzzer targets, runs the whole test suite in it,
# then each fuzz target for FUZZ_SECONDS (default 30) from its seeds.
#   scripts/sanitize.sh [FUZZ_SECONDS]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
source "$top/scripts/deps.sh"
gk_install_dependencies
seconds=${1:-30}
build="$top/build-asan"
launcher=()
command -v ccache >/dev/null 2>&1 && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DGK_SANITIZE=ON -DGK_FUZZ=ON "${launcher[@]}"
cmake --build "$build" --parallel "$(nproc)"

export QT_QPA_PLATFORM=offscreen
# LeakSanitizer on; the only suppressions are leaks inside third-party libraries, each named there.
export ASAN_OPTIONS=detect_leaks=1
export LSAN_OPTIONS=suppressions=$top/.ci/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
(cd "$build" && ctest --output-on-failure --timeout 1800 -j "$(nproc)")

status=0
for target in text html docx pdf review; do
    GK_FUZZ_BUILD="$build" bash "$top/scripts/fuzz.sh" "$target" "$seconds" || status=1
done
exit $status
