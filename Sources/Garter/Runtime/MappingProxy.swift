/// `mappingproxy` (`types.MappingProxyType`): a read-only view of a mapping. `A.__dict__` and
/// `vars(A)` of a class give one over the class's own namespace, so code can read the class's
/// attributes but cannot write them past the class's attribute caches. Lookups, views,
/// iteration, `copy()` and `|` go to the underlying mapping; item assignment and deletion fail
/// with CPython's messages because the type defines no `__setitem__`/`__delitem__`.
final class PyMappingProxy: PyNativeObject, @unchecked Sendable {
    /// The class whose namespace this shows, or nil for a proxy over an arbitrary mapping.
    private(set) var owner: PyType?
    /// The mapping shown when `owner` is nil.
    private(set) var target: Value

    /// A proxy over the namespace of class `owner`.
    init(owner: PyType) {
        self.owner = owner
        self.target = .none
        super.init(type: PyMappingProxy.proxyType)
    }

    /// A proxy over `mapping` (a dict or any object with `keys` and `__getitem__`).
    init(mapping: Value) {
        self.owner = nil
        self.target = mapping
        super.init(type: PyMappingProxy.proxyType)
    }

    /// The mapping lookups go to.
    var mapping: Value { owner.map { .object($0.dict) } ?? target }

    /// Drops the references of a proxy of a run being released.
    func clear() {
        owner = nil
        target = .none
    }

    /// The proxy a method was called on (TypeError for another receiver).
    private static func receiver(_ vm: VM, _ args: Arguments) throws(PythonError) -> PyMappingProxy {
        try NativeTypes.receiver(vm, args, PyMappingProxy.self, "mappingproxy")
    }

    /// Calls method `name` of the underlying mapping with the arguments after the receiver
    /// (`min`...`max` of them, positional).
    private static func forward(_ vm: VM, _ args: Arguments, _ name: String, min: Int = 0, max: Int = 0) throws(PythonError) -> Value {
        let p = try receiver(vm, args)
        let rest = NativeTypes.rest(args)
        try rest.check("mappingproxy.\(name)", min: min, max: max, vm: vm)
        let method = try vm.getAttribute(p.mapping, PyStr(name))
        return try vm.callValue(method, rest.positional, keywordNames: [])
    }

    /// Whether CPython's `mappingproxy()` accepts `v`: a mapping, not a list or tuple.
    private static func acceptable(_ vm: VM, _ v: Value) -> Bool {
        if v.asDict != nil { return true }
        if v.asList != nil || v.asTuple != nil { return false }
        return vm.lookupSpecial(v, Names.getitem) != nil && vm.lookupSpecial(v, PyStr("keys")) != nil
    }

    /// The `mappingproxy` type (`types.MappingProxyType`).
    nonisolated(unsafe) static let proxyType: PyType = {
        let t = NativeTypes.make("mappingproxy", module: "builtins", methods: [
            ("__getitem__", { vm, args throws(PythonError) in
                let p = try receiver(vm, args)
                return try vm.getItem(p.mapping, args[1])
            }),
            ("get", { vm, args throws(PythonError) in
                try forward(vm, args, "get", min: 1, max: 2)
            }),
            ("keys", { vm, args throws(PythonError) in try forward(vm, args, "keys") }),
            ("values", { vm, args throws(PythonError) in try forward(vm, args, "values") }),
            ("items", { vm, args throws(PythonError) in try forward(vm, args, "items") }),
            ("copy", { vm, args throws(PythonError) in try forward(vm, args, "copy") }),
            ("__reversed__", { vm, args throws(PythonError) in
                try vm.reversedIterator(try receiver(vm, args).mapping)
            }),
            ("__iter__", { vm, args throws(PythonError) in
                try vm.getIterator(try receiver(vm, args).mapping)
            }),
            ("__len__", { vm, args throws(PythonError) in
                .int(try vm.length(of: try receiver(vm, args).mapping))
            }),
            ("__contains__", { vm, args throws(PythonError) in
                .bool(try vm.contains(try receiver(vm, args).mapping, args[1]))
            }),
            ("__eq__", compare(.eq)), ("__ne__", compare(.ne)), ("__lt__", compare(.lt)),
            ("__le__", compare(.le)), ("__gt__", compare(.gt)), ("__ge__", compare(.ge)),
            ("__hash__", { vm, _ throws(PythonError) in
                throw vm.makeError(Builtins.shared.typeError, "unhashable type: 'mappingproxy'")
            }),
            ("__or__", { vm, args throws(PythonError) in
                try vm.binaryOperation(.or, unwrap(args[0]), unwrap(args[1]), inplace: false)
            }),
            ("__ror__", { vm, args throws(PythonError) in
                try vm.binaryOperation(.or, unwrap(args[1]), unwrap(args[0]), inplace: false)
            }),
            ("__ior__", { vm, _ throws(PythonError) in
                throw vm.makeError(Builtins.shared.typeError, "'|=' is not supported by mappingproxy; use '|' instead")
            }),
            ("__repr__", { vm, args throws(PythonError) in
                let p = try receiver(vm, args)
                return .str(PyStr("mappingproxy(" + (try vm.repr(p.mapping)) + ")"))
            }),
            ("__str__", { vm, args throws(PythonError) in
                .str(PyStr(try vm.str(try receiver(vm, args).mapping)))
            }),
        ], constructor: { vm, args throws(PythonError) in
            let given = args.keyword("mapping") ?? (args.positionalCount > 0 ? args[0] : nil)
            for k in args.keywordNames where k.value != "mapping" {
                throw vm.makeError(Builtins.shared.typeError, "mappingproxy() got an unexpected keyword argument '\(k.value)'")
            }
            guard let mapping = given else {
                throw vm.makeError(Builtins.shared.typeError, "mappingproxy() missing required argument 'mapping' (pos 1)")
            }
            if args.count > 1 {
                throw vm.makeError(Builtins.shared.typeError, "mappingproxy() takes at most 1 argument (\(args.count) given)")
            }
            guard acceptable(vm, mapping) else {
                throw vm.makeError(Builtins.shared.typeError, "mappingproxy() argument must be a mapping, not \(vm.typeName(mapping))")
            }
            return .object(PyMappingProxy(mapping: mapping))
        })
        return t
    }()

    /// The mapping behind `v` when it is a proxy, else `v` (for `|`).
    private static func unwrap(_ v: Value) -> Value {
        if case .object(let o) = v, let p = o as? PyMappingProxy { return p.mapping }
        return v
    }

    /// A rich comparison: the underlying mapping compared with the other operand.
    private static func compare(_ op: CompareOperator) -> BuiltinBody {
        { vm, args throws(PythonError) in
            let p = try receiver(vm, args)
            return try vm.compare(op, p.mapping, args[1])
        }
    }
}
