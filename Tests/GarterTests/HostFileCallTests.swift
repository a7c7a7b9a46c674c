import Foundation
import Testing
@testable import Garter

/// File operations answered by the host through the step API (`Progress.os`), with
/// `OSConfiguration.filesAnsweredByHost`: pauses, answers, errors, the fallback where a run
/// cannot pause, and snapshots taken at every file pause.
struct HostFileCallTests {
    /// A program touching most of the file layer: text and binary files, line reads across
    /// the read-ahead, appends, seeks, pathlib, os and os.path, and error cases.
    static let program = """
        import os, pathlib, json
        with open('notes.txt', 'w') as f:
            f.write('alpha\\nbeta\\n')
            f.writelines(['gamma\\n', 'delta'])
        with open('notes.txt', 'a', encoding='utf-8') as f:
            print(f.write('\\nepsilon\\n'))
        with open('notes.txt') as f:
            print(f.readline(), end='')
            print(f.tell())
            for line in f:
                print(repr(line))
            f.seek(6)
            print(repr(f.read(4)))
        p = pathlib.Path('data')
        p.mkdir(exist_ok=True)
        (p / 'a.bin').write_bytes(bytes(range(10)))
        (p / 'b.json').write_text(json.dumps({'k': [1, 2]}))
        print(sorted(os.listdir('data')), os.path.isfile('data/a.bin'), os.path.isdir('data'))
        print((p / 'a.bin').read_bytes()[3:6], (p / 'a.bin').stat().st_size)
        with open('data/b.json') as f:
            print(json.load(f))
        os.rename('data/a.bin', 'data/c.bin')
        print(sorted(q.name for q in p.iterdir()), p.exists(), (p / 'a.bin').exists())
        try:
            open('missing.txt')
        except FileNotFoundError as e:
            print(type(e).__name__, e.errno, e)
        try:
            os.rmdir('data')
        except OSError as e:
            print(type(e).__name__, e)
        os.chdir('data')
        print(os.getcwd(), sorted(os.listdir()))
        """

    /// The output of `program` with `files` answering directly (no pauses).
    static func direct(_ source: String) throws -> String {
        let program = try Program.script(source: source, filename: "t.py")
        return try program.run(os: OSConfiguration(files: VirtualFileSystem())).stdout
    }

    /// Runs `source` through the step API, answering each file pause from a fresh in-memory
    /// file system (after `each`, which may replace the paused run, e.g. by a snapshot copy).
    static func stepped(_ source: String, each: (PausedExecution, OSConfiguration) throws -> PausedExecution = { p, _ in p }) throws -> (output: String, operations: [OSOperation]) {
        let files = VirtualFileSystem()
        let os = OSConfiguration(files: files, filesAnsweredByHost: true)
        let program = try Program.script(source: source, filename: "t.py")
        var progress = try program.start(os: os)
        var operations: [OSOperation] = []
        while true {
            switch progress {
            case .complete(let result):
                return (result.stdout, operations)
            case .os(let call, let paused):
                operations.append(call.operation)
                let resumed = try each(paused, os)
                progress = try resumed.resume(os: call.operation.perform(using: files))
            case .call, .waiting:
                Issue.record("unexpected pause")
                return ("", operations)
            }
        }
    }

    @Test func everyFileOperationPausesAndTheOutputMatchesDirectAccess() throws {
        let expected = try Self.direct(Self.program)
        let (output, operations) = try Self.stepped(Self.program)
        #expect(output == expected)
        #expect(expected.contains("FileNotFoundError 2 [Errno 2] No such file or directory: 'missing.txt'"))
        #expect(expected.hasSuffix("/data ['b.json', 'c.bin']\n"))
        #expect(operations.contains(.open(path: "/notes.txt", options: [.write, .create, .truncate])))
        #expect(operations.contains(.createDirectory(path: "/data")))
        #expect(operations.contains(.rename(source: "/data/a.bin", destination: "/data/c.bin")))
        #expect(operations.contains(where: { if case .read(path: "/notes.txt", _, _) = $0 { return true }; return false }))
        #expect(operations.contains(where: { if case .write(path: "/notes.txt", _, _) = $0 { return true }; return false }))
        #expect(operations.contains(.read(path: "/data/b.json", offset: 0, count: 65536)))
    }

