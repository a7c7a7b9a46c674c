import BigInt
/// Methods of `list`, `tuple`, `dict`, `set`/`frozenset`, `bytes` and `range`.
extension Builtins {
    /// Registers a method whose receiver must be an object of `kind`.
    func objectMethod<T: PyObject>(_ type: PyType, _ name: String, _ cls: T.Type, kinds: [ObjectKind], min: Int = 0, max: Int = 0, keywords: [String] = [], _ body: @escaping (VM, T, Arguments) throws(PythonError) -> Value) {
        // One bit per accepted kind: a mask test per call instead of an array search.
        let kindMask = kinds.reduce(UInt64(0)) { $0 | 1 << UInt64($1.rawValue) }
        method(type, name, checkReceiver: false) { vm, args throws(PythonError) in
            if args.count == 0 { throw Builtins.receiverError(vm, type, name, args) }
            if let direct = args.base.borrowedObject(tag: vm.objectTag), kindMask & 1 << UInt64(direct._withUnsafeGuaranteedRef({ $0.kind }).rawValue) != 0 {
                // The receiver's stack slot keeps it alive: borrowed, no retain.
                let rest = args.droppingFirst
                try rest.check("\(type.name).\(name)", min: min, max: max, keywords: keywords, vm: vm)
                return try direct.withBorrowed { o throws(PythonError) in try body(vm, unsafeDowncast(o, to: T.self), rest) }
            }
            guard case .object(let o) = vm.builtinBase(args[0]), kinds.contains(o.kind) else {
                let got = vm.typeName(args[0])
                throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' for '\(type.name)' objects doesn't apply to a '\(got)' object")
            }
            let rest = args.droppingFirst
            try rest.check("\(type.name).\(name)", min: min, max: max, keywords: keywords, vm: vm)
            return try body(vm, unsafeDowncast(o, to: T.self), rest)
        }
    }

    func installTypeMethods() {
        installSubclassSupport()
        installStrMethods()
        installListMethods()
        installDictMethods()
        installSetMethods()
        installOtherMethods()
        installProtocolDunders()
    }

    /// `__new__`/`__init__` of the builtin types user classes may derive from, so that
    /// `super().__init__(...)` and `super().__new__(cls, ...)` work in subclasses.
    func installSubclassSupport() {
        for t in [list, dictType, set, frozenset, str, int, float, tuple, bytes] {
            staticMethod(t, "__new__") { vm, args throws(PythonError) in
                guard args.positionalCount >= 1, let cls = args[0].asType, cls.isSubtype(of: t) else {
                    throw vm.makeError(Builtins.shared.typeError, "\(t.name).__new__(X): X is not a subtype of \(t.name)")
                }
                let rest = args.droppingFirst
                let mutable = t === Builtins.shared.list || t === Builtins.shared.dictType || t === Builtins.shared.set
                let value = mutable ? try t.constructor!(vm, Arguments(base: args.base, count: 0)) : try t.constructor!(vm, rest)
                if cls === t { return value }
                let inst = PyInstance(cls: cls)
                inst.builtinValue = value
                return .object(inst)
            }
        }
        method(list, "__init__") { vm, args throws(PythonError) in
            guard args.count > 0, let l = vm.builtinBase(args[0]).asList else { return .none }
            try args.check("list", min: 1, max: 2, vm: vm)
            l.items = args.positionalCount > 1 ? try vm.iterateToArray(args[1]) : []
            return .none
        }
        method(dictType, "__init__") { vm, args throws(PythonError) in
            guard args.count > 0, let d = vm.builtinBase(args[0]).asDict else { return .none }
            if args.positionalCount > 2 {
                throw vm.makeError(Builtins.shared.typeError, "dict expected at most 1 argument, got \(args.positionalCount - 1)")
            }
            if args.positionalCount == 2 { try vm.dictUpdate(d, from: args[1], forCall: false) }
            for (i, k) in args.keywordNames.enumerated() { d.setString(k, args[args.positionalCount + i]) }
            return .none
        }
        method(set, "__init__") { vm, args throws(PythonError) in
            guard args.count > 0, case .object(let o) = vm.builtinBase(args[0]), o.kind == .set else { return .none }
            let s = unsafeDowncast(o, to: PySet.self)
            s.removeAll()
            if args.positionalCount > 1 { for x in try vm.iterateToArray(args[1]) { try s.add(x, vm: vm) } }
            return .none
        }
    }

