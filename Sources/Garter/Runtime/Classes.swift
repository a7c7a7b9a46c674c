/// Class creation: running the class body in a namespace, C3 method resolution order,
/// implicit `__hash__ = None`, `__class__` cell, `__set_name__` and `__init_subclass__`.
extension VM {
    func buildClass(body: Value, name: String, bases baseValues: [Value], keywords: Value) throws(PythonError) -> Value {
        guard let fn = body.asFunction else {
            throw makeError(Builtins.shared.typeError, "__build_class__: func must be a function")
        }
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
        var initSubclassKwargs: [(PyStr, Value)] = []
        if let kw = keywords.asDict {
            for (k, v) in kw.items {
                guard case .str(let ks) = k else { continue }
                if ks.value == "metaclass" {
                    if let meta = v.asType, meta === Builtins.shared.type { continue }
                    if let meta = v.asType, meta.name == "ABCMeta" { continue }
                    throw makeError(Builtins.shared.notImplementedError, "metaclasses are not supported")
                }
                initSubclassKwargs.append((ks, v))
            }
        }
        if bases.isEmpty { bases = [Builtins.shared.object] }
        // Run the body.
        let namespace = PyDict()
        if let moduleName = fn.globals.getString("__name__") {
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

        let cls = PyType(name: name, bases: bases, dict: namespace, isBuiltin: false, module: namespace.getString(Names.module)?.asString ?? "__main__")
        if let q = namespace.getString(Names.qualname)?.asString {
            cls.qualname = q
            _ = try namespace.remove(.str(Names.qualname), vm: self)
        }
        cls.mro = try computeMRO(cls)
        cls.isException = cls.mro.contains { $0.isException }
        // Implicit wrappers.
        for special in [Names.initSubclass, Names.classGetItem] {
            if let v = namespace.getString(special), v.asFunction != nil {
                namespace.setString(special, .object(PyMethodWrapper(function: v, isClassMethod: true)))
            }
        }
        if let v = namespace.getString(Names.new), v.asFunction != nil {
            namespace.setString(Names.new, .object(PyMethodWrapper(function: v, isClassMethod: false)))
        }
        if namespace.getString(Names.eq) != nil && namespace.getString(Names.hash) == nil {
            namespace.setString(Names.hash, .none)
        }
        if let cell = classCell.asCell {
            cell.value = .object(cls)
        }
        // __set_name__ on attributes.
        for (k, v) in namespace.items where isUserInstance(v) {
            if let setName = lookupSpecial(v, Names.setName) {
                _ = try callValue(try bindDescriptor(setName, instance: v, owner: typeOf(v)), [.object(cls), k])
            }
        }
        // __init_subclass__ of the nearest base defining it.
        if cls.mro.count > 1 {
            for base in cls.mro.dropFirst() {
                if let hook = base.dict.getString(Names.initSubclass), !(hook.asObject?.kind == .builtinFunction) {
                    let bound = try bindDescriptor(hook, instance: .none, owner: cls)
                    _ = try callValue(bound, initSubclassKwargs.map { $0.1 }, keywordNames: initSubclassKwargs.map { $0.0 })
                    break
                }
            }
        }
        return .object(cls)
    }

    static let subclassableBuiltins: Set<String> = ["list", "dict", "set", "frozenset", "str", "int", "float", "tuple", "bytes"]
    static let finalBuiltins: Set<String> = ["bool", "range", "slice", "function", "builtin_function_or_method", "method", "NoneType", "NotImplementedType", "ellipsis", "generator", "coroutine", "memoryview"]

    /// C3 linearization.
    func computeMRO(_ cls: PyType) throws(PythonError) -> [PyType] {
        var sequences: [[PyType]] = cls.bases.map { $0.mro }
        sequences.append(cls.bases)
        var result = [cls]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyType? = nil
            for seq in sequences {
                let head = seq[0]
                let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
                if !inTail {
                    candidate = head
                    break
                }
            }
            guard let next = candidate else {
                let names = cls.bases.map { $0.name }.joined(separator: ", ")
                throw makeError(Builtins.shared.typeError, "Cannot create a consistent method resolution\norder (MRO) for bases \(names)")
            }
            result.append(next)
            for i in sequences.indices where sequences[i].first === next {
                sequences[i].removeFirst()
            }
        }
    }
}
