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

/// Limits on one run. Exceeding the time, memory or output limit raises an exception the
/// sandboxed code cannot catch; exceeding the recursion depth raises a catchable
/// `RecursionError`, as in CPython.
public struct ResourceLimits: Sendable, Hashable {
    /// Seconds of execution (time paused on the host does not count); nil for no limit.
    public var maxDuration: Double?
    /// Maximum Python call depth.
    public var maxRecursionDepth: Int
    /// Maximum bytes written to stdout and stderr together; nil for no limit.
    public var maxOutputBytes: Int?
    /// Maximum number of host calls; nil for no limit.
    public var maxHostCalls: Int?
    /// Bytes of memory the run's live objects may take; nil for no limit. Every object the
    /// run creates is charged its size while it lives (strings and bytes by their length,
    /// containers by their storage, which is re-charged as it grows or shrinks), so each
    /// run's limit counts its own objects, whatever else runs in the process. Large single
    /// results (`[0] * n`, `'x' * n`, `list(range(n))`, `2 ** n`) are refused before they
    /// are allocated; growth is caught at the next instruction boundary. In a session, the
    /// objects earlier feeds left alive count against each feed's limit. Exceeding it raises
    /// an uncatchable `MemoryError: memory limit exceeded (N bytes)`.
    public var maxMemory: Int?
    /// Also stop the run when the process's resident memory grows by more than
    /// ``maxMemory`` since the run started: a backstop for memory held outside Python objects,
    /// meant for one run per process (the `garter` CLI turns it on). It applies only while
    /// the run is the only one with a memory limit in the process, since the resident set
    /// mixes the memory of everything in it. Off by default.
    public var checksResidentMemory: Bool
    /// Maximum number of heap objects the run creates (strings, containers, instances,
    /// functions, big integers, ...; small ints, floats, booleans and None are not objects
    /// here); nil for no limit. Counted per run across pauses (a run restored from a snapshot
    /// starts a fresh count). Exceeding it raises an uncatchable
    /// `MemoryError: allocation limit exceeded (N objects)`.
    public var maxAllocations: Int?

    /// Creates limits; the defaults are no time, output, host-call, memory or allocation
    /// limit and CPython's recursion limit of 1000.
    public init(maxDuration: Double? = nil, maxRecursionDepth: Int = 1000, maxOutputBytes: Int? = nil, maxHostCalls: Int? = nil, maxMemory: Int? = nil, maxAllocations: Int? = nil, checksResidentMemory: Bool = false) {
        self.maxDuration = maxDuration
        self.maxRecursionDepth = maxRecursionDepth
        self.maxOutputBytes = maxOutputBytes
        self.maxHostCalls = maxHostCalls
        self.maxMemory = maxMemory
        self.maxAllocations = maxAllocations
        self.checksResidentMemory = checksResidentMemory
    }
}

/// Where a run stands after ``Program/start(inputs:externals:limits:output:cancellation:nestedCallHandler:os:)`` or a resume.
public enum Progress: Sendable {
    /// Python called a host function; answer with ``PausedExecution/resume(_:)``.
    case call(ExternalCall, PausedExecution)
    /// The event loop waits for the asynchronous calls with these ids (answered earlier with
    /// ``ExternalResult/pending``); answer with ``PausedExecution/resume(results:)``.
    case waiting([Int], PausedExecution)
    /// A file operation waits for the host (only with
    /// ``OSConfiguration/filesAnsweredByHost``); answer with ``PausedExecution/resume(os:)``.
    case os(OSCall, PausedExecution)
    /// The run finished.
    case complete(RunResult)
}

