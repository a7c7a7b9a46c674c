import Dispatch

/// A host function together with its Swift implementation, for the convenience runners
/// ``Program/run(inputs:functions:limits:output:os:)`` (synchronous functions only) and its
/// `async` twin (both kinds).
///
/// ```swift
/// let add = HostFunction("add", parameters: ["a", "b"]) { call in
///     guard case .int(let a)? = call.argument("a"), case .int(let b)? = call.argument("b") else {
///         throw ExternalError("TypeError", "add() expects integers")
///     }
///     return .int(a + b)
/// }
/// let fetch = HostFunction("fetch", parameters: ["url"]) { call async throws in
///     .string(try await download(call.argument("url")!))
/// }
/// ```
public struct HostFunction: Sendable {
    /// Synchronous implementation: called on the thread running Python.
    public typealias SyncBody = @Sendable (ExternalCall) throws -> PythonValue
    /// Asynchronous implementation: Python sees an `async def`; gathered calls run concurrently.
    public typealias AsyncBody = @Sendable (ExternalCall) async throws -> PythonValue

    /// The implementation, for hosts that drive the step API themselves.
    public enum Kind: Sendable {
        case sync(SyncBody)
        case async(AsyncBody)
    }

    /// How Python sees the function.
    public let declaration: ExternalFunction
    /// The implementation.
    public let kind: Kind

    /// Runs the implementation for `call`; a thrown ``ExternalError`` becomes that Python
    /// exception, any other error `RuntimeError`.
    public func answer(_ call: ExternalCall) async -> ExternalResult {
        switch kind {
        case .sync(let body):
            return ExternalResult.from { try body(call) }
        case .async(let body):
            do {
                return .value(try await body(call))
            } catch let e as ExternalError {
                return .error(type: e.type, message: e.message)
            } catch is CancellationError {
                return .error(type: "CancelledError", message: "")
            } catch {
                return .error(type: "RuntimeError", message: String(describing: error))
            }
        }
    }

    /// A synchronous host function.
    public init(_ name: String, parameters: [String]? = nil, _ body: @escaping SyncBody) {
        declaration = ExternalFunction(name, parameters: parameters, isAsync: false)
        kind = .sync(body)
    }

    /// An asynchronous host function (`await name(...)` in Python).
    public init(_ name: String, parameters: [String]? = nil, _ body: @escaping AsyncBody) {
        declaration = ExternalFunction(name, parameters: parameters, isAsync: true)
        kind = .async(body)
    }
}

extension Program {
    /// Runs the program to completion, answering host calls with Swift closures.
    ///
    /// Host functions called from inside builtins (`map(fetch, ids)`, a `sorted` key) are
    /// answered too, without pausing. Asynchronous functions run as tasks on a thread of
    /// their own while this thread waits (gathered calls still run concurrently); from async code prefer the
    /// `async` overload, which does not block a thread. `asyncio.sleep` really sleeps (and
    /// counts against the time limit).
    /// A cancelled `cancellation` handle stops the run with an uncatchable
    /// `KeyboardInterrupt`.
    /// - Throws: ``PythonException`` for an uncaught Python exception.
    public func run(inputs: [String: PythonValue] = [:], functions: [HostFunction], limits: ResourceLimits = ResourceLimits(), output: OutputSink? = nil, cancellation: CancellationHandle? = nil, os: OSConfiguration = OSConfiguration()) throws -> RunResult {
        var table: [String: HostFunction] = [:]
        for f in functions { table[f.declaration.name] = f }
        let state = makeState(inputs: inputs, externals: functions.map(\.declaration), limits: limits, output: output, os: os, filePauses: false)
        state.vm.cancellation = cancellation
        state.installSynchronousHost(functions)
        let code = self.code
        let first = try state.step { () throws(PythonError) -> Value in try state.runMain(code) }
        return try Program.driveSync(first, functions: table)
    }

