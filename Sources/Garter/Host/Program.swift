#if canImport(FoundationEssentials)
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#else
import Foundation
#endif

/// A compiled Python program: parsed and compiled once, immutable, reusable and shareable
/// between threads.
///
/// ```swift
/// let program = try Program(source: "total = sum(prices)\ntotal * 2", filename: "agent.py")
/// let result = try program.run(inputs: ["prices": [1, 2, 3]])
/// print(result.value)   // 12
/// ```
public struct Program: Sendable {
    let code: CodeObject
    let mode: Compiler.Mode
    /// The file name used in tracebacks.
    public let filename: String
    /// The source text.
    public let source: String

    /// Compiles `source`. Throws ``CompileError`` (a Python `SyntaxError`, or
    /// `NotImplementedError` for valid Python that Garter does not support).
    public init(source: String, filename: String = "<string>") throws(CompileError) {
        try self.init(source: source, filename: filename, mode: .lastExpression)
    }

    init(source: String, filename: String, mode: Compiler.Mode) throws(CompileError) {
        self.source = source
        self.filename = filename
        self.mode = mode
        self.code = try Compiler.compile(source: source, filename: filename, mode: mode)
    }

    /// Compiles a script whose top level returns None (what `garter run` executes).
    public static func script(source: String, filename: String) throws(CompileError) -> Program {
        try Program(source: source, filename: filename, mode: .module)
    }

    /// Runs the program to completion.
    ///
    /// - Parameters:
    ///   - inputs: values bound as global variables before the run.
    ///   - output: where `print` writes; by default output is collected into the result.
    ///   - recursionLimit: maximum Python call depth (`RecursionError` beyond it).
    ///   - timeLimit: seconds of execution after which the run stops with `TimeoutError`.
    ///   - os: files, environment, clock, randomness and sleep policies (default: none of
    ///     them granted beyond the system clock, entropy and capped real sleeps).
    /// - Returns: the value of the last expression statement (None otherwise) and the output.
    /// - Throws: ``PythonException`` when the program raises an uncaught exception.
    public func run(inputs: [String: PythonValue] = [:], output: OutputSink? = nil, recursionLimit: Int = 1000, timeLimit: Double? = nil, os: OSConfiguration = OSConfiguration()) throws(PythonException) -> RunResult {
        let limits = ResourceLimits(maxDuration: timeLimit, maxRecursionDepth: recursionLimit)
        let state = makeState(inputs: inputs, externals: [], limits: limits, output: output, os: os, filePauses: false)
        let code = self.code
        var progress = try state.step { () throws(PythonError) -> Value in try state.runMain(code) }
        while true {
            switch progress {
            case .complete(let result):
                return result
            case .waiting(_, let paused):
                // Without host functions only timers (asyncio.sleep) can be pending.
                state.sleepForTimer(paused.waitTimeout ?? 0)
                progress = try paused.resumeTimer()
            case .call(_, let paused):
                progress = try paused.resumeTimer()
            case .os(_, let paused):
                // Not reachable: file operations go to `os.files` without pausing here.
                progress = try paused.resumeTimer()
            }
        }
    }
}

/// The result of a completed run.
public struct RunResult: Sendable {
    /// The value of the last expression statement, or None.
    public let value: PythonValue
    /// Everything printed (empty when a custom output sink was used).
    public let stdout: String
}

/// An uncaught Python exception, with CPython's rendering.
public struct PythonException: Error, Sendable, CustomStringConvertible {
    /// The exception class name (`ValueError`).
    public let typeName: String
    /// `str(exception)`.
    public let message: String
    /// The full traceback text CPython would print to stderr.
    public let traceback: String
    /// The last line of the traceback: `Type: message`.
    public let summary: String
    /// Output printed before the exception.
    public let stdout: String
    /// Line number, in the program's own source, of the innermost frame there (an error
    /// raised inside a library module such as `json` points at the program's line that
    /// called it), when known.
    public let line: Int?
    /// The process exit status CPython would use (`SystemExit` carries its own).
    public let exitStatus: Int32
    /// For `SystemExit` with a non-integer argument (`sys.exit("bad input")`): the text CPython
    /// prints to stderr before exiting with status 1.
    public let exitMessage: String?

    init(_ exc: PyInstance, vm: VM, sources: [String: String], stdout: String) {
        typeName = exc.cls.name
        message = (try? vm.exceptionString(exc)) ?? ""
        var lines: [String: [Substring]] = [:]
        for (k, v) in sources { lines[k] = TracebackMarkers.lines(of: v) }
        traceback = vm.formatTraceback(exc, sourceLines: lines)
        summary = vm.exceptionSummary(exc)
        self.stdout = stdout
        // The innermost frame in the program's own source, not in a Python-source module
        // (`<json>`, `<io>`) the error was raised in.
        let entries = exc.exception?.traceback ?? []
        line = (entries.first { sources[$0.filename] != nil } ?? entries.first)?.line
        var exitMessage: String? = nil
        if exc.cls.isSubtype(of: Builtins.shared.systemExit) {
            let args = exc.exception?.args ?? []
            if args.isEmpty || args[0].isNone { exitStatus = 0 }
            else if case .int(let code) = args[0] { exitStatus = Int32(truncatingIfNeeded: code) }
            else if case .bool(let b) = args[0] { exitStatus = b ? 1 : 0 }
            else {
                exitStatus = 1
                exitMessage = args.count == 1 ? ((try? vm.str(args[0])) ?? "") : ((try? vm.repr(.object(PyTuple(args)))) ?? "")
            }
        } else {
            exitStatus = 1
        }
        self.exitMessage = exitMessage
    }

