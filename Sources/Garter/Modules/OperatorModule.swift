import BigInt

/// Helpers for module-defined native object types (`PyNativeObject` subclasses whose methods
/// are builtin functions in the type's dict, receiving the object as first argument).
enum NativeTypes {
    /// A type created once per process; `methods` become builtin methods, `properties`
    /// read-only properties.
    static func make(_ name: String, module: String, methods: [(String, BuiltinBody)] = [],
                     properties: [(String, BuiltinBody)] = [], constructor: BuiltinBody? = nil) -> PyType {
        let t = PyType(name: name, bases: [Builtins.shared.object], isBuiltin: true, module: module)
        t.mro = [t, Builtins.shared.object]
        for (n, body) in methods {
            t.dict.setString(PyStr(frozen: n), .object(PyBuiltinFunction(name: n, owner: name, body: body)))
        }
        for (n, body) in properties {
            let getter = PyBuiltinFunction(name: n, owner: name, body: body)
            t.dict.setString(PyStr(frozen: n), .object(PyProperty(getter: .object(getter), setter: .none, deleter: .none, doc: .none)))
        }
        t.constructor = constructor
        return t
    }

    /// The receiver of a native method, downcast.
    static func receiver<T: PyNativeObject>(_ vm: VM, _ args: Arguments, _ cls: T.Type, _ what: String) throws(PythonError) -> T {
        if args.count > 0, case .object(let o) = args[0], let r = o as? T { return r }
        throw vm.makeError(Builtins.shared.typeError, "descriptor requires a '\(what)' object")
    }

    /// Arguments after the receiver.
    static func rest(_ args: Arguments) -> Arguments {
        args.droppingFirst
    }
}

final class PyItemGetter: PyNativeObject, @unchecked Sendable {
    let items: [Value]
    init(_ items: [Value]) {
        self.items = items
        super.init(type: OperatorModule.itemgetterType)
    }
}

final class PyAttrGetter: PyNativeObject, @unchecked Sendable {
    let names: [[PyStr]]
    let original: [Value]
    init(_ names: [[PyStr]], original: [Value]) {
        self.names = names
        self.original = original
        super.init(type: OperatorModule.attrgetterType)
    }
}

final class PyMethodCaller: PyNativeObject, @unchecked Sendable {
    let name: PyStr
    let args: [Value]
    let keywordNames: [PyStr]
    let keywordValues: [Value]
    init(name: PyStr, args: [Value], keywordNames: [PyStr], keywordValues: [Value]) {
        self.name = name
        self.args = args
        self.keywordNames = keywordNames
        self.keywordValues = keywordValues
        super.init(type: OperatorModule.methodcallerType)
    }
}

/// `operator`: the function forms of Python's operators, and the native `itemgetter`,
/// `attrgetter` and `methodcaller` callables.
enum OperatorModule {
    static let itemgetterType: PyType = NativeTypes.make("itemgetter", module: "operator", methods: [
        ("__call__", { vm, args throws(PythonError) in
            let g = try NativeTypes.receiver(vm, args, PyItemGetter.self, "operator.itemgetter")
            let rest = NativeTypes.rest(args)
            try rest.check("itemgetter", min: 1, max: 1, vm: vm)
            let obj = rest[0]
            if g.items.count == 1 { return try vm.getItem(obj, g.items[0]) }
            var out: [Value] = []
            out.reserveCapacity(g.items.count)
            for i in g.items { out.append(try vm.getItem(obj, i)) }
            return .object(PyTuple(out))
        }),
        ("__repr__", { vm, args throws(PythonError) in
            let g = try NativeTypes.receiver(vm, args, PyItemGetter.self, "operator.itemgetter")
            return .str(PyStr("operator.itemgetter(\(try vm.reprItems(g.items)))"))
        }),
    ], constructor: { vm, args throws(PythonError) in
        if args.keywordCount != 0 { throw vm.makeError(Builtins.shared.typeError, "itemgetter() takes no keyword arguments") }
        if args.positionalCount == 0 { throw vm.makeError(Builtins.shared.typeError, "itemgetter expected 1 argument, got 0") }
        return .object(PyItemGetter(args.positional))
    })

