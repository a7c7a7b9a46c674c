/// Asynchronous generators (`async def` with `yield`).
///
/// The body is compiled as a plain generator whose `yield v` produces a
/// ``PyAsyncGenWrapped`` (opcode `asyncGenWrap`), while its `await`s pass the event loop's
/// values through unwrapped. `__anext__()`, `asend()`, `athrow()` and `aclose()` return a
/// ``PyAsyncGenAwaitable``. Awaiting it from Python runs the body inline (SEND with resume
/// mode 5), so a host call inside an async generator pauses like anywhere else: a wrapped
/// yield completes the awaitable with its value, an unwrapped one goes up to the event loop,
/// and the end of the body raises `StopAsyncIteration`.
final class PyAsyncGenerator: PyNativeObject, @unchecked Sendable {
    let gen: PyGenerator

    static let type: PyType = {
        let t = PyType(name: "async_generator", bases: [Builtins.shared.object], isBuiltin: true, module: "builtins")
        t.mro = [t, Builtins.shared.object]
        AsyncGeneratorMethods.install(on: t)
        return t
    }()

    init(gen: PyGenerator) {
        self.gen = gen
        super.init(type: PyAsyncGenerator.type)
    }
}

/// The awaitable of one `__anext__()`/`asend()`/`athrow()`/`aclose()` call.
final class PyAsyncGenAwaitable: PyNativeObject, @unchecked Sendable {
    enum Action {
        case send(Value)
        case throwing(PyInstance)
        case close
    }

    enum State: UInt8 { case initial, running, done }

    let agen: PyAsyncGenerator
    let action: Action
    @exclusivity(unchecked) var state: State = .initial

    static let asendType: PyType = makeType("async_generator_asend")
    static let athrowType: PyType = makeType("async_generator_athrow")

    private static func makeType(_ name: String) -> PyType {
        let t = PyType(name: name, bases: [Builtins.shared.object], isBuiltin: true, module: "builtins")
        t.mro = [t, Builtins.shared.object]
        AsyncGeneratorMethods.installAwaitable(on: t)
        return t
    }

    init(agen: PyAsyncGenerator, action: Action) {
        self.agen = agen
        self.action = action
        if case .send = action {
            super.init(type: PyAsyncGenAwaitable.asendType)
        } else {
            super.init(type: PyAsyncGenAwaitable.athrowType)
        }
    }

    /// Sends can run the body inline from SEND; throws and closes go through Swift.
    var runsInline: Bool {
        if case .send = action { return state != .done }
        return false
    }
}

/// A value yielded by an async generator's body (as opposed to one its `await` passes up).
final class PyAsyncGenWrapped: PyNativeObject, @unchecked Sendable {
    let value: Value

    static let type: PyType = {
        let t = PyType(name: "async_generator_wrapped_value", bases: [Builtins.shared.object], isBuiltin: true, module: "builtins")
        t.mro = [t, Builtins.shared.object]
        return t
    }()

    init(_ value: Value) {
        self.value = value
        super.init(type: PyAsyncGenWrapped.type)
    }
}

extension Value {
    /// The async generator awaitable this value is, if it is one.
    var asAsyncGenAwaitable: PyAsyncGenAwaitable? {
        if case .object(let o) = self, o.kind == .native { return o as? PyAsyncGenAwaitable }
        return nil
    }

    /// The value an async generator's `yield` wrapped, if this is one.
    var asyncGenWrappedValue: Value? {
        if case .object(let o) = self, o.kind == .native, let w = o as? PyAsyncGenWrapped { return w.value }
        return nil
    }
}

