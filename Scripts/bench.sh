#!/usr/bin/env bash
# Benchmark runner: Garter vs CPython 3.11 vs Monty on Benchmarks/*.py.
#
#   Scripts/bench.sh                 build release once, run every benchmark 3 times per engine
#   Scripts/bench.sh -n 5 fib loop   only the named benchmarks, 5 runs each
#   Scripts/bench.sh --inprocess     the in-process micro-benchmarks (Benchmarks/InProcess)
#   Scripts/bench.sh --operations    single operations, garter vs python3 (Benchmarks/Operations)
#
# The engines run alternately (python3, garter, monty, python3, garter, ...) so that load from
# other processes spreads over all of them. Every run's stdout is compared with CPython's: a
# Garter run that errors or prints something else is FAIL (the table goes on); a Monty run that
# does is n/a (Monty supports a smaller subset). Times are medians of wall-clock time (or of
# user+sys CPU time with --cpu), peak RSS is the maximum over the runs. Exit status: 0 when
# every benchmark passed on Garter, 1 when any failed, 2 for a usage or build error.
#
# See Benchmarks/README.md.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SCRATCH="$ROOT/.build-release"
BENCH_DIR="$ROOT/Benchmarks"
INPROCESS_DIR="$BENCH_DIR/InProcess"

RUNS=3
BUILD=1
USE_MONTY=1
INPROCESS=0
OPERATIONS=0
SORT=0
METRIC=wall
TIMEOUT=300
HYPERFINE=0
NAMES=()

usage() {
    cat <<'EOF'
usage: Scripts/bench.sh [options] [BENCHMARK ...]

Runs Benchmarks/*.py (or the named ones) under garter, python3 and monty and prints a table.

options:
  -n, --runs N     runs per engine per benchmark (default 3)
  --cpu            compare user+sys CPU time instead of wall time (steadier on a busy machine)
  --timeout S      per-run time limit in seconds (default 300)
  --no-build       do not build; use the existing .build-release binary (or $GARTER)
  --no-monty       skip the Monty column
  --hyperfine      also run hyperfine (if installed) on each passing benchmark
  --inprocess      build and run the in-process micro-benchmarks instead
  --operations     time single operations (Benchmarks/Operations) under garter and python3
                   instead of the programs; names then select operations
  --sort           with --operations: slowest garter/python3 ratio first
  -h, --help       this help

environment: GARTER (garter binary), PYTHON (default python3), MONTY (monty binary)
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        -n|--runs)
            [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || { echo "bench: -n needs a positive integer" >&2; exit 2; }
            RUNS="$2"; shift 2 ;;
        --cpu) METRIC=cpu; shift ;;
        --timeout)
            [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || { echo "bench: --timeout needs a positive integer" >&2; exit 2; }
            TIMEOUT="$2"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --no-monty) USE_MONTY=0; shift ;;
        --hyperfine) HYPERFINE=1; shift ;;
        --inprocess) INPROCESS=1; shift ;;
        --operations) OPERATIONS=1; shift ;;
        --sort) SORT=1; shift ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "bench: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) NAMES+=("$1"); shift ;;
    esac
done

if [ -z "${EPOCHREALTIME:-}" ]; then
    echo "bench: needs bash 5 or later (EPOCHREALTIME)" >&2
    exit 2
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/garter-bench.XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# swift_build LOG ARGS...: `swift build ARGS`, output to LOG; exits 2 on failure. A work tree
# edited during the build makes SwiftPM stop with "was modified during the build": that is
# retried (objects already built are kept) a few times before giving up.
swift_build() {
    local log="$1" attempt
    shift
    for attempt in 1 2 3; do
        if swift build "$@" >"$log" 2>&1; then
            return 0
        fi
        if [ "$attempt" -lt 3 ] && grep -q 'modified during the build' "$log"; then
            echo "bench: sources changed during the build; retrying" >&2
            continue
        fi
        break
    done
    tail -n 40 "$log" >&2
    echo "bench: build failed: swift build $*" >&2
    exit 2
}

# ---------------------------------------------------------------------------------------------
# In-process micro-benchmarks
# ---------------------------------------------------------------------------------------------
if [ "$INPROCESS" = 1 ]; then
    echo "bench: building Benchmarks/InProcess (release)..." >&2
    log="$TMP/inprocess-build.log"
    # SwiftPM does not notice files added to or removed from the path dependency (the main
    # package): drop its cached build plan so it plans again.
    rm -f "$INPROCESS_DIR/.build-release/release.yaml" "$INPROCESS_DIR/.build-release/build.db" \
        "$INPROCESS_DIR"/.build-release/*/release/description.json
    swift_build "$log" -c release --package-path "$INPROCESS_DIR" --scratch-path "$INPROCESS_DIR/.build-release"
    bin="$(swift build -c release --package-path "$INPROCESS_DIR" --scratch-path "$INPROCESS_DIR/.build-release" --show-bin-path)/garter-inprocess"
    "$bin"
    exit $?
fi

# ---------------------------------------------------------------------------------------------
# Engines
# ---------------------------------------------------------------------------------------------
if [ -n "${GARTER:-}" ]; then
    [ -x "$GARTER" ] || { echo "bench: GARTER=$GARTER is not executable" >&2; exit 2; }
    BUILD=0
fi
if [ "$BUILD" = 1 ]; then
    echo "bench: building garter (release, --scratch-path .build-release)..." >&2
    mkdir -p "$SCRATCH"
    log="$SCRATCH/bench-build.log"
    start=$EPOCHREALTIME
    # On Linux the benchmarked binary is a fully static executable, as a shipped CLI would
    # be: the Swift runtime and Foundation linked in (no shared libraries to load and
    # relocate at start-up: about 6 MB less peak RSS than the default build) and no
    # position-independent code (a PIE carries 1 MB of relocation records that the loader
    # reads, and the relocated metadata pages become private: about 1.5 MB more on every
    # program). Apple platforms have the runtime in the OS.
    STATIC=()
    [ "$(uname -s)" = Linux ] && STATIC=(--static-swift-stdlib -Xswiftc -static-executable)
    swift_build "$log" -c release "${STATIC[@]}" --scratch-path "$SCRATCH" --product garter
    echo "bench: build done in $(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN{printf "%.0f", b-a}') s" >&2
fi
if [ -z "${GARTER:-}" ]; then
    GARTER="$SCRATCH/release/garter"
    if [ ! -x "$GARTER" ]; then
        GARTER="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path 2>/dev/null)/garter"
    fi
    [ -x "$GARTER" ] || { echo "bench: no garter binary at $GARTER (run without --no-build)" >&2; exit 2; }
fi

PYTHON="${PYTHON:-python3}"
command -v "$PYTHON" >/dev/null 2>&1 || { echo "bench: $PYTHON not found" >&2; exit 2; }
PYVER="$("$PYTHON" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])')"
# Time the interpreter itself, not a wrapper such as a pyenv shim (a shell script).
PYTHON="$("$PYTHON" -c 'import sys; print(sys.executable)')"
case "$PYVER" in
    3.11.*) ;;
    *) echo "bench: warning: expected CPython 3.11, found $PYVER; outputs may differ" >&2 ;;
