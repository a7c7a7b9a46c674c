import Foundation
import FuzzSupport
import Garter

/// Runs programs with their real host functions and saves a snapshot at every pause.
struct SeedMaker {
    let output: String

    /// Programs whose pauses hold state the host cases do not: a suspended generator inside a
    /// `for`, a closure cell, an instance graph with a cycle, a set and a frozenset, big ints,
    /// bytes, an exception being handled, a half-built comprehension, a dict iterator.
    static let extraPrograms: [(String, String)] = [
        ("rich_heap", """
        class Node:
            def __init__(self, name):
                self.name = name
                self.children = []
                self.parent = None
        root = Node('root')
        for i in range(3):
            c = Node(f'c{i}')
            c.parent = root
            root.children.append(c)
        def counter():
            n = 0
            def inc():
                nonlocal n
                n += 1
                return n
            return inc
        inc = counter()
        data = {'a': [1, 2.5, 'x', b'\\x00\\xff'], 'b': (None, True, 2**100), 's': {1, 2}, 'f': frozenset('ab')}
        def gen(xs):
            for x in xs:
                yield x * 2
        g = gen(range(5))
        next(g)
        def f(n):
            try:
                raise KeyError(n)
            except KeyError as e:
                return [fetch(n, inc()) + len(data) for _ in range(2)]
        for k in data:
            print(k, f(3), next(g))
            break
        print(fetch(root.name), list(g))
        """),
        ("async_gather", """
        import asyncio
        async def one(i):
            await asyncio.sleep(0)
            return await afetch(i)
        async def main():
            r = await asyncio.gather(*[one(i) for i in range(3)], return_exceptions=True)
            return [repr(x) for x in r]
        print(asyncio.run(main()))
        """),
        ("generator_delegation", """
        def inner():
            x = yield fetch('inner')
            return x
        def outer():
            r = yield from inner()
            yield fetch(r)
        for v in outer():
            print(v)
        """),
    ]

    /// Programs run with an in-memory file system whose operations pause for the host: their
    /// `.os` pauses hold a primitive or a file unit (`open()`, `for line in f`) to replay.
    static let filePrograms: [(String, String)] = [
        ("files_lines", """
        with open('/notes.txt', 'w') as f:
            f.write('alpha\\nbeta\\ngamma\\n')
        n = 0
        for line in open('/notes.txt'):
            n += len(line)
            print(line.rstrip(), n)
        with open('/notes.txt', encoding='utf-8') as f:
            print(f.readline(), [l for l in f])
        """),
        ("files_paths", """
        import os
        from pathlib import Path
        os.mkdir('/d')
        p = Path('/d') / 'a.txt'
        p.write_text('hello')
        print(p.read_text(), p.exists(), p.stat().st_size)
        print(sorted(os.listdir('/d')), [q.name for q in Path('/d').iterdir()])
        os.rename('/d/a.txt', '/d/b.txt')
        os.remove('/d/b.txt')
        """),
        ("files_generator", """
        def chunks(path):
            with open(path, 'rb') as f:
                for chunk in f:
                    yield chunk
        with open('/b.bin', 'wb') as f:
            f.write(b'\\x00\\xff\\n' * 3)
        for c in chunks('/b.bin'):
            print(c, fetch(len(c)))
        """),
    ]

    func make(casesDirectory: String) throws -> Int {
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var count = 0
        let files = try FileManager.default.contentsOfDirectory(atPath: casesDirectory)
            .filter { $0.hasPrefix("host__") && $0.hasSuffix(".py") }.sorted()
        for file in files {
            let text = try String(contentsOfFile: casesDirectory + "/" + file, encoding: .utf8)
            guard let hostStart = text.range(of: "# --- host functions ---"), let programStart = text.range(of: "# --- program ---") else { continue }
            let functions = try HostFunction.python(source: String(text[hostStart.upperBound..<programStart.lowerBound]))
            count += try save(String(text[programStart.upperBound...]), stem: String(file.dropLast(3)), functions: functions)
        }
        let stubs = FuzzHost.defaultExternals.map { e in HostFunction(e.name, parameters: e.parameters) { (call: ExternalCall) throws -> PythonValue in
            if case .value(let v) = FuzzHost.answer(call) { return v }
            throw ExternalError("ValueError", "stub")
        } }
        for (stem, source) in Self.extraPrograms {
            count += try save(source, stem: stem, functions: stubs)
        }
        for (stem, source) in Self.filePrograms {
            count += try save(source, stem: stem, functions: stubs, os: OSConfiguration(files: VirtualFileSystem(), filesAnsweredByHost: true))
        }
        return count
    }

    /// Runs `source`, saving a snapshot at each pause; returns how many were saved.
    /// File pauses are answered by `os.files` (refused without one).
    private func save(_ source: String, stem: String, functions: [HostFunction], os: OSConfiguration = OSConfiguration()) throws -> Int {
        let program = try Program.script(source: source, filename: stem + ".py")
        var byName: [String: HostFunction] = [:]
        for f in functions { byName[f.declaration.name] = f }
        let table = byName
        var externals = functions.map(\.declaration)
        for e in FuzzHost.defaultExternals where table[e.name] == nil { externals.append(e) }
        var pending: [Int: ExternalResult] = [:]
        var saved = 0
        func write(_ paused: PausedExecution) throws {
            guard let data = try? paused.serialized() else { return }
            try data.write(to: URL(fileURLWithPath: "\(output)/\(stem)-\(saved).snap"))
            saved += 1
        }
        do {
            var progress = try program.start(externals: externals, limits: ResourceLimits(maxDuration: 20), nestedCallHandler: { call in Self.blockingAnswer(table[call.name], call) }, os: os)
            for _ in 0..<500 {
                switch progress {
                case .complete:
                    return saved
                case .call(let call, let paused):
                    try write(paused)
                    let result = Self.blockingAnswer(table[call.name], call)
                    if call.isAsync {
                        pending[call.id] = result
                        progress = try paused.resume(.pending)
                    } else {
                        progress = try paused.resume(result)
                    }
                case .os(let call, let paused):
                    try write(paused)
                    progress = try paused.resume(os: os.files.map { call.operation.perform(using: $0) } ?? .error(OSAccessError(.permissionDenied)))
                case .waiting(let ids, let paused):
                    try write(paused)
                    var results: [Int: ExternalResult] = [:]
                    for id in ids { results[id] = pending.removeValue(forKey: id) ?? .value(.none) }
                    progress = try paused.resume(results: results)
                }
            }
        } catch is PythonException {
            // Error cases end with an exception; their pauses were saved.
        }
        return saved
    }

    /// The host function's answer, waiting for asynchronous ones.
    static func blockingAnswer(_ function: HostFunction?, _ call: ExternalCall) -> ExternalResult {
        guard let function else { return FuzzHost.answer(call) }
        final class Box: @unchecked Sendable { var result: ExternalResult = .value(.none) }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.result = await function.answer(call)
            done.signal()
        }
        done.wait()
        return box.result
    }
}
