// In-process micro-benchmarks of Garter's embedding API.
//
// Each measurement runs a closure in a loop of `iterations` calls, repeats that loop `rounds`
// times, and reports the best (lowest) time per call: best-of-N filters out scheduler noise on a
// shared machine. The iteration count is calibrated so that one loop takes about
// `targetLoopSeconds`.
//
// With `--cpu` the loops are timed with the thread's CPU clock instead of the wall clock, so
// time the benchmark spends descheduled (other processes on a busy machine) does not count.
//
// With `--iterations N` every loop runs exactly N calls (no calibration), so an instruction
// profile (`valgrind --tool=callgrind`) of one measurement divides evenly by N.
//
// Usage: garter-inprocess [--rounds N] [--loop-seconds S] [--iterations N] [--only TEXT] [--cpu]

import Foundation
import Garter

struct Options {
    var rounds = 7
    var targetLoopSeconds = 0.1
    /// Run only the measurements whose label contains this text (for profiling one of them).
    var only: String?
    /// Time loops with the thread's CPU clock (CLOCK_THREAD_CPUTIME_ID) instead of wall time.
    var cpuTime = false
    /// A fixed number of calls per loop instead of a calibrated one.
    var iterations: Int?

    init(arguments: [String]) {
        var it = arguments.dropFirst().makeIterator()
        while let arg = it.next() {
            switch arg {
            case "--rounds":
                if let v = it.next().flatMap(Int.init), v > 0 { rounds = v } else { Options.usage() }
            case "--loop-seconds":
                if let v = it.next().flatMap(Double.init), v > 0 { targetLoopSeconds = v } else { Options.usage() }
            case "--iterations":
                if let v = it.next().flatMap(Int.init), v > 0 { iterations = v } else { Options.usage() }
            case "--only":
                if let v = it.next() { only = v } else { Options.usage() }
            case "--cpu":
                cpuTime = true
            case "-h", "--help":
                Options.usage(exitCode: 0)
            default:
                Options.usage()
            }
        }
    }

    static func usage(exitCode: Int32 = 2) -> Never {
        let text = "usage: garter-inprocess [--rounds N] [--loop-seconds S] [--iterations N] [--only TEXT] [--cpu]\n"
        FileHandle.standardError.write(Data(text.utf8))
        exit(exitCode)
    }
}

extension Duration {
    var nanoseconds: Double {
        let (s, atto) = components
        return Double(s) * 1e9 + Double(atto) / 1e9
    }
}

/// Keeps a result alive so the optimizer cannot drop the work that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Nanoseconds `body` takes, by the wall clock or (with `--cpu`) the thread's CPU clock.
func elapsedNanoseconds(_ body: () throws -> Void) rethrows -> Double {
    if options.cpuTime {
        var start = timespec()
        var end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        try body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) * 1e9 + Double(end.tv_nsec - start.tv_nsec)
    }
    return try ContinuousClock().measure(body).nanoseconds
}

/// Runs `body` `iterations` times per loop, `rounds` loops, and returns the best ns per call.
func measure(rounds: Int, targetLoopSeconds: Double, _ body: () throws -> Void) rethrows -> (nsPerOp: Double, iterations: Int) {
    // Calibrate: double the iteration count until one loop takes a tenth of the target.
    var iterations = 1
    while options.iterations == nil {
        let elapsed = try elapsedNanoseconds {
            for _ in 0..<iterations { try body() }
        }
        let seconds = elapsed / 1e9
        if seconds >= targetLoopSeconds / 10 || iterations >= 1 << 26 {
            let perOp = max(seconds / Double(iterations), 1e-9)
            iterations = max(1, Int(targetLoopSeconds / perOp))
            break
        }
        iterations *= 2
    }
    if let fixed = options.iterations { iterations = fixed }
    var best = Double.infinity
    for _ in 0..<rounds {
        let elapsed = try elapsedNanoseconds {
            for _ in 0..<iterations { try body() }
        }
        best = min(best, elapsed / Double(iterations))
    }
    return (best, iterations)
}

/// Measures `body` and prints a row, unless `--only` excludes `label`.
func row(_ label: String, perCall divisor: Double = 1, note: String = "", _ body: () throws -> Void) rethrows {
    if let only = options.only, !label.contains(only) { return }
    let m = try measure(rounds: options.rounds, targetLoopSeconds: options.targetLoopSeconds, body)
    printRow(label, formatNs(m.nsPerOp / divisor) + (note.isEmpty ? "  (\(m.iterations) iter/loop)" : "  (\(note))"))
}

func formatNs(_ ns: Double) -> String {
    String(format: "%12.0f ns/op", ns)
}

