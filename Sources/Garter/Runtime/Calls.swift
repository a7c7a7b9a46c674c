/// Calling: argument binding with CPython's error messages, and calls made from Swift
/// (builtins calling back into Python run a nested dispatch loop on the same frame stack).
extension VM {
    /// A new generator (or coroutine) for a call of `fn`, its arguments bound straight into
    /// the generator's saved slots.
    func makeGenerator(_ fn: PyFunction, _ args: Arguments) throws(PythonError) -> PyGenerator {
        let g = PyGenerator(function: fn, unboundSlots: fn.code.slotCount)
        // On a throw the generator is dropped and releases what was bound.
        try bindArguments(fn, args, into: g.createdSlots)
        g.owner = self
        return g
    }

    /// Binds call arguments to a function's fast slots in place: `slots` holds the code's
    /// ``CodeObject/slotCount`` values, all `.unbound`, and may not overlap the arguments.
    /// The arguments are copied (the caller still owns them). On a throw, the slots hold
    /// what was bound so far: the caller deinitializes them as usual.
    func bindArguments(_ fn: PyFunction, _ args: Arguments, into slots: UnsafeMutablePointer<Value>) throws(PythonError) {
        let code = fn.code
        let npos = args.positionalCount
        let argcount = code.argCount
        let kwonly = code.keywordOnlyCount
        let varArgsIndex = argcount + kwonly
        let varKwIndex = varArgsIndex + (code.hasVarArgs ? 1 : 0)
        let name = fn.qualname
        for i in 0..<min(npos, argcount) { slots[i] = args[i] }
        if npos > argcount {
            if code.hasVarArgs {
                slots[varArgsIndex] = .object(PyTuple(count: npos &- argcount) { out in
                    for k in 0..<(npos &- argcount) { (out + k).initialize(to: args[argcount &+ k]) }
                })
            } else {
                throw tooManyPositional(fn, given: npos, keywordOnlyGiven: args.keywordNames.filter { n in code.parameterNames[argcount..<(argcount + kwonly)].contains { $0.value == n.value } }.count)
            }
        } else if code.hasVarArgs {
            slots[varArgsIndex] = .emptyTuple
        }
        var kwargs: PyDict? = nil
        if code.hasVarKeywords {
            kwargs = PyDict()
            slots[varKwIndex] = .object(kwargs!)
        }
        if args.keywordCount != 0 {
            var positionalOnlyPassed: [String] = []
            for (k, kwName) in args.keywordNames.enumerated() {
                let value = args[npos + k]
                var found = -1
                var i = code.positionalOnlyCount
                while i < argcount + kwonly {
                    let parameter = code.parameterNames[i]
                    // The intern table holds one object per content: two interned strings are
                    // equal only when they are the same object.
                    if parameter.isInterned && kwName.isInterned ? parameter === kwName : pyStringsEqual(parameter, kwName) {
                        found = i
                        break
                    }
                    i += 1
                }
                if found >= 0 {
                    if case .unbound = slots[found] {
                        slots[found] = value
                    } else {
                        throw makeError(Builtins.shared.typeError, "\(name)() got multiple values for argument '\(kwName.value)'")
                    }
                } else if let kwargs {
                    if kwargs.getString(kwName) != nil {
                        throw makeError(Builtins.shared.typeError, "\(name)() got multiple values for keyword argument '\(kwName.value)'")
                    }
                    kwargs.setString(kwName, value)
                } else if code.parameterNames[0..<code.positionalOnlyCount].contains(where: { pyStringsEqual($0, kwName) }) {
                    positionalOnlyPassed.append(kwName.value)
                } else {
                    throw makeError(Builtins.shared.typeError, "\(name)() got an unexpected keyword argument '\(kwName.value)'")
                }
            }
            if !positionalOnlyPassed.isEmpty {
                throw makeError(Builtins.shared.typeError, "\(name)() got some positional-only arguments passed as keyword arguments: '\(positionalOnlyPassed.joined(separator: ", "))'")
            }
        }
        // Defaults for missing positional parameters.
        let defaults = fn.defaults
        let firstDefault = argcount - defaults.count
        var missing: [String] = []
        if npos < argcount {
            for i in npos..<argcount {
                if case .unbound = slots[i] {
                    if i >= firstDefault {
                        slots[i] = defaults[i - firstDefault]
                    } else {
                        missing.append(code.varnames[i])
                    }
                }
            }
        }
        if !missing.isEmpty {
            throw makeError(Builtins.shared.typeError, "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(VM.quotedList(missing))")
        }
        if kwonly > 0 {
            var missingKw: [String] = []
            for i in argcount..<(argcount + kwonly) {
                if case .unbound = slots[i] {
                    if let d = fn.keywordDefault(at: i - argcount) {
                        slots[i] = d
                    } else {
                        missingKw.append(code.varnames[i])
                    }
                }
            }
            if !missingKw.isEmpty {
                throw makeError(Builtins.shared.typeError, "\(name)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(VM.quotedList(missingKw))")
            }
        }
        if code.cellCount > 0 {
            for c in 0..<code.cellCount { slots[code.localCount + c] = .object(PyCell()) }
            for (cell, arg) in code.cellParameters {
                unsafeDowncast(slots[code.localCount + cell].asObject!, to: PyCell.self).value = slots[arg]
            }
        }
        if code.freeCount > 0 {
            for i in 0..<min(code.freeCount, fn.closure.count) {
                slots[code.localCount + code.cellCount + i] = .object(fn.closure[i])
            }
        }
    }