    @Test func aSnapshotAtEveryFilePauseResumesToTheSameResult() throws {
        let expected = try Self.direct(Self.program)
        var snapshots = 0
        let (output, _) = try Self.stepped(Self.program) { paused, os in
            let bytes = try paused.serialized()
            snapshots += 1
            let restored = try PausedExecution(serialized: bytes, os: os)
            #expect(restored.osCall == paused.osCall)
            return restored
        }
        #expect(output == expected)
        #expect(snapshots > 20)
    }

    @Test func hostErrorsBecomeCPythonExceptionsNamingTheProgramsPath() throws {
        let program = try Program.script(source: """
            try:
                open('sub/../report.txt')
            except PermissionError as e:
                print(type(e).__name__, e.errno, e.filename, e)
            import pathlib
            print(pathlib.Path('x').exists())
            """, filename: "t.py")
        var progress = try program.start(os: OSConfiguration(filesAnsweredByHost: true))
        guard case .os(let call, let paused) = progress else { Issue.record("no file pause"); return }
        #expect(call.operation == .open(path: "/sub/../report.txt", options: .read))
        progress = try paused.resume(os: .error(OSAccessError(.permissionDenied)))
        guard case .os(let call2, let paused2) = progress else { Issue.record("no second file pause"); return }
        #expect(call2.operation == .status(path: "/x", followSymlinks: true))
        progress = try paused2.resume(os: .error(OSAccessError(.noSuchFileOrDirectory)))
        guard case .complete(let result) = progress else { Issue.record("not complete"); return }
        #expect(result.stdout == "PermissionError 13 sub/../report.txt [Errno 13] Permission denied: 'sub/../report.txt'\nFalse\n")
    }