    static let attrgetterType: PyType = NativeTypes.make("attrgetter", module: "operator", methods: [
        ("__call__", { vm, args throws(PythonError) in
            let g = try NativeTypes.receiver(vm, args, PyAttrGetter.self, "operator.attrgetter")
            let rest = NativeTypes.rest(args)
            try rest.check("attrgetter", min: 1, max: 1, vm: vm)
            let obj = rest[0]
            func resolve(_ path: [PyStr]) throws(PythonError) -> Value {
                var v = obj
                for part in path { v = try vm.getAttribute(v, part) }
                return v
            }
            if g.names.count == 1 { return try resolve(g.names[0]) }
            var out: [Value] = []
            for p in g.names { out.append(try resolve(p)) }
            return .object(PyTuple(out))
        }),
        ("__repr__", { vm, args throws(PythonError) in
            let g = try NativeTypes.receiver(vm, args, PyAttrGetter.self, "operator.attrgetter")
            return .str(PyStr("operator.attrgetter(\(try vm.reprItems(g.original)))"))
        }),
    ], constructor: { vm, args throws(PythonError) in
        if args.keywordCount != 0 { throw vm.makeError(Builtins.shared.typeError, "attrgetter() takes no keyword arguments") }
        if args.positionalCount == 0 { throw vm.makeError(Builtins.shared.typeError, "attrgetter expected 1 argument, got 0") }
        var names: [[PyStr]] = []
        for v in args.positional {
            guard case .str(let s) = v else { throw vm.makeError(Builtins.shared.typeError, "attribute name must be a string") }
            names.append(s.value.split(separator: ".", omittingEmptySubsequences: false).map { PyStr(String($0)) })
        }
        return .object(PyAttrGetter(names, original: args.positional))
    })

