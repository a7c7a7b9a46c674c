import Foundation
import Testing
@testable import Garter

/// Full traceback text against CPython 3.11 (`Scripts/generate-tracebacks.sh`): each program
/// under `Tracebacks/` runs as `garter run` would, its stdout compared with `<stem>.out`
/// (tracebacks printed by the `traceback` module) and the uncaught exception's traceback
/// with `<stem>.tb` (the interpreter's printer), position markers included. Programs that
/// do not compile are compared with CPython's SyntaxError report (`CompileError.report`).
struct TracebackTests {
    static var directory: URL {
        Bundle.module.url(forResource: "Tracebacks", withExtension: nil)!
    }

    static func cases() -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".py") }.map { String($0.dropLast(3)) }.sorted()
    }

    @Test func thereAreCases() {
        #expect(Self.cases().count >= 15)
    }

    @Test(arguments: cases())
    func matchesCPython(_ stem: String) throws {
        let dir = Self.directory
        let source = try String(contentsOf: dir.appendingPathComponent(stem + ".py"), encoding: .utf8)
        let expectedOut = try String(contentsOf: dir.appendingPathComponent(stem + ".out"), encoding: .utf8)
        let expectedTraceback = try? String(contentsOf: dir.appendingPathComponent(stem + ".tb"), encoding: .utf8)
        let program: Program
        do {
            program = try Program.script(source: source, filename: stem + ".py")
        } catch {
            // A SyntaxError: CPython prints the line and carets under the offending text.
            #expect(error.report == expectedTraceback)
            #expect(expectedOut == "")
            return
        }
        let output = BufferedOutput()
        do {
            _ = try program.run(output: output, timeLimit: 20)
            #expect(expectedTraceback == nil, "expected an uncaught exception")
        } catch {
            #expect(error.traceback == expectedTraceback)
        }
        #expect(output.stdout == expectedOut)
    }

    /// The run-length position table gives back every instruction's span.
    @Test func positionTableRoundTrips() {
        var spans: [SourceSpan] = []
        var line = 1
        for i in 0..<500 {
            if i % 7 == 0 { line += (i % 3) - 1 + 2 }
            let column = (i * 13) % 90 - 1
            spans.append(SourceSpan(line: line, endLine: line + (i % 5 == 0 ? 2 : 0), column: column, endColumn: column + i % 11))
            if i % 4 == 0 { spans.append(spans[spans.count - 1]) }
        }
        PositionTable.withEncoded(spans: spans) { table in
            for (pc, span) in spans.enumerated() { #expect(table.span(at: pc) == span) }
            #expect(table.span(at: spans.count) == nil)
            #expect(table.bytes.count < spans.count * 6)
        }
    }

    /// Positions survive a snapshot: an exception caught before a pause and formatted after
    /// the resume keeps its markers.
    @Test func markersSurviveSnapshots() throws {
        let source = """
            import traceback
            try:
                x = {"a": 1}["b"] if True else 0
            except KeyError as e:
                err = e
            pause()
            print(traceback.format_exception(err)[1], end="")
            """
        let program = try Program(source: source, filename: "snap.py")
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("pause")]) else { Issue.record("no call"); return }
        let restored = try PausedExecution(serialized: try paused.serialized())
        guard case .complete(let result) = try restored.resume(.value(.none)) else { Issue.record("no result"); return }
        #expect(result.stdout == """
              File "snap.py", line 3, in <module>
                x = {"a": 1}["b"] if True else 0
                    ~~~~~~~~^^^^^

            """)
    }
}