esac

# ---------------------------------------------------------------------------------------------
# Single operations (Benchmarks/Operations/run.py does the timing and prints the table)
# ---------------------------------------------------------------------------------------------
if [ "$OPERATIONS" = 1 ]; then
    OPS_ARGS=(--garter "$GARTER" --python "$PYTHON" -n "$RUNS" --timeout "$TIMEOUT")
    [ "$SORT" = 1 ] && OPS_ARGS+=(--sort)
    echo "bench: timing single operations ($RUNS runs per engine, fastest kept)..." >&2
    "$PYTHON" "$BENCH_DIR/Operations/run.py" "${OPS_ARGS[@]}" "${NAMES[@]}"
    exit $?
fi

# /usr/bin/time (GNU time) gives peak RSS and CPU time; install it if missing, else fall back to
# a python3 helper that reads the same numbers from wait4().
TIME_BIN=""
if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "bench: installing GNU time (apt-get install time)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null 2>&1; } || true
fi
if [ -x /usr/bin/time ] && /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
    TIME_BIN=/usr/bin/time
else
    echo "bench: GNU time unavailable; measuring with a python3 wait4() helper" >&2
    cat >"$TMP/measure.py" <<'EOF'
import os, sys
out = sys.argv[1]
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    finally:
        os._exit(127)
_, status, ru = os.wait4(pid, 0)
with open(out, "w") as f:
    f.write("%.3f %.3f %d\n" % (ru.ru_utime, ru.ru_stime, ru.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status) & 0xFF)
EOF
fi

