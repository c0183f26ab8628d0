#!/usr/bin/env bash
# Runs one libFuzzer target for a while:  scripts/fuzz.sh TARGET SECONDS
#   TARGET: text, html, docx, pdf or review (fuzz_TARGET in fuzz/)
# Builds build-asan/ (clang, AddressSanitizer + UndefinedBehaviorSanitizer, GK_FUZZ) when needed,
# seeds the corpus from the fixtures, ../shared/seeds and ../shared/hostile, and keeps what it finds:
#   build-asan/corpus/TARGET     the growing corpus (not committed)
#   build-asan/findings/TARGET-* a crash, leak, timeout or out-of-memory input: copy it into
#                                tests/data/fuzz/TARGET/ (fuzz_TARGET_regressions replays it)
# Prints the executions, coverage and findings; exits 1 when the run found something.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?usage: scripts/fuzz.sh text|html|docx|pdf|review SECONDS}
seconds=${2:?usage: scripts/fuzz.sh TARGET SECONDS}
shared=${GK_SHARED_DIR:-$top/../shared}
build=${GK_FUZZ_BUILD:-$top/build-asan}

case $target in
    text) suffixes="txt" ;;
    html) suffixes="html htm" ;;
    docx) suffixes="docx" ;;
    pdf) suffixes="pdf" ;;
    review) suffixes="json" ;;
    *) echo "fuzz.sh: unknown target $target (text, html, docx, pdf, review)" >&2; exit 2 ;;
esac

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGK_FUZZ=ON -DGK_SANITIZE=ON -DGK_SHARED_DIR="$shared" \
        $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
fi
# One build at a time: several targets may be started together.
flock "$build/.fuzz-build.lock" cmake --build "$build" --target "fuzz_$target" >"$build/fuzz-build-$target.log" 2>&1 || {
    tail -20 "$build/fuzz-build-$target.log" >&2
    exit 2
}

seeds="$build/seeds/$target"
corpus="$build/corpus/$target"
findings="$build/findings"
mkdir -p "$seeds" "$corpus" "$findings"
# Small seeds only: libFuzzer mutates what it is given, and a 60 MB seed makes every run slow.
for dir in "$top/tests/data/formats" "$top/tests/data/fixtures" "$top/tests/data/bad" "$shared/seeds" \
           "$shared/hostile" "$top/tests/data/fuzz/$target"; do
    [ -d "$dir" ] || continue
    for suffix in $suffixes; do
        find "$dir" -maxdepth 2 -type f -name "*.$suffix" -size -512k -exec cp -n {} "$seeds/" \; 2>/dev/null || true
    done
done
if [ "$target" = review ]; then
    # Reviews the program itself writes: made by tst_reviewstore's format, one per kind of value.
    cat > "$seeds/made.json" <<'JSON'
{"format": "gkreview-review", "version": 1, "report": {"file": "003.txt", "sha256": "00"},
 "reviewer": "王", "created": "2024-01-02T03:04:05.000Z", "modified": "2024-01-02T03:04:05.000Z",
 "corrections": {"applications.new_received.total": {"value": {"kind": "number", "number": 221, "text": "221"},
                 "note": "n", "reviewer": "王", "time": "2024-01-02T03:04:05.000Z"},
                 "applications.disclosed.total": {"value": {"kind": "blank"}},
                 "applications.carried_over.total": {"value": {"kind": "invalid", "text": "约30"}}},
 "verdicts": {"label.variant|applications.withheld_three_safety.total": {"verdict": "accepted", "note": "x"}}}
JSON
fi
[ "$target" = text ] && printf '7\n' > "$seeds/seven.txt"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/.ci/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
log="$build/fuzz-$target.log"
count_findings() { # slow-unit-* files are only slow inputs, not findings
    find "$findings" -type f \( -name "$target-crash-*" -o -name "$target-leak-*" -o -name "$target-timeout-*" \
        -o -name "$target-oom-*" \) | wc -l
}
before=$(count_findings)
status=0
# -rss_limit_mb: a reader must stay far below it whatever the input (issue 14's memory ceiling).
"$build/fuzz/fuzz_$target" "$corpus" "$seeds" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 \
    -max_len=262144 -report_slow_units=60 -print_final_stats=1 -artifact_prefix="$findings/$target-" >"$log" 2>&1 || status=$?

execs=$(grep -ah 'stat::number_of_executed_units' "$log" | awk '{s+=$2} END {print s+0}')
cov=$(grep -aho 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}')
features=$(grep -aho 'ft: [0-9]*' "$log" | tail -1 | awk '{print $2}')
found=$(( $(count_findings) - before ))
echo "fuzz_$target: ${seconds}s, $execs executions, coverage $cov edges, $features features," \
     "corpus $(find "$corpus" -type f | wc -l) inputs, $found finding(s) in $findings"
if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
    grep -ah -m5 -E 'ERROR: |SUMMARY: |runtime error' "$log" || true
    echo "fuzz_$target: found something (log: $log)" >&2
    exit 1
fi
