#!/usr/bin/env bash
# Generate expected outputs for the Garter CPython-diff conformance corpus.
#
# For each Tests/GarterTests/Conformance/cases/*.py (or only the files given
# as arguments) this runs CPython 3.11 and records:
#   <stem>.out  - stdout, byte for byte
#   <stem>.err  - only when the exit status is non-zero; exactly two lines:
#                   exit=<status>
#                   <last line of stderr>
# A stale <stem>.err is removed when the program exits with status 0.
#
# File-system cases (os__*, pathlib__*, open__*, shutil__*) run with a fresh empty temporary
# directory as the working directory; Garter runs them in an empty in-memory file
# system (ConformanceTests.swift). They use relative paths and never print absolute ones.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CASES_DIR="$(cd "$SCRIPT_DIR/../Tests/GarterTests/Conformance/cases" && pwd)"

PY="${PYTHON:-python3}"
if ! command -v "$PY" >/dev/null 2>&1; then
    echo "error: $PY not found" >&2
    exit 1
fi
PYVER="$("$PY" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])' 2>/dev/null || echo unknown)"
case "$PYVER" in
    3.11.*) ;;
    *)
        echo "error: expected CPython 3.11.x, found $PYVER ($PY)" >&2
        exit 1
        ;;
esac

files=()
if [ "$#" -gt 0 ]; then
    for arg in "$@"; do
        base="$(basename "$arg")"
        base="${base%.py}"
        if [ ! -f "$CASES_DIR/$base.py" ]; then
            echo "error: no such case: $CASES_DIR/$base.py" >&2
            exit 1
        fi
        files+=("$base.py")
    done
else
    shopt -s nullglob
    cd "$CASES_DIR"
    for f in *.py; do
        files+=("$f")
    done
fi

cd "$CASES_DIR"
tmp_err="$(mktemp)"
trap 'rm -f "$tmp_err"' EXIT

n_ok=0
n_err=0
for f in "${files[@]}"; do
    stem="${f%.py}"
    set +e
    case "$f" in
        os__*|pathlib__*|open__*|shutil__*)
            workdir="$(mktemp -d)"
            (cd "$workdir" && PYTHONHASHSEED=0 timeout 10 "$PY" -I "$CASES_DIR/$f") </dev/null >"$stem.out" 2>"$tmp_err"
            status=$?
            rm -rf "$workdir"
            ;;
        *)
            PYTHONHASHSEED=0 timeout 10 "$PY" -I "$f" </dev/null >"$stem.out" 2>"$tmp_err"
            status=$?
            ;;
    esac
    set -e
    if [ "$status" -ne 0 ]; then
        last="$(grep -v '^[[:space:]]*$' "$tmp_err" | tail -n 1 || true)"
        printf 'exit=%s\n%s\n' "$status" "$last" >"$stem.err"
        n_err=$((n_err + 1))
    else
        rm -f "$stem.err"
        n_ok=$((n_ok + 1))
    fi
done

echo "generated ${#files[@]} case(s): $n_ok exited 0, $n_err exited non-zero" >&2