    /// Answers pauses with the given functions until the run completes, blocking this
    /// thread (sync runner core): asynchronous functions run as tasks on a thread of their
    /// own, so the wait never depends on a free cooperative thread.
    static func driveSync(_ first: Progress, functions table: [String: HostFunction]) throws -> RunResult {
        var progress = first
        // Asynchronous functions run on a thread of their own; this thread waits for their results.
        let inbox = AsyncResults()
        let starter = AsyncCallStarter()
        defer { starter.finish() }
        while true {
            switch progress {
            case .complete(let result):
                return result
            case .call(let call, let paused):
                guard let function = table[call.name] else {
                    progress = try paused.resume(.error(type: "RuntimeError", message: "no host function \(call.name)"))
                    continue
                }
                switch function.kind {
                case .sync(let body):
                    progress = try paused.resume(ExternalResult.from { try body(call) })
                case .async:
                    inbox.started()
                    starter.start { inbox.put(call.id, await function.answer(call)) }
                    progress = try paused.resume(.pending)
                }
            case .os(let call, let paused):
                progress = try paused.resumeWithConfiguredFiles(call)
            case .waiting(let ids, let paused):
                if ids.isEmpty {
                    paused.state.sleepForTimer(paused.waitTimeout ?? 0)
                    progress = try paused.resume(results: [:])
                } else {
                    let timeout = paused.waitTimeout.map { min(max($0, 0), SystemHost.maxSleepSeconds) }
                    var results = inbox.take(ids, timeout: timeout)
                    if results == nil {
                        // Nothing in flight can answer (calls started before a snapshot).
                        results = Dictionary(uniqueKeysWithValues: ids.map { ($0, ExternalResult.error(type: "RuntimeError", message: "host call \($0) cannot complete")) })
                    }
                    progress = try paused.resume(results: results ?? [:])
                }
            }
        }
    }

    /// Runs the program to completion, answering host calls with Swift closures; calls of
    /// asynchronous functions gathered by `asyncio.gather` run concurrently in a task group.
    ///
    /// Cancelling the calling task stops the interpreter within milliseconds (even in a
    /// loop that never calls the host), cancels the host calls in flight and throws
    /// `CancellationError`.
    /// - Throws: ``PythonException`` for an uncaught Python exception, `CancellationError`.
    public func run(inputs: [String: PythonValue] = [:], functions: [HostFunction], limits: ResourceLimits = ResourceLimits(), output: OutputSink? = nil, os: OSConfiguration = OSConfiguration()) async throws -> RunResult {
        var table: [String: HostFunction] = [:]
        for f in functions { table[f.declaration.name] = f }
        let state = makeState(inputs: inputs, externals: functions.map(\.declaration), limits: limits, output: output, os: os, filePauses: false)
        state.installSynchronousHost(functions)
        let code = self.code
        return try await Program.cancellable(state.vm) {
            try await Program.drive({ try state.step { () throws(PythonError) -> Value in try state.runMain(code) } }, functions: table)
        }
    }

    /// Runs `body` so that cancelling the current task cancels the run: the interpreter
    /// stops within milliseconds and this throws `CancellationError`.
    static func cancellable(_ vm: VM, _ body: () async throws -> RunResult) async throws -> RunResult {
        let handle = vm.cancellation ?? CancellationHandle()
        vm.cancellation = handle
        do {
            return try await withTaskCancellationHandler(operation: body, onCancel: { handle.cancel() })
        } catch let e as PythonException where e.typeName == "KeyboardInterrupt" && Task.isCancelled {
            throw CancellationError()
        }
    }

