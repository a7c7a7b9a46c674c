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

/// An interactive session: globals, functions and classes persist across ``feed(_:echo:timeLimit:)``
/// calls, like a Python REPL. Each feed returns like ``Program/run(inputs:functions:limits:output:)``.
///
/// ```swift
/// let session = Session(functions: [lookup])
/// _ = try session.feed("def double(x):\n    return 2 * x\n")
/// let r = try session.feed("double(lookup('answer'))")
/// print(r.value)   // 84
/// let saved = try session.serialized()          // when idle
/// let again = try Session(serialized: saved, functions: [lookup])
/// ```
/// Host functions are bound as globals; a feed answers their calls like the runners do
/// (asynchronous ones concurrently when gathered). The limits apply to each feed.
/// A session is not thread-safe: feed it from one thread (or actor) at a time.
public final class Session {
    let vm: VM
    private let buffer: BufferedOutput
    /// Sources of the feeds whose code may still run (see ``start``).
    private var units: [CodeUnit] = []
    private var feedCount = 0
    private var functions: [HostFunction]
    private let limits: ResourceLimits
    /// Cancel it (from any thread) to stop the feed in progress, like Ctrl-C: the feed ends
    /// with an uncatchable `KeyboardInterrupt` and the session stays usable; each feed
    /// starts with the handle reset.
    public let interruption = CancellationHandle()

    /// Creates a session.
    /// - Parameters:
    ///   - functions: host functions bound as globals in every feed.
    ///   - limits: limits applied to each feed (time, recursion, output, host calls).
    ///   - output: where `print` writes; by default output is collected per feed.
    ///   - os: files, environment, clock, randomness and sleep policies for every feed
    ///     (default: no files, empty environment, system clock and entropy, capped real sleeps).
    public init(functions: [HostFunction] = [], limits: ResourceLimits = ResourceLimits(), output: OutputSink? = nil, os: OSConfiguration = OSConfiguration()) {
        buffer = BufferedOutput()
        vm = VM(output: output ?? buffer, recursionLimit: limits.maxRecursionDepth)
        vm.osConfiguration = os
        vm.osFilePauses = false
        self.functions = functions
        self.limits = limits
        vm.mainGlobals.setString(Names.name, .str(Names.mainModule))
        vm.cancellation = interruption
        bind(functions)
    }

    private init(vm: VM, buffer: BufferedOutput, units: [CodeUnit], functions: [HostFunction], limits: ResourceLimits) {
        self.vm = vm
        self.buffer = buffer
        self.units = units
        // Continue the numbering of the saved feeds (file names appear in tracebacks).
        feedCount = units.compactMap { Int($0.filename.dropFirst("<input-".count).dropLast()) }.max() ?? units.count
        self.functions = functions
        self.limits = limits
        vm.cancellation = interruption
        bind(functions)
    }

    private func bind(_ functions: [HostFunction]) {
        for f in functions {
            let e = f.declaration
            vm.mainGlobals.setString(e.name, .object(PyExternalFunction(name: e.name, parameters: e.parameters, isAsync: e.isAsync)))
        }
    }

    private var sources: [String: String] {
        var d: [String: String] = [:]
        for u in units { d[u.filename] = u.source }
        return d
    }

    /// Binds a global variable.
    /// - Throws: ``PythonException`` when the value cannot be converted (a dataclass with
    ///   invalid field names, nesting deeper than ``PythonValue/maxDepth``).
    public func set(_ name: String, _ value: PythonValue) throws {
        do {
            vm.mainGlobals.setString(name, try value.toValue(vm: vm))
        } catch {
            throw PythonException(error.exception, vm: vm, sources: sources, stdout: "")
        }
    }

    /// Reads a global variable, if defined.
    public func get(_ name: String) -> PythonValue? {
        vm.mainGlobals.getString(name).map { PythonValue($0, vm: vm) }
    }

    /// The names of the session's global variables (functions and classes included), in
    /// definition order.
    public var globalNames: [String] {
        vm.mainGlobals.items.compactMap { if case .str(let s) = $0.0, !s.value.hasPrefix("__") { return s.value }; return nil }
    }

    /// Compiles and runs `code` in the session's globals, blocking this thread while
    /// asynchronous host functions run.
    /// - Parameters:
    ///   - echo: print the repr of expression statements like the interactive interpreter does.
    ///   - timeLimit: seconds after which the feed stops with `TimeoutError` (overrides the
    ///     session's `maxDuration`).
    /// - Returns: the value of the last expression statement (None otherwise) and the output.
    /// - Throws: ``CompileError`` or ``PythonException``; the session stays usable.
    public func feed(_ code: String, echo: Bool = false, timeLimit: Double? = nil) throws -> RunResult {
        let first = try start(code, filename: "<input-\(feedCount + 1)>", echo: echo, timeLimit: timeLimit)
        return try Program.driveSync(first, functions: table)
    }

