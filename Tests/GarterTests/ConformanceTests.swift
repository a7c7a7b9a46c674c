import Foundation
import Testing
@testable import Garter

/// Runs every program under `Conformance/cases` and compares its stdout (and, for programs
/// that end in an uncaught exception, the last stderr line and exit status) with what
/// CPython 3.11 produced (`Scripts/generate-expected.sh`). Programs listed in
/// `Conformance/known-failures.txt` are expected to fail; one that starts passing must be
/// removed from that list, so the list only shrinks.
struct ConformanceTests {
    /// The last line CPython prints on stderr: the traceback's (exception-group boxes and
    /// `__notes__` come after the `Type: message` line), or the summary for SystemExit.
    static func lastErrorLine(_ error: PythonException) -> String {
        if error.typeName == "SystemExit" { return error.summary }
        return error.traceback.split(separator: "\n").last.map(String.init) ?? error.summary
    }

    struct Outcome {
        var stdout: String
        var lastErrorLine: String?
        var exitStatus: Int32
    }

    static var casesDirectory: URL {
        Bundle.module.url(forResource: "cases", withExtension: nil)!
    }

    static func knownFailures() -> [String: String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Conformance/known-failures.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = trimmed.split(separator: "#", maxSplits: 1)
            out[parts[0].trimmingCharacters(in: .whitespaces)] = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        }
        return out
    }

    /// File-system cases run in an empty in-memory file system (CPython runs them in an
    /// empty temporary directory, see `Scripts/generate-expected.sh`).
    static func osConfiguration(for filename: String) -> OSConfiguration {
        guard ["os__", "pathlib__", "open__", "shutil__"].contains(where: { filename.hasPrefix($0) }) else { return OSConfiguration() }
        let files = VirtualFileSystem()
        try? files.addDirectory("/tmp/case")
        return OSConfiguration(files: files, workingDirectory: "/tmp/case")
    }

    /// Runs a program in-process the way `garter run` does.
    static func run(_ source: String, filename: String) -> Outcome {
        let program: Program
        do {
            program = try Program.script(source: source, filename: filename)
        } catch {
            return Outcome(stdout: "", lastErrorLine: "\(error.typeName): \(error.message)", exitStatus: 1)
        }
        let output = BufferedOutput()
        do {
            _ = try program.run(output: output, timeLimit: 20, os: osConfiguration(for: filename))
            return Outcome(stdout: output.stdout, lastErrorLine: nil, exitStatus: 0)
        } catch {
            if error.typeName == "SystemExit" {
                // Like CPython: no traceback; a non-zero status records the last stderr line.
                // `garter run` prints a non-integer exit argument (`sys.exit("msg")`) last.
                let stderr = output.stderr + (error.exitMessage.map { $0 + "\n" } ?? "")
                let last = stderr.split(separator: "\n").last { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
                return Outcome(stdout: output.stdout, lastErrorLine: error.exitStatus == 0 ? nil : last, exitStatus: error.exitStatus)
            }
            return Outcome(stdout: output.stdout, lastErrorLine: Self.lastErrorLine(error), exitStatus: error.exitStatus)
        }
    }

    /// A `host__*.py` case: the part before `# --- program ---` defines host functions
    /// (CPython runs the whole file; Garter runs that part as Python host functions, and the
    /// program with those lines blanked so line numbers stay the same).
    static func splitHostCase(_ source: String) -> (host: String, program: String)? {
        guard let marker = source.range(of: "# --- program ---\n") else { return nil }
        let host = String(source[..<marker.lowerBound])
        let blank = String(repeating: "\n", count: host.filter { $0 == "\n" }.count + 1)
        return (host, blank + source[marker.upperBound...])
    }

    /// Runs a host case through the async runner with its Python-defined host functions.
    static func runHostCase(_ source: String, filename: String) async -> Outcome {
        guard let (hostSource, programSource) = splitHostCase(source) else {
            return Outcome(stdout: "", lastErrorLine: "missing '# --- program ---' marker", exitStatus: 1)
        }
        let program: Program
        let functions: [HostFunction]
        do {
            functions = try HostFunction.python(source: hostSource, filename: "<host>")
            program = try Program.script(source: programSource, filename: filename)
        } catch {
            return Outcome(stdout: "", lastErrorLine: "setup failed: \(error)", exitStatus: 1)
        }
        let output = BufferedOutput()
        do {
            _ = try await program.run(functions: functions, limits: ResourceLimits(maxDuration: 20), output: output)
            return Outcome(stdout: output.stdout, lastErrorLine: nil, exitStatus: 0)
        } catch let error as PythonException {
            return Outcome(stdout: output.stdout, lastErrorLine: Self.lastErrorLine(error), exitStatus: error.exitStatus)
        } catch {
            return Outcome(stdout: output.stdout, lastErrorLine: "host error: \(error)", exitStatus: 1)
        }
    }

    @Test func cpythonConformance() async throws {
        let dir = Self.casesDirectory
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".py") }.sorted()
        let known = Self.knownFailures()
        var passed = 0
        var failures: [String] = []
        var unexpectedPasses: [String] = []
        for file in files {
            let stem = String(file.dropLast(3))
            let source = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
            let expectedOut = (try? String(contentsOf: dir.appendingPathComponent(stem + ".out"), encoding: .utf8)) ?? ""
            var expectedErr: String? = nil
            var expectedStatus: Int32 = 0
            if let err = try? String(contentsOf: dir.appendingPathComponent(stem + ".err"), encoding: .utf8) {
                let lines = err.split(separator: "\n", omittingEmptySubsequences: false)
                expectedStatus = Int32(lines.first?.dropFirst("exit=".count) ?? "1") ?? 1
                expectedErr = lines.count > 1 ? String(lines[1]) : ""
            }
            if ProcessInfo.processInfo.environment["GARTER_CONFORMANCE_TRACE"] != nil {
                FileHandle.standardError.write(Data("running \(file)\n".utf8))
            }
            let outcome = file.hasPrefix("host__") ? await Self.runHostCase(source, filename: file) : Self.run(source, filename: file)
            var problems: [String] = []
            if outcome.stdout != expectedOut { problems.append("stdout differs") }
            if outcome.exitStatus != expectedStatus { problems.append("exit \(outcome.exitStatus) != \(expectedStatus)") }
            if let e = expectedErr, outcome.lastErrorLine != e {
                problems.append("error line: got \(outcome.lastErrorLine ?? "none"), expected \(e)")
            }
            if expectedErr == nil, let got = outcome.lastErrorLine {
                problems.append("unexpected error: \(got)")
            }
            if problems.isEmpty {
                passed += 1
                if known[stem] != nil { unexpectedPasses.append(stem) }
            } else if known[stem] == nil {
                failures.append("\(stem): \(problems.joined(separator: "; "))")
            }
        }
        print("conformance: \(passed)/\(files.count)")
        for f in failures { Issue.record("conformance failure: \(f)") }
        for p in unexpectedPasses { Issue.record("\(p) passes now: remove it from known-failures.txt") }
        #expect(files.count >= 400)
    }
}