    /// Runs interpreter work on a Dispatch worker thread and awaits it, so a long CPU-bound
    /// stretch of Python never occupies a thread of Swift's cooperative pool (which has one
    /// thread per core: a few busy runs would stall every other task of the host).
    static func offload(_ work: @escaping @Sendable () throws -> Progress) async throws -> Progress {
        // The result travels through a lock rather than the continuation: resuming does order
        // the two threads, but ThreadSanitizer cannot see that ordering (the concurrency
        // runtime is not instrumented) and reported every paused run as a data race.
        let box = OffloadResult()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            DispatchQueue.global().async {
                box.set(Result { try work() })
                continuation.resume()
            }
        }
        return try box.get()
    }

    /// A result handed from a worker thread to the awaiting task.
    final class OffloadResult: @unchecked Sendable {
        private let lock = Lock()
        private var result: Result<Progress, any Error>?

        func set(_ r: Result<Progress, any Error>) {
            lock.lock()
            result = r
            lock.unlock()
        }

        func get() throws -> Progress {
            lock.lock()
            defer { lock.unlock() }
            return try result!.get()
        }
    }

    /// Answers synchronous host calls in place, returning at the first pause that needs
    /// the async world (an asynchronous call, a wait) or at the end.
    static func advance(_ start: Progress, _ table: [String: HostFunction]) throws -> Progress {
        var progress = start
        while true {
            switch progress {
            case .call(let call, let paused):
                guard let function = table[call.name] else {
                    progress = try paused.resume(.error(type: "RuntimeError", message: "no host function \(call.name)"))
                    continue
                }
                guard case .sync(let body) = function.kind else { return progress }
                progress = try paused.resume(ExternalResult.from { try body(call) })
            case .os(let call, let paused):
                progress = try paused.resumeWithConfiguredFiles(call)
            case .waiting, .complete:
                return progress
            }
        }
    }

    /// Answers pauses with the given functions until the run completes (async runner core).
    /// The interpreter runs on worker threads between pauses; asynchronous host calls run
    /// as child tasks, concurrently.
    static func drive(_ start: @escaping @Sendable () throws -> Progress, functions table: [String: HostFunction]) async throws -> RunResult {
        try await withThrowingTaskGroup(of: (Int, ExternalResult).self) { group in
            var progress = try await offload { try advance(try start(), table) }
            var timerSeq = 0
            while true {
                switch progress {
                case .complete(let result):
                    group.cancelAll()
                    return result
                case .call(let call, let paused):
                    // An asynchronous function (advance answered the others).
                    try Task.checkCancellation()
                    if let function = table[call.name] {
                        group.addTask { (call.id, await function.answer(call)) }
                    }
                    progress = try await offload { try advance(try paused.resume(.pending), table) }
                case .os(let call, let paused):
                    // (`advance` answers these; kept for completeness.)
                    progress = try await offload { try advance(try paused.resumeWithConfiguredFiles(call), table) }
                case .waiting(let ids, let paused):
                    try Task.checkCancellation()
                    if ids.isEmpty {
                        let seconds = paused.state.vm.osState.realTimerWait(paused.waitTimeout ?? 0)
                        if seconds > 0 { try await Task.sleep(nanoseconds: UInt64(seconds * 1e9)) }
                        progress = try await offload { try advance(try paused.resume(results: [:]), table) }
                        continue
                    }
                    var timerID: Int? = nil
                    if let t = paused.waitTimeout {
                        timerSeq += 1
                        let id = -timerSeq
                        timerID = id
                        let seconds = min(max(t, 0), SystemHost.maxSleepSeconds)
                        group.addTask {
                            try? await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
                            return (id, .pending)
                        }
                    }
                    var results: [Int: ExternalResult] = [:]
                    while results.isEmpty {
                        guard let (id, result) = try await group.next() else {
                            // Nothing in flight can answer (calls started before a snapshot).
                            for id in ids { results[id] = .error(type: "RuntimeError", message: "host call \(id) was in flight when the run was saved and cannot complete") }
                            break
                        }
                        if id >= 0 {
                            if ids.contains(id) { results[id] = result }
                        } else if id == timerID {
                            break
                        }
                    }
                    let answered = results
                    progress = try await offload { try advance(try paused.resume(results: answered), table) }
                }
            }
        }
    }

    /// Starts the asynchronous host calls of a synchronous run on a thread of their own
    /// (``HostCallThread``, created at the first call) where the platform has task
    /// executors, as detached tasks elsewhere.
    final class AsyncCallStarter {
        private var thread: AnyObject?

        func start(_ body: @escaping @Sendable () async -> Void) {
            if #available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *) {
                let t = thread as? HostCallThread ?? HostCallThread()
                thread = t
                t.start(body)
            } else {
                Task.detached { await body() }
            }
        }

        func finish() {
            if #available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *) {
                (thread as? HostCallThread)?.finish()
            }
        }
    }

    /// Results of asynchronous host calls for the synchronous runner.
    final class AsyncResults: @unchecked Sendable {
        private let condition = Condition()
        private var results: [Int: ExternalResult] = [:]
        private var inFlight = 0

        func put(_ id: Int, _ result: ExternalResult) {
            condition.lock()
            results[id] = result
            inFlight -= 1
            condition.broadcast()
            condition.unlock()
        }

        func started() {
            condition.lock()
            inFlight += 1
            condition.unlock()
        }

        /// Waits until at least one of `ids` finished (or the timeout passed); nil when none
        /// of them can ever finish.
        func take(_ ids: [Int], timeout: Double?) -> [Int: ExternalResult]? {
            condition.lock()
            defer { condition.unlock() }
            let deadline = timeout.map { Condition.deadline(after: $0) }
            while true {
                var out: [Int: ExternalResult] = [:]
                for id in ids { if let r = results.removeValue(forKey: id) { out[id] = r } }
                if !out.isEmpty { return out }
                if inFlight <= 0 { return nil }
                if let d = deadline {
                    if !condition.wait(until: d) { return [:] }
                } else {
                    condition.wait()
                }
            }
        }
    }


    static func sleep(seconds: Double) {
        let s = min(max(seconds, 0), SystemHost.maxSleepSeconds)
        if s > 0 { Threads.sleep(seconds: s) }
    }
}

