import Foundation
import Testing
@testable import Garter

/// Concurrent executions share no mutable state: many runs of one `Program` on different
/// threads, some hitting their time, recursion or output limits, raising, or vandalizing
/// modules, each get exactly their own result, and the `Program` is reusable afterwards.
///
/// Run under ThreadSanitizer to look for data races:
/// `swift test --sanitize=thread --scratch-path .build-tsan --filter Isolation`.
struct IsolationTests {
    static let source = """
        import json, re, math, collections
        from dataclasses import dataclass

        @dataclass
        class Point:
            x: int
            y: int

        def work(n):
            squares = [i * i for i in range(n)]
            words = collections.Counter(re.findall(r'[a-z]+', 'the cat and the hat ' * 3))
            gen = (p.x + p.y for p in [Point(i, n) for i in range(5)])
            doc = json.loads(json.dumps({'n': n, 'sum': sum(squares), 'top': words.most_common(1)}))
            return f"{n}:{doc['sum']}:{doc['top'][0][0]}:{sum(gen)}:{math.pi:.5f}"

        def recurse(k):
            return recurse(k + 1) + 1

        if mode == 'ok':
            result = work(seed)
        elif mode == 'loop':
            while True:
                pass
        elif mode == 'recursion':
            recurse(0)
        elif mode == 'output':
            while True:
                print('x' * 100)
        elif mode == 'raise':
            raise ValueError(f'bad seed {seed}')
        elif mode == 'vandal':
            result = work(seed)
            math.pi = 3
            json.dumps = json.loads = re.findall = None
            collections.Counter.most_common = None
            result += f':{math.pi}'
        elif mode == 'host':
            result = work(fetch(seed))
        result
        """

    static func expected(_ n: Int) -> String {
        let sumSquares = (0..<n).reduce(0) { $0 + $1 * $1 }
        return "\(n):\(sumSquares):the:\(10 + 5 * n):3.14159"
    }

    enum Mode: String, CaseIterable {
        case ok, loop, recursion, output, raise, vandal, host
    }

    /// Runs one execution of `program` in `mode`; returns its value or `Type: message`.
    static func execute(_ program: Program, mode: Mode, seed: Int) -> String {
        let limits = ResourceLimits(maxDuration: mode == .loop ? 0.2 : 30, maxRecursionDepth: 150, maxOutputBytes: 10_000)
        let inputs: [String: PythonValue] = ["mode": .string(mode.rawValue), "seed": .int(seed)]
        do {
            if mode == .host {
                // The step API, with the pause serialized and resumed from bytes.
                guard case .call(let call, let paused) = try program.start(inputs: inputs, externals: [ExternalFunction("fetch")], limits: limits) else {
                    return "no call"
                }
                let restored = try PausedExecution(serialized: try paused.serialized())
                guard case .complete(let r) = try restored.resume(.value(call.args[0])) else { return "no result" }
                return "\(r.value)"
            }
            let r = try program.run(inputs: inputs, functions: [], limits: limits)
            return "\(r.value)"
        } catch let e as PythonException {
            return "\(e.typeName): \(e.message)"
        } catch {
            return "\(error)"
        }
    }

    static func expectedOutcome(_ mode: Mode, seed: Int) -> String {
        switch mode {
        case .ok, .host: return "'\(expected(seed))'"
        case .vandal: return "'\(expected(seed)):3'"
        case .loop: return "TimeoutError: execution time limit exceeded"
        case .recursion: return "RecursionError: maximum recursion depth exceeded"
        case .output: return "MemoryError: output limit exceeded (10000 bytes)"
        case .raise: return "ValueError: bad seed \(seed)"
        }
    }