    func installListMethods() {
        let L = PyList.self
        objectMethod(list, "append", L, kinds: [.list], min: 1, max: 1) { _, l, a throws(PythonError) in
            l.items.append(a[0])
            return .none
        }
        if case .object(let o)? = list.dict.getString("append"), o.kind == .builtinFunction {
            unsafeDowncast(o, to: PyBuiltinFunction.self).inlineOperation = .listAppend
        }
        objectMethod(list, "extend", L, kinds: [.list], min: 1, max: 1) { vm, l, a throws(PythonError) in
            l.items.append(contentsOf: try vm.iterateToArray(a[0]))
            return .none
        }
        objectMethod(list, "insert", L, kinds: [.list], min: 2, max: 2) { vm, l, a throws(PythonError) in
            var i = try vm.sizeArgument(a[0])
            let n = l.items.count
            if i < 0 { i = Swift.max(0, i + n) }
            l.items.insert(a[1], at: Swift.min(i, n))
            return .none
        }
        objectMethod(list, "pop", L, kinds: [.list], min: 0, max: 1) { vm, l, a throws(PythonError) in
            // The index is converted before the list is looked at, as CPython's argument
            // parsing does: its `__index__` may change the list.
            var i = a.positionalCount == 0 ? -1 : try vm.sizeArgument(a[0])
            if l.items.isEmpty { throw vm.makeError(Builtins.shared.indexError, "pop from empty list") }
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw vm.makeError(Builtins.shared.indexError, "pop index out of range") }
            return l.items.remove(at: i)
        }
        objectMethod(list, "remove", L, kinds: [.list], min: 1, max: 1) { vm, l, a throws(PythonError) in
            for (i, x) in l.items.enumerated() where try vm.sameOrEqual(x, a[0]) {
                if i < l.items.count { l.items.remove(at: i) }
                return .none
            }
            throw vm.makeError(Builtins.shared.valueError, "list.remove(x): x not in list")
        }
        objectMethod(list, "index", L, kinds: [.list], min: 1, max: 3) { vm, l, a throws(PythonError) in
            let n = l.items.count
            var start = a.positionalCount > 1 ? try vm.sliceIndexArgument(a[1]) : 0
            var end = a.positionalCount > 2 ? try vm.sliceIndexArgument(a[2]) : n
            if start < 0 { start = Swift.max(0, start + n) }
            if end < 0 { end = Swift.max(0, end + n) }
            var i = start
            while i < Swift.min(end, l.items.count) {
                if try vm.sameOrEqual(l.items[i], a[0]) { return .int(i) }
                i += 1
            }
            throw vm.makeError(Builtins.shared.valueError, "\(try vm.repr(a[0])) is not in list")
        }
        objectMethod(list, "count", L, kinds: [.list], min: 1, max: 1) { vm, l, a throws(PythonError) in
            var c = 0
            for x in l.items where try vm.sameOrEqual(x, a[0]) { c += 1 }
            return .int(c)
        }
        objectMethod(list, "clear", L, kinds: [.list]) { _, l, _ throws(PythonError) in
            l.items.removeAll()
            return .none
        }
        objectMethod(list, "copy", L, kinds: [.list]) { _, l, _ throws(PythonError) in .object(PyList(l.items)) }
        objectMethod(list, "__reversed__", L, kinds: [.list]) { vm, l, _ throws(PythonError) in try vm.reversedIterator(.object(l)) }
        objectMethod(list, "reverse", L, kinds: [.list]) { _, l, _ throws(PythonError) in
            l.items.reverse()
            return .none
        }
        objectMethod(list, "sort", L, kinds: [.list], keywords: ["key", "reverse"]) { vm, l, a throws(PythonError) in
            var items = l.items
            l.items = []
            defer { if l.items.isEmpty { l.items = items } }
            try vm.sortValues(&items, key: a.keyword("key") ?? .none, reverse: try vm.isTrue(a.keyword("reverse") ?? .bool(false)))
            if !l.items.isEmpty {
                throw vm.makeError(Builtins.shared.valueError, "list modified during sort")
            }
            l.items = items
            return .none
        }
        if let sortImpl = list.dict.getString("sort") {
            // CPython's message for positional arguments (`lst.sort(f)`).
            method(list, "sort", checkReceiver: false) { vm, args throws(PythonError) in
                if args.positionalCount > 1 {
                    throw vm.makeError(Builtins.shared.typeError, "sort() takes no positional arguments")
                }
                for k in args.keywordNames where k.value != "key" && k.value != "reverse" {
                    throw vm.makeError(Builtins.shared.typeError, "'\(k.value)' is an invalid keyword argument for sort()")
                }
                var values = args.positional
                for k in 0..<args.keywordCount { values.append(args[args.positionalCount + k]) }
                return try vm.callValue(sortImpl, values, keywordNames: args.keywordNames)
            }
        }
        objectMethod(list, "__len__", L, kinds: [.list]) { _, l, _ throws(PythonError) in .int(l.items.count) }
        objectMethod(list, "__getitem__", L, kinds: [.list], min: 1, max: 1) { vm, l, a throws(PythonError) in try vm.getItem(.object(l), a[0]) }
        objectMethod(list, "__setitem__", L, kinds: [.list], min: 2, max: 2) { vm, l, a throws(PythonError) in
            try vm.setItem(.object(l), a[0], a[1])
            return .none
        }
        objectMethod(list, "__contains__", L, kinds: [.list], min: 1, max: 1) { vm, l, a throws(PythonError) in .bool(try vm.contains(.object(l), a[0])) }
        objectMethod(list, "__iter__", L, kinds: [.list]) { _, l, _ throws(PythonError) in .object(PyListIterator(l)) }
        objectMethod(list, "__eq__", L, kinds: [.list], min: 1, max: 1) { vm, l, a throws(PythonError) in try vm.compare(.eq, .object(l), a[0]) }
        objectMethod(list, "__add__", L, kinds: [.list], min: 1, max: 1) { vm, l, a throws(PythonError) in try vm.binaryOperation(.add, .object(l), a[0], inplace: false) }