# Monty: `monty` from `pip install pydantic-monty`, in a venv under .build-release if needed.
MONTY_CMD=()
MONTY_NOTE=""
setup_monty() {
    [ "$USE_MONTY" = 1 ] || { MONTY_NOTE="skipped (--no-monty)"; return; }
    local bin=""
    if [ -n "${MONTY:-}" ]; then
        bin="$MONTY"
    elif [ -x "$SCRATCH/venv/bin/monty" ]; then
        bin="$SCRATCH/venv/bin/monty"
    elif command -v monty >/dev/null 2>&1 && monty --help 2>&1 | grep -qi 'monty'; then
        bin="$(command -v monty)"
    else
        echo "bench: installing pydantic-monty into .build-release/venv..." >&2
        mkdir -p "$SCRATCH"
        if { [ -x "$SCRATCH/venv/bin/pip" ] || "$PYTHON" -m venv "$SCRATCH/venv" >/dev/null 2>&1; } &&
            PIP_DEFAULT_TIMEOUT=20 timeout 300 "$SCRATCH/venv/bin/pip" install -q --disable-pip-version-check pydantic-monty >"$TMP/pip.log" 2>&1 &&
            [ -x "$SCRATCH/venv/bin/monty" ]; then
            bin="$SCRATCH/venv/bin/monty"
        else
            MONTY_NOTE="unavailable (pip install pydantic-monty failed: $(tail -n 1 "$TMP/pip.log" 2>/dev/null))"
            return
        fi
    fi
    # How does this monty run a file: `monty FILE` or `monty run FILE`? Try both on a probe.
    printf 'print(6 * 7)\n' >"$TMP/probe.py"
    local form
    for form in "" run; do
        local cmd=("$bin")
        [ -n "$form" ] && cmd+=("$form")
        if [ "$(timeout 30 "${cmd[@]}" "$TMP/probe.py" 2>/dev/null)" = "42" ]; then
            MONTY_CMD=("${cmd[@]}")
            return
        fi
    done
    MONTY_NOTE="unavailable ($bin does not run a probe file)"
}
setup_monty

ENGINES=(python3 garter)
[ ${#MONTY_CMD[@]} -gt 0 ] && ENGINES+=(monty)

engine_cmd() {  # engine file -> CMD array
    case "$1" in
        python3) CMD=("$PYTHON" "$2") ;;
        garter) CMD=("$GARTER" run --max-duration "$((TIMEOUT + 10))" "$2") ;;
        monty) CMD=("${MONTY_CMD[@]}" "$2") ;;
    esac
}

# run_one OUT ERR CMD... -> sets R_RC R_WALL R_CPU R_RSS (seconds, seconds, KiB)
run_one() {
    local out="$1" err="$2"
    shift 2
    local tf="$TMP/time.txt"
    rm -f "$tf"
    local t0=$EPOCHREALTIME
    if [ -n "$TIME_BIN" ]; then
        "$TIME_BIN" -f '%U %S %M' -o "$tf" timeout -k 5 "$TIMEOUT" "$@" >"$out" 2>"$err" </dev/null
    else
        "$PYTHON" "$TMP/measure.py" "$tf" timeout -k 5 "$TIMEOUT" "$@" >"$out" 2>"$err" </dev/null
    fi
    R_RC=$?
    local t1=$EPOCHREALTIME
    R_WALL="$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.4f", b-a}')"
    local line=""
    [ -f "$tf" ] && line="$(tail -n 1 "$tf")"
    if [[ "$line" =~ ^([0-9.]+)\ ([0-9.]+)\ ([0-9]+)$ ]]; then
        R_CPU="$(awk -v u="${BASH_REMATCH[1]}" -v s="${BASH_REMATCH[2]}" 'BEGIN{printf "%.4f", u+s}')"
        R_RSS="${BASH_REMATCH[3]}"
    else
        R_CPU=""
        R_RSS=""
    fi
}