    /// Compiles and runs `code` in the session's globals; gathered calls of asynchronous
    /// host functions run concurrently in a task group.
    public func feed(_ code: String, echo: Bool = false, timeLimit: Double? = nil) async throws -> RunResult {
        let filename = "<input-\(feedCount + 1)>"
        let table = self.table
        // The feed runs on a worker thread while this task waits (sessions are used by one
        // task at a time).
        let me = UncheckedSendable(self)
        return try await Program.cancellable(vm) {
            try await Program.drive({ try me.value.start(code, filename: filename, echo: echo, timeLimit: timeLimit) }, functions: table)
        }
    }


    func feed(_ code: String, filename: String) throws -> RunResult {
        try Program.driveSync(try start(code, filename: filename, echo: false, timeLimit: nil), functions: table)
    }

    private var table: [String: HostFunction] {
        var t: [String: HostFunction] = [:]
        for f in functions { t[f.declaration.name] = f }
        return t
    }

    private func start(_ code: String, filename: String, echo: Bool, timeLimit: Double?) throws -> Progress {
        let program = try Program(source: code, filename: filename, mode: echo ? .interactive : .lastExpression)
        feedCount += 1
        // A feed abandoned at a pause (its task was cancelled) leaves frames behind.
        while vm.frameCount > 0 { vm.popFrameDiscarding() }
        // A finished feed without nested code (no def, class, lambda or comprehension) can
        // never run again: drop it so long sessions and their snapshots stay small.
        units.removeAll { $0.code.constantsHoldNoCode }
        units.append(CodeUnit(source: code, filename: filename, mode: program.mode, code: program.code))
        buffer.stdout = ""
        buffer.stderr = ""
        var feedLimits = limits
        if let t = timeLimit { feedLimits.maxDuration = t }
        vm.maxOutputBytes = feedLimits.maxOutputBytes ?? -1
        vm.maxHostCalls = feedLimits.maxHostCalls ?? -1
        vm.startMemoryBudget(feedLimits.maxMemory, checksResidentMemory: feedLimits.checksResidentMemory)
        vm.startAllocationBudget(feedLimits.maxAllocations)
        vm.outputBytes = 0
        vm.hostCallCount = 0
        vm.terminating = false
        interruption.reset()
        vm.handledException = .none
        let state = ExecutionState(vm: vm, units: units, buffer: buffer, limits: feedLimits)
        state.installSynchronousHost(functions)
        let vm = self.vm
        let compiled = program.code
        return try state.step { () throws(PythonError) -> Value in try vm.runModule(compiled) }
    }

    /// Serializes the idle session: its globals (values, functions, classes, instances),
    /// imported modules and the sources of its feeds, in the snapshot format of
    /// ``PausedExecution/serialized()``. Restore it with ``init(serialized:functions:limits:output:os:)``.
    /// - Throws: ``ExecutionError/notSerializable(_:)`` when a global holds an object a
    ///   snapshot cannot represent (the message names its type).
    public func serialized() throws -> Data {
        var encoder = SnapshotEncoder(vm: vm, units: units)
        do {
            return Data(try encoder.encode(pause: nil, buffer: BufferedOutput(), remaining: nil))
        } catch {
            throw ExecutionError.notSerializable(error.message)
        }
    }

    /// Restores a session saved with ``serialized()``. Host functions are bound again by
    /// name (give the same set the session was created with).
    /// - Throws: ``ExecutionError/invalidSnapshot(_:)`` for bytes that are not a saved idle
    ///   session (corrupt, truncated, hostile, or a paused run).
    /// - Parameter os: files, environment, clock, randomness and sleep policies from now on
    ///   (the session's working directory, virtual time and entropy state come from the bytes).
    public convenience init(serialized data: Data, functions: [HostFunction] = [], limits: ResourceLimits = ResourceLimits(), output: OutputSink? = nil, os: OSConfiguration = OSConfiguration()) throws {
        var decoder = SnapshotDecoder([UInt8](data))
        let decoded: SnapshotDecoder.Decoded
        do {
            decoded = try decoder.decode(output: output, recursionLimit: limits.maxRecursionDepth, os: os)
        } catch {
            throw ExecutionError.invalidSnapshot(error.message)
        }
        guard decoded.pause == nil else {
            throw ExecutionError.invalidSnapshot("these bytes hold a paused run, not a session: use PausedExecution(serialized:)")
        }
        self.init(vm: decoded.vm, buffer: decoded.buffer, units: decoded.units, functions: functions, limits: limits)
    }
}

/// Carries a value that is used by one thread at a time across a concurrency boundary.
struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
