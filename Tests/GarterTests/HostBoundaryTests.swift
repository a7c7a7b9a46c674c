import Foundation
import Testing
@testable import Garter

/// External functions, the step API, snapshots and the async runner.
struct HostBoundaryTests {
    // MARK: Step API

    @Test func stepAPIPausesAtEveryCall() throws {
        let program = try Program(source: "x = 1\ny = fetch(x)\nz = fetch(y, scale=3)\ny + z")
        var progress = try program.start(externals: [ExternalFunction("fetch")])
        var calls: [String] = []
        while case .call(let call, let paused) = progress {
            calls.append(call.description)
            guard case .int(let a)? = call.args.first else { Issue.record("bad args"); return }
            let scale: Int
            if case .int(let s)? = call.argument("scale") { scale = s } else { scale = 1 }
            progress = try paused.resume(.value(.int(a * 10 * scale)))
        }
        guard case .complete(let result) = progress else { Issue.record("did not complete"); return }
        #expect(calls == ["fetch(1)", "fetch(10, scale=3)"])
        #expect(result.value == .int(310))
    }

    @Test func declaredParametersBecomeKeywords() throws {
        let program = try Program(source: "search('cats', 5)")
        let progress = try program.start(externals: [ExternalFunction("search", parameters: ["query", "limit"])])
        guard case .call(let call, _) = progress else { Issue.record("no call"); return }
        #expect(call.args.isEmpty)
        #expect(call.argument("query") == .string("cats"))
        #expect(call.argument("limit") == .int(5))
        let tooMany = try Program(source: "search(1, 2, 3)")
        #expect(throws: PythonException.self) { try tooMany.start(externals: [ExternalFunction("search", parameters: ["query", "limit"])]) }
    }

    @Test func hostErrorsAreCatchablePythonExceptions() throws {
        let program = try Program(source: """
            try:
                fetch('x')
            except KeyError as e:
                out = 'caught ' + repr(e)
            out
            """)
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else { Issue.record("no call"); return }
        guard case .complete(let r) = try paused.resume(.error(type: "KeyError", message: "x")) else { Issue.record("no result"); return }
        #expect(r.value == .string("caught KeyError('x')"))
    }

    @Test func eachPauseResumesOnce() throws {
        let program = try Program(source: "fetch() + fetch()")
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else { Issue.record("no call"); return }
        _ = try paused.resume(.value(1))
        #expect(throws: ExecutionError.alreadyResumed) { try paused.resume(.value(2)) }
        #expect(throws: ExecutionError.alreadyResumed) { try paused.serialized() }
    }

    @Test func pendingIsRejectedForSynchronousCalls() throws {
        let program = try Program(source: "fetch()")
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else { Issue.record("no call"); return }
        #expect(throws: ExecutionError.self) { try paused.resume(.pending) }
        #expect(throws: ExecutionError.self) { try paused.resume(results: [:]) }
        // The pause is still usable after a rejected answer.
        guard case .complete(let r) = try paused.resume(.value("ok")) else { Issue.record("no result"); return }
        #expect(r.value == "ok")
    }

    @Test func gatherSurfacesEveryCallBeforeWaiting() throws {
        let program = try Program(source: """
            import asyncio
            async def main():
                return await asyncio.gather(fetch(1), fetch(2), fetch(3))
            asyncio.run(main())
            """)
        var progress = try program.start(externals: [ExternalFunction("fetch", isAsync: true)])
        var started: [Int: Int] = [:]
        var waits: [[Int]] = []
        loop: while true {
            switch progress {
            case .call(let call, let paused):
                guard case .int(let n)? = call.args.first else { break loop }
                started[call.id] = n
                progress = try paused.resume(.pending)
            case .waiting(let ids, let paused):
                waits.append(ids.sorted())
                // Settle them in reverse order, one at a time.
                let id = ids.max()!
                progress = try paused.resume(results: [id: .value(.int(started[id]! * 100))])
            case .complete(let r):
                #expect(r.value == .list([100, 200, 300]))
                break loop
            case .os:
                Issue.record("no file operation expected")
                break loop
            }
        }
        #expect(started.count == 3)
        #expect(waits.first == [0, 1, 2])
    }

    @Test func hostCallLimit() throws {
        let program = try Program(source: "for i in range(10):\n    fetch(i)\n")
        var progress = try program.start(externals: [ExternalFunction("fetch")], limits: ResourceLimits(maxHostCalls: 3))
        var calls = 0
        do {
            while case .call(_, let paused) = progress {
                calls += 1
                progress = try paused.resume(.value(.none))
            }
            Issue.record("limit not enforced")
        } catch let e as PythonException {
            #expect(e.typeName == "RuntimeError")
            #expect(calls == 3)
        }
    }

