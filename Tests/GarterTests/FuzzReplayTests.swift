import Foundation
import Testing
@testable import Garter

/// Replays every input the fuzzers ever crashed or hung on (`FuzzRegressions/<target>/`),
/// the way the fuzz target ran it (see `Fuzz/Sources`): each must end in a compile error, a
/// Python exception or a result, within its limits.
///
/// To add one: copy the artifact libFuzzer wrote (`Fuzz/.work/<Target>/artifacts/`) into the
/// directory of its target, with a name saying what it found.
struct FuzzReplayTests {
    static var directory: URL {
        Bundle.module.url(forResource: "FuzzRegressions", withExtension: nil)!
    }

    static func inputs(_ target: String) -> [URL] {
        let dir = directory.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().map { dir.appendingPathComponent($0) }
    }

    static let limits = ResourceLimits(maxDuration: 0.5, maxRecursionDepth: 60, maxOutputBytes: 1 << 14, maxHostCalls: 24, maxMemory: 256 << 20)

    /// Answers every pause with a stub value until the run ends (bounded number of steps).
    static func drive(_ start: () throws -> Garter.Progress) {
        var pending: [Int: ExternalResult] = [:]
        do {
            var progress = try start()
            for _ in 0..<200 {
                switch progress {
                case .complete:
                    return
                case .call(let call, let paused):
                    let answer: ExternalResult = call.id % 4 == 3 ? .error(type: "ValueError", message: "stub") : .value(call.args.first ?? .none)
                    if call.isAsync {
                        pending[call.id] = answer
                        progress = try paused.resume(.pending)
                    } else {
                        progress = try paused.resume(answer)
                    }
                case .os(_, let paused):
                    progress = try paused.resume(os: .error(OSAccessError(.permissionDenied)))
                case .waiting(let ids, let paused):
                    var results: [Int: ExternalResult] = [:]
                    for id in ids { results[id] = pending.removeValue(forKey: id) ?? .value(.int(id)) }
                    progress = try paused.resume(results: results)
                }
            }
        } catch {
            _ = "\(error)"
        }
    }

    @Test func compileInputs() throws {
        for url in Self.inputs("compile") + Self.inputs("run") {
            let source = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            _ = try? Program(source: source, filename: "fuzz.py")
            _ = try? Program.script(source: source, filename: "fuzz.py")
        }
    }

    @Test func runInputs() throws {
        for url in Self.inputs("run") {
            let source = String(decoding: try Data(contentsOf: url), as: UTF8.self)
            guard let program = try? Program.script(source: source, filename: "fuzz.py") else { continue }
            let started = Date()
            Self.drive {
                try program.start(externals: [ExternalFunction("fetch"), ExternalFunction("afetch", isAsync: true)], limits: Self.limits, nestedCallHandler: { _ in .value(.none) })
            }
            #expect(Date().timeIntervalSince(started) < 10, "\(url.lastPathComponent) ran past its limits")
        }
    }

    @Test func snapshotInputs() throws {
        for url in Self.inputs("snapshot") {
            // As FuzzSnapshot restores them: file pauses replay against an in-memory file system.
            let os = OSConfiguration(files: VirtualFileSystem(), filesAnsweredByHost: true)
            guard let paused = try? PausedExecution(serialized: try Data(contentsOf: url), limits: Self.limits, os: os) else { continue }
            Self.drive {
                if let call = paused.call { return try paused.resume(call.isAsync ? .pending : .value(.none)) }
                if paused.osCall != nil { return try paused.resume(os: .error(OSAccessError(.noSuchFileOrDirectory))) }
                return try paused.resume(results: [:])
            }
        }
    }
}