    static func quotedList(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        switch q.count {
        case 1: return q[0]
        case 2: return "\(q[0]) and \(q[1])"
        default: return q.dropLast().joined(separator: ", ") + ", and " + q.last!
        }
    }

    func tooManyPositional(_ fn: PyFunction, given: Int, keywordOnlyGiven: Int) -> PythonError {
        let code = fn.code
        let argcount = code.argCount
        let defaults = fn.defaults.count
        let takes: String
        if defaults > 0 && defaults <= argcount {
            takes = "from \(argcount - defaults) to \(argcount) positional arguments"
        } else {
            takes = "\(argcount) positional argument\(argcount == 1 ? "" : "s")"
        }
        var givenText = "\(given) \(given == 1 ? "was" : "were") given"
        if keywordOnlyGiven > 0 {
            givenText = "\(given) positional argument\(given == 1 ? "" : "s") (and \(keywordOnlyGiven) keyword-only argument\(keywordOnlyGiven == 1 ? "" : "s")) were given"
        }
        return makeError(Builtins.shared.typeError, "\(fn.qualname)() takes \(takes) but \(givenText)")
    }

    // MARK: Calls from Swift

    /// Calls any callable with positional arguments (and optional trailing keyword values).
    func callValue(_ callee: Value, _ args: [Value], keywordNames: [PyStr] = []) throws(PythonError) -> Value {
        let n = args.count
        return try withTemporaryArguments(count: n) { p throws(PythonError) in
            p.initialize(from: args, count: n)
            return try callFromStack(callee, args: Arguments(base: p, count: n, keywordNames: keywordNames))
        }
    }

    /// `callee(arg)` with the argument in a stack slot: no array and no heap buffer per
    /// call (sort keys, `map`, `filter`, `min`/`max` keys, hooks).
    func callValue(_ callee: Value, with arg: Value) throws(PythonError) -> Value {
        if case .object(let o) = callee, o.kind == .function {
            let fn = unsafeDowncast(o, to: PyFunction.self)
            if let start = argumentSlots(for: fn, count: 1) {
                start.initialize(to: arg)
                return try runFunction(fn, argumentsAt: start, count: 1)
            }
        }
        return try withTemporaryArguments(count: 1) { p throws(PythonError) in
            p.initialize(to: arg)
            return try callFromStack(callee, args: Arguments(base: p, count: 1))
        }
    }

    /// `callee(a, b, c)` with the arguments in a stack buffer instead of an array (the
    /// `__exit__(type, value, traceback)` call of every `with` block).
    func call(_ callee: Value, _ a: Value, _ b: Value, _ c: Value) throws(PythonError) -> Value {
        // The usual `__exit__`: a Python method bound to the context manager.
        if case .object(let o) = callee, o.kind == .boundMethod {
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            if let fn = m.pythonFunction, let start = argumentSlots(for: fn, count: 4) {
                start.initialize(to: m.receiver)
                (start + 1).initialize(to: a)
                (start + 2).initialize(to: b)
                (start + 3).initialize(to: c)
                return try runFunction(fn, argumentsAt: start, count: 4)
            }
        }
        return try withTemporaryArguments(count: 3) { p throws(PythonError) in
            p.initialize(to: a)
            (p + 1).initialize(to: b)
            (p + 2).initialize(to: c)
            return try callFromStack(callee, args: Arguments(base: p, count: 3))
        }
    }