extension ExecutionState {
    /// Waits for an asyncio timer: really (capped by the sleep policy), or not at all under
    /// virtual sleep (``PausedExecution/resume(results:)`` then advances the clocks).
    func sleepForTimer(_ seconds: Double) {
        let s = vm.osState.realTimerWait(seconds)
        if s > 0 { Threads.sleep(seconds: s) }
    }
}

extension ExecutionState {
    /// Lets host functions called from inside builtins (`map(fetch, ids)`) be answered
    /// without pausing, by the synchronous implementations among `functions`.
    func installSynchronousHost(_ functions: [HostFunction]) {
        var syncTable: [String: HostFunction.SyncBody] = [:]
        for f in functions { if case .sync(let b) = f.kind { syncTable[f.declaration.name] = b } }
        vm.synchronousHost = { [syncTable] vm, call in
            let external = ExternalCall(call, vm: vm)
            guard let body = syncTable[external.name] else {
                return .error(vm.makeException(Builtins.shared.runtimeError, "host function \(external.name)() is async and cannot be called from inside a builtin"))
            }
            return ExternalResult.from { try body(external) }.hostAnswer(vm: vm)
        }
    }
}

extension PausedExecution {
    /// The pause as a ``Progress`` value.
    public var progress: Progress {
        switch pause {
        case .call(let c), .startCoroutine(let c): return .call(ExternalCall(c, vm: state.vm), self)
        case .wait(let ids, _): return .waiting(ids, self)
        case .os(let operation): return .os(OSCall(operation: operation), self)
        }
    }

    /// Answers a file operation with the configuration's ``OSConfiguration/files``: how the
    /// runners finish a run restored at a file pause (runs they start never pause there).
    func resumeWithConfiguredFiles(_ call: OSCall) throws -> Progress {
        guard let files = state.vm.osState.config.files else { return try resume(os: .error(.noFileSystem)) }
        return try resume(os: call.operation.perform(using: files))
    }

    /// Continues the run to completion (for example after restoring it from a snapshot),
    /// answering this pause and every later one with `functions`, like the async
    /// `Program.run(inputs:functions:limits:output:os:)`.
    ///
    /// Calls of asynchronous functions that were pending when the run was saved cannot be
    /// answered (the host's tasks did not survive); they fail with `RuntimeError`.
    public func run(functions: [HostFunction]) async throws -> RunResult {
        state.installSynchronousHost(functions)
        var table: [String: HostFunction] = [:]
        for f in functions { table[f.declaration.name] = f }
        return try await Program.cancellable(state.vm) { try await Program.drive({ self.progress }, functions: table) }
    }
}
