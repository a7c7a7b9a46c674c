import Foundation
import Garter

/// Host behaviour for the run and snapshot targets: tight limits, and every host call
/// answered by a deterministic stub (so a crash reproduces from its input alone).
public enum FuzzHost {
    /// Fuzz inputs must not run long, print much, recurse deeply or call the host often.
    public static let limits = ResourceLimits(maxDuration: 0.05, maxRecursionDepth: 60, maxOutputBytes: 1 << 14, maxHostCalls: 24, maxMemory: 256 << 20)

    /// Pauses handled per input before giving up (waits on timers can repeat forever when
    /// the stub answers them at once).
    public static let maxSteps = 200

    /// Functions every input can call, besides those a host case declares.
    public static let defaultExternals: [ExternalFunction] = [
        ExternalFunction("fetch"),
        ExternalFunction("tool", parameters: ["name", "value"]),
        ExternalFunction("afetch", isAsync: true),
    ]

    /// The host functions declared by a host conformance case (`# --- host functions ---`
    /// ... `# --- program ---`) and the program part; other inputs are all program.
    public static func split(_ text: String) -> (externals: [ExternalFunction], program: String) {
        let hostMarker = "# --- host functions ---", programMarker = "# --- program ---"
        guard let h = text.range(of: hostMarker), let p = text.range(of: programMarker), h.upperBound <= p.lowerBound else {
            return (defaultExternals, text)
        }
        var externals = defaultExternals
        for line in text[h.upperBound..<p.lowerBound].split(separator: "\n") {
            let isAsync = line.hasPrefix("async def ")
            guard isAsync || line.hasPrefix("def ") else { continue }
            let rest = line.dropFirst(isAsync ? 10 : 4)
            guard let open = rest.firstIndex(of: "("), let close = rest.lastIndex(of: ")"), open < close else { continue }
            let name = String(rest[..<open])
            guard !name.isEmpty, !name.hasPrefix("_"), !externals.contains(where: { $0.name == name }) else { continue }
            let inside = rest[rest.index(after: open)..<close]
            var params: [String]? = inside.split(separator: ",").map {
                String($0.split(separator: "=").first ?? "").trimmingCharacters(in: .whitespaces)
            }
            if inside.contains("*") || inside.contains("/") || inside.contains(":") { params = nil }
            externals.append(ExternalFunction(name, parameters: params, isAsync: isAsync))
        }
        return (externals, String(text[p.upperBound...]))
    }

    /// The stub answer to a call: every fourth call raises, others echo their first
    /// argument (exercising the value conversions both ways) or return a small record.
    public static func answer(_ call: ExternalCall) -> ExternalResult {
        _ = call.description
        if call.id % 4 == 3 { return .error(type: call.id % 8 == 3 ? "ValueError" : "NoSuchError", message: "stub error \(call.id)") }
        if let first = call.args.first ?? call.kwargs.first?.1 { return .value(first) }
        return .value(.dict([("id", .int(call.id)), ("name", .string(call.name)), ("tags", .list(["a", .float(1.5), .none]))]))
    }

    /// A file operation's answer from `os`'s provider (refused without one).
    public static func answer(_ call: OSCall, os: OSConfiguration) -> OSAnswer {
        os.files.map { call.operation.perform(using: $0) } ?? .error(.noFileSystem)
    }

    /// Answers host calls made inside builtins (`map(fetch, xs)`), where a run cannot pause.
    public static let nested: @Sendable (ExternalCall) -> ExternalResult = { answer($0) }

    /// Drives a run from its first progress to the end, answering every pause with stubs.
    /// With `viaSnapshots`, every pause is serialized and the run continues from the
    /// restored copy, so the encoder and decoder see every state the fuzzer reaches.
    /// With `os`, file operations the run pauses at are answered by its provider (and
    /// restored runs get the same configuration).
    public static func drive(viaSnapshots: Bool, os: OSConfiguration = OSConfiguration(), _ start: () throws -> Garter.Progress) {
        do {
            var progress = try start()
            var pending: [Int: ExternalResult] = [:]
            for _ in 0..<maxSteps {
                switch progress {
                case .complete(let result):
                    _ = result.value.description
                    return
                case .call(let call, let paused):
                    let p = viaSnapshots ? roundTrip(paused, os: os) : paused
                    progress = try respond(p, call: call, pending: &pending)
                case .os(let call, let paused):
                    let p = viaSnapshots ? roundTrip(paused, os: os) : paused
                    progress = try p.resume(os: answer(call, os: os))
                case .waiting(let ids, let paused):
                    let p = viaSnapshots ? roundTrip(paused, os: os) : paused
                    progress = try respond(p, waitingFor: ids, pending: &pending)
                }
            }
        } catch let e as PythonException {
            _ = e.traceback
        } catch {
            _ = "\(error)"
        }
    }

    /// Continues a run restored from bytes (its pause is whatever the bytes say); file
    /// operations are answered by `os`'s provider (the one the run was restored with).
    public static func resume(_ paused: PausedExecution, os: OSConfiguration = OSConfiguration()) {
        var pending: [Int: ExternalResult] = [:]
        drive(viaSnapshots: false, os: os) {
            if let call = paused.call { return try respond(paused, call: call, pending: &pending) }
            if let call = paused.osCall { return try paused.resume(os: answer(call, os: os)) }
            _ = paused.waitTimeout
            return try respond(paused, waitingFor: paused.waitingFor, pending: &pending)
        }
    }

    static func respond(_ paused: PausedExecution, call: ExternalCall, pending: inout [Int: ExternalResult]) throws -> Garter.Progress {
        if call.isAsync {
            pending[call.id] = answer(call)
            return try paused.resume(.pending)
        }
        return try paused.resume(answer(call))
    }

    static func respond(_ paused: PausedExecution, waitingFor ids: [Int], pending: inout [Int: ExternalResult]) throws -> Garter.Progress {
        var results: [Int: ExternalResult] = [:]
        for id in ids {
            // A call the stub never saw (a restored run) gets a plain value.
            results[id] = pending.removeValue(forKey: id) ?? .value(.int(id))
        }
        return try paused.resume(results: results)
    }

    /// Serializes a pause and restores it; a live run whose snapshot does not restore is a
    /// bug (the encoder wrote what the decoder rejects), so it stops the fuzzer.
    static func roundTrip(_ paused: PausedExecution, os: OSConfiguration) -> PausedExecution {
        guard let data = try? paused.serialized() else { return paused }
        do {
            return try PausedExecution(serialized: data, limits: limits, os: os)
        } catch {
            fatalError("a snapshot of a live run does not restore: \(error)")
        }
    }
}