    @Test func outputLimitCannotBeCaught() throws {
        let program = try Program(source: """
            try:
                while True:
                    print('x' * 100)
            except BaseException:
                print('caught')
            """)
        do {
            _ = try program.run(functions: [], limits: ResourceLimits(maxOutputBytes: 1000))
            Issue.record("limit not enforced")
        } catch let e as PythonException {
            #expect(e.typeName == "MemoryError")
            #expect(!e.stdout.contains("caught"))
            #expect(e.stdout.utf8.count <= 1000)
        }
    }

    @Test func timeLimitCannotBeCaught() throws {
        let program = try Program(source: """
            n = 0
            while True:
                try:
                    while True:
                        n += 1
                except BaseException:
                    pass
            """)
        #expect(throws: PythonException.self) { try program.run(functions: [], limits: ResourceLimits(maxDuration: 0.2)) }
    }

    // MARK: Convenience runners

    @Test func syncRunnerWithClosures() throws {
        let program = try Program(source: """
            total = 0
            for item in items:
                total += price(item)
            try:
                price('unknown')
            except ValueError as e:
                msg = str(e)
            (total, msg, [price(i) for i in items][::-1], sorted(items, key=price))
            """)
        let price = HostFunction("price", parameters: ["name"]) { call in
            guard case .string(let name)? = call.argument("name") else { throw ExternalError("TypeError", "name must be a string") }
            switch name {
            case "apple": return 3
            case "pear": return 5
            default: throw ExternalError("ValueError", "no price for \(name)")
            }
        }
        let r = try program.run(inputs: ["items": ["pear", "apple"]], functions: [price])
        #expect(r.value == .tuple([8, "no price for unknown", [3, 5], ["apple", "pear"]]))
    }

    @Test func syncRunnerWaitsForAsyncFunctions() throws {
        let program = try Program(source: """
            import asyncio
            async def main():
                return await asyncio.gather(fetch(1), fetch(2), fetch(-1), return_exceptions=True)
            [repr(r) for r in asyncio.run(main())]
            """)
        let f = HostFunction("fetch", parameters: ["n"]) { (call: ExternalCall) async throws -> PythonValue in
            try await Task.sleep(nanoseconds: 1_000_000)
            guard case .int(let n)? = call.argument("n"), n >= 0 else { throw ExternalError("ValueError", "negative") }
            return .int(n * 7)
        }
        let r = try program.run(functions: [f])
        #expect(r.value == .list(["7", "14", "ValueError('negative')"]))
    }

    /// Synchronous runs with asynchronous host functions, more of them at once than Swift
    /// has cooperative threads, each blocking the thread it was called on: their host calls
    /// must not need a free cooperative thread to run (they used to deadlock).
    @Test(.timeLimit(.minutes(1))) func syncRunnersBlockingEveryCooperativeThreadFinish() async throws {
        let program = try Program(source: """
            import asyncio
            async def main():
                return sum(await asyncio.gather(*[fetch(i) for i in range(5)]))
            asyncio.run(main())
            """)
        let f = HostFunction("fetch", parameters: ["n"]) { (call: ExternalCall) async throws -> PythonValue in
            try await Task.sleep(nanoseconds: 2_000_000)
            guard case .int(let n)? = call.argument("n") else { throw ExternalError("TypeError", "n") }
            return .int(n * 2)
        }
        let width = ProcessInfo.processInfo.activeProcessorCount * 2 + 2
        let values = try await withThrowingTaskGroup(of: PythonValue.self) { group in
            for _ in 0..<width { group.addTask { try program.run(functions: [f]).value } }
            var out: [PythonValue] = []
            for try await v in group { out.append(v) }
            return out
        }
        #expect(values == Array(repeating: .int(20), count: width))
    }

    /// Ten gathered calls are all in flight at once (no timing assertion: the host counts).
    /// Each call waits until all ten have started (or 5 s pass), so a slow, loaded machine
    /// cannot let early calls finish before late ones start; a runner that ran them one at a
    /// time would see a peak of 1.
    @Test func asyncRunnerRunsGatheredCallsConcurrently() async throws {
        actor Gauge {
            var current = 0
            var peak = 0
            func enter() { current += 1; peak = max(peak, current) }
            func leave() { current -= 1 }
        }
        let gauge = Gauge()
        let fetch = HostFunction("fetch", parameters: ["i"]) { (call: ExternalCall) async throws -> PythonValue in
            await gauge.enter()
            let deadline = ContinuousClock.now + .seconds(5)
            while await gauge.peak < 10, ContinuousClock.now < deadline {
                try await Task.sleep(nanoseconds: 1_000_000)
            }
            await gauge.leave()
            guard case .int(let i)? = call.argument("i") else { return .none }
            return .int(i * 2)
        }
        let program = try Program(source: """
            import asyncio
            async def main():
                return await asyncio.gather(*[fetch(i) for i in range(10)])
            asyncio.run(main())
            """)
        let r = try await program.run(functions: [fetch])
        #expect(r.value == .list((0..<10).map { .int($0 * 2) }))
        #expect(await gauge.peak == 10)
    }

