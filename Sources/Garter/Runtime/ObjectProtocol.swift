import BigInt

/// Interned dunder names.
enum Names {
    static let `init` = Interned.str("__init__")
    static let keys = Interned.str("keys")
    static let new = Interned.str("__new__")
    static let repr = Interned.str("__repr__")
    static let str = Interned.str("__str__")
    static let format = Interned.str("__format__")
    static let hash = Interned.str("__hash__")
    static let eq = Interned.str("__eq__")
    static let ne = Interned.str("__ne__")
    static let lt = Interned.str("__lt__")
    static let le = Interned.str("__le__")
    static let gt = Interned.str("__gt__")
    static let ge = Interned.str("__ge__")
    static let bool = Interned.str("__bool__")
    static let len = Interned.str("__len__")
    static let getitem = Interned.str("__getitem__")
    static let setitem = Interned.str("__setitem__")
    static let delitem = Interned.str("__delitem__")
    static let contains = Interned.str("__contains__")
    static let iter = Interned.str("__iter__")
    static let next = Interned.str("__next__")
    static let call = Interned.str("__call__")
    static let enter = Interned.str("__enter__")
    static let exit = Interned.str("__exit__")
    static let getattr = Interned.str("__getattr__")
    static let getattribute = Interned.str("__getattribute__")
    static let setattr = Interned.str("__setattr__")
    static let dunderClass = Interned.str("__class__")
    static let delattr = Interned.str("__delattr__")
    static let neg = Interned.str("__neg__")
    static let pos = Interned.str("__pos__")
    static let invert = Interned.str("__invert__")
    static let abs = Interned.str("__abs__")
    static let index = Interned.str("__index__")
    static let int = Interned.str("__int__")
    static let float = Interned.str("__float__")
    static let round = Interned.str("__round__")
    static let reversed = Interned.str("__reversed__")
    static let missing = Interned.str("__missing__")
    static let get = Interned.str("__get__")
    static let set = Interned.str("__set__")
    static let delete = Interned.str("__delete__")
    static let initSubclass = Interned.str("__init_subclass__")
    static let setName = Interned.str("__set_name__")
    static let classGetItem = Interned.str("__class_getitem__")
    static let matchArgs = Interned.str("__match_args__")
    static let name = Interned.str("__name__")
    /// The value of `__name__` in the program's own module.
    static let mainModule = Interned.str("__main__")
    static let module = Interned.str("__module__")
    static let qualname = Interned.str("__qualname__")
    static let doc = Interned.str("__doc__")
    static let classcell = Interned.str("__classcell__")
    static let slots = Interned.str("__slots__")
    static let await = Interned.str("__await__")

    static func binary(_ op: BinaryOperator) -> (PyStr, PyStr, PyStr) {
        switch op {
        case .add: return (addN, raddN, iaddN)
        case .sub: return (subN, rsubN, isubN)
        case .mul: return (mulN, rmulN, imulN)
        case .matmul: return (matmulN, rmatmulN, imatmulN)
        case .truediv: return (truedivN, rtruedivN, itruedivN)
        case .floordiv: return (floordivN, rfloordivN, ifloordivN)
        case .mod: return (modN, rmodN, imodN)
        case .pow: return (powN, rpowN, ipowN)
        case .lshift: return (lshiftN, rlshiftN, ilshiftN)
        case .rshift: return (rshiftN, rrshiftN, irshiftN)
        case .or: return (orN, rorN, iorN)
        case .xor: return (xorN, rxorN, ixorN)
        case .and: return (andN, randN, iandN)
        }
    }
    static let addN = Interned.str("__add__"), raddN = Interned.str("__radd__"), iaddN = Interned.str("__iadd__")
    static let subN = Interned.str("__sub__"), rsubN = Interned.str("__rsub__"), isubN = Interned.str("__isub__")
    static let mulN = Interned.str("__mul__"), rmulN = Interned.str("__rmul__"), imulN = Interned.str("__imul__")
    static let matmulN = Interned.str("__matmul__"), rmatmulN = Interned.str("__rmatmul__"), imatmulN = Interned.str("__imatmul__")
    static let truedivN = Interned.str("__truediv__"), rtruedivN = Interned.str("__rtruediv__"), itruedivN = Interned.str("__itruediv__")
    static let floordivN = Interned.str("__floordiv__"), rfloordivN = Interned.str("__rfloordiv__"), ifloordivN = Interned.str("__ifloordiv__")
    static let modN = Interned.str("__mod__"), rmodN = Interned.str("__rmod__"), imodN = Interned.str("__imod__")
    static let powN = Interned.str("__pow__"), rpowN = Interned.str("__rpow__"), ipowN = Interned.str("__ipow__")
    static let lshiftN = Interned.str("__lshift__"), rlshiftN = Interned.str("__rlshift__"), ilshiftN = Interned.str("__ilshift__")
    static let rshiftN = Interned.str("__rshift__"), rrshiftN = Interned.str("__rrshift__"), irshiftN = Interned.str("__irshift__")
    static let orN = Interned.str("__or__"), rorN = Interned.str("__ror__"), iorN = Interned.str("__ior__")
    static let xorN = Interned.str("__xor__"), rxorN = Interned.str("__rxor__"), ixorN = Interned.str("__ixor__")
    static let andN = Interned.str("__and__"), randN = Interned.str("__rand__"), iandN = Interned.str("__iand__")
}

