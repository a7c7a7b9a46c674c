import Foundation

/// A host function together with its Swift implementation, for the convenience runners
/// ``Program/run(inputs:functions:limits:output:)`` (synchronous functions only) and its
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

    enum Body: Sendable {
        case sync(SyncBody)
        case async(AsyncBody)
    }

    /// How Python sees the function.
    public let declaration: ExternalFunction
    let body: Body

    /// A synchronous host function.
    public init(_ name: String, parameters: [String]? = nil, _ body: @escaping SyncBody) {
        declaration = ExternalFunction(name, parameters: parameters, isAsync: false)
        self.body = .sync(body)
    }

    /// An asynchronous host function (`await name(...)` in Python).
    public init(_ name: String, parameters: [String]? = nil, _ body: @escaping AsyncBody) {
        declaration = ExternalFunction(name, parameters: parameters, isAsync: true)
        self.body = .async(body)
    }
}

extension Program {
    /// Runs the program to completion, answering host calls with Swift closures.
    ///
    /// Host functions called from inside builtins (`map(fetch, ids)`, a `sorted` key) are
    /// answered too, without pausing. `asyncio.sleep` really sleeps (and counts against the
    /// time limit).
    /// - Throws: ``PythonException`` for an uncaught Python exception;
    ///   ``ExecutionError/asyncFunctionInSyncRun(_:)`` when a function is asynchronous.
    public func run(inputs: [String: PythonValue] = [:], functions: [HostFunction], limits: ResourceLimits = ResourceLimits(), output: OutputSink? = nil) throws -> RunResult {
        var table: [String: HostFunction.SyncBody] = [:]
        for f in functions {
            guard case .sync(let body) = f.body else { throw ExecutionError.asyncFunctionInSyncRun(f.declaration.name) }
            table[f.declaration.name] = body
        }
        let state = makeState(inputs: inputs, externals: functions.map(\.declaration), limits: limits, output: output)
        state.vm.synchronousHost = { vm, call in
            let external = ExternalCall(call, vm: vm)
            guard let body = table[external.name] else { return .error(vm.makeException(Builtins.shared.runtimeError, "no host function \(external.name)")) }
            return ExternalResult.from { try body(external) }.hostAnswer(vm: vm)
        }
        let vm = state.vm
        let code = self.code
        var progress = try state.step { () throws(PythonError) -> Value in try vm.runModule(code) }
        while true {
            switch progress {
            case .complete(let result):
                return result
            case .call(let call, let paused):
                guard let body = table[call.name] else {
                    progress = try paused.resume(.error(type: "RuntimeError", message: "no host function \(call.name)"))
                    continue
                }
                progress = try paused.resume(ExternalResult.from { try body(call) })
            case .waiting(_, let paused):
                // Only timers can be pending here (synchronous calls never are): sleep.
                Self.sleep(seconds: paused.waitTimeout ?? 0)
                progress = try paused.resume(results: [:])
            }
        }
    }

    /// Runs the program to completion, answering host calls with Swift closures; calls of
    /// asynchronous functions gathered by `asyncio.gather` run concurrently in a task group.
    ///
    /// Cancelling the calling task cancels the host calls in flight and ends the run with
    /// `CancellationError` at the next pause.
    /// - Throws: ``PythonException`` for an uncaught Python exception, `CancellationError`.
    public func run(inputs: [String: PythonValue] = [:], functions: [HostFunction], limits: ResourceLimits = ResourceLimits(), output: OutputSink? = nil) async throws -> RunResult {
        var table: [String: HostFunction.Body] = [:]
        for f in functions { table[f.declaration.name] = f.body }
        let state = makeState(inputs: inputs, externals: functions.map(\.declaration), limits: limits, output: output)
        state.installSynchronousHost(functions)
        let vm = state.vm
        let code = self.code
        let first = try state.step { () throws(PythonError) -> Value in try vm.runModule(code) }
        return try await Program.drive(first, functions: table)
    }

    /// Answers pauses with the given functions until the run completes (async runner core).
    static func drive(_ first: Progress, functions table: [String: HostFunction.Body]) async throws -> RunResult {
        try await withThrowingTaskGroup(of: (Int, ExternalResult).self) { group in
            var progress = first
            var timerSeq = 0
            while true {
                switch progress {
                case .complete(let result):
                    group.cancelAll()
                    return result
                case .call(let call, let paused):
                    try Task.checkCancellation()
                    switch table[call.name] {
                    case .sync(let body)?:
                        progress = try paused.resume(ExternalResult.from { try body(call) })
                    case .async(let body)?:
                        group.addTask {
                            do {
                                return (call.id, .value(try await body(call)))
                            } catch let e as ExternalError {
                                return (call.id, .error(type: e.type, message: e.message))
                            } catch is CancellationError {
                                return (call.id, .error(type: "CancelledError", message: ""))
                            } catch {
                                return (call.id, .error(type: "RuntimeError", message: String(describing: error)))
                            }
                        }
                        progress = try paused.resume(.pending)
                    case nil:
                        progress = try paused.resume(.error(type: "RuntimeError", message: "no host function \(call.name)"))
                    }
                case .waiting(let ids, let paused):
                    try Task.checkCancellation()
                    if ids.isEmpty {
                        let seconds = min(max(paused.waitTimeout ?? 0, 0), SystemHost.maxSleepSeconds)
                        try await Task.sleep(nanoseconds: UInt64(seconds * 1e9))
                        progress = try paused.resume(results: [:])
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
                    progress = try paused.resume(results: results)
                }
            }
        }
    }

    static func sleep(seconds: Double) {
        let s = min(max(seconds, 0), SystemHost.maxSleepSeconds)
        if s > 0 { Thread.sleep(forTimeInterval: s) }
    }
}

extension ExecutionState {
    /// Lets host functions called from inside builtins (`map(fetch, ids)`) be answered
    /// without pausing, by the synchronous implementations among `functions`.
    func installSynchronousHost(_ functions: [HostFunction]) {
        var syncTable: [String: HostFunction.SyncBody] = [:]
        for f in functions { if case .sync(let b) = f.body { syncTable[f.declaration.name] = b } }
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
        }
    }

    /// Continues the run to completion (for example after restoring it from a snapshot),
    /// answering this pause and every later one with `functions`, like the async
    /// `Program.run(inputs:functions:limits:output:)`.
    ///
    /// Calls of asynchronous functions that were pending when the run was saved cannot be
    /// answered (the host's tasks did not survive); they fail with `RuntimeError`.
    public func run(functions: [HostFunction]) async throws -> RunResult {
        state.installSynchronousHost(functions)
        var table: [String: HostFunction.Body] = [:]
        for f in functions { table[f.declaration.name] = f.body }
        return try await Program.drive(progress, functions: table)
    }
}