# Why did a run not match CPython? One line.
explain() {  # rc out err expected
    local rc="$1" out="$2" err="$3" exp="$4"
    if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
        echo "timed out after ${TIMEOUT}s"
    elif [ "$rc" != 0 ]; then
        local last
        last="$(grep -v '^[[:space:]]*$' "$err" | tail -n 1 | cut -c1-160)"
        echo "exit $rc: ${last:-no stderr}"
    else
        local n
        n="$(cmp "$exp" "$out" 2>/dev/null | awk '{print $NF}')"
        if [ -z "$n" ]; then
            echo "output is a prefix of CPython's (missing lines)"
        else
            echo "output differs at line $n: expected '$(sed -n "${n}p" "$exp" | cut -c1-60)' got '$(sed -n "${n}p" "$out" | cut -c1-60)'"
        fi
    fi
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END{if(NR==0){print ""} else if(NR%2){printf "%.4f", a[(NR+1)/2]} else {printf "%.4f", (a[NR/2]+a[NR/2+1])/2}}'; }
maxval() { tr ' ' '\n' | grep -v '^$' | sort -g | tail -n 1; }

# ---------------------------------------------------------------------------------------------
# Benchmarks
# ---------------------------------------------------------------------------------------------
FILES=()
if [ ${#NAMES[@]} -eq 0 ]; then
    for f in "$BENCH_DIR"/*.py; do FILES+=("$f"); done
else
    for n in "${NAMES[@]}"; do
        base="$(basename "$n")"
        base="${base%.py}"
        if [ -f "$BENCH_DIR/$base.py" ]; then
            FILES+=("$BENCH_DIR/$base.py")
        else
            echo "bench: no benchmark Benchmarks/$base.py" >&2
            exit 2
        fi
    done
fi

echo "bench: garter=$GARTER" >&2
echo "bench: python3=$PYTHON ($PYVER)" >&2
if [ ${#MONTY_CMD[@]} -gt 0 ]; then
    echo "bench: monty=${MONTY_CMD[*]}" >&2
else
    echo "bench: monty $MONTY_NOTE" >&2
fi
echo "bench: ${#FILES[@]} benchmark(s), $RUNS run(s) per engine, metric: $METRIC time" >&2

declare -A TIMES RSS STATUS REASON
FAILED=0
ROWS=()
NOTES=()
MONTY_NA=()
PASSED=()
for file in "${FILES[@]}"; do
    name="$(basename "$file" .py)"
    rel="Benchmarks/$name.py"
    exp="$TMP/$name.expected"
    for e in "${ENGINES[@]}"; do TIMES[$e]=""; RSS[$e]=""; STATUS[$e]=ok; REASON[$e]=""; done
    printf 'bench: %-16s' "$name" >&2
    for ((r = 1; r <= RUNS; r++)); do
        for e in "${ENGINES[@]}"; do
            [ "${STATUS[python3]}" = ok ] || break
            [ "${STATUS[$e]}" = ok ] || continue
            engine_cmd "$e" "$rel"
            out="$TMP/$name.$e.out"
            err="$TMP/$name.$e.err"
            run_one "$out" "$err" "${CMD[@]}"
            if [ "$e" = python3 ] && [ "$r" = 1 ]; then
                cp "$out" "$exp"
                if [ "$R_RC" != 0 ]; then
                    STATUS[$e]=fail
                    REASON[$e]="$(explain "$R_RC" "$out" "$err" "$exp")"
                    continue
                fi
            elif [ "$R_RC" != 0 ] || ! cmp -s "$out" "$exp"; then
                STATUS[$e]=fail
                REASON[$e]="$(explain "$R_RC" "$out" "$err" "$exp")"
                [ "$e" = python3 ] && REASON[$e]="nondeterministic: ${REASON[$e]}"
                continue
            fi
            if [ "$METRIC" = cpu ] && [ -n "$R_CPU" ]; then
                TIMES[$e]+=" $R_CPU"
            else
                TIMES[$e]+=" $R_WALL"
            fi
            RSS[$e]+=" $R_RSS"
        done
        printf '.' >&2
        # CPython itself failed: nothing to compare against.
        [ "${STATUS[python3]}" = ok ] || break
    done
    echo >&2
    row="$name"
    for e in python3 garter monty; do
        if [[ " ${ENGINES[*]} " != *" $e "* ]]; then
            row+="|-|-"
        elif [ "${STATUS[$e]}" = ok ]; then
            row+="|$(echo "${TIMES[$e]}" | median)|$(echo "${RSS[$e]}" | maxval)"
        else
            row+="|FAIL|-"
        fi
    done
    if [ "${STATUS[python3]}" != ok ]; then
        status="ERROR"
        NOTES+=("$name: python3 $(printf '%s' "${REASON[python3]}")")
        FAILED=$((FAILED + 1))
    elif [ "${STATUS[garter]}" != ok ]; then
        status="FAIL"
        NOTES+=("$name: garter ${REASON[garter]}")
        FAILED=$((FAILED + 1))
    else
        status="ok"
        PASSED+=("$name")
    fi
    if [[ " ${ENGINES[*]} " == *" monty "* ]] && [ "${STATUS[python3]}" = ok ] && [ "${STATUS[monty]}" != ok ]; then
        MONTY_NA+=("$name: ${REASON[monty]}")
    fi
    ROWS+=("$row|$status")
done

# ---------------------------------------------------------------------------------------------
# Table
# ---------------------------------------------------------------------------------------------
HAVE_MONTY=0
[ ${#MONTY_CMD[@]} -gt 0 ] && HAVE_MONTY=1
echo
printf '%s\n' "${ROWS[@]}" | awk -F'|' -v have_monty="$HAVE_MONTY" -v metric="$METRIC" '
function t(x) { return num(x) ? sprintf("%.3f", x) : x }
function mb(x) { return (x == "-" || x == "") ? "-" : sprintf("%.1f", x / 1024) }
function num(x) { return x != "-" && x != "FAIL" && x != "n/a" && x != "" }
function ratio(a, b) { return sprintf("%.2f", a / b) }
BEGIN {
    unit = (metric == "cpu") ? "cpu s" : "wall s"
    printf "%-16s %9s %9s %9s %8s %8s %9s %9s %9s  %s\n", "benchmark", "garter", "python3", "monty", "g/py", "g/monty", "rss g MB", "rss py", "rss monty", "status"
    printf "%-16s %9s %9s %9s %8s %8s %9s %9s %9s\n", "", "(" unit ")", "", "", "", "", "", "", ""
}
{
    name = $1; pt = $2; pr = $3; gt = $4; gr = $5; mt = $6; mr = $7; st = $8
    if (have_monty == 1 && mt == "FAIL") { mt = "n/a"; mr = "-" }
    gp = "-"; gm = "-"
    if (num(gt) && num(pt) && pt > 0) { gp = ratio(gt, pt); lgp += log(gt / pt); ngp++ }
    if (num(gt) && num(mt) && mt > 0) { gm = ratio(gt, mt); lgm += log(gt / mt); ngm++ }
    if (num(gt) && gt > 0) { lg += log(gt); ng++ }
    if (num(pt) && pt > 0) { lp += log(pt); np++ }
    if (num(mt) && mt > 0) { lm += log(mt); nm++ }
    printf "%-16s %9s %9s %9s %8s %8s %9s %9s %9s  %s\n", name, t(gt), t(pt), t(mt), gp, gm, mb(gr), mb(pr), mb(mr), st
}
END {
    printf "%-16s %9s %9s %9s %8s %8s\n", "geomean", \
        (ng ? sprintf("%.3f", exp(lg / ng)) : "-"), (np ? sprintf("%.3f", exp(lp / np)) : "-"), \
        (nm ? sprintf("%.3f", exp(lm / nm)) : "-"), \
        (ngp ? sprintf("%.2f", exp(lgp / ngp)) : "-"), (ngm ? sprintf("%.2f", exp(lgm / ngm)) : "-")
}'
echo
echo "Times are medians of $RUNS run(s) ($METRIC time, seconds); RSS is the peak over the runs."
echo "Geomean times are over the benchmarks each engine passed; ratios over the pairs both passed."
if [ "$HAVE_MONTY" = 0 ]; then
    echo "Monty: $MONTY_NOTE"
fi
if [ ${#NOTES[@]} -gt 0 ]; then
    echo
    echo "Failures:"
    printf '  %s\n' "${NOTES[@]}"
fi
if [ ${#MONTY_NA[@]} -gt 0 ]; then
    echo
    echo "Monty n/a:"
    printf '  %s\n' "${MONTY_NA[@]}"
fi

# Optional: hyperfine's statistics for the passing benchmarks (only if it is installed).
if [ "$HYPERFINE" = 1 ]; then
    if command -v hyperfine >/dev/null 2>&1; then
        for name in "${PASSED[@]}"; do
            rel="Benchmarks/$name.py"
            args=()
            for e in "${ENGINES[@]}"; do
                engine_cmd "$e" "$rel"
                args+=(-n "$e" "$(printf '%q ' "${CMD[@]}")")
            done
            echo
            echo "hyperfine: $name"
            hyperfine -N --style basic -w 1 -r "$RUNS" -i "${args[@]}" 2>&1 | sed 's/^/  /'
        done
    else
        echo
        echo "hyperfine: not installed; skipped"
    fi
fi

echo
echo "bench: ${#FILES[@]} benchmarks, $FAILED failed"
[ "$FAILED" = 0 ]
