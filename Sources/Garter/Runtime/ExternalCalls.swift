/// Calls from Python into the host: external functions, the pauses they cause, and the
/// coroutine objects that asynchronous host functions return.
///
/// A call to a host function made directly by the dispatch loop (not from inside a Swift
/// builtin such as `sorted(key=...)`) pauses the run: `execute` returns with `vm.pause` set,
/// leaving every frame on the frame stack, and the host later resumes it with a result. A
/// call made from inside a builtin cannot pause (Swift frames would have to be saved); it is
/// answered by the host's synchronous fallback when one exists, else it raises RuntimeError.

/// A host function visible to Python (`fetch(url)`), or one of the pausing primitives the
/// `asyncio` event loop uses to start host coroutines and wait for their results.
final class PyExternalFunction: PyObject, @unchecked Sendable {
    enum Role: UInt8 {
        /// A host function: calling it pauses (sync) or returns a host coroutine (async).
        case host
        /// `_garter_async.start(coro)`: issues the call of a host coroutine.
        case startCoroutine
        /// `_garter_async.wait(ids, timeout)`: waits for pending host coroutines.
        case wait
        /// A `_gos` file primitive of a run whose file operations the host answers: it runs
        /// `native`, which may pause for the host (see ``HostAnsweredFiles``).
        case os
    }

    let name: String
    /// Declared parameter names: positional arguments are passed to the host as keywords.
    let parameters: [String]?
    let isAsync: Bool
    let role: Role
    /// The primitive's body, for the `os` role.
    let native: BuiltinBody?

    init(name: String, parameters: [String]?, isAsync: Bool, role: Role = .host, native: BuiltinBody? = nil) {
        self.name = name
        self.parameters = parameters
        self.isAsync = isAsync
        self.role = role
        self.native = native
        super.init(kind: .external)
    }
}

/// What calling an asynchronous host function returns: an awaitable that, when awaited,
/// hands itself to the event loop (the loop issues the host call and sends the result back).
final class PyExternalCoroutine: PyNativeObject, @unchecked Sendable {
    /// created → (first send: yields itself to the loop) yielded → (call issued) awaiting →
    /// (result sent) finished.
    enum State: UInt8 { case created, yielded, awaiting, finished }

    let function: PyExternalFunction
    let args: [Value]
    let keywords: [(String, Value)]
    @exclusivity(unchecked) var state: State = .created

    static let type: PyType = {
        let t = PyType(name: "coroutine", bases: [Builtins.shared.object], isBuiltin: true, module: "builtins")
        AsyncioModule.installCoroutineMethods(t)
        return t
    }()

    init(function: PyExternalFunction, args: [Value], keywords: [(String, Value)]) {
        self.function = function
        self.args = args
        self.keywords = keywords
        super.init(type: PyExternalCoroutine.type)
    }

    deinit {
        var values = args + keywords.map { $0.1 }
        Trashcan.release(&values)
    }
}

/// A host call as the VM records it (converted to the public ``ExternalCall`` at the boundary).
struct PendingExternalCall {
    let id: Int
    let function: PyExternalFunction
    let args: [Value]
    let keywords: [(String, Value)]
}

/// Why the run is paused.
enum VMPause {
    /// A synchronous host call: the result becomes the call expression's value (an error is
    /// raised at the call).
    case call(PendingExternalCall)
    /// The event loop started a host coroutine: the result is reported to the loop as
    /// `(0, value)`, `(1, exception)` or `(2, id)` when the host will settle it later.
    case startCoroutine(PendingExternalCall)
    /// The event loop waits for pending host coroutines (with an optional timeout in seconds).
    case wait(ids: [Int], timeout: Double?)
    /// A file primitive waits for the host to answer `operation`; the call instruction runs
    /// again on resume (see ``HostAnsweredFiles``).
    case os(OSOperation)