extension VM {
    // MARK: Types

    func typeOf(_ v: Value) -> PyType {
        let b = Builtins.shared
        switch v {
        case .none: return b.noneType
        case .bool: return b.bool
        case .int: return b.int
        case .float: return b.float
        case .str: return b.str
        case .unbound: return b.object
        case .object(let o): return typeOfObject(o)
        }
    }

    /// ``typeOf(_:)`` of an object.
    func typeOfObject(_ o: PyObject) -> PyType {
        let b = Builtins.shared
        switch o.kind {
        case .instance: return unsafeDowncast(o, to: PyInstance.self).cls
        case .bigInt: return b.int
        case .list: return b.list
        case .tuple: return b.tuple
        case .dict: return b.dictType
        case .set: return b.set
        case .frozenSet: return b.frozenset
        case .bytes: return b.bytes
        case .function: return b.function
        case .builtinFunction: return b.builtinFunction
        case .boundMethod:
            // `"".upper`, `[].append`: builtin methods bound to a receiver are
            // builtin_function_or_method objects in CPython.
            if case .object(let f) = unsafeDowncast(o, to: PyBoundMethod.self).function, f.kind == .builtinFunction { return b.builtinFunction }
            return b.method
        case .type: return unsafeDowncast(o, to: PyType.self).metaclass ?? b.type
        case .module: return b.module
        case .cell: return b.cell
        case .range: return b.range
        case .slice: return b.slice
        case .generator: return unsafeDowncast(o, to: PyGenerator.self).isCoroutine ? b.coroutine : b.generator
        case .property: return b.property
        case .staticMethod: return b.staticmethod
        case .classMethod: return b.classmethod
        case .superObject: return b.superType
        case .listIterator: return b.listIterator
        case .rangeIterator: return b.rangeIterator
        case .nativeIterator: return unsafeDowncast(o, to: PyNativeIterator.self).type
        case .dictView:
            switch unsafeDowncast(o, to: PyDictView.self).which {
            case .keys: return b.dictKeys
            case .values: return b.dictValues
            case .items: return b.dictItems
            }
        case .notImplemented: return b.notImplementedType
        case .ellipsis: return b.ellipsisType
        case .code: return b.code
        case .native: return unsafeDowncast(o, to: PyNativeObject.self).type
        case .external: return b.builtinFunction
        }
    }

    func typeName(_ v: Value) -> String { typeOf(v).messageName }

    /// The type of the value in `slot`, without retaining the value or the type: the slot's
    /// value keeps its class alive (builtin types live for the process).
    @inline(__always)
    func borrowedTypeOf(_ slot: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) -> Unmanaged<PyType> {
        if let o = slot.borrowedObject(tag: objectTag) {
            return o._withUnsafeGuaranteedRef { obj in
                if obj.kind == .instance { return Unmanaged.passUnretained(unsafeDowncast(obj, to: PyInstance.self).cls) }
                return Unmanaged.passUnretained(typeOfObject(obj))
            }
        }
        if slot.borrowedStr(tag: strTag) != nil { return Unmanaged.passUnretained(Builtins.shared.str) }
        return Unmanaged.passUnretained(typeOf(slot.pointee))
    }

    /// `isinstance(value, spec)` read in place when `spec` is a class that cannot hook the
    /// check (a builtin class without a metaclass, or any class the value's type derives
    /// from); nil sends the call to ``isInstanceCheck(_:_:name:)``.
    @inline(__always)
    func quickIsInstance(_ value: UnsafeMutablePointer<Value>, _ spec: UnsafeMutablePointer<Value>) -> Bool? {
        // (With the layout check failed, the tags are 0xFF, no slot matches and every call
        // takes the general path.)
        guard let s = spec.borrowedObject(tag: objectTag),
              s._withUnsafeGuaranteedRef({ $0.kind }) == .type else { return nil }
        let t = Unmanaged<PyType>.fromOpaque(s.toOpaque())
        let vt = borrowedTypeOf(value, objectTag: objectTag, strTag: strTag)
        return vt._withUnsafeGuaranteedRef { vt in
            t._withUnsafeGuaranteedRef { t -> Bool? in
                if vt.isSubtype(of: t) { return true }
                return t.isBuiltin && t.metaclass == nil ? false : nil
            }
        }
    }