/// Errors of the host API itself (as opposed to Python exceptions).
public enum ExecutionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// This pause was already resumed (each pause resumes once).
    case alreadyResumed
    /// The answer does not fit the pause (results for a call, a call result for a wait, an
    /// unknown call id, `.pending` for a synchronous function).
    case invalidAnswer(String)
    /// The snapshot bytes are not a valid Garter snapshot.
    case invalidSnapshot(String)
    /// The paused run holds an object a snapshot cannot represent.
    case notSerializable(String)

    public var description: String {
        switch self {
        case .alreadyResumed: return "this pause was already resumed"
        case .invalidAnswer(let m): return "invalid answer: \(m)"
        case .invalidSnapshot(let m): return "invalid snapshot: \(m)"
        case .notSerializable(let m): return "cannot snapshot this run: \(m)"
        }
    }
}

/// The state a run carries from one step to the next.
/// Handed between threads by the runners (the interpreter runs on worker threads between
/// pauses), but only ever used by one thread at a time.
final class ExecutionState: @unchecked Sendable {
    let vm: VM
    /// Sources by file name, for tracebacks (and snapshots: code is recompiled from them).
    var units: [CodeUnit]
    let buffer: BufferedOutput
    let limits: ResourceLimits
    /// Execution time left, in nanoseconds (nil: no limit).
    var remaining: UInt64?
    /// When the run paused to sleep (a wait with only timers): sleeping counts as run time.
    var sleepStarted: UInt64?
    /// Inputs not yet bound (bound when the run starts).
    var inputs = [String: PythonValue]()

    init(vm: VM, units: [CodeUnit], buffer: BufferedOutput, limits: ResourceLimits) {
        self.vm = vm
        self.units = units
        vm.programUnits = units
        self.buffer = buffer
        self.limits = limits
        if let t = limits.maxDuration, t >= 0 {
            remaining = t < 1e9 ? UInt64(t * 1e9) : nil
        }
    }

    var sources: [String: String] {
        var d: [String: String] = [:]
        for u in units { d[u.filename] = u.source }
        return d
    }

    /// Charges time spent sleeping to the time limit; returns the limit error when it ran out.
    func chargeSleep() -> PyInstance? {
        guard let started = sleepStarted else { return nil }
        sleepStarted = nil
        guard let r = remaining else { return nil }
        let slept = VM.monotonicNanoseconds() &- started
        if slept >= r {
            remaining = 1
            return vm.limitExceeded(Builtins.shared.timeoutError, "execution time limit exceeded").exception
        }
        remaining = r - slept
        return nil
    }

    /// Binds the inputs (converting them may raise, e.g. for a dataclass with a bad field
    /// name) and runs the main module.
    func runMain(_ code: CodeObject) throws(PythonError) -> Value {
        if !inputs.isEmpty {
            for (name, value) in inputs.sorted(by: { $0.key < $1.key }) {
                vm.mainGlobals.setString(name, try value.toValue(vm: vm))
            }
            inputs = [:]
        }
        return try vm.runModule(code)
    }

    /// Runs `body` until the program finishes or pauses.
    func step(_ body: () throws(PythonError) -> Value) throws(PythonException) -> Progress {
        // Without a time limit there is no clock to read.
        let started = remaining == nil ? 0 : VM.monotonicNanoseconds()
        if let r = remaining { vm.deadline = started &+ max(r, 1) } else { vm.deadline = 0 }
        LimitWatchdog.shared.register(vm)
        defer { LimitWatchdog.shared.unregister(vm) }
        // The thread's books are this run's while it steps, the outer run's again afterwards
        // (host functions written in Python nest runs). Long native computations (big-integer
        // kernels) reach the run through them to poll its limits.
        let outerBudget = AllocationBudget.install(vm.allocationBudget)
        defer { AllocationBudget.restore(outerBudget) }
        let value: Value
        do {
            value = try body()
        } catch {
            vm.pause = nil
            throw PythonException(error.exception, vm: vm, sources: sources, stdout: buffer.stdout)
        }
        if let r = remaining {
            let used = VM.monotonicNanoseconds() &- started
            remaining = r > used ? r - used : 1
        }
        if let pause = vm.pause {
            vm.pause = nil
            if case .wait(let ids, _) = pause, ids.isEmpty { sleepStarted = VM.monotonicNanoseconds() }
            let paused = PausedExecution(state: self, pause: pause)
            switch pause {
            case .call(let c), .startCoroutine(let c):
                return .call(ExternalCall(c, vm: vm), paused)
            case .wait(let ids, _):
                return .waiting(ids, paused)
            case .os(let operation):
                return .os(OSCall(operation: operation), paused)
            }
        }
        return .complete(RunResult(value: PythonValue(value, vm: vm), stdout: buffer.stdout))
    }
}