    @Test func answersOfTheWrongKindAndSecondResumesAreRefused() throws {
        let program = try Program.script(source: "import os\nprint(os.listdir('/'))\n", filename: "t.py")
        let progress = try program.start(os: OSConfiguration(filesAnsweredByHost: true))
        guard case .os(let call, let paused) = progress else { Issue.record("no file pause"); return }
        #expect(call.operation == .listDirectory(path: "/"))
        #expect(call.description == "listDirectory('/')")
        #expect(throws: ExecutionError.invalidAnswer("listDirectory('/') needs a .names answer, not .bytes")) {
            try paused.resume(os: .bytes([1]))
        }
        #expect(throws: ExecutionError.self) { try paused.resume(.value(.none)) }
        let done = try paused.resume(os: .names(["b", "a"]))
        guard case .complete(let r) = done else { Issue.record("not complete"); return }
        #expect(r.stdout == "['b', 'a']\n")
        #expect(throws: ExecutionError.alreadyResumed) { try paused.resume(os: .names([])) }
    }

    @Test func whereTheRunCannotPauseTheConfiguredProviderAnswers() throws {
        let files = VirtualFileSystem()
        try files.addFile("/a.txt", contents: Array("12345".utf8))
        let program = try Program.script(source: """
            import os
            print(sorted(['/a.txt', '/'], key=os.path.getsize)[0] in ('/a.txt', '/'))
            print(list(map(os.path.exists, ['/a.txt', '/b'])))
            """, filename: "t.py")
        var progress = try program.start(os: OSConfiguration(files: files, filesAnsweredByHost: true))
        var pauses = 0
        while case .os(let call, let paused) = progress {
            pauses += 1
            progress = try paused.resume(os: call.operation.perform(using: files))
        }
        guard case .complete(let r) = progress else { Issue.record("not complete"); return }
        #expect(r.stdout == "True\n[True, False]\n")
        #expect(pauses == 0)
        // Without a provider, such operations are refused like any file access.
        do {
            _ = try program.start(os: OSConfiguration(filesAnsweredByHost: true))
            Issue.record("expected PermissionError")
        } catch {
            #expect(error.summary.hasPrefix("PermissionError: [Errno 1] Operation not permitted"))
        }
    }

    @Test func theRunnersAnswerFileOperationsWithTheProvider() async throws {
        let files = VirtualFileSystem()
        let os = OSConfiguration(files: files, filesAnsweredByHost: true)
        let program = try Program.script(source: "open('x', 'w').write('hi')\nprint(open('x').read())\n", filename: "t.py")
        #expect(try program.run(os: os).stdout == "hi\n")
        #expect(try await program.run(functions: [], os: os).stdout == "hi\n")
        #expect(files.contents(of: "/x") == Array("hi".utf8))
    }

    @Test func readsResumeAcrossTheReadAheadChunk() throws {
        // Lines straddle the 64 KiB read-ahead: a readline replayed after a pause must
        // reuse the answers it already has.
        let source = """
            with open('big.txt', 'w') as f:
                for i in range(9000):
                    f.write(f'line {i:05d} ' + 'x' * (i % 7) + '\\n')
            n = total = 0
            with open('big.txt') as f:
                for line in f:
                    n += 1
                    total += len(line)
            print(n, total)
            """
        let (output, operations) = try Self.stepped(source)
        #expect(output == (try Self.direct(source)))
        #expect(operations.filter { if case .read = $0 { return true }; return false }.count >= 2)
    }

    /// Every file-system conformance case, with each file operation answered by the host and
    /// the run saved and restored from bytes at every such pause, prints what CPython printed.
    @Test func fileSystemConformanceCasesThroughHostAnswersAndSnapshots() throws {
        let dir = ConformanceTests.casesDirectory
        let cases = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.hasSuffix(".py") && ["os__", "pathlib__", "open__", "shutil__"].contains(where: $0.hasPrefix)
        }.sorted()
        #expect(cases.count >= 20)
        var pauses = 0, restores = 0
        for file in cases {
            let stem = String(file.dropLast(3))
            let source = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let expected = (try? String(contentsOf: dir.appendingPathComponent(stem + ".out"), encoding: .utf8)) ?? ""
            let expectedError = (try? String(contentsOf: dir.appendingPathComponent(stem + ".err"), encoding: .utf8))
                .map { $0.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? "" }
            let files = VirtualFileSystem()
            try files.addDirectory("/tmp/case")
            let os = OSConfiguration(files: files, workingDirectory: "/tmp/case", filesAnsweredByHost: true)
            var output = ""
            var lastError: String? = nil
            do {
                let program = try Program.script(source: source, filename: file)
                var progress = try program.start(limits: ResourceLimits(maxDuration: 20), os: os)
                while true {
                    if case .complete(let r) = progress { output = r.stdout; break }
                    guard case .os(let call, let paused) = progress else { Issue.record("\(file): unexpected pause"); break }
                    pauses += 1
                    // (Some pauses hold objects a snapshot cannot represent, such as a
                    // tuple iterator: those runs go on unsaved.)
                    var next = paused
                    if let bytes = try? paused.serialized() {
                        next = try PausedExecution(serialized: bytes, os: os)
                        restores += 1
                    }
                    progress = try next.resume(os: call.operation.perform(using: files))
                }
            } catch let e as PythonException {
                output = e.stdout
                lastError = e.typeName == "SystemExit" ? nil : ConformanceTests.lastErrorLine(e)
            }
            #expect(output == expected, "\(file)")
            if let expectedError, !expectedError.isEmpty, !expectedError.hasPrefix("SystemExit") { #expect(lastError == expectedError, "\(file)") }
        }
        #expect(pauses > 500)
        #expect(restores * 10 > pauses * 9)
    }
}

extension HostFileCallTests {
    /// A user `__fspath__` runs inside builtin `open()`'s replayable unit: its own file
    /// operations go to the provider (they cannot pause there), so it never sees the pause
    /// signal, and the run still pauses for the `open()` itself.
    @Test func userCodeInsideOpenNeverSeesThePauseSignal() throws {
        let files = VirtualFileSystem()
        try files.addFile("/a.txt", contents: Array("A".utf8))
        try files.addFile("/b.txt", contents: Array("B".utf8))
        let program = try Program.script(source: """
            class P:
                def __fspath__(self):
                    try:
                        with open('/a.txt') as f:
                            return '/b.txt' if f.read() == 'A' else '/x'
                    except Exception as e:
                        return 'caught ' + str(e)
            with open(P()) as f:
                print(f.read())
            """, filename: "t.py")
        var progress = try program.start(os: OSConfiguration(files: files, filesAnsweredByHost: true))
        var operations: [OSOperation] = []
        while case .os(let call, let paused) = progress {
            operations.append(call.operation)
            progress = try paused.resume(os: call.operation.perform(using: files))
        }
        guard case .complete(let r) = progress else { Issue.record("not complete"); return }
        #expect(r.stdout == "B\n")
        #expect(operations.contains(.open(path: "/b.txt", options: .read)))
        #expect(!operations.contains(.open(path: "/a.txt", options: .read)))
    }
}