    /// A timeout hosts can turn into a sleep: finite, between 0 and a day (NaN becomes 0).
    static func sanitizedTimeout(_ t: Double) -> Double {
        t >= 0 ? min(t, 86_400) : 0
    }
}

/// A host's answer to one call.
enum HostAnswer {
    case value(Value)
    case error(PyInstance)
    /// The call continues in the background (only for host coroutines).
    case pending
}

/// How an external call made from the dispatch loop ends.
enum ExternalCallOutcome {
    case value(Value)
    /// Paused; the host's answer becomes the call's result.
    case pause
    /// Paused before the call: its operands stay on the stack and the instruction runs
    /// again on resume.
    case pauseBefore
}

extension VM {
    /// The builtin `send` and `throw` methods of generators and coroutines, which the
    /// dispatch loop runs inline.
    static let generatorSend: PyObject = Builtins.shared.generator.dict.getString("send")!.asObject!
    static let generatorThrow: PyObject = Builtins.shared.generator.dict.getString("throw")!.asObject!
    /// The builtin `next`, whose one-argument call on a generator the dispatch loop also runs inline.
    static let builtinNext: PyObject = Builtins.shared.dict.getString("next")!.asObject!

    /// A call of `fn` made directly by the dispatch loop. With `replayable`, the instruction
    /// can run again after a pause (its operands are still on the stack).
    func callExternal(_ fn: PyExternalFunction, _ args: Arguments, replayable: Bool = false) throws(PythonError) -> ExternalCallOutcome {
        switch fn.role {
        case .os:
            return try callFilePrimitive(fn, args, replayable: replayable)
        case .host:
            let (positional, keywords) = try bindExternalArguments(fn, args)
            if fn.isAsync {
                return .value(.object(PyExternalCoroutine(function: fn, args: positional, keywords: keywords)))
            }
            let call = try newExternalCall(fn, positional, keywords)
            if nativeDepth == 1 && pausingEnabled {
                pause = .call(call)
                return .pause
            }
            let (v, e) = valueForResume(.call(call), answer: try answerWithoutPausing(call))
            if let e { throw PythonError(e) }
            return .value(v ?? .none)
        case .startCoroutine:
            guard args.count == 1, case .object(let o) = args[0], let coro = o as? PyExternalCoroutine else {
                throw makeError(Builtins.shared.typeError, "start() expects a host coroutine")
            }
            guard coro.state == .created || coro.state == .yielded else {
                throw makeError(Builtins.shared.runtimeError, "cannot reuse already awaited coroutine")
            }
            coro.state = .awaiting
            let call = try newExternalCall(coro.function, coro.args, coro.keywords)
            if nativeDepth == 1 && pausingEnabled {
                pause = .startCoroutine(call)
                return .pause
            }
            let (v, _) = valueForResume(.startCoroutine(call), answer: try answerWithoutPausing(call))
            return .value(v ?? .none)
        case .wait:
            guard args.count == 2 else {
                throw makeError(Builtins.shared.typeError, "wait() takes 2 arguments")
            }
            let ids = try iterateToArray(args[0]).map { v -> Int in if case .int(let i) = v { return i }; return -1 }
            var timeout: Double? = nil
            switch args[1] {
            case .int(let i): timeout = VMPause.sanitizedTimeout(Double(i))
            case .float(let d): timeout = VMPause.sanitizedTimeout(d)
            default: break
            }
            guard nativeDepth == 1 && pausingEnabled else {
                if ids.isEmpty {
                    // Only timers pending: sleep here (capped, and never past the deadline).
                    try SystemHost.sleep(self, seconds: max(0, timeout ?? 0))
                    return .value(.object(PyList([])))
                }
                throw makeError(Builtins.shared.runtimeError, "the event loop cannot wait for host calls here (asyncio.run() called from inside a builtin)")
            }
            pause = .wait(ids: ids, timeout: timeout)
            return .pause
        }
    }

