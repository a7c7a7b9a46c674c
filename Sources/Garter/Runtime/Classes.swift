/// Class creation: running the class body in a namespace, C3 method resolution order,
/// implicit `__hash__ = None`, `__class__` cell, `__set_name__` and `__init_subclass__`.
extension VM {
    func buildClass(body: Value, name: String, bases baseValues: [Value], keywords: Value) throws(PythonError) -> Value {
        guard let fn = body.asFunction else {
            throw makeError(Builtins.shared.typeError, "__build_class__: func must be a function")
        }
        var explicitMeta: PyType? = nil
        var initSubclassKwargs: [(PyStr, Value)] = []
        if let kw = keywords.asDict {
            for (k, v) in kw.items {
                guard case .str(let ks) = k else { continue }
                if ks.value == "metaclass" {
                    guard let meta = v.asType, meta.isSubtype(of: Builtins.shared.type) else {
                        throw makeError(Builtins.shared.notImplementedError, "metaclasses that are not classes derived from 'type' are not supported")
                    }
                    explicitMeta = meta
                    continue
                }
                initSubclassKwargs.append((ks, v))
            }
        }
        let resolvedBases = try resolveMroEntries(baseValues)
        let bases = try checkedBases(resolvedBases ?? baseValues)
        // Run the body.
        let namespace = PyDict()
        if let moduleName = fn.globals.getString(Names.name) {
            namespace.setString(Names.module, moduleName)
        }
        let code = fn.code
        let (start, chunkEnd) = freeStackStart
        let f = try pushFrame(code: code, function: fn, globals: fn.globals, start: start, initialized: 0, chunkEnd: chunkEnd)
        let locals = f.pointee.locals
        for c in 0..<code.cellCount { locals[code.localCount + c] = .object(PyCell()) }
        for i in 0..<min(code.freeCount, fn.closure.count) {
            locals[code.localCount + code.cellCount + i] = .object(fn.closure[i])
        }
        f.pointee.namespace = namespace
        f.pointee.isEntry = true
        let classCell = try execute(f)
        if classCell.asCell != nil { namespace.setString(Names.classcell, classCell) }
        if resolvedBases != nil { namespace.setString(PyStr("__orig_bases__"), .object(PyTuple(baseValues))) }

        // The most derived metaclass among the explicit one and the bases'.
        var meta = explicitMeta
        for b in bases {
            let bm = b.metaclass ?? Builtins.shared.type
            if let m = meta {
                if bm.isSubtype(of: m) { meta = bm }
                else if !m.isSubtype(of: bm) {
                    throw makeError(Builtins.shared.typeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
                }
            } else if bm !== Builtins.shared.type {
                meta = bm
            }
        }
        if let meta, meta !== Builtins.shared.type {
            return try instantiateMetaclass(meta, name: name, bases: bases, namespace: namespace, keywords: initSubclassKwargs)
        }
        return .object(try makeClass(name: name, bases: bases, namespace: namespace, metaclass: nil, keywords: initSubclassKwargs))
    }

    /// `type(name, bases, namespace)` / `type.__new__(meta, name, bases, namespace)`.
    func typeFromArguments(_ meta: PyType, _ name: Value, _ bases: Value, _ namespace: Value,
                           keywords: [(PyStr, Value)] = []) throws(PythonError) -> Value {
        guard case .str(let n) = name else {
            throw makeError(Builtins.shared.typeError, "type.__new__() argument 1 must be str, not \(typeName(name))")
        }
        guard let baseTuple = bases.asTuple else {
            throw makeError(Builtins.shared.typeError, "type.__new__() argument 2 must be tuple, not \(typeName(bases))")
        }
        guard let src = namespace.asDict else {
            throw makeError(Builtins.shared.typeError, "type.__new__() argument 3 must be dict, not \(typeName(namespace))")
        }
        let ns = src.copy()
        if ns.getString(Names.module) == nil, frameCount > 0, let m = frames[frameCount - 1].globals.getString(Names.name) {
            ns.setString(Names.module, m)
        }
        let bases = try checkedBases(baseTuple.array)
        if meta === Builtins.shared.type, let winner = bases.compactMap({ $0.metaclass }).first {
            return try instantiateMetaclass(winner, name: n.value, bases: bases, namespace: ns, keywords: keywords)
        }
        return .object(try makeClass(name: n.value, bases: bases, namespace: ns, metaclass: meta, keywords: keywords))
    }

    /// PEP 560: bases that are not classes but have `__mro_entries__` (`list[int]`) are
    /// replaced by what it returns; nil when no base needed it.
    func resolveMroEntries(_ baseValues: [Value]) throws(PythonError) -> [Value]? {
        guard baseValues.contains(where: { $0.asType == nil }) else { return nil }
        var out: [Value] = []
        var changed = false
        for b in baseValues {
            if b.asType == nil, let entries = try getAttributeOrNil(b, PyStr("__mro_entries__")) {
                guard let t = try callValue(entries, with: .object(PyTuple(baseValues))).asTuple else {
                    throw makeError(Builtins.shared.typeError, "__mro_entries__ must return a tuple")
                }
                out.append(contentsOf: t.items)
                changed = true
            } else {
                out.append(b)
            }
        }
        return changed ? out : nil
    }

    func checkedBases(_ baseValues: [Value]) throws(PythonError) -> [PyType] {
        var bases: [PyType] = []
        for b in baseValues {
            guard let t = b.asType else {
                throw makeError(Builtins.shared.typeError, "bases must be types")
            }
            if t.isBuiltin && t !== Builtins.shared.object && !t.isException && !VM.subclassableBuiltins.contains(t.name) {
                if VM.finalBuiltins.contains(t.name) {
                    throw makeError(Builtins.shared.typeError, "type '\(t.name)' is not an acceptable base type")
                }
                throw makeError(Builtins.shared.notImplementedError, "subclassing the builtin type '\(t.name)' is not supported")
            }
            bases.append(t)
        }
        // An instance holds at most one builtin value (`builtinValue`) or one exception
        // state, so bases needing two different ones conflict, as in CPython.
        var layout: PyType? = nil
        for t in bases {
            guard let solid = t.isException ? Builtins.shared.baseException : t.builtinBase else { continue }
            if let l = layout, l !== solid {
                throw makeError(Builtins.shared.typeError, "multiple bases have instance lay-out conflict")
            }
            layout = solid
        }
        return bases.isEmpty ? [Builtins.shared.object] : bases
    }

    /// `Meta(name, bases, namespace)`: the metaclass's `__new__` and `__init__` when defined in Python.
    func instantiateMetaclass(_ meta: PyType, name: String, bases: [PyType], namespace: PyDict, keywords: [(PyStr, Value)]) throws(PythonError) -> Value {
        let args: [Value] = [.str(PyStr(name)), .object(PyTuple(bases.map { .object($0) })), .object(namespace)]
        var cls: Value
        if let newAttr = meta.lookup(Names.new), !(newAttr.asObject?.kind == .builtinFunction) {
            var fn = newAttr
            if case .object(let o) = newAttr, o.kind == .staticMethod { fn = unsafeDowncast(o, to: PyMethodWrapper.self).function }
            cls = try callValue(fn, [.object(meta)] + args + keywords.map { $0.1 }, keywordNames: keywords.map { $0.0 })
        } else {
            cls = .object(try makeClass(name: name, bases: bases, namespace: namespace, metaclass: meta, keywords: keywords))
        }
        if let t = cls.asType, t.metaclass != nil, let initAttr = meta.lookup(Names.`init`), !(initAttr.asObject?.kind == .builtinFunction) {
            _ = try callValue(initAttr, [cls] + args + keywords.map { $0.1 }, keywordNames: keywords.map { $0.0 })
        }
        return cls
    }

    /// Creates a class from an executed namespace (also `type(name, bases, dict)` and `type.__new__`).
    func makeClass(name: String, bases: [PyType], namespace: PyDict, metaclass: PyType?, keywords: [(PyStr, Value)]) throws(PythonError) -> PyType {
        try checkSlots(namespace)
        let cls = PyType(name: name, bases: bases, dict: namespace, isBuiltin: false, module: namespace.getString(Names.module)?.asString ?? "__main__")
        if let meta = metaclass, meta !== Builtins.shared.type { cls.metaclass = meta }
        if let qv = namespace.getString(Names.qualname) {
            guard case .str(let qs) = qv else {
                throw makeError(Builtins.shared.typeError, "type __qualname__ must be a str, not \(typeName(qv))")
            }
            let q = qs.value
            cls.qualname = q
            _ = try namespace.remove(.str(Names.qualname), vm: self)
        }
        cls.mro = try computeMRO(cls)
        cls.isException = cls.mro.contains { $0.isException }
        cls.registerWithBases()
        // Implicit wrappers.
        for special in [Names.initSubclass, Names.classGetItem] {
            if let v = namespace.getString(special), v.asFunction != nil {
                namespace.setString(special, .object(PyMethodWrapper(function: v, isClassMethod: true)))
            }
        }
        if let v = namespace.getString(Names.new), v.asFunction != nil {
            namespace.setString(Names.new, .object(PyMethodWrapper(function: v, isClassMethod: false)))
        }
        // Every class has a `__doc__` of its own (None without a docstring), as in CPython:
        // its instances and subclasses find None rather than an inherited docstring.
        if namespace.getString(Names.doc) == nil {
            namespace.setString(Names.doc, .none)
        }
        if namespace.getString(Names.eq) != nil && namespace.getString(Names.hash) == nil {
            namespace.setString(Names.hash, .none)
        }
        if let cellValue = namespace.getString(Names.classcell) {
            cellValue.asCell?.value = .object(cls)
            _ = try namespace.remove(.str(Names.classcell), vm: self)
        }
        // __set_name__ on attributes.
        for (k, v) in namespace.items {
            if case .object(let o) = v, o.kind == .property, case .str(let s) = k {
                unsafeDowncast(o, to: PyProperty.self).name = s.value
                continue
            }
            guard isUserInstance(v) else { continue }
            if let setName = lookupSpecial(v, Names.setName) {
                _ = try callValue(try bindDescriptor(setName, instance: v, owner: typeOf(v)), [.object(cls), k])
            }
        }
        // __init_subclass__ of the nearest base defining it.
        if cls.mro.count > 1 {
            for base in cls.mro.dropFirst() {
                if let hook = base.dict.getString(Names.initSubclass), !(hook.asObject?.kind == .builtinFunction) {
                    let bound = try bindDescriptor(hook, instance: .none, owner: cls)
                    _ = try callValue(bound, keywords.map { $0.1 }, keywordNames: keywords.map { $0.0 })
                    break
                }
            }
        }
        return cls
    }

    static let subclassableBuiltins: Set<String> = ["list", "dict", "set", "frozenset", "str", "int", "float", "tuple", "bytes", "type"]
    static let finalBuiltins: Set<String> = ["bool", "range", "slice", "function", "builtin_function_or_method", "method", "NoneType", "NotImplementedType", "ellipsis", "generator", "coroutine", "memoryview"]

    /// C3 linearization.
    ///
    /// Linear in the total length of the bases' MROs: each candidate head is checked against
    /// a count of its occurrences in the sequences' tails instead of by scanning them (a
    /// chain of thousands of classes made in a loop would otherwise take cubic time in native
    /// code, out of reach of the time limit).
    func computeMRO(_ cls: PyType) throws(PythonError) -> [PyType] {
        let sequences: [[PyType]] = cls.bases.map { $0.mro } + [cls.bases]
        var positions = [Int](repeating: 0, count: sequences.count)
        var tailCounts: [ObjectIdentifier: Int] = [:]
        for seq in sequences {
            for t in seq.dropFirst() { tailCounts[ObjectIdentifier(t), default: 0] += 1 }
        }
        var result = [cls]
        while true {
            var candidate: PyType? = nil
            var remaining = false
            for (i, seq) in sequences.enumerated() where positions[i] < seq.count {
                remaining = true
                let head = seq[positions[i]]
                if tailCounts[ObjectIdentifier(head), default: 0] == 0 {
                    candidate = head
                    break
                }
            }
            if !remaining { return result }
            guard let next = candidate else {
                let names = cls.bases.map { $0.name }.joined(separator: ", ")
                throw makeError(Builtins.shared.typeError, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(next)
            for (i, seq) in sequences.enumerated() where positions[i] < seq.count && seq[positions[i]] === next {
                positions[i] += 1
                // The new head leaves the tail.
                if positions[i] < seq.count { tailCounts[ObjectIdentifier(seq[positions[i]]), default: 0] -= 1 }
            }
        }
    }
}

extension PyType {
    /// A `__getattribute__` defined in Python by a class in the MRO (computed once, cached).
    var customGetattribute: Value? {
        switch getattributeState {
        case .none: return nil
        case .custom(let v): return v
        case .unknown:
            guard let v = lookup(Names.getattribute), v.asObject?.kind != .builtinFunction else {
                getattributeState = .none
                return nil
            }
            getattributeState = .custom(v)
            return v
        }
    }

    /// The attribute names instances may hold when every class in the MRO defines `__slots__`
    /// (without `'__dict__'`), so instances have no `__dict__`; nil when they have one.
    var instanceSlotNames: Set<String>? {
        switch slotState {
        case .hasDict: return nil
        case .slots(let names): return names
        case .unknown:
            var names: Set<String> = []
            var restricted = true
            for t in mro {
                if t.isBuiltin {
                    // Exceptions carry a `__dict__`; other builtin bases (`object`, `tuple`,
                    // `list`, ...) add none.
                    if t.isException { restricted = false; break }
                    continue
                }
                guard let slots = t.dict.getString(PyStr("__slots__")) else { restricted = false; break }
                guard let list = PyType.slotNameList(slots) else { restricted = false; break }
                if list.contains("__dict__") { restricted = false; break }
                for n in list {
                    // Private names are mangled like the attribute accesses in the class body.
                    let stripped = t.name.drop { $0 == "_" }
                    if n.hasPrefix("__") && !n.hasSuffix("__") && !stripped.isEmpty {
                        names.insert("_" + stripped + n)
                    } else {
                        names.insert(n)
                    }
                }
            }
            slotState = restricted ? .slots(names) : .hasDict
            return restricted ? names : nil
        }
    }

    /// The names a `__slots__` value declares (a string or an iterable of strings); nil when
    /// it is not one of the simple forms (then the class is treated as having a `__dict__`).
    static func slotNameList(_ v: Value) -> [String]? {
        if case .str(let s) = v { return [s.value] }
        let items: [Value]
        if let t = v.asTuple { items = t.array } else if let l = v.asList { items = l.items } else if let d = v.asDict { items = d.items.map { $0.0 } } else { return nil }
        var out: [String] = []
        for i in items {
            guard case .str(let s) = i else { return nil }
            out.append(s.value)
        }
        return out
    }
}

extension VM {
    /// CPython's checks on a class body's `__slots__`: valid identifiers, and no name that is
    /// also a class attribute.
    func checkSlots(_ namespace: PyDict) throws(PythonError) {
        guard let slots = namespace.getString(PyStr("__slots__")) else { return }
        if case .str = slots {} else if slots.asTuple == nil && slots.asList == nil { return }
        guard let names = PyType.slotNameList(slots) else {
            let bad = (slots.asTuple.map { $0.array } ?? slots.asList?.items ?? []).first { if case .str = $0 { return false } else { return true } }
            throw makeError(Builtins.shared.typeError, "__slots__ items must be strings, not '\(bad.map { typeName($0) } ?? "object")'")
        }
        for n in names {
            guard StrOps.isidentifier(n) else {
                throw makeError(Builtins.shared.typeError, "__slots__ must be identifiers")
            }
            if n != "__dict__" && n != "__weakref__" && namespace.getString(PyStr(n)) != nil {
                throw makeError(Builtins.shared.valueError, "'\(n)' in __slots__ conflicts with class variable")
            }
        }
    }
}

/// `C.slot` for a name in `__slots__`: CPython's `member_descriptor` (`<member 'x' of 'C'
/// objects>`), whose `__get__`/`__set__`/`__delete__` read and write the instance's slot.
final class PyMemberDescriptor: PyNativeObject, @unchecked Sendable {
    let name: PyStr
    let owner: PyType

    init(name: PyStr, owner: PyType) {
        self.name = name
        self.owner = owner
        super.init(type: PyMemberDescriptor.memberType)
    }

    nonisolated(unsafe) static let memberType: PyType = NativeTypes.make("member_descriptor", module: "builtins", methods: [
        ("__repr__", { vm, args throws(PythonError) in
            let d = try NativeTypes.receiver(vm, args, PyMemberDescriptor.self, "member_descriptor")
            return .str(PyStr("<member '\(d.name.value)' of '\(d.owner.name)' objects>"))
        }),
        ("__get__", { vm, args throws(PythonError) in
            let d = try NativeTypes.receiver(vm, args, PyMemberDescriptor.self, "member_descriptor")
            guard args.count > 1, !args[1].isNone else { return args[0] }
            guard let inst = args[1].asInstance, inst.cls.isSubtype(of: d.owner) else {
                throw vm.makeError(Builtins.shared.typeError, "descriptor '\(d.name.value)' for '\(d.owner.name)' objects doesn't apply to a '\(vm.typeName(args[1]))' object")
            }
            if let v = inst.existingAttributes?.getString(d.name) { return v }
            throw vm.makeError(Builtins.shared.attributeError, "'\(inst.cls.name)' object has no attribute '\(d.name.value)'")
        }),
        ("__set__", { vm, args throws(PythonError) in
            let d = try NativeTypes.receiver(vm, args, PyMemberDescriptor.self, "member_descriptor")
            guard args.count > 2, let inst = args[1].asInstance, inst.cls.isSubtype(of: d.owner) else {
                throw vm.makeError(Builtins.shared.typeError, "descriptor '\(d.name.value)' for '\(d.owner.name)' objects doesn't apply to a '\(args.count > 1 ? vm.typeName(args[1]) : "NoneType")' object")
            }
            inst.attributes.setString(d.name, args[2])
            return .none
        }),
        ("__delete__", { vm, args throws(PythonError) in
            let d = try NativeTypes.receiver(vm, args, PyMemberDescriptor.self, "member_descriptor")
            guard args.count > 1, let inst = args[1].asInstance, inst.cls.isSubtype(of: d.owner) else {
                throw vm.makeError(Builtins.shared.typeError, "descriptor '\(d.name.value)' for '\(d.owner.name)' objects doesn't apply to this object")
            }
            if try inst.existingAttributes?.remove(.str(d.name), vm: vm) == nil {
                throw vm.makeError(Builtins.shared.attributeError, d.name.value)
            }
            return .none
        }),
    ], properties: [
        ("__objclass__", { vm, args throws(PythonError) in .object(try NativeTypes.receiver(vm, args, PyMemberDescriptor.self, "member_descriptor").owner) }),
    ])
}
