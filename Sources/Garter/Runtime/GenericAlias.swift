/// `types.GenericAlias`: what subscripting a builtin container class gives (`list[int]`,
/// `dict[str, list[int]]`, `collections.deque[int]`), as used in annotations and type aliases.
/// It prints like CPython, exposes `__origin__`/`__args__`/`__parameters__`, compares by
/// origin and arguments, calling it builds an `__origin__` instance, and as a class base it
/// stands for its origin (`__mro_entries__`).
final class PyGenericAlias: PyNativeObject, @unchecked Sendable {
    private(set) var origin: Value
    private(set) var args: [Value]

    init(origin: Value, args: [Value]) {
        self.origin = origin
        self.args = args
        super.init(type: PyGenericAlias.aliasType)
    }

    /// `list[list[...]]` nested deeply is released without recursing (see `Trashcan`).
    deinit {
        Trashcan.release(&args)
        Trashcan.release(&origin)
    }

    /// Builtin classes that CPython refuses to subscript (`int[str]` is a TypeError); every
    /// other builtin class gives a generic alias.
    static let unsubscriptable: Set<String> = [
        "int", "float", "str", "bytes", "bool", "object", "range", "slice", "bytearray", "memoryview",
        "complex", "NoneType", "NotImplementedType", "ellipsis", "function", "builtin_function_or_method",
        "method", "property", "staticmethod", "classmethod", "super", "map", "filter", "zip", "reversed",
    ]

    /// How CPython's `ga_repr_item` shows an origin or argument.
    static func reprItem(_ vm: VM, _ v: Value) throws(PythonError) -> String {
        if v.isIdentical(to: .ellipsis) { return "..." }
        if let t = v.asType {
            return t.module == "builtins" ? t.qualname : t.module + "." + t.qualname
        }
        if let f = v.asFunction { return f.module == "builtins" ? f.qualname : f.module + "." + f.qualname }
        if case .object(let o) = v, o.kind == .builtinFunction {
            let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
            if f.ownerName == nil { return f.name }
        }
        return try vm.repr(v)
    }

    nonisolated(unsafe) static let aliasType: PyType = {
        let t = NativeTypes.make("GenericAlias", module: "types", methods: [
            ("__repr__", { vm, args throws(PythonError) in
                let g = try NativeTypes.receiver(vm, args, PyGenericAlias.self, "types.GenericAlias")
                guard StackGuard.hasRoom() else {
                    throw vm.makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
                }
                var parts: [String] = []
                for a in g.args { parts.append(try reprItem(vm, a)) }
                let inner = g.args.isEmpty ? "()" : parts.joined(separator: ", ")
                return .str(PyStr(try reprItem(vm, g.origin) + "[" + inner + "]"))
            }),
            ("__call__", { vm, args throws(PythonError) in
                let g = try NativeTypes.receiver(vm, args, PyGenericAlias.self, "types.GenericAlias")
                let rest = NativeTypes.rest(args)
                var values = rest.positional
                for i in 0..<rest.keywordCount { values.append(rest[rest.positionalCount + i]) }
                return try vm.callValue(g.origin, values, keywordNames: rest.keywordNames)
            }),
            ("__eq__", { vm, args throws(PythonError) in
                let g = try NativeTypes.receiver(vm, args, PyGenericAlias.self, "types.GenericAlias")
                guard StackGuard.hasRoom() else {
                    throw vm.makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded in comparison")
                }
                guard args.count > 1, case .object(let o) = args[1], let h = o as? PyGenericAlias else { return .notImplemented }
                guard g.origin.isIdentical(to: h.origin), g.args.count == h.args.count else { return .bool(false) }
                for (a, b) in zip(g.args, h.args) where !(try vm.equals(a, b)) { return .bool(false) }
                return .bool(true)
            }),
            ("__hash__", { vm, args throws(PythonError) in
                let g = try NativeTypes.receiver(vm, args, PyGenericAlias.self, "types.GenericAlias")
                guard StackGuard.hasRoom() else {
                    throw vm.makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded")
                }
                return .int(try vm.hash(g.origin) ^ vm.tupleHash(g.args))
            }),
            ("__mro_entries__", { vm, args throws(PythonError) in
                let g = try NativeTypes.receiver(vm, args, PyGenericAlias.self, "types.GenericAlias")
                return .object(PyTuple([g.origin]))
            }),
            ("__or__", { vm, args throws(PythonError) in
                guard args.count > 1, let u = vm.unionOf(args[0], args[1]) else { return .notImplemented }
                return u
            }),
            ("__ror__", { vm, args throws(PythonError) in
                guard args.count > 1, let u = vm.unionOf(args[1], args[0]) else { return .notImplemented }
                return u
            }),
        ], properties: [
            ("__origin__", { vm, args throws(PythonError) in
                try NativeTypes.receiver(vm, args, PyGenericAlias.self, "types.GenericAlias").origin
            }),
            ("__args__", { vm, args throws(PythonError) in
                .object(PyTuple(try NativeTypes.receiver(vm, args, PyGenericAlias.self, "types.GenericAlias").args))
            }),
            ("__parameters__", { _, _ throws(PythonError) in .object(PyTuple([])) }),
        ], constructor: { vm, args throws(PythonError) in
            if args.keywordCount != 0 { throw vm.makeError(Builtins.shared.typeError, "GenericAlias() takes no keyword arguments") }
            guard args.count == 2 else {
                throw vm.makeError(Builtins.shared.typeError, "GenericAlias expected 2 arguments, got \(args.count)")
            }
            let items = args[1].asTuple.map { $0.array } ?? [args[1]]
            return .object(PyGenericAlias(origin: args[0], args: items))
        })
        return t
    }()
}

extension VM {
    /// `cls[item]` for a builtin class without `__class_getitem__` of its own.
    func builtinClassGetItem(_ t: PyType, _ item: Value) throws(PythonError) -> Value {
        if PyGenericAlias.unsubscriptable.contains(t.name) && t.module == "builtins" {
            throw makeError(Builtins.shared.typeError, "type '\(t.name)' is not subscriptable")
        }
        let args = item.asTuple.map { $0.array } ?? [item]
        return .object(PyGenericAlias(origin: .object(t), args: args))
    }
}