    /// A host function called from inside a Swift builtin (`map(fetch, ids)`): the run cannot
    /// pause here, so the host's synchronous fallback answers, or the call fails clearly.
    func callExternalFromNative(_ fn: PyExternalFunction, _ args: Arguments) throws(PythonError) -> Value {
        if fn.role == .os, case .value(let v) = try callFilePrimitive(fn, args, replayable: false) { return v }
        guard fn.role == .host else {
            throw makeError(Builtins.shared.runtimeError, "\(fn.name)() must be called directly by the event loop")
        }
        let (positional, keywords) = try bindExternalArguments(fn, args)
        if fn.isAsync {
            return .object(PyExternalCoroutine(function: fn, args: positional, keywords: keywords))
        }
        let call = try newExternalCall(fn, positional, keywords)
        let (v, e) = valueForResume(.call(call), answer: try answerWithoutPausing(call))
        if let e { throw PythonError(e) }
        return v ?? .none
    }

    /// Runs a file primitive of a host-answered file system. Called by the dispatch loop at
    /// the outermost level, it is its own replay unit and pauses before the call when it
    /// needs an answer; inside a unit started one level up (see `runFileUnit`), it unwinds
    /// that unit with the pause signal instead.
    private func callFilePrimitive(_ fn: PyExternalFunction, _ args: Arguments, replayable: Bool) throws(PythonError) -> ExternalCallOutcome {
        guard let body = fn.native, let files = osState.hostFiles else {
            throw makeError(Builtins.shared.runtimeError, "\(fn.name)() is not available in this run")
        }
        let owner = replayable && pausingEnabled && nativeDepth == 1
        let canPause = owner || (replayable && pausingEnabled && nativeDepth == files.trustedDepth && unitRunsLibraryCodeOnly(files.unitBase))
        let outer = files.canPause
        files.canPause = canPause
        defer { files.canPause = outer }
        do {
            let v = try body(self, args)
            if owner { files.finishCall() }
            return .value(v)
        } catch {
            if owner, osState.isPauseSignal(error), let op = files.pending {
                files.pending = nil
                pause = .os(op)
                return .pauseBefore
            }
            if owner { files.finishCall() }
            throw error
        }
    }

    /// Runs `body`, a replayable library unit the dispatch loop starts at the outermost level
    /// (builtin `open()` running `io.open`, `FOR_ITER` running a file object's `__next__`),
    /// letting the file primitives of the Python code it runs pause: the unit unwinds with
    /// the pause signal, `pending` set, and the caller pauses before its instruction (see
    /// `pauseBeforeInstruction`). Anywhere else it just runs `body`.
    func runFileUnit<T>(_ body: () throws(PythonError) -> T) throws(PythonError) -> T {
        guard let files = osState.hostFiles, nativeDepth == 1, pausingEnabled else { return try body() }
        let (outer, outerBase) = (files.trustedDepth, files.unitBase)
        files.trustedDepth = nativeDepth + 1
        files.unitBase = frameCount
        defer { (files.trustedDepth, files.unitBase) = (outer, outerBase) }
        do {
            let v = try body()
            files.finishCall()
            return v
        } catch {
            if !osState.isPauseSignal(error) { files.finishCall() }
            throw error
        }
    }

    /// Whether every frame from `base` up runs the `io` module's code.
    private func unitRunsLibraryCodeOnly(_ base: Int) -> Bool {
        guard let io = modules["io"], base >= 0 else { return false }
        let ioGlobals = Unmanaged.passUnretained(io.dict).toOpaque()
        var i = base
        while i < frameCount {
            if frames[i].globalsRef.toOpaque() != ioGlobals { return false }
            i += 1
        }
        return true
    }

    /// When `error` is a file unit's pause signal: records the pause and returns true (the
    /// dispatch loop then exits with the instruction's operands on the stack, to run it again
    /// on resume).
    func pauseBeforeInstruction(_ error: PythonError) -> Bool {
        guard osState.isPauseSignal(error), let files = osState.hostFiles, let op = files.pending else { return false }
        files.pending = nil
        files.signal.exception?.traceback.removeAll()
        pause = .os(op)
        return true
    }