    /// `len(value)` of a builtin container or string, read in place; nil for other values.
    @inline(__always)
    func quickLength(_ value: UnsafeMutablePointer<Value>) -> Int? {
        VM.quickLength(value, objectTag: objectTag, strTag: strTag)
    }

    /// ``quickLength(_:)`` with ``ValueLayout``'s tags passed in (the dispatch loop's
    /// inline `len`).
    @inline(__always)
    static func quickLength(_ value: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) -> Int? {
        if let s = value.borrowedStr(tag: strTag) { return s._withUnsafeGuaranteedRef { $0.count } }
        guard let o = value.borrowedObject(tag: objectTag) else { return nil }
        return o._withUnsafeGuaranteedRef { o -> Int? in
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items.count
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).count
            case .dict: return unsafeDowncast(o, to: PyDict.self).count
            case .set, .frozenSet: return unsafeDowncast(o, to: PySet.self).count
            default: return nil
            }
        }
    }

    func isInstance(_ v: Value, _ t: PyType) -> Bool {
        typeOf(v).isSubtype(of: t)
    }

    /// Looks up a special method on the value's type (not the instance), bound to the value.
    func lookupSpecial(_ v: Value, _ name: PyStr) -> Value? {
        let t = typeOf(v)
        guard let attr = t.lookup(name) else { return nil }
        return attr
    }

    /// Calls a special method if the type defines it; nil when it does not.
    func callSpecial(_ v: Value, _ name: PyStr, _ args: [Value]) throws(PythonError) -> Value? {
        guard let attr = lookupSpecial(v, name) else { return nil }
        if attr.isNone { return nil }
        return try callOnReceiver(attr, receiver: v, owner: typeOf(v), args)
    }

    /// For an instance of a class derived from a builtin type, the builtin value it wraps —
    /// unless the class overrides `name` in Python, in which case the override must run.
    func builtinDelegate(_ v: Value, for name: PyStr) -> Value? {
        guard case .object(let o) = v, o.kind == .instance else { return nil }
        let inst = unsafeDowncast(o, to: PyInstance.self)
        guard let base = inst.builtinValue else { return nil }
        if let attr = inst.cls.lookup(name), !(attr.asObject?.kind == .builtinFunction) { return nil }
        return base
    }

    /// A special method defined in Python by the metaclass of the class `v`, bound to `v`.
    func metaDunder(_ v: Value, _ name: PyStr) -> Value? {
        guard case .object(let o) = v, o.kind == .type, let meta = unsafeDowncast(o, to: PyType.self).metaclass else { return nil }
        guard let attr = meta.lookup(name), !(attr.asObject?.kind == .builtinFunction) else { return nil }
        if case .object(let ao) = attr, ao.kind == .staticMethod { return unsafeDowncast(ao, to: PyMethodWrapper.self).function }
        return .object(PyBoundMethod(function: attr, receiver: v))
    }

    /// The builtin value behind `v` (itself unless `v` instantiates a builtin subclass).
    func builtinBase(_ v: Value) -> Value {
        if case .object(let o) = v, o.kind == .instance, let base = unsafeDowncast(o, to: PyInstance.self).builtinValue { return base }
        return v
    }

    /// True for user-defined classes (where dunders must be looked up dynamically).
    @inline(__always)
    func isUserInstance(_ v: Value) -> Bool {
        if case .object(let o) = v, o.kind == .instance || o.kind == .native { return true }
        return false
    }

    // MARK: Truth

    func isTrue(_ v: Value) throws(PythonError) -> Bool {
        if let t = v.builtinTruth { return t }
        // Left: instances of user classes and native objects (and an unbound slot: false).
        guard isUserInstance(v) else { return false }
        if let base = builtinDelegate(v, for: Names.bool), builtinDelegate(v, for: Names.len) != nil { return try isTrue(base) }
        if let r = try callSpecial(v, Names.bool, []) {
            guard case .bool(let b) = r else {
                throw makeError(Builtins.shared.typeError, "__bool__ should return bool, returned \(typeName(r))")
            }
            return b
        }
        if let r = try callSpecial(v, Names.len, []) {
            return try lengthValue(r) != 0
        }
        return true
    }

    // MARK: Hashing

    func hash(_ v: Value) throws(PythonError) -> Int {
        switch v {
        case .str(let s): return s.hash
        case .int(let i): return PyNumber.hash(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d):
            if let i = Int(exactly: d) { return PyNumber.hash(i) }
            return PyNumber.hash(d)
        case .none: return 0x5f3759df
        case .unbound: return 0
        case .object(let o):
            switch o.kind {
            case .bigInt: return PyNumber.hash(unsafeDowncast(o, to: PyBigInt.self).value)
            case .tuple: return try tupleHash(unsafeDowncast(o, to: PyTuple.self).items)
            case .frozenSet: return unsafeDowncast(o, to: PySet.self).frozenHash()
            case .bytes:
                var h: UInt64 = 0xcbf29ce484222325
                for b in unsafeDowncast(o, to: PyBytes.self).bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
                let r = Int(bitPattern: UInt(h))
                return r == -1 ? -2 : r
            case .list, .dict, .set, .dictView:
                throw makeError(Builtins.shared.typeError, "unhashable type: '\(typeName(v))'")
            case .native:
                let t = typeOf(v)
                if let h = t.lookup(Names.hash) {
                    if h.isNone { throw makeError(Builtins.shared.typeError, "unhashable type: '\(t.messageName)'") }
                    if let base = Builtins.shared.object.dict.getString(Names.hash), !base.isIdentical(to: h),
                       case .int(let i) = try callValue(try bindDescriptor(h, instance: v, owner: t), []) {
                        return i
                    }
                }
                return identityHash(o)
            case .slice:
                throw makeError(Builtins.shared.typeError, "unhashable type: 'slice'")
            case .instance:
                let t = unsafeDowncast(o, to: PyInstance.self).cls
                if let base = builtinDelegate(v, for: Names.hash) { return try hash(base) }
                if let h = t.lookup(Names.hash) {
                    if h.isNone { throw makeError(Builtins.shared.typeError, "unhashable type: '\(t.messageName)'") }
                    if case .object(let ho) = h, ho.kind == .builtinFunction { return identityHash(o) }
                    let r = try callValue(try bindDescriptor(h, instance: v, owner: t), [])
                    switch r {
                    case .int(let i): return i == -1 ? -2 : i
                    case .bool(let b): return b ? 1 : 0
                    case .object(let ro) where ro.kind == .bigInt:
                        return PyNumber.hash(unsafeDowncast(ro, to: PyBigInt.self).value)
                    default:
                        throw makeError(Builtins.shared.typeError, "__hash__ method should return an integer")
                    }
                }
                return identityHash(o)
            default:
                return identityHash(o)
            }
        }
    }

    func identityHash(_ o: AnyObject) -> Int {
        Int(bitPattern: UInt(bitPattern: ObjectIdentifier(o).hashValue) >> 4)
    }

    /// CPython 3.11's tuple hash (xxHash-based), so tuple hashes match CPython's.
    func tupleHash<Items: Collection>(_ items: Items) throws(PythonError) -> Int where Items.Element == Value {
        // Tuples nest arbitrarily deep (`t = (t,)` in a loop); the hash recurses natively.
        guard StackGuard.hasRoom() else {
            throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded while calling a Python object")
        }
        let p1: UInt = 11400714785074694791, p2: UInt = 14029467366897019727, p5: UInt = 2870177450012600261
        var acc = p5
        for item in items {
            let lane = UInt(bitPattern: try hash(item))
            acc = acc &+ lane &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt(items.count) ^ (p5 ^ 3527539))
        if acc == UInt.max { return 1546275796 }
        return Int(bitPattern: acc)
    }

    // MARK: Equality and ordering

    /// Identity or equality, as used by `in`, `list.index`, `list.count`, `list.remove`.
    func sameOrEqual(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
        if a.isIdentical(to: b) { return true }
        return try equals(a, b)
    }

    func asSetOrMake(_ v: Value) throws(PythonError) -> PySet {
        if let s = v.asSet { return s }
        return try setFromIterable(v)
    }

    func equals(_ a: Value, _ b: Value) throws(PythonError) -> Bool {
        if let f = PyDict.fastEquals(a, b) { return f }
        if case .object(let x) = a, case .object(let y) = b, x === y, x.kind != .instance { return true }
        return try isTrue(compare(.eq, a, b))
    }

    func compare(_ op: CompareOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value {
        if let r = try builtinCompare(op, a, b) { return .bool(r) }
        // Rich comparison protocol with reflection.
        let (name, reflected) = VM.comparisonNames(op)
        let a2 = builtinDelegate(a, for: name), b2 = builtinDelegate(b, for: reflected)
        if a2 != nil || b2 != nil, (a2 != nil || !isUserInstance(a)), (b2 != nil || !isUserInstance(b)) {
            return try compare(op, a2 ?? a, b2 ?? b)
        }
        let ta = typeOf(a), tb = typeOf(b)
        let tryReflectedFirst = tb !== ta && tb.isSubtype(of: ta) && !tb.isBuiltin
        if tryReflectedFirst, let r = try callSpecialIfUser(b, reflected, [a]), !isNotImplemented(r) { return r }
        if let r = try callSpecialIfUser(a, name, [b]), !isNotImplemented(r) { return r }
        if !tryReflectedFirst, let r = try callSpecialIfUser(b, reflected, [a]), !isNotImplemented(r) { return r }
        switch op {
        case .eq: return .bool(a.isIdentical(to: b))
        case .ne: return .bool(!a.isIdentical(to: b))
        default:
            throw makeError(Builtins.shared.typeError, "'\(op.symbol)' not supported between instances of '\(ta.messageName)' and '\(tb.messageName)'")
        }
    }

    func isNotImplemented(_ v: Value) -> Bool {
        if case .object(let o) = v, o.kind == .notImplemented { return true }
        return false
    }

    static func comparisonNames(_ op: CompareOperator) -> (PyStr, PyStr) {
        switch op {
        case .eq: return (Names.eq, Names.eq)
        case .ne: return (Names.ne, Names.ne)
        case .lt: return (Names.lt, Names.gt)
        case .le: return (Names.le, Names.ge)
        case .gt: return (Names.gt, Names.lt)
        default: return (Names.ge, Names.le)
        }
    }

    /// Calls a comparison dunder defined by a user class (builtin types are handled natively).
    func callSpecialIfUser(_ v: Value, _ name: PyStr, _ args: [Value]) throws(PythonError) -> Value? {
        if case .object(let o) = v, o.kind == .native {
            // Types implemented in Swift: their dunders are builtins, except object's defaults.
            let t = typeOf(v)
            guard let attr = t.lookup(name), !attr.isNone else { return nil }
            if let base = Builtins.shared.object.dict.getString(name), base.isIdentical(to: attr) { return nil }
            return try callValue(try bindDescriptor(attr, instance: v, owner: t), args)
        }
        guard case .object(let o) = v, o.kind == .instance else { return nil }
        let t = unsafeDowncast(o, to: PyInstance.self).cls
        guard let attr = t.lookup(name) else { return nil }
        if case .object(let ao) = attr, ao.kind == .builtinFunction {
            // object.__eq__ / __ne__ defaults.
            if name === Names.ne, let eq = t.lookup(Names.eq), !(eq.asObject?.kind == .builtinFunction) {
                let r = try callValue(try bindDescriptor(eq, instance: v, owner: t), args)
                if isNotImplemented(r) { return r }
                return .bool(!(try isTrue(r)))
            }
            return nil
        }
        if attr.isNone { return nil }
        return try callValue(try bindDescriptor(attr, instance: v, owner: t), args)
    }

    /// Comparisons between builtin values; nil when the operands need the dunder protocol.
    func builtinCompare(_ op: CompareOperator, _ a: Value, _ b: Value) throws(PythonError) -> Bool? {
        if let x = PyNumber.operand(a), let y = PyNumber.operand(b) {
            guard let c = PyNumber.compare(x, y) else { return op == .ne }
            return VM.apply(op, c)
        }
        switch (a, b) {
        case (.str(let x), .str(let y)):
            if op == .eq { return pyStringsEqual(x, y) }
            if op == .ne { return !pyStringsEqual(x, y) }
            return VM.apply(op, compareStrings(x.value, y.value))
        case (.none, .none):
            if op == .eq { return true }
            if op == .ne { return false }
            return nil
        case (.object(let x), .object(let y)):
            if x.kind == .instance || y.kind == .instance || x.kind == .native || y.kind == .native { return nil }
            switch (x.kind, y.kind) {
            case (.list, .list):
                return try compareSequences(op, unsafeDowncast(x, to: PyList.self).items, unsafeDowncast(y, to: PyList.self).items)
            case (.tuple, .tuple):
                return try compareSequences(op, unsafeDowncast(x, to: PyTuple.self).items, unsafeDowncast(y, to: PyTuple.self).items)
            case (.bytes, .bytes):
                let p = unsafeDowncast(x, to: PyBytes.self).bytes, q = unsafeDowncast(y, to: PyBytes.self).bytes
                if op == .eq { return p == q }
                if op == .ne { return p != q }
                return VM.apply(op, p.lexicographicallyPrecedes(q) ? -1 : (p == q ? 0 : 1))
            case (.dict, .dict):
                if op == .eq || op == .ne {
                    let r = try dictsEqual(unsafeDowncast(x, to: PyDict.self), unsafeDowncast(y, to: PyDict.self))
                    return op == .eq ? r : !r
                }
                return nil
            case (.set, .set), (.set, .frozenSet), (.frozenSet, .set), (.frozenSet, .frozenSet):
                return try compareSets(op, unsafeDowncast(x, to: PySet.self), unsafeDowncast(y, to: PySet.self))
            case (.range, .range):
                if op == .eq || op == .ne {
                    let r1 = unsafeDowncast(x, to: PyRange.self), r2 = unsafeDowncast(y, to: PyRange.self)
                    var same = r1.count == r2.count
                    if same && r1.count > 0 { same = r1.start == r2.start && (r1.count == 1 || r1.step == r2.step) }
                    return op == .eq ? same : !same
                }
                return nil
            case (.dictView, .dictView), (.dictView, .set), (.set, .dictView), (.dictView, .frozenSet), (.frozenSet, .dictView):
                return try compareSetLike(op, a, x, b, y)
            case (.slice, .slice):
                let s1 = unsafeDowncast(x, to: PySlice.self), s2 = unsafeDowncast(y, to: PySlice.self)
                return try compareSequences(op, [s1.start, s1.stop, s1.step], [s2.start, s2.stop, s2.step])
            default:
                if op == .eq { return x === y }
                if op == .ne { return x !== y }
                return nil
            }
        default:
            if case .object(let o) = a, o.kind == .instance || o.kind == .native { return nil }
            if case .object(let o) = b, o.kind == .instance || o.kind == .native { return nil }
            if op == .eq { return a.isIdentical(to: b) }
            if op == .ne { return !a.isIdentical(to: b) }
            return nil
        }
    }

    /// Compares a keys or items view with a set or another such view, as sets, like
    /// CPython's `dictviews_richcompare`: by length, then by membership, so an items view
    /// with unhashable values compares too. Nil (not comparable as sets) when either is a
    /// values view.
    private func compareSetLike(_ op: CompareOperator, _ a: Value, _ x: PyObject, _ b: Value, _ y: PyObject) throws(PythonError) -> Bool? {
        func isSetLike(_ o: PyObject) -> Bool {
            o.kind != .dictView || unsafeDowncast(o, to: PyDictView.self).which != .values
        }
        guard isSetLike(x), isSetLike(y) else { return nil }
        let la = try length(of: a), lb = try length(of: b)
        func allContained(_ items: Value, in container: Value) throws(PythonError) -> Bool {
            for item in try iterateToArray(items) where !(try contains(container, item)) { return false }
            return true
        }
        switch op {
        case .eq: return la == lb ? try allContained(a, in: b) : false
        case .ne: return la == lb ? !(try allContained(a, in: b)) : true
        case .lt: return la < lb ? try allContained(a, in: b) : false
        case .le: return la <= lb ? try allContained(a, in: b) : false
        case .gt: return la > lb ? try allContained(b, in: a) : false
        default: return la >= lb ? try allContained(b, in: a) : false
        }
    }

    static func apply(_ op: CompareOperator, _ c: Int) -> Bool {
        switch op {
        case .eq: return c == 0
        case .ne: return c != 0
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        default: return c >= 0
        }
    }

    func compareSequences<A: RandomAccessCollection, B: RandomAccessCollection>(_ op: CompareOperator, _ a: A, _ b: B) throws(PythonError) -> Bool
        where A.Element == Value, A.Index == Int, B.Element == Value, B.Index == Int {
        guard StackGuard.hasRoom() else {
            throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded in comparison")
        }
        if (op == .eq || op == .ne) && a.count != b.count { return op == .ne }
        let n = min(a.count, b.count)
        for i in 0..<n {
            if a[i].isIdentical(to: b[i]) { continue }
            if !(try equals(a[i], b[i])) {
                if op == .eq { return false }
                if op == .ne { return true }
                return try isTrue(compare(op, a[i], b[i]))
            }
        }
        return VM.apply(op, a.count < b.count ? -1 : (a.count == b.count ? 0 : 1))
    }

    func dictsEqual(_ a: PyDict, _ b: PyDict) throws(PythonError) -> Bool {
        if a.count != b.count { return false }
        guard StackGuard.hasRoom() else {
            throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded in comparison")
        }
        for (k, v) in a.items {
            guard let w = try b.get(k, vm: self) else { return false }
            if !v.isIdentical(to: w), !(try equals(v, w)) { return false }
        }
        return true
    }

    func compareSets(_ op: CompareOperator, _ a: PySet, _ b: PySet) throws(PythonError) -> Bool? {
        // Frozensets of frozensets compare their elements natively.
        guard StackGuard.hasRoom() else {
            throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded in comparison")
        }
        func subset(_ x: PySet, _ y: PySet) throws(PythonError) -> Bool {
            if x.count > y.count { return false }
            return try x.allEntries { k, h throws(PythonError) in try y.contains(k, hash: h, vm: self) }
        }
        switch op {
        case .eq: return a.count == b.count ? try subset(a, b) : false
        case .ne: return a.count == b.count ? !(try subset(a, b)) : true
        case .le: return try subset(a, b)
        case .lt: return a.count < b.count ? try subset(a, b) : false
        case .ge: return try subset(b, a)
        case .gt: return a.count > b.count ? try subset(b, a) : false
        default: return nil
        }
    }

    // MARK: Containment and length

    func contains(_ container: Value, _ item: Value) throws(PythonError) -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else {
                throw makeError(Builtins.shared.typeError, "'in <string>' requires string as left operand, not \(typeName(item))")
            }
            if sub.value.isEmpty { return true }
            return StrOps.find(s.value, sub.value, start: nil, end: nil) >= 0
        case .object(let o):
            switch o.kind {
            case .list:
                for x in unsafeDowncast(o, to: PyList.self).items {
                    if x.isIdentical(to: item) { return true }
                    if try equals(x, item) { return true }
                }
                return false
            case .tuple:
                for x in unsafeDowncast(o, to: PyTuple.self).items {
                    if x.isIdentical(to: item) { return true }
                    if try equals(x, item) { return true }
                }
                return false
            case .dict: return try unsafeDowncast(o, to: PyDict.self).contains(item, vm: self)
            case .set, .frozenSet: return try unsafeDowncast(o, to: PySet.self).contains(item, vm: self)
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                if case .int(let i) = item {
                    if r.step > 0 { return i >= r.start && i < r.stop && UInt(bitPattern: i &- r.start) % r.step.magnitude == 0 }
                    return i <= r.start && i > r.stop && UInt(bitPattern: r.start &- i) % r.step.magnitude == 0
                }
                if case .bool(let b) = item { return try contains(container, .int(b ? 1 : 0)) }
            case .bytes:
                let bytes = unsafeDowncast(o, to: PyBytes.self).bytes
                if case .int(let i) = item { return bytes.contains(UInt8(truncatingIfNeeded: i)) && i >= 0 && i < 256 }
                if let sub = item.asBytes?.bytes {
                    if sub.isEmpty { return true }
                    if sub.count > bytes.count { return false }
                    for start in 0...(bytes.count - sub.count) where Array(bytes[start..<(start + sub.count)]) == sub { return true }
                    return false
                }
            case .dictView:
                let view = unsafeDowncast(o, to: PyDictView.self)
                switch view.which {
                case .keys: return try view.dict.contains(item, vm: self)
                case .values:
                    for v in view.dict.values where try equals(v, item) { return true }
                    return false
                case .items:
                    guard let t = item.asTuple, t.count == 2, let v = try view.dict.get(t[0], vm: self) else { return false }
                    return try equals(v, t[1])
                }
            case .type:
                if let m = metaDunder(container, Names.contains) { return try isTrue(try callValue(m, with: item)) }
                if metaDunder(container, Names.iter) != nil {
                    for x in try iterateToArray(container) where try sameOrEqual(x, item) { return true }
                    return false
                }
            case .instance, .native:
                if let base = builtinDelegate(container, for: Names.contains) { return try contains(base, item) }
                if let r = try callSpecial(container, Names.contains, [item]) { return try isTrue(r) }
            default: break
            }
        default: break
        }
        // Fall back to iteration.
        let t = typeOf(container)
        if t.lookup(Names.iter) == nil && t.lookup(Names.getitem) == nil && !isIterableBuiltin(container) {
            throw makeError(Builtins.shared.typeError, "argument of type '\(t.name)' is not iterable")
        }
        let it = try getIterator(container)
        while let x = try nextItem(it) {
            if x.isIdentical(to: item) { return true }
            if try equals(x, item) { return true }
        }
        return false
    }

    func isIterableBuiltin(_ v: Value) -> Bool {
        switch v {
        case .str: return true
        case .object(let o):
            switch o.kind {
            case .list, .tuple, .dict, .set, .frozenSet, .bytes, .range, .generator, .listIterator, .rangeIterator, .nativeIterator, .dictView: return true
            default: return false
            }
        default: return false
        }
    }

    func length(of v: Value) throws(PythonError) -> Int {
        switch v {
        case .str(let s): return s.count
        case .object(let o):
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items.count
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).count
            case .dict: return unsafeDowncast(o, to: PyDict.self).count
            case .set, .frozenSet: return unsafeDowncast(o, to: PySet.self).count
            case .bytes: return unsafeDowncast(o, to: PyBytes.self).bytes.count
            case .range: return unsafeDowncast(o, to: PyRange.self).count
            case .dictView: return unsafeDowncast(o, to: PyDictView.self).dict.count
            case .type:
                if let m = metaDunder(v, Names.len) { return try lengthValue(try callValue(m, [])) }
            case .instance, .native:
                if let base = builtinDelegate(v, for: Names.len) { return try length(of: base) }
                if let r = try callSpecial(v, Names.len, []) { return try lengthValue(r) }
            default: break
            }
        default: break
        }
        throw makeError(Builtins.shared.typeError, "object of type '\(typeName(v))' has no len()")
    }

    func lengthValue(_ r: Value) throws(PythonError) -> Int {
        switch r {
        case .int(let i):
            if i < 0 { throw makeError(Builtins.shared.valueError, "__len__() should return >= 0") }
            return i
        case .bool(let b): return b ? 1 : 0
        default:
            throw makeError(Builtins.shared.typeError, "'\(typeName(r))' object cannot be interpreted as an integer")
        }
    }

    // MARK: Integer conversion

    /// `__index__`: an exact integer from int/bool (or a user object defining `__index__`).
    /// Too large for an index: IndexError, as for a subscript.
    func indexValue(_ v: Value) throws(PythonError) -> Int {
        try indexValue(v, tooLarge: false)
    }

    /// ``indexValue(_:)`` for a method's size argument (`list.pop(i)`, `list.insert(i, x)`):
    /// too large raises OverflowError, as CPython's `Py_ssize_t` argument conversion does.
    func sizeArgument(_ v: Value) throws(PythonError) -> Int {
        try indexValue(v, tooLarge: true)
    }

    private func indexValue(_ v: Value, tooLarge overflow: Bool) throws(PythonError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt:
            if overflow { throw makeError(Builtins.shared.overflowError, "Python int too large to convert to C ssize_t") }
            throw makeError(Builtins.shared.indexError, "cannot fit 'int' into an index-sized integer")
        case .object(let o) where o.kind == .instance:
            if let base = builtinDelegate(v, for: Names.index) { return try indexValue(base, tooLarge: overflow) }
            if let r = try callSpecial(v, Names.index, []) { return try indexValue(try checkedIndexResult(r), tooLarge: overflow) }
        default: break
        }
        throw makeError(Builtins.shared.typeError, "'\(typeName(v))' object cannot be interpreted as an integer")
    }
}