func printRow(_ name: String, _ detail: String) {
    let padded = name.padding(toLength: 44, withPad: " ", startingAt: 0)
    print("\(padded)\(detail)")
}

let options = Options(arguments: CommandLine.arguments)
let source = "1 + 1"

/// A program of the size and shape a model writes for one `execute_code` call: a helper
/// function, a loop over tool results, a comprehension, f-strings, a try/except.
let agentProgram = """
def summarize(orders, threshold=100.0):
    totals = {}
    for order in orders:
        customer = order["customer"]
        totals[customer] = totals.get(customer, 0.0) + order["amount"] * (1 - order.get("discount", 0))
    big = sorted((c for c, t in totals.items() if t >= threshold), key=lambda c: -totals[c])
    return {"customers": len(totals), "big": big, "total": round(sum(totals.values()), 2)}

orders = fetch_orders(limit=50)
report = summarize(orders)
lines = [f"{name}: {report['total']:.2f}" for name in report["big"][:5]]
try:
    status = notify(channel="sales", text="\\n".join(lines))
except PermissionError as e:
    status = f"not sent: {e}"
print(f"{report['customers']} customers, {len(report['big'])} above threshold, {status}")
report
"""

do {
    // Sanity check: the measured programs must produce the expected value.
    let check = try Program(source: source).run()
    guard check.value == .int(2) else {
        FileHandle.standardError.write(Data("garter-inprocess: `\(source)` returned \(check.value), expected 2\n".utf8))
        exit(1)
    }

    print("Garter in-process micro-benchmarks (best of \(options.rounds) loops, ~\(options.targetLoopSeconds) s each)")

    try row("start-to-result  Program(\"1 + 1\").run()") {
        blackHole(try Program(source: source).run())
    }
    let compiled = try Program(source: source)
    try row("run-only         precompiled.run()") {
        blackHole(try compiled.run())
    }
    try row("compile-only     Program(source: \"1 + 1\")") {
        blackHole(try Program(source: source))
    }

    try row("compile-only     agent program (\(agentProgram.split(separator: "\n").count) lines)") {
        blackHole(try Program(source: agentProgram))
    }

    // One external call through the step API: the pause, the answer, the continuation.
    let loop = try Program(source: "t = 0\nfor i in range(100000):\n    t += fetch(i)\nt")
    let fetch = ExternalFunction("fetch")
    try row("external-call round trip (step API)", perCall: 1000, note: "per call, 1000 calls/run") {
        var progress = try loop.start(externals: [fetch])
        var calls = 0
        while case .call(_, let paused) = progress, calls < 1000 {
            calls += 1
            progress = try paused.resume(.value(1))
        }
        blackHole(progress)
    }

    let snapProgram = try Program(source: "x = 1; y = fetch(x); y + 1")
    guard case .call(_, let paused) = try snapProgram.start(externals: [fetch]) else { exit(1) }
    let bytes = try paused.serialized()
    printRow("snapshot size  x = 1; y = fetch(x); y + 1", String(format: "%12d bytes", bytes.count))
    try row("snapshot dump") {
        blackHole(try paused.serialized())
    }
    try row("snapshot load + resume to result", note: "source compiled once per process, then cached") {
        let restored = try PausedExecution(serialized: bytes)
        blackHole(try restored.resume(.value(41)))
    }

    let session = Session()
    _ = try session.feed("x = 0")
    try row("session feed  x += 1") {
        blackHole(try session.feed("x += 1"))
    }
    let idle = try session.serialized()
    try row("session load (idle, \(idle.count) bytes)") {
        blackHole(try Session(serialized: idle))
    }

    // Ten gathered host calls that each sleep 200 ms (wall time of one run).
    if let only = options.only, !"10 gathered host calls".contains(only) { exit(0) }
    let gather = try Program(source: """
        import asyncio
        async def main():
            return await asyncio.gather(*[fetch(i) for i in range(10)])
        asyncio.run(main())
        """)
    let sleeper = HostFunction("fetch") { (_: ExternalCall) async throws -> PythonValue in
        try await Task.sleep(nanoseconds: 200_000_000)
        return .none
    }
    let clock = ContinuousClock()
    let semaphore = DispatchSemaphore(value: 0)
    nonisolated(unsafe) var gatherNs = 0.0
    Task.detached {
        let elapsed = try await clock.measure { _ = try await gather.run(functions: [sleeper]) }
        gatherNs = elapsed.nanoseconds
        semaphore.signal()
    }
    semaphore.wait()
    printRow("10 gathered host calls sleeping 200 ms", String(format: "%12.1f ms", gatherNs / 1e6))
} catch {
    FileHandle.standardError.write(Data("garter-inprocess: \(error)\n".utf8))
    exit(1)
}