    /// Results written by concurrent workers.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [Int: String] = [:]
        func set(_ i: Int, _ v: String) {
            lock.lock()
            items[i] = v
            lock.unlock()
        }
        subscript(i: Int) -> String? {
            lock.lock()
            defer { lock.unlock() }
            return items[i]
        }
        var all: [String] {
            lock.lock()
            defer { lock.unlock() }
            return items.keys.sorted().map { items[$0]! }
        }
    }

    @Test func concurrentRunsOfOneProgram() throws {
        let program = try Program(source: Self.source, filename: "isolation.py")
        let modes = Mode.allCases
        let count = 70
        let outcomes = Results()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            outcomes.set(i, Self.execute(program, mode: modes[i % modes.count], seed: 10 + i))
        }
        for i in 0..<count {
            let mode = modes[i % modes.count]
            #expect(outcomes[i] == Self.expectedOutcome(mode, seed: 10 + i), "run \(i) (\(mode))")
        }
        // The program is untouched: every mode again, one after another.
        for (i, mode) in modes.enumerated() {
            #expect(Self.execute(program, mode: mode, seed: i) == Self.expectedOutcome(mode, seed: i))
        }
    }

    /// Runs starting and ending on many threads at once share the pool of VM buffers (taken
    /// without waiting, allocated afresh when another thread holds the pool): each run still
    /// gets a frame stack for its own recursion limit.
    @Test func concurrentRunsWithDifferentRecursionLimits() throws {
        let program = try Program(source: "def f(n):\n    try:\n        return f(n + 1)\n    except RecursionError:\n        return n\nf(0)")
        let limits = [60, 250, 1000, 3000]
        // CPython 3.11 after `sys.setrecursionlimit(limit)`: the depth each limit allows.
        let expected = ["58", "248", "998", "2998"]
        for (limit, depth) in zip(limits, expected) {
            #expect("\(try program.run(recursionLimit: limit).value)" == depth, "limit \(limit)")
        }
        let count = 64
        let outcomes = Results()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let r: String
            do { r = "\(try program.run(recursionLimit: limits[i % limits.count]).value)" } catch { r = "\(error)" }
            outcomes.set(i, r)
        }
        for i in 0..<count {
            #expect(outcomes[i] == expected[i % limits.count], "run \(i) (limit \(limits[i % limits.count]))")
        }
    }

    @Test func concurrentSessions() throws {
        let count = 16
        let outcomes = Results()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            var r = ""
            do {
                let session = Session()
                _ = try session.feed("import math\ntotal = 0\n")
                if i % 2 == 0 { _ = try session.feed("math.pi = \(i)") }
                for k in 0..<20 { _ = try session.feed("total += \(k) * \(i)") }
                r = "\(try session.feed("(total, math.pi)").value)"
            } catch {
                r = "\(error)"
            }
            outcomes.set(i, r)
        }
        for i in 0..<count {
            #expect(outcomes[i] == "(\(190 * i), \(i % 2 == 0 ? "\(i)" : "3.141592653589793"))")
        }
    }

    /// The few process-wide caches (interned names, compiled regular expressions) are shared
    /// by every run, so a program cannot make them grow without bound: long names stay
    /// uninterned and long patterns uncached.
    @Test func sharedCachesStayBounded() throws {
        let longName = String(repeating: "n", count: Interned.maxLength + 1)
        _ = try Program(source: "\(longName) = 1\n\(longName)").run()
        #expect(!Interned.str(longName).isInterned)
        #expect(Interned.str("short_name_for_isolation_test").isInterned)
        let longPattern = String(repeating: "a", count: ReCache.maxPatternLength + 1)
        _ = try Program(source: "import re\nre.compile('\(longPattern)')").run()
        for flags in [0, 32] { #expect(ReCache.shared.get(longPattern, flags) == nil) }
    }

    /// Conformance programs (covering the standard library) run concurrently give the same
    /// output as CPython, like they do one at a time.
    @Test func concurrentConformancePrograms() throws {
        let dir = ConformanceTests.casesDirectory
        let known = ConformanceTests.knownFailures()
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".py") && !$0.hasPrefix("host__") && known[String($0.dropLast(3))] == nil && known[$0] == nil }
            .sorted()
        // A spread of areas, a few programs each (ThreadSanitizer makes every run slow).
        var picked: [String] = []
        var perArea: [String: Int] = [:]
        for name in names {
            let area = String(name.split(separator: "__").first ?? "")
            if perArea[area, default: 0] < 2 {
                perArea[area, default: 0] += 1
                picked.append(name)
            }
        }
        let failures = Results()
        let programs = picked
        DispatchQueue.concurrentPerform(iterations: programs.count) { i in
            let name = programs[i]
            let stem = String(name.dropLast(3))
            guard let source = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { return }
            let expectedOut = (try? String(contentsOf: dir.appendingPathComponent(stem + ".out"), encoding: .utf8)) ?? ""
            let outcome = ConformanceTests.run(source, filename: name)
            if outcome.stdout != expectedOut { failures.set(i, name) }
        }
        #expect(failures.all.isEmpty, "differ when run concurrently: \(failures.all)")
        #expect(picked.count >= 20)
    }
}