extension VM {
    /// The result of a `__index__` call as a plain int: an int subclass gives its value,
    /// anything else is CPython's TypeError (so `__index__` returning `self` cannot recurse).
    func checkedIndexResult(_ r: Value) throws(PythonError) -> Value {
        guard let n = VM.exactInt(builtinBase(r)) else {
            throw makeError(Builtins.shared.typeError, "__index__ returned non-int (type \(typeName(r)))")
        }
        return n
    }

    /// `v` when it is an int, a bool or a big int; nil for anything else (an int subclass's
    /// instance gives its ``builtinBase(_:)`` first).
    static func exactInt(_ v: Value) -> Value? {
        switch v {
        case .int, .bool: return v
        case .object(let o) where o.kind == .bigInt: return v
        default: return nil
        }
    }
}

extension PyType {
    static let tpNameKey = Interned.str("__tp_name__")

    /// The name error messages use for instances of this type: like CPython's `tp_name`, a
    /// class implementing a C type in Python (`datetime.date`) may set `__tp_name__` in its
    /// own body; otherwise `__name__`.
    var messageName: String {
        if isBuiltin && module == "builtins" { return name }
        if case .str(let s)? = dict.getString(PyType.tpNameKey) { return s.value }
        return name
    }

    /// CPython's `tp_name`: module-qualified for built-in types defined in modules
    /// (`re.Pattern`, `collections.deque`), the plain name otherwise.
    var qualifiedName: String {
        if isBuiltin && module != "builtins" && !module.isEmpty {
            if case .str(let s)? = dict.getString(PyType.tpNameKey) { return s.value }
            return module + "." + name
        }
        return name
    }
}

extension Value {
    /// The truth value of a value whose type is builtin, found without running Python code;
    /// nil for instances of user classes and native objects (whose `__bool__` or `__len__`
    /// decides) and for an unbound slot. The constant folder uses it too.
    var builtinTruth: Bool? {
        switch self {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .str(let s): return !s.value.isEmpty
        case .unbound: return nil
        case .object(let o):
            switch o.kind {
            case .list: return !unsafeDowncast(o, to: PyList.self).items.isEmpty
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).count != 0
            case .dict: return unsafeDowncast(o, to: PyDict.self).count > 0
            case .set, .frozenSet: return unsafeDowncast(o, to: PySet.self).count > 0
            case .bytes: return !unsafeDowncast(o, to: PyBytes.self).bytes.isEmpty
            case .bigInt: return true
            case .range: return unsafeDowncast(o, to: PyRange.self).count > 0
            case .dictView: return unsafeDowncast(o, to: PyDictView.self).dict.count > 0
            case .instance, .native: return nil
            default: return true
            }
        }
    }
}
