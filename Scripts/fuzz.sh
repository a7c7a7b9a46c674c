#!/usr/bin/env bash
# Builds Garter's libFuzzer targets (Fuzz/) and runs each for N seconds (default 600).
#
#   Scripts/fuzz.sh [seconds-per-target]
#
# Environment: GARTER_FUZZ_TARGETS (default "FuzzCompile FuzzRun FuzzSnapshot"),
# GARTER_FUZZ_WORK (corpora and crash artifacts, default Fuzz/.work),
# GARTER_FUZZ_SCRATCH (build directory, default Fuzz/.build-fuzz).
# Prints executions and crashes per target; exits non-zero when any target found one.
set -euo pipefail

SECS=${1:-600}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
FUZZ=$ROOT/Fuzz
SCRATCH=${GARTER_FUZZ_SCRATCH:-$FUZZ/.build-fuzz}
WORK=${GARTER_FUZZ_WORK:-$FUZZ/.work}
TARGETS=${GARTER_FUZZ_TARGETS:-FuzzCompile FuzzRun FuzzSnapshot}
CASES=$ROOT/Tests/GarterTests/Conformance/cases

cd "$FUZZ"
# SwiftPM does not notice files added to a path dependency: drop the build plan so the
# Garter sources are listed afresh (compiled objects are reused).
rm -f "$SCRATCH/release.yaml" "$SCRATCH/build.db" "$SCRATCH"/*/release/description.json
swift build -c release -Xswiftc -sanitize=fuzzer,address --scratch-path "$SCRATCH"
BIN=$SCRATCH/release

# libFuzzer reports crashes itself (Swift's backtracer would hang it); Python reference
# cycles are not leaks we look for here; ASan's fake stacks would hide the real stack from
# StackGuard.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0:allocator_may_return_null=0

summary=()
failed=0
for T in $TARGETS; do
    dir=$WORK/$T
    mkdir -p "$dir/corpus" "$dir/artifacts"
    seeds=()
    case $T in
        FuzzCompile) seeds=("$CASES" "$FUZZ/Seeds/compile" "$FUZZ/Seeds/run") ;;
        FuzzRun) seeds=("$CASES" "$FUZZ/Seeds/run") ;;
        FuzzSnapshot)
            # Snapshots are generated, not committed: they follow the current format version.
            rm -rf "$dir/seeds"
            "$BIN/FuzzSnapshot" --make-seeds "$dir/seeds" "$CASES"
            seeds=("$dir/seeds") ;;
    esac
    dict=()
    [ "$T" != FuzzSnapshot ] && dict=(-dict="$FUZZ/python.dict")
    before=$(ls "$dir/artifacts" | wc -l)
    echo "== $T for $SECS s"
    set +e
    "$BIN/$T" "$dir/corpus" "${seeds[@]}" "${dict[@]}" \
        -max_total_time="$SECS" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
        -artifact_prefix="$dir/artifacts/" -print_final_stats=1 2>&1 | tee "$dir/log.txt" | grep -E "^#[0-9]+[[:space:]]+(INITED|DONE)|ERROR|SUMMARY|artifact|Test unit|Done " 
    set -e
    execs=$(grep -o "stat::number_of_executed_units: [0-9]*" "$dir/log.txt" | tail -1 | awk '{print $2}')
    after=$(ls "$dir/artifacts" | wc -l)
    crashes=$((after - before))
    [ "$crashes" -gt 0 ] && failed=1
    summary+=("$(printf '%-13s executions %-10s seconds %-6s crashes %s' "$T" "${execs:-?}" "$SECS" "$crashes")")
done
echo
printf '%s\n' "${summary[@]}"
exit $failed