extension VM {
    /// Starts an awaitable's first step: what to send or throw into the body, or the
    /// result when the generator already finished.
    func beginAsyncGenStep(_ aw: PyAsyncGenAwaitable, sent: Value) throws(PythonError) -> (send: Value, exception: PyInstance?, done: GeneratorResult?) {
        if aw.state == .done {
            throw makeError(Builtins.shared.runtimeError, "cannot reuse already awaited \(aw.isAsend ? "__anext__()/asend()" : "aclose()/athrow()")")
        }
        guard aw.state == .initial else { return (sent, nil, nil) }
        aw.state = .running
        let g = aw.agen.gen
        switch aw.action {
        case .send(let v):
            if g.state == .finished {
                aw.state = .done
                throw makeError(Builtins.shared.stopAsyncIteration, "")
            }
            if g.state == .created && !v.isNone {
                aw.state = .done
                throw makeError(Builtins.shared.typeError, "can't send non-None value to a just-started async generator")
            }
            return (v, nil, nil)
        case .throwing(let e):
            if g.state == .finished || g.state == .created {
                aw.state = .done
                g.finish()
                throw PythonError(e)
            }
            return (.none, e, nil)
        case .close:
            if g.state == .finished || g.state == .created {
                aw.state = .done
                g.finish()
                return (.none, nil, .returned(.none))
            }
            return (.none, makeException(Builtins.shared.generatorExit, ""), nil)
        }
    }

    /// One step of an awaitable driven from Swift (its `send`/`throw` methods, `aclose`,
    /// Swift-level delegation): `.yielded` passes a value up to the event loop,
    /// `.returned` completes the awaitable.
    func stepAsyncGen(_ aw: PyAsyncGenAwaitable, sent: Value, throwing: PyInstance?) throws(PythonError) -> GeneratorResult {
        var value = sent
        var exception = throwing
        if aw.state == .initial {
            let begin = try beginAsyncGenStep(aw, sent: sent)
            if let done = begin.done { return done }
            value = begin.send
            if exception == nil { exception = begin.exception }
        } else if aw.state == .done {
            _ = try beginAsyncGenStep(aw, sent: sent)
        }
        let isClose: Bool
        if case .close = aw.action { isClose = true } else { isClose = false }
        do throws(PythonError) {
            switch try resumeGenerator(aw.agen.gen, send: value, exception: exception) {
            case .yielded(let v):
                if let w = v.asyncGenWrappedValue {
                    aw.state = .done
                    if isClose { throw makeError(Builtins.shared.runtimeError, "async generator ignored GeneratorExit") }
                    return .returned(w)
                }
                return .yielded(v)
            case .returned:
                aw.state = .done
                if isClose { return .returned(.none) }
                throw makeError(Builtins.shared.stopAsyncIteration, "")
            }
        } catch {
            aw.state = .done
            if isClose && (error.exception.cls.isSubtype(of: Builtins.shared.generatorExit) || error.exception.cls.isSubtype(of: Builtins.shared.stopAsyncIteration)) {
                return .returned(.none)
            }
            throw error
        }
    }

    /// `aiter(x)` for `async for`.
    func asyncIterator(_ v: Value) throws(PythonError) -> Value {
        if case .object(let o) = v, o.kind == .native, o is PyAsyncGenerator { return v }
        if isUserInstance(v), let r = try callSpecial(v, PyStr("__aiter__"), []) { return r }
        throw makeError(Builtins.shared.typeError, "'async for' requires an object with __aiter__ method, got \(typeName(v))")
    }

    /// The awaitable of `anext(x)` for `async for`.
    func asyncNext(_ v: Value) throws(PythonError) -> Value {
        if case .object(let o) = v, o.kind == .native, let agen = o as? PyAsyncGenerator {
            return .object(PyAsyncGenAwaitable(agen: agen, action: .send(.none)))
        }
        if isUserInstance(v), let r = try callSpecial(v, PyStr("__anext__"), []) {
            do {
                return try getAwaitable(r)
            } catch {
                throw makeError(Builtins.shared.typeError, "'async for' received an invalid object from __anext__: \(typeName(r))")
            }
        }
        throw makeError(Builtins.shared.typeError, "'async for' requires an iterator with __anext__ method, got \(typeName(v))")
    }
}

extension PyAsyncGenAwaitable {
    var isAsend: Bool {
        if case .send = action { return true }
        return false
    }
}

