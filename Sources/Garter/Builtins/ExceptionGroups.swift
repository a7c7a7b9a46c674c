/// `BaseExceptionGroup` and `ExceptionGroup` (PEP 654) like CPython 3.11: the constructor's
/// checks and class selection (`BaseExceptionGroup(...)` of plain `Exception`s is an
/// `ExceptionGroup`), `message`, `exceptions`, `str()`, and `derive`/`subgroup`/`split`
/// (which keep `__cause__`, `__context__` and `__notes__`). `except*` is compiled onto these
/// (see `Parser.desugarExceptStar`).
extension Builtins {
    func installExceptionGroupMethods() {
        let beg = baseExceptionGroup
        for t in [baseExceptionGroup, exceptionGroup] {
            t.constructor = { vm, args throws(PythonError) in
                try Builtins.makeExceptionGroup(vm, t, args)
            }
        }
        func property(_ name: String, _ body: @escaping (VM, PyInstance) throws(PythonError) -> Value) {
            let getter = PyBuiltinFunction(name: name, owner: beg.name) { vm, args throws(PythonError) in
                guard args.count > 0, let inst = args[0].asInstance, inst.cls.isSubtype(of: beg) else {
                    throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' for 'BaseExceptionGroup' objects doesn't apply to a '\(args.count > 0 ? vm.typeName(args[0]) : "NoneType")' object")
                }
                return try body(vm, inst)
            }
            beg.dict.setString(PyStr(frozen: name), .object(PyProperty(getter: .object(getter), setter: .none, deleter: .none, doc: .none)))
        }
        property("message") { _, inst throws(PythonError) in inst.exception?.args.first ?? .str(PyStr.empty) }
        property("exceptions") { vm, inst throws(PythonError) in .object(PyTuple(try Builtins.groupMembers(vm, inst))) }
        method(beg, "derive") { vm, args throws(PythonError) in
            try args.check("derive", min: 2, max: 2, vm: vm)
            let message = args[0].asInstance?.exception?.args.first ?? .str(PyStr.empty)
            return try vm.callValue(.object(Builtins.shared.baseExceptionGroup), [message, args[1]])
        }
        method(beg, "subgroup") { vm, args throws(PythonError) in
            try args.check("subgroup", min: 2, max: 2, vm: vm)
            let condition = try ExceptionGroupCondition(vm, args[1])
            return try Builtins.splitGroup(vm, args[0], condition, wantRest: false).match ?? .none
        }
        method(beg, "split") { vm, args throws(PythonError) in
            try args.check("split", min: 2, max: 2, vm: vm)
            let condition = try ExceptionGroupCondition(vm, args[1])
            let (match, rest) = try Builtins.splitGroup(vm, args[0], condition, wantRest: true)
            return .object(PyTuple([match ?? .none, rest ?? .none]))
        }
    }

    /// The exceptions a group holds (its second constructor argument, as a list).
    static func groupMembers(_ vm: VM, _ inst: PyInstance) throws(PythonError) -> [Value] {
        guard let args = inst.exception?.args, args.count > 1 else { return [] }
        return try vm.iterateToArray(args[1])
    }

