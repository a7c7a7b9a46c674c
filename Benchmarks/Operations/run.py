"""Times single Python operations under garter and python3 (`Scripts/bench.sh --operations`).

The benchmark programs measure whole workloads; this measures the operations agent code is
made of (a keyword call, a dataclass, `str.split`, `dict.get`, ...), one at a time, so that a
slow operation shows up even when no benchmark leans on it. For every entry of
`operations.py` it writes a program that loops over the statement inside a function, timed
with `time.perf_counter()` around the loop only (start-up is not counted), runs it under both
engines alternately, keeps each engine's fastest run, and prints nanoseconds per iteration
and the garter/python3 ratio. The loop itself costs the same in every row: `empty_loop` shows
how much. Every run's output (the statement's value, evaluated once more after the loop)
must match CPython's, or the row is FAIL.

usage: run.py --garter BIN [--python BIN] [-n RUNS] [--iterations N] [--sort] [NAME ...]
"""

import argparse
import math
import os
import subprocess
import sys
import tempfile

# The operation list is imported from beside this script, without leaving a __pycache__.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from operations import OPERATIONS  # noqa: E402

TEMPLATE = """{setup}
def bench(n):
    for _ in range(n):
{body}
    return {result}

import time
t0 = time.perf_counter()
r = bench({iterations})
t = time.perf_counter() - t0
text = repr(r)
print(type(r).__name__, "" if " at 0x" in text else text)
print("TIME", t)
"""


def is_expression(statement):
    try:
        compile(statement, "<operation>", "eval")
        return True
    except SyntaxError:
        return False


def program(setup, statement, iterations):
    body = "\n".join("        " + line for line in statement.split("\n"))
    result = statement if is_expression(statement) else "None"
    return TEMPLATE.format(setup=setup, body=body, result=result, iterations=iterations)


def run(command, path, timeout):
    try:
        done = subprocess.run(command + [path], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "timed out"
    lines = done.stdout.splitlines()
    if done.returncode != 0 or not lines or not lines[-1].startswith("TIME "):
        error = (done.stderr.strip().splitlines() or ["exit status %d" % done.returncode])[-1]
        return None, error
    return ("\n".join(lines[:-1]), float(lines[-1][5:])), None


def main():
    parser = argparse.ArgumentParser(description="Time single operations under garter and python3.")
    parser.add_argument("--garter", required=True, help="garter binary")
    parser.add_argument("--python", default=sys.executable, help="python3 binary (default: this one)")
    parser.add_argument("-n", "--runs", type=int, default=3, help="runs per engine (default 3)")
    parser.add_argument("--iterations", type=int, default=200_000, help="loop iterations (default 200000)")
    parser.add_argument("--timeout", type=float, default=120, help="per-run limit in seconds")
    parser.add_argument("--sort", action="store_true", help="slowest ratio first")
    parser.add_argument("names", nargs="*", help="only these operations")
    args = parser.parse_args()

    known = {name for name, _, _ in OPERATIONS}
    unknown = [n for n in args.names if n not in known]
    if unknown:
        print("operations: unknown operation(s): %s" % ", ".join(unknown), file=sys.stderr)
        return 2
    selected = [op for op in OPERATIONS if not args.names or op[0] in args.names]

    rows = []
    failures = []
    with tempfile.TemporaryDirectory(prefix="garter-ops.") as tmp:
        for name, setup, statement in selected:
            path = os.path.join(tmp, name + ".py")
            with open(path, "w") as f:
                f.write(program(setup, statement, args.iterations))
            best = {"garter": math.inf, "python3": math.inf}
            expected = None
            failure = None
            for _ in range(args.runs):
                for engine, command in (("python3", [args.python]), ("garter", [args.garter, "run"])):
                    outcome, error = run(command, path, args.timeout)
                    if outcome is None:
                        failure = failure or "%s: %s" % (engine, error)
                        continue
                    output, seconds = outcome
                    if engine == "python3":
                        expected = expected if expected is not None else output
                    elif expected is not None and output != expected:
                        failure = failure or "garter printed %r, python3 %r" % (output[:60], expected[:60])
                    best[engine] = min(best[engine], seconds)
            if failure:
                failures.append((name, failure))
                rows.append((name, None, None, None))
                print("  %-22s FAIL" % name, file=sys.stderr)
                continue
            g = best["garter"] * 1e9 / args.iterations
            p = best["python3"] * 1e9 / args.iterations
            rows.append((name, g, p, g / p))
            print("  %-22s %8.1f ns %8.1f ns %6.2f" % (name, g, p, g / p), file=sys.stderr)

    passed = [r for r in rows if r[3] is not None]
    if args.sort:
        rows = sorted(passed, key=lambda r: -r[3]) + [r for r in rows if r[3] is None]
    print("| operation | garter ns | python3 ns | garter/python3 |")
    print("|---|---|---|---|")
    for name, g, p, ratio in rows:
        if ratio is None:
            print("| %s | FAIL | | |" % name)
        else:
            print("| %s | %.1f | %.1f | %.2f |" % (name, g, p, ratio))
    if passed:
        geomean = math.exp(sum(math.log(r[3]) for r in passed) / len(passed))
        print("| **geomean** | | | **%.2f** |" % geomean)
    for name, failure in failures:
        print("FAIL %s: %s" % (name, failure))
    print("operations: %d timed, %d failed" % (len(passed), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