/// One compiled source a run executes (the program, or a session's feeds).
struct CodeUnit {
    let source: String
    let filename: String
    let mode: Compiler.Mode
    let code: CodeObject
}

/// A run paused at a host call or a wait. Resume it once, or serialize it with
/// ``serialized()`` and resume it later, possibly in another process, with
/// ``PausedExecution/init(serialized:output:os:)``.
///
/// A paused execution can be moved between threads; resume it from one thread at a time.
public final class PausedExecution: @unchecked Sendable {
    let state: ExecutionState
    let pause: VMPause
    private let lock = Lock()
    private var resumed = false

    init(state: ExecutionState, pause: VMPause) {
        self.state = state
        self.pause = pause
    }

    /// The host call this run waits for, when paused at a call.
    public var call: ExternalCall? {
        switch pause {
        case .call(let c), .startCoroutine(let c): return ExternalCall(c, vm: state.vm)
        case .wait, .os: return nil
        }
    }

    /// The file operation this run waits for, when paused at one.
    public var osCall: OSCall? {
        if case .os(let operation) = pause { return OSCall(operation: operation) }
        return nil
    }

    /// The ids of the asynchronous calls the event loop waits for, when paused at a wait.
    public var waitingFor: [Int] {
        if case .wait(let ids, _) = pause { return ids }
        return []
    }

    /// At a wait: seconds after which the loop wants to run again even with no result (a
    /// task is sleeping); nil to wait for at least one result.
    public var waitTimeout: Double? {
        if case .wait(_, let t) = pause { return t }
        return nil
    }

    /// Everything printed so far (when output is collected).
    public var stdout: String { state.buffer.stdout }