    /// `BaseExceptionGroup(message, exceptions)` / `ExceptionGroup(...)`.
    static func makeExceptionGroup(_ vm: VM, _ t: PyType, _ args: Arguments) throws(PythonError) -> Value {
        if args.keywordCount != 0 {
            throw vm.makeError(Builtins.shared.typeError, "\(t.name)() takes no keyword arguments")
        }
        guard args.positionalCount == 2 else {
            throw vm.makeError(Builtins.shared.typeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (\(args.positionalCount) given)")
        }
        guard case .str = args[0] else {
            throw vm.makeError(Builtins.shared.typeError, "BaseExceptionGroup.__new__() argument 1 must be str, not \(vm.typeName(args[0]))")
        }
        let items: [Value]
        if let l = args[1].asList { items = l.items } else if let tu = args[1].asTuple { items = tu.array } else {
            throw vm.makeError(Builtins.shared.typeError, "second argument (exceptions) must be a sequence")
        }
        if items.isEmpty {
            throw vm.makeError(Builtins.shared.valueError, "second argument (exceptions) must be a non-empty sequence")
        }
        var allExceptions = true
        for (i, item) in items.enumerated() {
            guard let inst = item.asInstance, inst.exception != nil else {
                throw vm.makeError(Builtins.shared.valueError, "Item \(i) of second argument (exceptions) is not an exception")
            }
            if !inst.cls.isSubtype(of: Builtins.shared.exception) { allExceptions = false }
        }
        var cls = t
        if t === Builtins.shared.baseExceptionGroup {
            if allExceptions { cls = Builtins.shared.exceptionGroup }
        } else if !allExceptions && t.isSubtype(of: Builtins.shared.exception) {
            throw vm.makeError(Builtins.shared.typeError, "Cannot nest BaseExceptions in an ExceptionGroup")
        }
        let inst = PyInstance(cls: cls, exceptionArgs: [args[0], args[1]])
        return .object(inst)
    }

    /// CPython's `exceptiongroup_split_recursive`: the parts of `exc` that match and (when
    /// `wantRest`) the parts that do not, as groups built by `derive` with the original's
    /// cause, context and notes.
    static func splitGroup(_ vm: VM, _ exc: Value, _ condition: ExceptionGroupCondition, wantRest: Bool) throws(PythonError) -> (match: Value?, rest: Value?) {
        guard StackGuard.hasRoom() else {
            throw vm.makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded")
        }
        if try condition.matches(vm, exc) { return (exc, nil) }
        guard let inst = exc.asInstance, inst.cls.isSubtype(of: Builtins.shared.baseExceptionGroup) else {
            return (nil, wantRest ? exc : nil)
        }
        var matches: [Value] = []
        var rests: [Value] = []
        for e in try groupMembers(vm, inst) {
            let (m, r) = try splitGroup(vm, e, condition, wantRest: wantRest)
            if let m { matches.append(m) }
            if let r { rests.append(r) }
        }
        func derived(_ parts: [Value]) throws(PythonError) -> Value? {
            if parts.isEmpty { return nil }
            let derive = try vm.getAttribute(exc, PyStr("derive"))
            let g = try vm.callValue(derive, with: .object(PyList(parts)))
            guard let gi = g.asInstance, gi.cls.isSubtype(of: Builtins.shared.baseExceptionGroup) else {
                throw vm.makeError(Builtins.shared.typeError, "derive must return an instance of BaseExceptionGroup")
            }
            if let state = inst.exception, let new = gi.exception {
                new.cause = state.cause
                new.context = state.context
                new.suppressContext = state.suppressContext
            }
            if let notes = inst.existingAttributes?.getString("__notes__") {
                let copy: Value = notes.asList.map { .object(PyList($0.items)) } ?? notes
                gi.attributes.setString("__notes__", copy)
            }
            return g
        }
        return (try derived(matches), wantRest ? try derived(rests) : nil)
    }
}

/// The condition of `subgroup`/`split`: an exception class, a tuple of them, or a predicate.
struct ExceptionGroupCondition {
    let types: [PyType]
    let predicate: Value?

    init(_ vm: VM, _ v: Value) throws(PythonError) {
        if let t = v.asType, t.isException {
            types = [t]
            predicate = nil
        } else if let tu = v.asTuple, !tu.items.isEmpty, tu.items.allSatisfy({ $0.asType?.isException == true }) {
            types = tu.items.compactMap { $0.asType }
            predicate = nil
        } else if case .object(let o) = v, [.function, .builtinFunction, .boundMethod].contains(o.kind) || (o.kind == .instance && vm.typeOf(v).lookup(Names.call) != nil) {
            types = []
            predicate = v
        } else {
            throw vm.makeError(Builtins.shared.typeError, "expected a function, exception type or tuple of exception types")
        }
    }

    func matches(_ vm: VM, _ exc: Value) throws(PythonError) -> Bool {
        if let p = predicate { return try vm.isTrue(try vm.callValue(p, with: exc)) }
        let t = vm.typeOf(exc)
        return types.contains { t.isSubtype(of: $0) }
    }
}