        let T = PyTuple.self
        objectMethod(tuple, "index", T, kinds: [.tuple], min: 1, max: 3) { vm, t, a throws(PythonError) in
            for (i, x) in t.items.enumerated() where try vm.sameOrEqual(x, a[0]) { return .int(i) }
            throw vm.makeError(Builtins.shared.valueError, "tuple.index(x): x not in tuple")
        }
        objectMethod(tuple, "count", T, kinds: [.tuple], min: 1, max: 1) { vm, t, a throws(PythonError) in
            var c = 0
            for x in t.items where try vm.sameOrEqual(x, a[0]) { c += 1 }
            return .int(c)
        }
        objectMethod(tuple, "__len__", T, kinds: [.tuple]) { _, t, _ throws(PythonError) in .int(t.count) }
        objectMethod(tuple, "__getitem__", T, kinds: [.tuple], min: 1, max: 1) { vm, t, a throws(PythonError) in try vm.getItem(.object(t), a[0]) }
        objectMethod(tuple, "__contains__", T, kinds: [.tuple], min: 1, max: 1) { vm, t, a throws(PythonError) in .bool(try vm.contains(.object(t), a[0])) }

        let R = PyRange.self
        objectMethod(range, "__reversed__", R, kinds: [.range]) { vm, r, _ throws(PythonError) in try vm.reversedIterator(.object(r)) }
        objectMethod(range, "index", R, kinds: [.range], min: 1, max: 1) { vm, r, a throws(PythonError) in
            if try vm.contains(.object(r), a[0]), case .int(let i) = a[0] {
                return .int(Int(UInt(bitPattern: r.step > 0 ? i &- r.start : r.start &- i) / r.step.magnitude))
            }
            throw vm.makeError(Builtins.shared.valueError, "\(try vm.repr(a[0])) is not in range")
        }
        objectMethod(range, "count", R, kinds: [.range], min: 1, max: 1) { vm, r, a throws(PythonError) in
            .int(try vm.contains(.object(r), a[0]) ? 1 : 0)
        }
    }

    func installDictMethods() {
        let D = PyDict.self
        let d = dictType
        objectMethod(d, "keys", D, kinds: [.dict]) { _, x, _ throws(PythonError) in .object(PyDictView(dict: x, which: .keys)) }
        objectMethod(d, "values", D, kinds: [.dict]) { _, x, _ throws(PythonError) in .object(PyDictView(dict: x, which: .values)) }
        objectMethod(d, "items", D, kinds: [.dict]) { _, x, _ throws(PythonError) in .object(PyDictView(dict: x, which: .items)) }
        objectMethod(d, "get", D, kinds: [.dict], min: 1, max: 2) { vm, x, a throws(PythonError) in
            try x.get(a[0], vm: vm) ?? (a.positionalCount > 1 ? a[1] : .none)
        }
        objectMethod(d, "setdefault", D, kinds: [.dict], min: 1, max: 2) { vm, x, a throws(PythonError) in
            if let v = try x.get(a[0], vm: vm) { return v }
            let v = a.positionalCount > 1 ? a[1] : .none
            try x.set(a[0], v, vm: vm)
            return v
        }
        objectMethod(d, "pop", D, kinds: [.dict], min: 1, max: 2) { vm, x, a throws(PythonError) in
            if let v = try x.remove(a[0], vm: vm) { return v }
            if a.positionalCount > 1 { return a[1] }
            throw PythonError(vm.keyError(a[0]))
        }
        objectMethod(d, "popitem", D, kinds: [.dict]) { vm, x, _ throws(PythonError) in
            guard let (k, v) = x.popLast() else {
                throw PythonError(vm.keyError(.str(PyStr("popitem(): dictionary is empty"))))
            }
            return .object(PyTuple([k, v]))
        }
        objectMethod(d, "update", D, kinds: [.dict], min: 0, max: 1, keywords: ["*"]) { vm, x, a throws(PythonError) in
            if a.positionalCount > 0 { try vm.dictUpdate(x, from: a[0], forCall: false) }
            for (i, k) in a.keywordNames.enumerated() { x.setString(k, a[a.positionalCount + i]) }
            return .none
        }
        objectMethod(d, "clear", D, kinds: [.dict]) { _, x, _ throws(PythonError) in
            x.removeAll()
            return .none
        }
        objectMethod(d, "copy", D, kinds: [.dict]) { _, x, _ throws(PythonError) in .object(x.copy()) }
        classMethod(d, "fromkeys") { vm, args throws(PythonError) in
            if args.positionalCount < 2 || args.positionalCount > 3 {
                let n = args.positionalCount - 1
                throw vm.makeError(Builtins.shared.typeError, n < 1 ? "fromkeys expected at least 1 argument, got \(n)" : "fromkeys expected at most 2 arguments, got \(n)")
            }
            try args.check("fromkeys", min: 2, max: 3, vm: vm)
            let out = PyDict()
            let value = args.positionalCount > 2 ? args[2] : .none
            for k in try vm.iterateToArray(args[1]) { try out.set(k, value, vm: vm) }
            return .object(out)
        }
        objectMethod(d, "__len__", D, kinds: [.dict]) { _, x, _ throws(PythonError) in .int(x.count) }
        method(d, "__getitem__", checkReceiver: false) { vm, args throws(PythonError) in
            guard args.count > 0, let x = vm.builtinBase(args[0]).asDict else {
                let got = args.count > 0 ? vm.typeName(args[0]) : "nothing"
                throw vm.makeError(Builtins.shared.typeError, "descriptor '__getitem__' for 'dict' objects doesn't apply to a '\(got)' object")
            }
            try args.droppingFirst.check("dict.__getitem__", min: 1, max: 1, vm: vm)
            // A subclass's `__missing__` answers missing keys, as in CPython's dict_subscript.
            if let inst = args[0].asInstance, let missing = inst.cls.lookup(Names.missing) {
                if let v = try x.get(args[1], vm: vm) { return v }
                return try vm.callValue(try vm.bindDescriptor(missing, instance: args[0], owner: inst.cls), [args[1]])
            }
            return try vm.getItem(.object(x), args[1])
        }
        objectMethod(d, "__setitem__", D, kinds: [.dict], min: 2, max: 2) { vm, x, a throws(PythonError) in
            try x.set(a[0], a[1], vm: vm)
            return .none
        }
        objectMethod(d, "__delitem__", D, kinds: [.dict], min: 1, max: 1) { vm, x, a throws(PythonError) in
            try vm.deleteItem(.object(x), a[0])
            return .none
        }
        objectMethod(d, "__contains__", D, kinds: [.dict], min: 1, max: 1) { vm, x, a throws(PythonError) in .bool(try x.contains(a[0], vm: vm)) }
        objectMethod(d, "__iter__", D, kinds: [.dict]) { vm, x, _ throws(PythonError) in vm.dictIterator(x, .keys) }
        objectMethod(d, "__reversed__", D, kinds: [.dict]) { vm, x, _ throws(PythonError) in try vm.reversedIterator(.object(x)) }
        for (t, which) in [(dictKeys, PyDictView.Which.keys), (dictValues, .values), (dictItems, .items)] {
            objectMethod(t, "__len__", PyDictView.self, kinds: [.dictView]) { _, v, _ throws(PythonError) in .int(v.dict.count) }
            objectMethod(t, "__iter__", PyDictView.self, kinds: [.dictView]) { vm, v, _ throws(PythonError) in vm.dictIterator(v.dict, which) }
            objectMethod(t, "__reversed__", PyDictView.self, kinds: [.dictView]) { vm, v, _ throws(PythonError) in try vm.reversedIterator(.object(v)) }
            if which != .values {
                objectMethod(t, "isdisjoint", PyDictView.self, kinds: [.dictView], min: 1, max: 1) { vm, v, a throws(PythonError) in
                    for x in try vm.iterateToArray(a[0]) where try vm.contains(.object(v), x) { return .bool(false) }
                    return .bool(true)
                }
            }
        }
    }

    func installSetMethods() {
        let S = PySet.self
        for t in [set, frozenset] {
            objectMethod(t, "copy", S, kinds: [.set, .frozenSet]) { vm, s, _ throws(PythonError) in
                if s.isFrozen { return .object(s) }
                return .object(try s.copy(vm: vm))
            }
            objectMethod(t, "union", S, kinds: [.set, .frozenSet], min: 0, max: Int.max) { vm, s, a throws(PythonError) in
                let r = try s.copy(vm: vm)
                for i in 0..<a.positionalCount {
                    if let o = a[i].asSet { try r.merge(o, vm: vm) } else { for x in try vm.iterateToArray(a[i]) { try r.add(x, vm: vm) } }
                }
                return .object(r)
            }
            objectMethod(t, "intersection", S, kinds: [.set, .frozenSet], min: 0, max: Int.max) { vm, s, a throws(PythonError) in
                var r = try s.copy(vm: vm)
                for i in 0..<a.positionalCount {
                    let other = try vm.asSetOrMake(a[i])
                    r = try vm.setIntersection(r, other)
                }
                return .object(r)
            }
            objectMethod(t, "difference", S, kinds: [.set, .frozenSet], min: 0, max: Int.max) { vm, s, a throws(PythonError) in
                var r = try s.copy(vm: vm)
                for i in 0..<a.positionalCount {
                    let other = try vm.asSetOrMake(a[i])
                    r = try vm.setDifference(r, other)
                }
                return .object(r)
            }
            objectMethod(t, "symmetric_difference", S, kinds: [.set, .frozenSet], min: 1, max: 1) { vm, s, a throws(PythonError) in
                let other = try vm.setFromIterable(a[0], frozen: s.isFrozen)
                try vm.setSymmetricDifferenceUpdate(other, s)
                return .object(other)
            }
            objectMethod(t, "issubset", S, kinds: [.set, .frozenSet], min: 1, max: 1) { vm, s, a throws(PythonError) in
                let other = try vm.asSetOrMake(a[0])
                return .bool(try vm.compareSets(.le, s, other) ?? false)
            }
            objectMethod(t, "issuperset", S, kinds: [.set, .frozenSet], min: 1, max: 1) { vm, s, a throws(PythonError) in
                let other = try vm.asSetOrMake(a[0])
                return .bool(try vm.compareSets(.ge, s, other) ?? false)
            }
            objectMethod(t, "isdisjoint", S, kinds: [.set, .frozenSet], min: 1, max: 1) { vm, s, a throws(PythonError) in
                for x in try vm.iterateToArray(a[0]) where try s.contains(x, vm: vm) { return .bool(false) }
                return .bool(true)
            }
            objectMethod(t, "__len__", S, kinds: [.set, .frozenSet]) { _, s, _ throws(PythonError) in .int(s.count) }
            objectMethod(t, "__contains__", S, kinds: [.set, .frozenSet], min: 1, max: 1) { vm, s, a throws(PythonError) in .bool(try s.contains(a[0], vm: vm)) }
        }
        objectMethod(set, "add", S, kinds: [.set], min: 1, max: 1) { vm, s, a throws(PythonError) in
            try s.add(a[0], vm: vm)
            return .none
        }
        objectMethod(set, "discard", S, kinds: [.set], min: 1, max: 1) { vm, s, a throws(PythonError) in
            try s.discard(a[0], vm: vm)
            return .none
        }
        objectMethod(set, "remove", S, kinds: [.set], min: 1, max: 1) { vm, s, a throws(PythonError) in
            if !(try s.discard(a[0], vm: vm)) { throw PythonError(vm.keyError(a[0])) }
            return .none
        }
        objectMethod(set, "pop", S, kinds: [.set]) { vm, s, _ throws(PythonError) in
            guard let v = s.pop() else { throw PythonError(vm.keyError(.str(PyStr("pop from an empty set")))) }
            return v
        }
        objectMethod(set, "clear", S, kinds: [.set]) { _, s, _ throws(PythonError) in
            s.removeAll()
            return .none
        }
        objectMethod(set, "update", S, kinds: [.set], min: 0, max: Int.max) { vm, s, a throws(PythonError) in
            for i in 0..<a.positionalCount {
                if let o = a[i].asSet { try s.merge(o, vm: vm) }
                else if let d = a[i].asDict { try s.merge(dict: d, vm: vm) }
                else { for x in try vm.iterateToArray(a[i]) { try s.add(x, vm: vm) } }
            }
            return .none
        }
        objectMethod(set, "intersection_update", S, kinds: [.set], min: 0, max: Int.max) { vm, s, a throws(PythonError) in
            for i in 0..<a.positionalCount {
                let other = try vm.asSetOrMake(a[i])
                s.takeContents(of: try vm.setIntersection(s, other))
            }
            return .none
        }
        objectMethod(set, "difference_update", S, kinds: [.set], min: 0, max: Int.max) { vm, s, a throws(PythonError) in
            for i in 0..<a.positionalCount {
                let other = try vm.asSetOrMake(a[i])
                try vm.setDifferenceUpdate(s, other)
            }
            return .none
        }
        objectMethod(set, "symmetric_difference_update", S, kinds: [.set], min: 1, max: 1) { vm, s, a throws(PythonError) in
            let other = try vm.asSetOrMake(a[0])
            try vm.setSymmetricDifferenceUpdate(s, other)
            return .none
        }

        let B = PyBytes.self
        objectMethod(bytes, "decode", B, kinds: [.bytes], min: 0, max: 2, keywords: ["encoding", "errors"]) { vm, b, a throws(PythonError) in
            let enc = a.positionalCount > 0 ? a[0].asString ?? "utf-8" : a.keyword("encoding")?.asString ?? "utf-8"
            let errors = a.positionalCount > 1 ? a[1].asString ?? "strict" : a.keyword("errors")?.asString ?? "strict"
            return try vm.decodeBytes(b.bytes, encoding: enc, errors: errors)
        }
        objectMethod(bytes, "hex", B, kinds: [.bytes], min: 0, max: 2, keywords: ["sep", "bytes_per_sep"]) { vm, b, a throws(PythonError) in
            let digits = Array("0123456789abcdef".utf8)
            var sep: [UInt8] = []
            if let s = a.positionalCount > 0 ? a[0] : a.keyword("sep") {
                if case .str(let t) = s { sep = Array(t.value.utf8) } else if let bs = s.asBytes { sep = bs.bytes }
                if sep.count != 1 { throw vm.makeError(Builtins.shared.valueError, "sep must be length 1.") }
            }
            var per = 1
            if a.positionalCount > 1 { per = try vm.indexValue(a[1]) } else if let k = a.keyword("bytes_per_sep") { per = try vm.indexValue(k) }
            var out: [UInt8] = []
            let n = b.bytes.count
            for (i, x) in b.bytes.enumerated() {
                if !sep.isEmpty && i > 0 && per != 0 {
                    // Groups count from the right for positive bytes_per_sep, like CPython.
                    let boundary = per > 0 ? (n - i) % per == 0 : UInt(i) % per.magnitude == 0
                    if boundary { out += sep }
                }
                out.append(digits[Int(x >> 4)])
                out.append(digits[Int(x & 15)])
            }
            return .str(PyStr(String(decoding: out, as: UTF8.self)))
        }
        objectMethod(bytes, "upper", B, kinds: [.bytes]) { _, b, _ throws(PythonError) in
            .object(PyBytes(b.bytes.map { $0 >= 0x61 && $0 <= 0x7A ? $0 - 32 : $0 }))
        }
        objectMethod(bytes, "lower", B, kinds: [.bytes]) { _, b, _ throws(PythonError) in
            .object(PyBytes(b.bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 }))
        }
        objectMethod(bytes, "startswith", B, kinds: [.bytes], min: 1, max: 1) { vm, b, a throws(PythonError) in
            guard let p = a[0].asBytes else { throw vm.makeError(Builtins.shared.typeError, "startswith first arg must be bytes or a tuple of bytes, not \(vm.typeName(a[0]))") }
            return .bool(b.bytes.starts(with: p.bytes))
        }
        objectMethod(bytes, "endswith", B, kinds: [.bytes], min: 1, max: 1) { vm, b, a throws(PythonError) in
            guard let p = a[0].asBytes else { throw vm.makeError(Builtins.shared.typeError, "endswith first arg must be bytes or a tuple of bytes, not \(vm.typeName(a[0]))") }
            return .bool(b.bytes.count >= p.bytes.count && Array(b.bytes.suffix(p.bytes.count)) == p.bytes)
        }
        objectMethod(bytes, "find", B, kinds: [.bytes], min: 1, max: 3) { vm, b, a throws(PythonError) in
            guard let p = a[0].asBytes else { throw vm.makeError(Builtins.shared.typeError, "argument should be integer or bytes-like object, not '\(vm.typeName(a[0]))'") }
            let start = a.positionalCount > 1 && !a[1].isNone ? try vm.indexValue(a[1]) : nil
            let end = a.positionalCount > 2 && !a[2].isNone ? try vm.indexValue(a[2]) : nil
            return .int(StrOps.bytesFind(b.bytes, p.bytes, start: start, end: end))
        }
        objectMethod(bytes, "count", B, kinds: [.bytes], min: 1, max: 1) { vm, b, a throws(PythonError) in
            guard let p = a[0].asBytes else { throw vm.makeError(Builtins.shared.typeError, "argument should be integer or bytes-like object, not '\(vm.typeName(a[0]))'") }
            return .int(StrOps.bytesCount(b.bytes, p.bytes))
        }
        objectMethod(bytes, "replace", B, kinds: [.bytes], min: 2, max: 3) { vm, b, a throws(PythonError) in
            guard let o = a[0].asBytes, let n = a[1].asBytes else { throw vm.makeError(Builtins.shared.typeError, "a bytes-like object is required, not '\(vm.typeName(a[0]))'") }
            let count = a.positionalCount > 2 ? try vm.indexValue(a[2]) : -1
            return .object(PyBytes(try vm.py { try StrOps.bytesReplace(b.bytes, old: o.bytes, new: n.bytes, count: count) }))
        }
        objectMethod(bytes, "split", B, kinds: [.bytes], min: 0, max: 2, keywords: ["sep", "maxsplit"]) { vm, b, a throws(PythonError) in
            let sepValue = a.positionalCount > 0 ? a[0] : (a.keyword("sep") ?? .none)
            let maxsplit = a.positionalCount > 1 ? try vm.indexValue(a[1]) : -1
            let parts = try vm.py { try StrOps.bytesSplit(b.bytes, sep: sepValue.asBytes?.bytes, maxsplit: maxsplit) }
            return .object(PyList(try vm.valuesPolling(parts) { .object(PyBytes($0)) }))
        }
        objectMethod(bytes, "strip", B, kinds: [.bytes], min: 0, max: 1) { _, b, a throws(PythonError) in
            .object(PyBytes(StrOps.bytesStrip(b.bytes, chars: a.positionalCount > 0 ? a[0].asBytes?.bytes : nil)))
        }
        objectMethod(bytes, "join", B, kinds: [.bytes], min: 1, max: 1) { vm, b, a throws(PythonError) in
            var out: [UInt8] = []
            for (i, item) in try vm.iterateToArray(a[0]).enumerated() {
                guard let p = item.asBytes else {
                    throw vm.makeError(Builtins.shared.typeError, "sequence item \(i): expected a bytes-like object, \(vm.typeName(item)) found")
                }
                if i > 0 { out += b.bytes }
                out += p.bytes
            }
            return .object(PyBytes(out))
        }
        classMethod(bytes, "fromhex") { vm, args throws(PythonError) in
            try args.check("fromhex", min: 2, max: 2, vm: vm)
            guard case .str(let s) = args[1] else { throw vm.makeError(Builtins.shared.typeError, "fromhex() argument must be str, not \(vm.typeName(args[1]))") }
            var out: [UInt8] = []
            var pending: UInt8? = nil
            for (i, c) in s.value.utf8.enumerated() {
                if c == 0x20 && pending == nil { continue }
                let v: UInt8
                switch c {
                case 0x30...0x39: v = c - 0x30
                case 0x61...0x66: v = c - 0x61 + 10
                case 0x41...0x46: v = c - 0x41 + 10
                default: throw vm.makeError(Builtins.shared.valueError, "non-hexadecimal number found in fromhex() arg at position \(i)")
                }
                if let p = pending { out.append(p << 4 | v); pending = nil } else { pending = v }
            }
            if pending != nil { throw vm.makeError(Builtins.shared.valueError, "non-hexadecimal number found in fromhex() arg at position \(s.value.utf8.count)") }
            return .object(PyBytes(out))
        }
    }
}

extension VM {
    /// A start/end argument of `list.index` and similar (CPython's `_PyEval_SliceIndex`):
    /// an integer or an object with `__index__`, clamped when it does not fit in an `Int`.
    func sliceIndexArgument(_ v: Value) throws(PythonError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt:
            return unsafeDowncast(o, to: PyBigInt.self).value.sign == .minus ? Int.min : Int.max
        case .object(let o) where o.kind == .instance && lookupSpecial(v, Names.index) != nil:
            return try indexValue(v)
        default:
            throw makeError(Builtins.shared.typeError, "slice indices must be integers or have an __index__ method")
        }
    }
}