    /// Serializes the paused run: a compact binary snapshot (magic `GRTR`, format version,
    /// the program's source, the heap reachable from the run, the frame stack and the pause)
    /// that ``init(serialized:output:os:)`` resumes, in this process or another, with exactly the
    /// result an uninterrupted run gives.
    ///
    /// Objects whose state lives in Swift closures (for example `itertools` iterators, `re`
    /// patterns, `collections.deque`) cannot be saved: the error names the type.
    /// - Throws: ``ExecutionError/notSerializable(_:)``, or ``ExecutionError/alreadyResumed``.
    public func serialized() throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        if resumed { throw ExecutionError.alreadyResumed }
        var encoder = SnapshotEncoder(vm: state.vm, units: state.units)
        do {
            return Data(try encoder.encode(pause: pause, buffer: state.buffer, remaining: state.remaining))
        } catch {
            throw ExecutionError.notSerializable(error.message)
        }
    }

    /// Restores a paused run from ``serialized()`` bytes.
    ///
    /// The limits saved with the run apply (the time left, the recursion limit, the output
    /// and host-call budgets). Output printed before the pause is kept in ``stdout``.
    /// The run's virtual OS state (working directory, virtual time slept, seeded entropy
    /// stream) is restored; the provider and policies come from `os`, which should grant what
    /// the original run had. File objects open at the pause reopen their path (without
    /// truncating) at their saved position on first use.
    /// - Parameters:
    ///   - output: where `print` writes from now on (default: collected).
    ///   - os: files, environment, clock, randomness and sleep policies for the rest of the run.
    /// - Throws: ``ExecutionError/invalidSnapshot(_:)`` for bytes that are not a valid
    ///   snapshot of this format version (corrupt, truncated or hostile input never traps).
    public convenience init(serialized data: Data, output: OutputSink? = nil, os: OSConfiguration = OSConfiguration()) throws {
        let (state, pause) = try PausedExecution.restore(data, output: output, limits: nil, os: os)
        self.init(state: state, pause: pause)
    }

    private func claim() throws {
        lock.lock()
        defer { lock.unlock() }
        if resumed { throw ExecutionError.alreadyResumed }
        resumed = true
    }

    /// Answers the paused host call and runs on to the next pause or the end.
    /// - Throws: ``ExecutionError`` for a second resume or a mismatched answer;
    ///   ``PythonException`` when the program ends with an uncaught exception.
    public func resume(_ result: ExternalResult) throws -> Progress {
        let vm = state.vm
        switch pause {
        case .call(let c):
            if case .pending = result {
                throw ExecutionError.invalidAnswer("\(c.function.name)() is synchronous and cannot be pending")
            }
        case .startCoroutine:
            break
        case .wait:
            throw ExecutionError.invalidAnswer("the run waits for results: use resume(results:)")
        case .os:
            throw ExecutionError.invalidAnswer("the run waits for a file operation: use resume(os:)")
        }
        try claim()
        let (value, error) = vm.valueForResume(pause, answer: result.hostAnswer(vm: vm))
        return try state.step { () throws(PythonError) -> Value in try vm.resumePaused(value: value, error: error) }
    }

    /// Answers the paused file operation and runs on to the next pause or the end.
    ///
    /// The answer must be ``OSAnswer/error(_:)`` or the case the operation asks for
    /// (``OSAnswer/status(_:)`` for ``OSOperation/status(path:followSymlinks:)``, ...).
    /// An error becomes the Python exception CPython raises for it (`FileNotFoundError:
    /// [Errno 2] No such file or directory: 'x'` names the path as the program wrote it).
    /// - Throws: ``ExecutionError`` for a second resume or an answer of the wrong kind;
    ///   ``PythonException`` when the program ends with an uncaught exception.
    public func resume(os answer: OSAnswer) throws -> Progress {
        guard case .os(let operation) = pause else {
            throw ExecutionError.invalidAnswer("the run does not wait for a file operation")
        }
        if case .error = answer {} else if answer.caseName != operation.expectedAnswer {
            throw ExecutionError.invalidAnswer("\(OSCall(operation: operation)) needs a .\(operation.expectedAnswer) answer, not .\(answer.caseName)")
        }
        try claim()
        let vm = state.vm
        vm.osState.hostFiles?.answers[operation] = answer
        return try state.step { () throws(PythonError) -> Value in try vm.resumePaused(value: nil, error: nil) }
    }

    /// Resumes a wait (or, without host functions, cannot-happen call) with no results.
    func resumeTimer() throws(PythonException) -> Progress {
        let vm = state.vm
        if case .wait(let ids, let t?) = pause, ids.isEmpty, vm.osState.virtualSleep { vm.osState.advance(seconds: t) }
        let expired = state.chargeSleep()
        return try state.step { () throws(PythonError) -> Value in try vm.resumePaused(value: expired == nil ? .object(PyList([])) : nil, error: expired) }
    }

    /// Answers a wait with the results of some or all of the pending calls (an empty
    /// dictionary when the wait's timeout elapsed).
    public func resume(results: [Int: ExternalResult]) throws -> Progress {
        guard case .wait(let ids, _) = pause else {
            throw ExecutionError.invalidAnswer("the run waits for one call: use resume(_:)")
        }
        for (id, r) in results {
            if !ids.contains(id) { throw ExecutionError.invalidAnswer("call \(id) is not pending") }
            if case .pending = r { throw ExecutionError.invalidAnswer("call \(id) answered with .pending at a wait") }
        }
        try claim()
        let vm = state.vm
        if results.isEmpty, ids.isEmpty, vm.osState.virtualSleep, let t = waitTimeout {
            // Virtual sleep: the timer fired because virtual time moved on, not real time.
            vm.osState.advance(seconds: t)
        }
        var items: [Value] = []
        for id in results.keys.sorted() {
            switch results[id]!.hostAnswer(vm: vm) {
            case .value(let v): items.append(.object(PyTuple([.int(id), .bool(true), v])))
            case .error(let e): items.append(.object(PyTuple([.int(id), .bool(false), .object(e)])))
            case .pending: break
            }
        }
        let expired = state.chargeSleep()
        return try state.step { () throws(PythonError) -> Value in try vm.resumePaused(value: expired == nil ? .object(PyList(items)) : nil, error: expired) }
    }
}