/// The Python-visible methods of async generators and their awaitables.
enum AsyncGeneratorMethods {
    static func install(on t: PyType) {
        func method(_ name: String, _ body: @escaping (VM, PyAsyncGenerator, Arguments) throws(PythonError) -> Value) {
            t.dict.setString(PyStr(name), .object(PyBuiltinFunction(name: name, owner: "async_generator") { vm, args throws(PythonError) in
                guard args.count >= 1, case .object(let o) = args[0], let g = o as? PyAsyncGenerator else {
                    throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' requires a 'async_generator' object")
                }
                return try body(vm, g, args)
            }))
        }
        method("__aiter__") { _, g, _ throws(PythonError) in .object(g) }
        method("__anext__") { _, g, _ throws(PythonError) in .object(PyAsyncGenAwaitable(agen: g, action: .send(.none))) }
        method("asend") { vm, g, args throws(PythonError) in
            guard args.count == 2 else { throw vm.makeError(Builtins.shared.typeError, "async_generator.asend() takes exactly one argument (\(args.count - 1) given)") }
            return .object(PyAsyncGenAwaitable(agen: g, action: .send(args[1])))
        }
        method("athrow") { vm, g, args throws(PythonError) in
            guard args.count >= 2 && args.count <= 4 else {
                throw vm.makeError(Builtins.shared.typeError, "athrow expected at least 1 argument, got \(args.count - 1)")
            }
            var exc = args[1]
            if args.count >= 3, exc.asType != nil, !args[2].isNone { exc = try vm.callValue(exc, [args[2]]) }
            return .object(PyAsyncGenAwaitable(agen: g, action: .throwing(try vm.exceptionFromRaise(exc))))
        }
        method("aclose") { _, g, _ throws(PythonError) in .object(PyAsyncGenAwaitable(agen: g, action: .close)) }
        method("__repr__") { vm, g, _ throws(PythonError) in
            .str(PyStr("<async_generator object \(g.gen.qualname) at \(vm.address(.object(g)))>"))
        }
        let running = PyBuiltinFunction(name: "ag_running", owner: "async_generator") { _, args throws(PythonError) in
            guard args.count >= 1, case .object(let o) = args[0], let g = o as? PyAsyncGenerator else { return .bool(false) }
            return .bool(g.gen.state == .running)
        }
        t.dict.setString(PyStr("ag_running"), .object(PyProperty(getter: .object(running), setter: .none, deleter: .none, doc: .none)))
    }

    static func installAwaitable(on t: PyType) {
        func method(_ name: String, _ body: @escaping (VM, PyAsyncGenAwaitable, Arguments) throws(PythonError) -> Value) {
            t.dict.setString(PyStr(name), .object(PyBuiltinFunction(name: name, owner: t.name) { vm, args throws(PythonError) in
                guard args.count >= 1, case .object(let o) = args[0], let a = o as? PyAsyncGenAwaitable else {
                    throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' requires a '\(t.name)' object")
                }
                return try body(vm, a, args)
            }))
        }
        func finish(_ vm: VM, _ r: GeneratorResult) throws(PythonError) -> Value {
            switch r {
            case .yielded(let v): return v
            case .returned(let v): throw PythonError(vm.stopIteration(v))
            }
        }
        method("send") { vm, a, args throws(PythonError) in try finish(vm, try vm.stepAsyncGen(a, sent: args.count > 1 ? args[1] : .none, throwing: nil)) }
        method("__next__") { vm, a, _ throws(PythonError) in try finish(vm, try vm.stepAsyncGen(a, sent: .none, throwing: nil)) }
        method("throw") { vm, a, args throws(PythonError) in
            let exc = try vm.exceptionFromRaise(args.count > 1 ? args[1] : .none)
            if a.state == .initial {
                // Not started: the exception is raised here (the body never sees it).
                a.state = .done
                throw PythonError(exc)
            }
            return try finish(vm, try vm.stepAsyncGen(a, sent: .none, throwing: exc))
        }
        method("close") { _, a, _ throws(PythonError) in
            a.state = .done
            return .none
        }
        method("__await__") { _, a, _ throws(PythonError) in .object(a) }
        method("__iter__") { _, a, _ throws(PythonError) in .object(a) }
    }
}