    /// `attr`, found on `owner` (the receiver's type), called on `receiver` with `args`: a
    /// Python function gets the receiver as its first argument with no bound method made;
    /// anything else is bound as a descriptor first.
    func callOnReceiver(_ attr: Value, receiver: Value, owner: PyType, _ args: [Value]) throws(PythonError) -> Value {
        guard case .object(let o) = attr, o.kind == .function else {
            return try callValue(try bindDescriptor(attr, instance: receiver, owner: owner), args)
        }
        let fn = unsafeDowncast(o, to: PyFunction.self)
        if let start = argumentSlots(for: fn, count: args.count + 1) {
            start.initialize(to: receiver)
            (start + 1).initialize(from: args, count: args.count)
            return try runFunction(fn, argumentsAt: start, count: args.count + 1)
        }
        return try withTemporaryArguments(count: args.count + 1) { p throws(PythonError) in
            p.initialize(to: receiver)
            (p + 1).initialize(from: args, count: args.count)
            return try callFunction(fn, Arguments(base: p, count: args.count + 1))
        }
    }

    /// Runs `body` with room for `count` arguments on the native stack (on the heap when
    /// they are many); `body` initializes all `count` slots, which are deinitialized after.
    @inline(__always)
    func withTemporaryArguments(count: Int, _ body: (UnsafeMutablePointer<Value>) throws(PythonError) -> Value) throws(PythonError) -> Value {
        let outcome: Result<Value, PythonError> = withUnsafeTemporaryAllocation(of: Value.self, capacity: Swift.max(count, 1)) { buf in
            let p = buf.baseAddress!
            defer { p.deinitializeValues(count: count) }
            do throws(PythonError) { return .success(try body(p)) } catch { return .failure(error) }
        }
        return try outcome.get()
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` for a callable outside
    /// builtins (`__main__.f()`, `math.floor()`, `str.join()`), `print()` for builtins.
    func functionString(_ callee: Value) -> String {
        guard case .str(let q)? = try? getAttributeOrNil(callee, Interned.str("__qualname__")) else {
            return typeName(callee) + " object"
        }
        if case .str(let m)? = try? getAttributeOrNil(callee, Interned.str("__module__")), m.value != "builtins" {
            return m.value + "." + q.value + "()"
        }
        return q.value + "()"
    }

    /// The TypeError for `f(*x)` when `x` is not iterable.
    func starArgumentError(_ callee: Value, _ v: Value) -> PythonError {
        makeError(Builtins.shared.typeError, "\(functionString(callee)) argument after * must be an iterable, not \(typeName(v))")
    }

    /// True when `v`'s type cannot be iterated at all (no `__iter__`, not a sequence): the
    /// case where CPython replaces the TypeError of `*v` with its own message.
    /// `callable(v)`.
    func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .function, .builtinFunction, .boundMethod, .type: return true
        case .instance: return unsafeDowncast(o, to: PyInstance.self).cls.lookup(Names.call) != nil
        case .native: return unsafeDowncast(o, to: PyNativeObject.self).type.lookup(Names.call) != nil
        default: return false
        }
    }

    func isNotIterableType(_ v: Value) -> Bool {
        let t = typeOf(v)
        return t.lookup(Interned.str("__iter__")) == nil && t.lookup(Interned.str("__getitem__")) == nil
    }

    /// Flattens `*args`/`**kwargs` into positional values followed by keyword values.
    func flattenCallArguments(_ callee: Value, _ args: [Value], _ kwargs: Value) throws(PythonError) -> ([Value], [PyStr]) {
        if kwargs.isNone { return (args, []) }
        guard let d = kwargs.asDict else {
            throw makeError(Builtins.shared.typeError, "\(functionString(callee)) argument after ** must be a mapping, not \(typeName(kwargs))")
        }
        var all = args
        var names: [PyStr] = []
        for (k, v) in d.items {
            guard case .str(let s) = k else {
                throw makeError(Builtins.shared.typeError, "keywords must be strings")
            }
            names.append(s)
            all.append(v)
        }
        return (all, names)
    }

    /// Calls with a positional list and a kwargs dict (`f(*a, **k)`).
    func callWithTupleAndDict(_ callee: Value, args: [Value], kwargs: Value) throws(PythonError) -> Value {
        guard let d = kwargs.asDict else {
            if kwargs.isNone { return try callValue(callee, args) }
            throw makeError(Builtins.shared.typeError, "\(functionString(callee)) argument after ** must be a mapping, not \(typeName(kwargs))")
        }
        var all = args
        var names: [PyStr] = []
        for (k, v) in d.items {
            guard case .str(let s) = k else {
                throw makeError(Builtins.shared.typeError, "keywords must be strings")
            }
            names.append(s)
            all.append(v)
        }
        return try callValue(callee, all, keywordNames: names)
    }

    /// Calls a callable whose arguments are already laid out (`args` valid during the call).
    func callFromStack(_ callee: Value, args: Arguments) throws(PythonError) -> Value {
        guard case .object(let o) = callee else {
            throw makeError(Builtins.shared.typeError, "'\(typeName(callee))' object is not callable")
        }
        switch o.kind {
        case .function:
            return try callFunction(unsafeDowncast(o, to: PyFunction.self), args)
        case .builtinFunction:
            return try unsafeDowncast(o, to: PyBuiltinFunction.self).body(self, args)
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            let n = args.count
            if args.keywordCount == 0, let fn = m.pythonFunction, let start = argumentSlots(for: fn, count: n + 1) {
                start.initialize(to: m.receiver)
                for i in 0..<n { (start + 1 + i).initialize(copying: args.base + i, objectTag: objectTag, strTag: strTag) }
                return try runFunction(fn, argumentsAt: start, count: n + 1)
            }
            return try withTemporaryArguments(count: n + 1) { p throws(PythonError) in
                p.initialize(to: m.receiver)
                (p + 1).initialize(from: args.base, count: n)
                return try callFromStack(m.function, args: Arguments(base: p, count: n + 1, keywordNames: args.keywordNames))
            }
        case .type:
            if let call = metaDunder(callee, Names.call) { return try callFromStack(call, args: args) }
            return try callType(unsafeDowncast(o, to: PyType.self), args)
        case .instance:
            // `__call__` (or a `__get__` it goes through) may itself be an instance, up to a
            // cycle (`C.__call__ = C()`): each hop recurses here without entering a frame.
            guard StackGuard.hasRoom() else {
                throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded while calling a Python object")
            }
            let inst = unsafeDowncast(o, to: PyInstance.self)
            guard let call = inst.cls.lookup(Names.call) else { break }
            let bound = try bindDescriptor(call, instance: callee, owner: inst.cls)
            return try callFromStack(bound, args: args)
        case .staticMethod:
            return try callFromStack(unsafeDowncast(o, to: PyMethodWrapper.self).function, args: args)
        case .external:
            return try callExternalFromNative(unsafeDowncast(o, to: PyExternalFunction.self), args)
        case .native:
            // Module-defined callables (`functools.partial`, `operator.itemgetter`, ...).
            guard let call = unsafeDowncast(o, to: PyNativeObject.self).type.lookup(Names.call) else { break }
            let n = args.count
            let p = HeapMemory.allocate(Value.self, capacity: n + 1)
            p.initialize(to: callee)
            (p + 1).initialize(from: args.base, count: n)
            defer {
                p.deinitializeValues(count: n + 1)
                p.deallocate()
            }
            return try callFromStack(call, args: Arguments(base: p, count: n + 1, keywordNames: args.keywordNames))
        default:
            break
        }
        throw makeError(Builtins.shared.typeError, "'\(typeName(callee))' object is not callable")
    }

    /// Puts the closure's cells into the free-variable slots of a frame bound the simple way
    /// (the slots hold `.unbound`).
    @inline(never)
    func fillFreeVariables(_ f: UnsafeMutablePointer<Frame>, _ fn: PyFunction) {
        let code = f.pointee.code
        let base = f.pointee.locals + (code.localCount + code.cellCount)
        let closure = fn.closure
        for i in 0..<Swift.min(code.freeCount, closure.count) { base[i] = .object(closure[i]) }
    }

    /// Where a call of `fn` with `count` positional arguments (no keywords) from Swift can
    /// put them: straight into the first slots of the frame it will run in, the free stack
    /// above the top frame. Nil when the call must bind its arguments the general way
    /// (defaults, `*args`, cells, generators) or the frame push would fail.
    ///
    /// A caller that gets slots initializes exactly `count` of them and calls
    /// ``runFunction(_:argumentsAt:count:)`` before anything else pushes a frame. Building
    /// the arguments in place saves the temporary argument buffer and a retain/release pair
    /// per argument (`with` blocks, sort keys, `map`, bound methods).
    @inline(__always)
    func argumentSlots(for fn: PyFunction, count: Int) -> UnsafeMutablePointer<Value>? {
        let code = fn.code
        guard code.isSimple, code.argCount == count, frameCount < recursionLimit else { return nil }
        let (start, chunkEnd) = freeStackStart
        return start + count <= chunkEnd ? start : nil
    }

    /// Runs `fn` to completion on the `count` arguments at `start`, which
    /// ``argumentSlots(for:count:)`` returned and the caller initialized; the frame owns
    /// (and its pop releases) them.
    func runFunction(_ fn: PyFunction, argumentsAt start: UnsafeMutablePointer<Value>, count: Int) throws(PythonError) -> Value {
        let code = fn.code
        let (_, chunkEnd) = freeStackStart
        let f = try pushFrame(code: code, function: fn, globals: fn.globals, start: start, initialized: count, chunkEnd: chunkEnd)
        if code.freeCount > 0 { fillFreeVariables(f, fn) }
        f.pointee.isEntry = true
        return try execute(f)
    }

    /// Runs a Python function to completion from Swift (nested dispatch loop).
    func callFunction(_ fn: PyFunction, _ args: Arguments) throws(PythonError) -> Value {
        if args.keywordCount == 0, let start = argumentSlots(for: fn, count: args.count) {
            for i in 0..<args.count { (start + i).initialize(copying: args.base + i, objectTag: objectTag, strTag: strTag) }
            return try runFunction(fn, argumentsAt: start, count: args.count)
        }
        let code = fn.code
        if code.isGenerator || code.isCoroutine {
            let g = try makeGenerator(fn, args)
            if code.isAsyncGenerator { return .object(PyAsyncGenerator(gen: g)) }
            return .object(g)
        }
        // The arguments live below the free stack (in a frame or in Swift memory), so they
        // are bound straight into the new frame's slots.
        let (start, chunkEnd) = freeStackStart
        let f = try pushFrame(code: code, function: fn, globals: fn.globals, start: start, initialized: 0, chunkEnd: chunkEnd)
        do throws(PythonError) {
            try bindArguments(fn, args, into: f.pointee.locals)
        } catch {
            popFrameDiscarding()
            throw error
        }
        f.pointee.isEntry = true
        return try execute(f)
    }

    /// How calling user class `t` creates an instance: the dispatch loop runs a Python
    /// `__init__` as an ordinary frame and makes bare instances itself, when instantiation
    /// needs nothing else (no metaclass, `__new__` or builtin base). Computed once per class
    /// and kept with its lookup cache, so a change to the class or a base recomputes it.
    @inline(__always)
    func instantiation(_ t: PyType) -> LookupCache.Instantiation {
        // Builtin types are shared between threads: they keep no cache (and take the general path).
        if t.isBuiltin { return .general }
        let cache = t.initializerCache
        if cache.instantiation != .unknown { return cache.instantiation }
        let (kind, fn) = findInstantiation(t)
        cache.setInstantiation(kind, initializer: fn)
        return kind
    }

    @inline(never)
    private func findInstantiation(_ t: PyType) -> (LookupCache.Instantiation, PyFunction?) {
        if t.metaclass != nil || t.hasCustomNew || t.builtinBase != nil { return (.general, nil) }
        // Exception classes too (their instances get the exception state first), except
        // OSError's family, whose arguments set errno/strerror/filename.
        if t.isException && t.isSubtype(of: Builtins.shared.osError) { return (.general, nil) }
        guard case .object(let o)? = t.lookup(Names.`init`) else { return (.general, nil) }
        if o.kind == .builtinFunction { return (.bare, nil) }
        guard o.kind == .function else { return (.general, nil) }
        let fn = unsafeDowncast(o, to: PyFunction.self)
        if fn.code.isGenerator || fn.code.isCoroutine { return (.general, nil) }
        return (.pythonInit, fn)
    }

    /// Calling a class: builtin constructors, exceptions, and user classes (`__new__`/`__init__`).
    func callType(_ t: PyType, _ args: Arguments) throws(PythonError) -> Value {
        if !t.isBuiltin && t.isSubtype(of: Builtins.shared.type) {
            // Calling a metaclass creates a class.
            guard args.positionalCount == 3, case .str(let n) = args[0], let bases = args[1].asTuple, let ns = args[2].asDict else {
                throw makeError(Builtins.shared.typeError, "\(t.name)() takes 3 arguments (name, bases, dict)")
            }
            return try instantiateMetaclass(t, name: n.value, bases: try checkedBases(bases.array), namespace: ns.copy(), keywords: [])
        }
        if t.isBuiltin {
            if let ctor = t.constructor { return try ctor(self, args) }
            if t.isException {
                if args.keywordCount != 0 {
                    throw makeError(Builtins.shared.typeError, "\(t.name)() takes no keyword arguments")
                }
                if t.isSubtype(of: Builtins.shared.osError) { return .object(Builtins.makeOSError(t, args.positional)) }
                return .object(PyInstance(cls: t, exceptionArgs: args.positional))
            }
            throw makeError(Builtins.shared.typeError, "cannot create '\(t.name)' instances")
        }
        var instanceValue: Value
        if let callable = t.customNew {
            var all: [Value] = [.object(t)]
            for i in 0..<args.count { all.append(args[i]) }
            instanceValue = try callValue(callable, all, keywordNames: args.keywordNames)
            guard isInstance(instanceValue, t) else { return instanceValue }
        } else {
            let inst = t.isException ? PyInstance(cls: t, exceptionArgs: args.positional) : PyInstance(cls: t)
            if let base = t.builtinBase, let ctor = base.constructor {
                let mutable = base === Builtins.shared.list || base === Builtins.shared.dictType || base === Builtins.shared.set
                if mutable {
                    inst.builtinValue = try ctor(self, Arguments(base: args.base, count: 0))
                } else {
                    // Immutable builtins take their value from the constructor arguments (__new__).
                    inst.builtinValue = try ctor(self, Arguments(base: args.base, count: args.count - args.keywordCount))
                    if let initAttr = t.lookup(Names.`init`), initAttr.asObject?.kind == .builtinFunction {
                        return .object(inst)
                    }
                }
            }
            instanceValue = .object(inst)
        }
        if let initAttr = t.lookup(Names.`init`) {
            if case .object(let io) = initAttr, io.kind == .builtinFunction, t.builtinBase == nil || t.isException {
                // object.__init__ / BaseException.__init__
                if !t.isException && args.count > 0 && !t.hasCustomNew {
                    throw makeError(Builtins.shared.typeError, "\(t.name)() takes no arguments")
                }
                if t.isException && args.keywordCount != 0 {
                    throw makeError(Builtins.shared.typeError, "\(t.name)() takes no keyword arguments")
                }
                if t.isException, let inst = instanceValue.asInstance {
                    inst.exception?.args = args.positional
                    if t.isSubtype(of: Builtins.shared.osError) { Builtins.parseOSErrorArguments(inst, args.positional) }
                }
                return instanceValue
            }
            let n = args.count
            let p = HeapMemory.allocate(Value.self, capacity: n + 1)
            p.initialize(to: instanceValue)
            (p + 1).initialize(from: args.base, count: n)
            defer {
                p.deinitializeValues(count: n + 1)
                p.deallocate()
            }
            let r = try callFromStack(initAttr, args: Arguments(base: p, count: n + 1, keywordNames: args.keywordNames))
            if !r.isNone {
                throw makeError(Builtins.shared.typeError, "__init__() should return None, not '\(typeName(r))'")
            }
        }
        return instanceValue
    }
}