extension Program {
    /// Starts a run that pauses at every host call (the step API).
    ///
    /// ```swift
    /// var progress = try program.start(externals: [ExternalFunction("fetch", parameters: ["url"])])
    /// while case .call(let call, let paused) = progress {
    ///     progress = try paused.resume(.value(.string("body of \(call.argument("url")!)")))
    /// }
    /// ```
    /// - Parameters:
    ///   - inputs: values bound as global variables.
    ///   - externals: host functions bound as globals.
    ///   - limits: resource limits for the whole run (time counts only while Python runs).
    ///   - output: where `print` writes; by default output is collected into the result.
    ///   - cancellation: stops the run when cancelled (see ``CancellationHandle``); it stays
    ///     attached through every resume.
    ///   - nestedCallHandler: answers host calls made from inside builtins (`map(fetch, ids)`,
    ///     a `sorted` key function), where the run cannot pause; without it such calls raise
    ///     `RuntimeError` in Python.
    ///   - os: files, environment, clock, randomness and sleep policies (default: no files,
    ///     empty environment, system clock and entropy, real sleeps capped at 5 s).
    /// - Throws: ``PythonException`` when the program raises before its first pause.
    public func start(inputs: [String: PythonValue] = [:], externals: [ExternalFunction] = [], limits: ResourceLimits = ResourceLimits(), output: OutputSink? = nil, cancellation: CancellationHandle? = nil, nestedCallHandler: (@Sendable (ExternalCall) -> ExternalResult)? = nil, os: OSConfiguration = OSConfiguration()) throws(PythonException) -> Progress {
        let state = makeState(inputs: inputs, externals: externals, limits: limits, output: output, os: os)
        state.vm.cancellation = cancellation
        if let handler = nestedCallHandler {
            state.vm.synchronousHost = { vm, call in handler(ExternalCall(call, vm: vm)).hostAnswer(vm: vm) }
        }
        let code = self.code
        return try state.step { () throws(PythonError) -> Value in try state.runMain(code) }
    }

    /// The state of a new run; `filePauses` false for drivers that answer file operations
    /// with `os.files` themselves (see ``OSRunState``).
    func makeState(inputs: [String: PythonValue], externals: [ExternalFunction], limits: ResourceLimits, output: OutputSink?, os: OSConfiguration, filePauses: Bool = true) -> ExecutionState {
        let buffer = BufferedOutput()
        let vm = VM(output: output ?? buffer, recursionLimit: limits.maxRecursionDepth)
        vm.osConfiguration = os
        vm.osFilePauses = filePauses
        vm.maxOutputBytes = limits.maxOutputBytes ?? -1
        vm.maxHostCalls = limits.maxHostCalls ?? -1
        vm.startMemoryBudget(limits.maxMemory, checksResidentMemory: limits.checksResidentMemory)
        vm.startAllocationBudget(limits.maxAllocations)
        vm.mainGlobals.setString(Names.name, .str(Names.mainModule))
        for e in externals {
            vm.mainGlobals.setString(e.name, .object(PyExternalFunction(name: e.name, parameters: e.parameters, isAsync: e.isAsync)))
        }
        let state = ExecutionState(vm: vm, units: [CodeUnit(source: source, filename: filename, mode: mode, code: code)], buffer: buffer, limits: limits)
        state.inputs = inputs
        return state
    }
}