    public var description: String { summary }
}

extension VM {
    /// Runs module-level code in the main globals.
    func runModule(_ code: CodeObject) throws(PythonError) -> Value {
        let (start, chunkEnd) = freeStackStart
        let f = try pushFrame(code: code, function: nil, globals: mainGlobals, start: start, initialized: 0, chunkEnd: chunkEnd)
        f.pointee.isEntry = true
        return try execute(f)
    }
}

extension Program {
    private static let serialMagic: [UInt8] = Array("GRTP".utf8)
    private static let serialVersion: UInt8 = 1

    /// The program as bytes a host can store (a cache of agent programs, a queue of jobs):
    /// magic `GRTP`, a format version, the compile mode, the file name and the source.
    ///
    /// The bytes carry the source rather than bytecode on purpose: the interpreter trusts
    /// the bytecode its own compiler emits (operands index tables without checks, for
    /// speed), so accepting bytecode from outside would turn a corrupted cache entry into
    /// memory corruption. ``init(serialized:)`` compiles again, which costs about as much as
    /// the original compile (microseconds for agent-sized programs), and caches the result
    /// per process.
    public func serialized() -> Data {
        var w = ByteWriter()
        w.bytes.append(contentsOf: Program.serialMagic)
        w.u8(Program.serialVersion)
        w.u8(mode == .module ? 0 : mode == .lastExpression ? 1 : 2)
        w.string(filename)
        w.string(source)
        return Data(w.bytes)
    }

    /// Restores a program from ``serialized()`` bytes.
    /// - Throws: ``ExecutionError/invalidSnapshot(_:)`` for bytes that are not a serialized
    ///   program of this format version; ``CompileError`` if the source no longer compiles.
    public init(serialized data: Data) throws {
        var r = ByteReader([UInt8](data))
        guard r.remaining >= 6, Array(r.bytes[0..<4]) == Program.serialMagic else {
            throw ExecutionError.invalidSnapshot("not a serialized Garter program (bad magic)")
        }
        r.position = 4
        do {
            let version = try r.u8()
            guard version == Program.serialVersion else {
                throw SnapshotError("unsupported program format version \(version) (this build reads version \(Program.serialVersion))")
            }
            let modeByte = try r.u8()
            guard modeByte <= 2 else { throw SnapshotError("bad compile mode") }
            let filename = try r.string()
            let source = try r.string()
            guard r.remaining == 0 else { throw SnapshotError("trailing bytes") }
            let mode: Compiler.Mode = modeByte == 0 ? .module : modeByte == 1 ? .lastExpression : .interactive
            self.source = source
            self.filename = filename
            self.mode = mode
            self.code = try CompiledCodeCache.shared.code(source: source, filename: filename, mode: mode)
        } catch let e as SnapshotError {
            throw ExecutionError.invalidSnapshot(e.message)
        }
    }
}

/// Compiled code of recently restored programs and snapshots, so resuming many snapshots of
/// one program compiles it once per process. Code objects are immutable and shared safely
/// between runs and threads. Bounded by entry count and total source size.
final class CompiledCodeCache: @unchecked Sendable {
    static let shared = CompiledCodeCache()

    private struct Key: Hashable {
        let source: String
        let filename: String
        let mode: UInt8
    }

    private let lock = Lock()
    private var entries: [Key: (code: CodeObject, lastUse: UInt64)] = [:]
    private var sourceBytes = 0
    private var clock: UInt64 = 0
    private let maxEntries = 64
    private let maxSourceBytes = 4 << 20

    func code(source: String, filename: String, mode: Compiler.Mode) throws(CompileError) -> CodeObject {
        let key = Key(source: source, filename: filename, mode: mode == .module ? 0 : mode == .lastExpression ? 1 : 2)
        lock.lock()
        clock &+= 1
        if let hit = entries[key] {
            entries[key] = (hit.code, clock)
            lock.unlock()
            return hit.code
        }
        lock.unlock()
        let code = try Compiler.compile(source: source, filename: filename, mode: mode)
        let size = source.utf8.count
        guard size <= maxSourceBytes / 4 else { return code }
        lock.lock()
        defer { lock.unlock() }
        if entries[key] == nil {
            while entries.count >= maxEntries || sourceBytes + size > maxSourceBytes {
                guard let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })?.key else { break }
                sourceBytes -= oldest.source.utf8.count
                entries[oldest] = nil
            }
            entries[key] = (code, clock)
            sourceBytes += size
        }
        return code
    }
}