    static let methodcallerType: PyType = NativeTypes.make("methodcaller", module: "operator", methods: [
        ("__call__", { vm, args throws(PythonError) in
            let g = try NativeTypes.receiver(vm, args, PyMethodCaller.self, "operator.methodcaller")
            let rest = NativeTypes.rest(args)
            try rest.check("methodcaller", min: 1, max: 1, vm: vm)
            let method = try vm.getAttribute(rest[0], g.name)
            return try vm.callValue(method, g.args + g.keywordValues, keywordNames: g.keywordNames)
        }),
        ("__repr__", { vm, args throws(PythonError) in
            let g = try NativeTypes.receiver(vm, args, PyMethodCaller.self, "operator.methodcaller")
            var parts = [try vm.repr(.str(g.name))]
            for a in g.args { parts.append(try vm.repr(a)) }
            for (k, v) in zip(g.keywordNames, g.keywordValues) { parts.append("\(k.value)=\(try vm.repr(v))") }
            return .str(PyStr("operator.methodcaller(\(parts.joined(separator: ", ")))"))
        }),
    ], constructor: { vm, args throws(PythonError) in
        guard args.positionalCount >= 1 else { throw vm.makeError(Builtins.shared.typeError, "methodcaller needs at least one argument, the method name") }
        guard case .str(let name) = args[0] else { throw vm.makeError(Builtins.shared.typeError, "method name must be a string") }
        let pos = args.positionalAfterFirst
        var kwv: [Value] = []
        for i in 0..<args.keywordCount { kwv.append(args[args.positionalCount + i]) }
        return .object(PyMethodCaller(name: name, args: pos, keywordNames: args.keywordNames, keywordValues: kwv))
    })

    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("operator")
        m.value("itemgetter", .object(itemgetterType))
        m.value("attrgetter", .object(attrgetterType))
        m.value("methodcaller", .object(methodcallerType))
        func both(_ name: String, _ body: @escaping BuiltinBody) {
            m.function(name, body)
            let dunder = name.hasSuffix("_") ? String(name.dropLast()) : name
            m.function("__\(dunder)__", body)
        }
        let binaries: [(String, BinaryOperator)] = [
            ("add", .add), ("sub", .sub), ("mul", .mul), ("truediv", .truediv), ("floordiv", .floordiv),
            ("mod", .mod), ("pow", .pow), ("lshift", .lshift), ("rshift", .rshift), ("and_", .and),
            ("or_", .or), ("xor", .xor), ("matmul", .matmul),
        ]
        for (name, op) in binaries {
            both(name) { vm, args throws(PythonError) in
                try args.check(name, min: 2, max: 2, vm: vm)
                return try vm.binaryOperation(op, args[0], args[1], inplace: false)
            }
            let iname = "i" + (name.hasSuffix("_") ? String(name.dropLast()) : name)
            both(iname) { vm, args throws(PythonError) in
                try args.check(iname, min: 2, max: 2, vm: vm)
                return try vm.binaryOperation(op, args[0], args[1], inplace: true)
            }
        }
        let comparisons: [(String, CompareOperator)] = [("lt", .lt), ("le", .le), ("eq", .eq), ("ne", .ne), ("gt", .gt), ("ge", .ge)]
        for (name, op) in comparisons {
            both(name) { vm, args throws(PythonError) in
                try args.check(name, min: 2, max: 2, vm: vm)
                return try vm.compare(op, args[0], args[1])
            }
        }
        let unaries: [(String, UnaryOperator)] = [("neg", .negative), ("pos", .positive), ("invert", .invert), ("inv", .invert)]
        for (name, op) in unaries {
            both(name) { vm, args throws(PythonError) in
                try args.check(name, min: 1, max: 1, vm: vm)
                return try vm.unaryOperation(op, args[0])
            }
        }
        both("not_") { vm, args throws(PythonError) in
            try args.check("not_", min: 1, max: 1, vm: vm)
            return .bool(!(try vm.isTrue(args[0])))
        }
        m.function("truth") { vm, args throws(PythonError) in
            try args.check("truth", min: 1, max: 1, vm: vm)
            return .bool(try vm.isTrue(args[0]))
        }
        both("abs") { vm, args throws(PythonError) in
            try args.check("abs", min: 1, max: 1, vm: vm)
            return try vm.callValue(vm.builtins.getString(PyStr("abs"))!, [args[0]])
        }
        both("index") { vm, args throws(PythonError) in
            try args.check("index", min: 1, max: 1, vm: vm)
            if let b = args[0].asBigIntValue { return .bigInt(b) }
            return .int(try vm.indexValue(args[0]))
        }
        m.function("is_") { vm, args throws(PythonError) in
            try args.check("is_", min: 2, max: 2, vm: vm)
            return .bool(args[0].isIdentical(to: args[1]))
        }
        m.function("is_not") { vm, args throws(PythonError) in
            try args.check("is_not", min: 2, max: 2, vm: vm)
            return .bool(!args[0].isIdentical(to: args[1]))
        }
        both("contains") { vm, args throws(PythonError) in
            try args.check("contains", min: 2, max: 2, vm: vm)
            return .bool(try vm.contains(args[0], args[1]))
        }
        m.function("countOf") { vm, args throws(PythonError) in
            try args.check("countOf", min: 2, max: 2, vm: vm)
            var n = 0
            let it = try vm.getIterator(args[0])
            while let x = try vm.nextItem(it) {
                if try vm.sameOrEqual(x, args[1]) { n += 1 }
            }
            return .int(n)
        }
        m.function("indexOf") { vm, args throws(PythonError) in
            try args.check("indexOf", min: 2, max: 2, vm: vm)
            var i = 0
            let it = try vm.getIterator(args[0])
            while let x = try vm.nextItem(it) {
                if try vm.sameOrEqual(x, args[1]) { return .int(i) }
                i += 1
            }
            throw vm.makeError(Builtins.shared.valueError, "sequence.index(x): x not in sequence")
        }
        both("getitem") { vm, args throws(PythonError) in
            try args.check("getitem", min: 2, max: 2, vm: vm)
            return try vm.getItem(args[0], args[1])
        }
        both("setitem") { vm, args throws(PythonError) in
            try args.check("setitem", min: 3, max: 3, vm: vm)
            try vm.setItem(args[0], args[1], args[2])
            return .none
        }
        both("delitem") { vm, args throws(PythonError) in
            try args.check("delitem", min: 2, max: 2, vm: vm)
            try vm.deleteItem(args[0], args[1])
            return .none
        }
        for inplace in [false, true] {
            let name = inplace ? "iconcat" : "concat"
            both(name) { vm, args throws(PythonError) in
                try args.check(name, min: 2, max: 2, vm: vm)
                let a = vm.builtinBase(args[0])
                var isSequence = false
                switch a {
                case .str: isSequence = true
                case .object(let o): isSequence = [.list, .tuple, .bytes].contains(o.kind) || (vm.isUserInstance(args[0]) && vm.lookupSpecial(args[0], Names.getitem) != nil)
                default: break
                }
                if !isSequence {
                    throw vm.makeError(Builtins.shared.typeError, "'\(vm.typeName(args[0]))' object can't be concatenated")
                }
                return try vm.binaryOperation(.add, args[0], args[1], inplace: inplace)
            }
        }
        m.function("length_hint") { vm, args throws(PythonError) in
            try args.check("length_hint", min: 1, max: 2, vm: vm)
            if let n = try? vm.length(of: args[0]) { return .int(n) }
            if case .object(let o) = args[0] {
                if o.kind == .listIterator {
                    let li = unsafeDowncast(o, to: PyListIterator.self)
                    return .int(max(0, li.list.items.count - li.index))
                }
                if o.kind == .rangeIterator { return .int(unsafeDowncast(o, to: PyRangeIterator.self).remaining) }
            }
            if vm.isUserInstance(args[0]), let r = try vm.callSpecial(args[0], PyStr("__length_hint__"), []) { return r }
            return args.positionalCount > 1 ? args[1] : .int(0)
        }
        m.function("call") { vm, args throws(PythonError) in
            guard args.positionalCount >= 1 else {
                throw vm.makeError(Builtins.shared.typeError, "call() missing 1 required positional argument: 'obj'")
            }
            let rest = NativeTypes.rest(args)
            var values: [Value] = []
            for i in 0..<rest.count { values.append(rest[i]) }
            return try vm.callValue(args[0], values, keywordNames: args.keywordNames)
        }
        return m.module
    }
}
