#!/usr/bin/env bash
# Generate expected output for the traceback-fidelity cases in Tests/GarterTests/Tracebacks.
#
# For each <stem>.py (or only the files given as arguments) this runs CPython 3.11 in that
# directory and records:
#   <stem>.out - stdout (tracebacks printed by the `traceback` module land here)
#   <stem>.tb  - stderr: the interpreter's traceback of the uncaught exception (absent when
#                the program exits with status 0)
# CPython prints the script's absolute path; it is replaced by the bare file name, which is
# the filename the test gives the program.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CASES_DIR="$(cd "$SCRIPT_DIR/../Tests/GarterTests/Tracebacks" && pwd)"
PY="${PYTHON:-python3}"
case "$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" in
    3.11) ;;
    *) echo "error: expected CPython 3.11" >&2; exit 1 ;;
esac

cd "$CASES_DIR"
files=()
if [ "$#" -gt 0 ]; then
    for arg in "$@"; do files+=("$(basename "${arg%.py}").py"); done
else
    for f in *.py; do files+=("$f"); done
fi
for f in "${files[@]}"; do
    stem="${f%.py}"
    set +e
    PYTHONHASHSEED=0 timeout 10 "$PY" -I "$CASES_DIR/$f" </dev/null >"$stem.out" 2>"$stem.tb"
    status=$?
    set -e
    sed -i "s|\"$CASES_DIR/|\"|g" "$stem.out" "$stem.tb"
    if [ "$status" -eq 0 ]; then rm -f "$stem.tb"; fi
done
echo "generated ${#files[@]} case(s)" >&2