    private func answerWithoutPausing(_ call: PendingExternalCall) throws(PythonError) -> HostAnswer {
        guard let handler = synchronousHost else {
            throw makeError(Builtins.shared.runtimeError, "host function \(call.function.name)() was called from inside a builtin (such as map() or a sort key), where the run cannot pause; call it from a loop or comprehension instead")
        }
        let answer = handler(self, call)
        if case .pending = answer {
            throw makeError(Builtins.shared.runtimeError, "host function \(call.function.name)() cannot complete later here")
        }
        return answer
    }

    private func newExternalCall(_ fn: PyExternalFunction, _ args: [Value], _ keywords: [(String, Value)]) throws(PythonError) -> PendingExternalCall {
        if maxHostCalls >= 0 && hostCallCount >= maxHostCalls {
            throw makeError(Builtins.shared.runtimeError, "host call limit exceeded (\(maxHostCalls) calls)")
        }
        hostCallCount += 1
        let id = nextExternalCallID
        nextExternalCallID += 1
        return PendingExternalCall(id: id, function: fn, args: args, keywords: keywords)
    }

    /// Splits arguments into positional and keyword values; with declared parameter names,
    /// positional arguments become keywords (checked like a Python signature).
    func bindExternalArguments(_ fn: PyExternalFunction, _ args: Arguments) throws(PythonError) -> ([Value], [(String, Value)]) {
        let positionalCount = args.positionalCount
        var keywords: [(String, Value)] = []
        guard let params = fn.parameters else {
            let positional = (0..<positionalCount).map { args[$0] }
            for (i, n) in args.keywordNames.enumerated() {
                keywords.append((n.value, args[positionalCount + i]))
            }
            return (positional, keywords)
        }
        if positionalCount > params.count {
            let takes = params.count == 1 ? "1 positional argument" : "\(params.count) positional arguments"
            throw makeError(Builtins.shared.typeError, "\(fn.name)() takes \(takes) but \(positionalCount) \(positionalCount == 1 ? "was" : "were") given")
        }
        for i in 0..<positionalCount { keywords.append((params[i], args[i])) }
        for (i, n) in args.keywordNames.enumerated() {
            if let at = params.firstIndex(of: n.value), at < positionalCount {
                throw makeError(Builtins.shared.typeError, "\(fn.name)() got multiple values for argument '\(n.value)'")
            }
            if keywords.contains(where: { $0.0 == n.value }) {
                throw makeError(Builtins.shared.typeError, "\(fn.name)() got multiple values for keyword argument '\(n.value)'")
            }
            keywords.append((n.value, args[positionalCount + i]))
        }
        return ([], keywords)
    }

    /// The value a paused call site receives when the host answers.
    func valueForResume(_ pause: VMPause, answer: HostAnswer) -> (value: Value?, error: PyInstance?) {
        switch pause {
        case .call:
            switch answer {
            case .value(let v): return (v, nil)
            case .error(let e): return (nil, e)
            case .pending:
                return (nil, makeException(Builtins.shared.runtimeError, "a synchronous host function cannot complete later"))
            }
        case .startCoroutine(let call):
            switch answer {
            case .value(let v): return (.object(PyTuple([.int(0), v])), nil)
            case .error(let e): return (.object(PyTuple([.int(1), .object(e)])), nil)
            case .pending: return (.object(PyTuple([.int(2), .int(call.id)])), nil)
            }
        case .wait, .os:
            return (nil, nil)
        }
    }

    /// Continues a paused run: the top frame receives `value` (pushed as the result of the
    /// paused call) or has `error` raised at the call.
    func resumePaused(value: Value?, error: PyInstance?) throws(PythonError) -> Value {
        let f = frames + (frameCount - 1)
        if let value {
            f.pointee.sp.initialize(to: value)
            f.pointee.sp += 1
        }
        return try execute(f, pendingException: error)
    }
}