    // MARK: Snapshots

    @Test func smallSnapshotRoundTrip() throws {
        let program = try Program(source: "x = 1; y = fetch(x); y + 1")
        guard case .call(let call, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else { Issue.record("no call"); return }
        let data = try paused.serialized()
        #expect(data.count <= 300, "snapshot is \(data.count) bytes")
        #expect(Array(data.prefix(4)) == Array("GRTR".utf8))
        let restored = try PausedExecution(serialized: data)
        #expect(restored.call?.name == call.name)
        #expect(restored.call?.args == [.int(1)])
        guard case .complete(let r) = try restored.resume(.value(41)) else { Issue.record("no result"); return }
        #expect(r.value == .int(42))
        // The original pause is independent of the restored copy.
        guard case .complete(let r2) = try paused.resume(.value(1)) else { Issue.record("no result"); return }
        #expect(r2.value == .int(2))
    }

    /// Frames pushed by the general binding path (keywords, `*args`, keyword `__init__`)
    /// sit above their caller's argument slots, leaving a gap; a snapshot taken inside them
    /// and restored must rebuild the same stack.
    @Test func snapshotInsideKeywordBoundFrames() throws {
        let program = try Program(source: """
            class Item:
                def __init__(self, name, *, qty=1):
                    self.label = f'{name}:{fetch(name) * qty}'
            def build(prefix, *names, sep='-', **extra):
                items = [Item(n, qty=len(n)) for n in names]
                return sep.join([prefix] + [i.label for i in items]) + str(sorted(extra))
            def outer(a, b=2, *, c):
                return build(a, 'x', 'yy', sep=c, z=b)
            outer('p', c='+')
            """)
        var progress = try program.start(externals: [ExternalFunction("fetch")])
        var pauses = 0
        while case .call(let call, let paused) = progress {
            pauses += 1
            let restored = try PausedExecution(serialized: try paused.serialized())
            guard case .string(let name)? = call.args.first else { Issue.record("bad args"); return }
            progress = try restored.resume(.value(.int(name.count * 10)))
        }
        guard case .complete(let r) = progress else { Issue.record("no result"); return }
        #expect(pauses == 2)
        #expect(r.value == .string("p+x:10+yy:40['z']"))
    }

    /// A host call inside property getters read by the dispatch loop (the getter's frame
    /// returns into the instance's stack slot), paused at every level, serialized and
    /// restored; expected value from python3 with `fetch(s)` as `len(s) * 10`.
    @Test func snapshotInsidePropertyGetters() throws {
        let program = try Program(source: """
            class Order:
                def __init__(self, sku, qty):
                    self.sku = sku
                    self.qty = qty
                @property
                def total(self):
                    return fetch(self.sku) * self.qty
                @property
                def label(self):
                    return f'{self.sku}={self.total}'
            orders = [Order('ab', 2), Order('xyz', 3)]
            labels = []
            total = 0
            for o in orders:
                labels.append(o.label)
                total += o.total
            ' '.join(labels) + '|' + str(total)
            """)
        var progress = try program.start(externals: [ExternalFunction("fetch")])
        var pauses = 0
        while case .call(let call, let paused) = progress {
            pauses += 1
            let restored = try PausedExecution(serialized: try paused.serialized())
            guard case .string(let sku)? = call.args.first else { Issue.record("bad args"); return }
            progress = try restored.resume(.value(.int(sku.count * 10)))
        }
        guard case .complete(let r) = progress else { Issue.record("no result"); return }
        #expect(pauses == 4)
        #expect(r.value == .string("ab=40 xyz=90|130"))
    }

    @Test func snapshotKeepsHeapFramesAndGenerators() throws {
        let program = try Program(source: """
            class Node:
                def __init__(self, name):
                    self.name = name
                    self.children = []
                    self.parent = None
            def walk(n, depth=0):
                yield depth, n.name
                for c in n.children:
                    yield from walk(c, depth + 1)
            root = Node('root')
            for i in range(3):
                c = Node(f'c{i}')
                c.parent = root
                root.children.append(c)
            shared = [1, 2]
            pair = (shared, shared)
            seen = []
            def visit():
                for depth, name in walk(root):
                    seen.append(f'{depth}:{name}:{tag(name)}')
                return len(seen)
            count = visit()
            print(seen, pair[0] is pair[1], root.children[0].parent is root)
            count
            """)
        var progress = try program.start(externals: [ExternalFunction("tag")])
        var pauses = 0
        while case .call(let call, let paused) = progress {
            pauses += 1
            let restored = try PausedExecution(serialized: try paused.serialized())
            guard case .string(let name)? = call.args.first else { Issue.record("bad args"); return }
            progress = try restored.resume(.value(.string(name.uppercased())))
        }
        guard case .complete(let r) = progress else { Issue.record("no result"); return }
        #expect(pauses == 4)
        #expect(r.value == .int(4))
        #expect(r.stdout == "['0:root:ROOT', '1:c0:C0', '1:c1:C1', '1:c2:C2'] True True\n")
    }

    /// Dicts made by constant-key displays (their keys shared with a template until the
    /// key set changes) and tuples survive a snapshot taken while they are live; the
    /// expected output is python3's for the same program with `tag = str.upper`.
    @Test func snapshotKeepsSplitDictsAndTuples() throws {
        let program = try Program(source: """
            plain = {"a": 1, "b": (2, 3)}
            records = []
            for i in range(3):
                r = {"id": i, "name": f"n{i}", "pair": (i, (i, "x"))}
                r["label"] = tag(r["name"])
                records.append(r)
            records[0]["extra"] = records[1]["pair"]
            del records[2]["pair"]
            twin = records[1].copy()
            twin["id"] = 9
            plain["c"] = plain["b"] + (4,)
            print(records, twin, records[1] == twin, records[0]["extra"] is records[1]["pair"], plain)
            """)
        var progress = try program.start(externals: [ExternalFunction("tag")])
        var pauses = 0
        while case .call(let call, let paused) = progress {
            pauses += 1
            let restored = try PausedExecution(serialized: try paused.serialized())
            guard case .string(let name)? = call.args.first else { Issue.record("bad args"); return }
            progress = try restored.resume(.value(.string(name.uppercased())))
        }
        guard case .complete(let r) = progress else { Issue.record("no result"); return }
        #expect(pauses == 3)
        #expect(r.stdout == "[{'id': 0, 'name': 'n0', 'pair': (0, (0, 'x')), 'label': 'N0', 'extra': (1, (1, 'x'))}, {'id': 1, 'name': 'n1', 'pair': (1, (1, 'x')), 'label': 'N1'}, {'id': 2, 'name': 'n2', 'label': 'N2'}] {'id': 9, 'name': 'n1', 'pair': (1, (1, 'x')), 'label': 'N1'} False True {'a': 1, 'b': (2, 3), 'c': (2, 3, 4)}\n")
    }

    @Test func unsupportedObjectsFailClearly() throws {
        let program = try Program(source: "import itertools\nit = itertools.count()\nfetch()")
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else { Issue.record("no call"); return }
        do {
            _ = try paused.serialized()
            Issue.record("expected an error")
        } catch let e as ExecutionError {
            #expect(e.description.contains("count"))
        }
    }

    @Test func corruptSnapshotsThrow() throws {
        // Paused inside an except body and a comprehension: the stack holds exceptions and
        // the list being built, which the interpreter must not trust after a restore.
        let program = try Program(source: """
            data = {'a': [1, 2.5, 'x'], 'b': (None, True)}
            def f(n):
                try:
                    raise KeyError(n)
                except KeyError:
                    return [fetch(n) + len(data) for _ in range(2)]
            f(3)
            """)
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else { Issue.record("no call"); return }
        let data = [UInt8](try paused.serialized())
        // Every truncation.
        for n in 0..<data.count {
            #expect(throws: ExecutionError.self) { try PausedExecution(serialized: Data(data[0..<n])) }
        }
        // Wrong version.
        var wrong = data
        wrong[4] = 99
        #expect(throws: ExecutionError.self) { try PausedExecution(serialized: Data(wrong)) }
        // Byte flips (seeded, so a failure reproduces): each must either load (and then run
        // or raise) or throw; never trap.
        var rng = SplitMix64(seed: 0x6172_7465_72)
        for _ in 0..<3000 {
            var b = data
            let flips = Int.random(in: 1...3, using: &rng)
            for _ in 0..<flips {
                b[Int.random(in: 6..<b.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            if let restored = try? PausedExecution(serialized: Data(b)) {
                _ = try? restored.resume(.value(1))
            }
        }
    }

    /// A NaN or negative wait from Python (the event loop's primitive is importable) must not
    /// reach a Swift conversion trap in any driver.
    @Test func nonFiniteWaitTimeouts() async throws {
        for t in ["float('nan')", "-1"] {
            let program = try Program(source: "import _garter_async\n_garter_async.wait([], \(t))\n'ok'")
            #expect(try Self.runBlocking(program).value == "ok")
            #expect(try await program.run(functions: []).value == "ok")
            let session = Session()
            #expect(try Self.feedBlocking(session, "import _garter_async\n_garter_async.wait([], \(t))\n'ok'").value == "ok")
            #expect(try await session.feed("_garter_async.wait([], \(t))\n'ok'").value == "ok")
        }
    }

    /// Every conformance program that calls host functions gives the same output when the run
    /// is saved and restored at every pause (asynchronous calls answered at the waits).
    @Test func hostCasesSurviveSnapshotsAtEveryPause() async throws {
        let dir = ConformanceTests.casesDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("host__") && $0.hasSuffix(".py") }.sorted()
        #expect(files.count >= 8)
        for file in files {
            let stem = String(file.dropLast(3))
            let source = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let expectedOut = (try? String(contentsOf: dir.appendingPathComponent(stem + ".out"), encoding: .utf8)) ?? ""
            let expectedErr = (try? String(contentsOf: dir.appendingPathComponent(stem + ".err"), encoding: .utf8))?.split(separator: "\n").last.map(String.init)
            let (stdout, error, pauses) = try await Self.runSavingAtEveryPause(source, filename: file)
            #expect(stdout == expectedOut, "\(file): stdout differs")
            #expect(error == expectedErr, "\(file): error \(error ?? "none") != \(expectedErr ?? "none")")
            #expect(pauses > 0, "\(file): never paused")
        }
    }

    /// The synchronous runner (from async code the async overload would be chosen).
    static func runBlocking(_ program: Program) throws -> RunResult {
        try program.run(functions: [])
    }

    static func feedBlocking(_ session: Session, _ code: String) throws -> RunResult {
        try session.feed(code)
    }

    static func runSavingAtEveryPause(_ source: String, filename: String) async throws -> (String, String?, Int) {
        guard let (hostSource, programSource) = ConformanceTests.splitHostCase(source) else { return ("", "no marker", 0) }
        let functions = try HostFunction.python(source: hostSource)
        var table: [String: HostFunction] = [:]
        for f in functions { table[f.declaration.name] = f }
        let program = try Program.script(source: programSource, filename: filename)
        var pending: [Int: ExternalResult] = [:]
        var pauses = 0
        func answer(_ call: ExternalCall) async -> ExternalResult {
            guard let f = table[call.name] else { return .error(type: "NameError", message: call.name) }
            return await f.answer(call)
        }
        func restore(_ p: PausedExecution) throws -> PausedExecution {
            pauses += 1
            let r = try PausedExecution(serialized: try p.serialized())
            r.state.installSynchronousHost(functions)
            return r
        }
        do {
            let syncBodies = table.compactMapValues { f -> HostFunction.SyncBody? in if case .sync(let b) = f.kind { return b }; return nil }
            var progress = try program.start(externals: functions.map(\.declaration), limits: ResourceLimits(maxDuration: 20)) { call in
                guard let body = syncBodies[call.name] else { return .error(type: "RuntimeError", message: "async") }
                return ExternalResult.from { try body(call) }
            }
            while true {
                switch progress {
                case .complete(let r):
                    return (r.stdout, nil, pauses)
                case .call(let call, let paused):
                    let restored = try restore(paused)
                    let result = await answer(call)
                    if call.isAsync {
                        pending[call.id] = result
                        progress = try restored.resume(.pending)
                    } else {
                        progress = try restored.resume(result)
                    }
                case .os(let call, let paused):
                    let restored = try restore(paused)
                    progress = try restored.resume(os: .error(OSAccessError(.permissionDenied, "\(call)")))
                case .waiting(let ids, let paused):
                    let restored = try restore(paused)
                    if ids.isEmpty {
                        Program.sleep(seconds: restored.waitTimeout ?? 0)
                        progress = try restored.resume(results: [:])
                    } else {
                        var results: [Int: ExternalResult] = [:]
                        for id in ids { results[id] = pending.removeValue(forKey: id) }
                        progress = try restored.resume(results: results)
                    }
                }
            }
        } catch let e as PythonException {
            return (e.stdout, e.summary, pauses)
        }
    }
}

/// A small seeded generator so randomized tests reproduce.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
