/// Iterator objects and the iteration protocol (`iter`, `next`, unpacking).

/// Iterator over a list (also used for tuples' backing arrays via a snapshot list).
final class PyListIterator: PyObject, @unchecked Sendable {
    let list: PyList
    @exclusivity(unchecked) var index = 0

    init(_ list: PyList) {
        self.list = list
        super.init(kind: .listIterator)
    }
}

/// Iterator over a range.
final class PyRangeIterator: PyObject, @unchecked Sendable {
    @exclusivity(unchecked) var next: Int
    let step: Int
    @exclusivity(unchecked) var remaining: Int

    init(_ r: PyRange) {
        next = r.start
        step = r.step
        remaining = r.count
        super.init(kind: .rangeIterator)
    }

    init(next: Int, step: Int, remaining: Int) {
        self.next = next
        self.step = step
        self.remaining = remaining
        super.init(kind: .rangeIterator)
    }
}

/// A variable of a native iterator's step closure (its position, counter, reusable tuple).
/// A `var` captured by an escaping closure is boxed with dynamic exclusivity checks: two
/// runtime calls, about 120 instructions, on every access, which is most of a step.
final class IteratorVariable<T> {
    @exclusivity(unchecked) var value: T

    init(_ value: T) {
        self.value = value
    }
}

/// An iterator implemented by a Swift closure (tuple, str, dict, set iterators and the lazy
/// builtins `enumerate`, `zip`, `map`, `filter`, `reversed`, ...).
final class PyNativeIterator: PyObject, @unchecked Sendable {
    let type: PyType
    /// Variable only so that releasing a finished run's heap can drop what it captured.
    @exclusivity(unchecked) var step: (VM) throws(PythonError) -> Value?
    @exclusivity(unchecked) var exhausted = false
    /// The iterator's state as data, for snapshots (nil: it cannot be saved).
    @exclusivity(unchecked) var saved: (() -> SavedIterator)?
    /// The iterator's `repr` when CPython shows its state (`count(5, 2)`); nil for the
    /// default `<name object at 0x...>`.
    @exclusivity(unchecked) var describe: ((VM) throws(PythonError) -> String)?

    /// Set for the iterators ``VM/nextItem(_:)`` steps itself from the fields below (see
    /// ``InlineIteratorStep``); `.none` for those stepped by ``step``.
    let inline: InlineIteratorStep
    /// The iterated container (tuple, dict, set, list) or first inner iterator.
    let source: Value
    /// The second inner iterator (two-argument `zip`).
    let second: Value
    /// Position in the container (enumerate: unused).
    @exclusivity(unchecked) var position = 0
    /// The container's size (dict, set) when iteration began.
    @exclusivity(unchecked) var startCount = 0
    /// Dict: entries still expected. Set: its version when iteration began.
    @exclusivity(unchecked) var remaining = 0
    /// The next count of `enumerate`.
    @exclusivity(unchecked) var counter: Value = .none
    /// The pair handed out last, refilled when nobody else kept it.
    @exclusivity(unchecked) var spare = ReusableTuple()

    init(type: PyType, step: @escaping (VM) throws(PythonError) -> Value?) {
        self.type = type
        self.step = step
        self.inline = .none
        self.source = .none
        self.second = .none
        super.init(kind: .nativeIterator)
    }

    /// An iterator stepped from its own fields: creating it allocates no closure context
    /// and no state boxes (a `zip` or `d.items()` in a loop creates one per pass).
    init(type: PyType, inline: InlineIteratorStep, source: Value, second: Value = .none) {
        self.type = type
        self.step = { _ throws(PythonError) in nil }
        self.inline = inline
        self.source = source
        self.second = second
        super.init(kind: .nativeIterator)
    }

    /// The iterator's state as data for snapshots; nil when it cannot be saved.
    func savedState() -> SavedIterator? {
        if inline != .none { return inlineSavedState() }
        return saved?()
    }

    /// Creates an iterator type for a builtin iterator name (`enumerate`, `tuple_iterator`).
    static func iteratorType(_ name: String) -> PyType {
        IteratorTypes.shared.type(name)
    }
}

/// Cache of builtin iterator types by name.
final class IteratorTypes: @unchecked Sendable {
    static let shared = IteratorTypes()
    @exclusivity(unchecked) private var types: [String: PyType] = [:]
    private let lock = Lock()

    func type(_ name: String) -> PyType {
        lock.lock()
        defer { lock.unlock() }
        if let t = types[name] { return t }
        let t = PyType(name: name, bases: [Builtins.shared.object], isBuiltin: true)
        t.mro = [t, Builtins.shared.object]
        t.installIteratorProtocol()
        types[name] = t
        return t
    }
}

/// The builtin iterator types the runtime creates iterators of, indexing a table of their
/// ``PyType``s: creating an iterator then costs an array read instead of a locked lookup
/// by name (hashing the name, about 400 instructions per `d.items()` or `zip(...)`).
enum NativeIteratorType: Int, CaseIterable {
    case callableIterator
    case generator
    case dequeIterator
    case dequeReverseIterator
    case strASCIIIterator
    case strIterator
    case tupleIterator
    case setIterator
    case enumerate
    case listReverseIterator
    case bytesIterator
    case sequenceIterator
    case bytearrayIterator
    case zip
    case map
    case filter
    case reversed
    case dictKeyIterator
    case dictValueIterator
    case dictItemIterator

    /// The type's Python name (`type(it).__name__`).
    var name: String {
        switch self {
        case .callableIterator: return "callable_iterator"
        case .generator: return "generator"
        case .dequeIterator: return "_collections._deque_iterator"
        case .dequeReverseIterator: return "_collections._deque_reverse_iterator"
        case .strASCIIIterator: return "str_ascii_iterator"
        case .strIterator: return "str_iterator"
        case .tupleIterator: return "tuple_iterator"
        case .setIterator: return "set_iterator"
        case .enumerate: return "enumerate"
        case .listReverseIterator: return "list_reverseiterator"
        case .bytesIterator: return "bytes_iterator"
        case .sequenceIterator: return "iterator"
        case .bytearrayIterator: return "bytearray_iterator"
        case .zip: return "zip"
        case .map: return "map"
        case .filter: return "filter"
        case .reversed: return "reversed"
        case .dictKeyIterator: return "dict_keyiterator"
        case .dictValueIterator: return "dict_valueiterator"
        case .dictItemIterator: return "dict_itemiterator"
        }
    }

    /// The types, in case order (the same objects ``IteratorTypes`` hands out by name).
    static let types: [PyType] = allCases.map { IteratorTypes.shared.type($0.name) }

    /// The type object.
    @inline(__always)
    var type: PyType { NativeIteratorType.types[rawValue] }
}

extension VM {
    func nativeIterator(_ kind: NativeIteratorType, _ step: @escaping (VM) throws(PythonError) -> Value?) -> Value {
        .object(PyNativeIterator(type: kind.type, step: step))
    }

    /// `iter(v)`.
    func getIterator(_ v: Value) throws(PythonError) -> Value {
        switch v {
        case .str(let s):
            return strIterator(s, start: 0)
        case .object(let o):
            switch o.kind {
            case .list: return .object(PyListIterator(unsafeDowncast(o, to: PyList.self)))
            case .tuple:
                return tupleIterator(unsafeDowncast(o, to: PyTuple.self), start: 0)
            case .range: return .object(PyRangeIterator(unsafeDowncast(o, to: PyRange.self)))
            case .dict: return dictIterator(unsafeDowncast(o, to: PyDict.self), .keys)
            case .dictView:
                let view = unsafeDowncast(o, to: PyDictView.self)
                return dictIterator(view.dict, view.which)
            case .set, .frozenSet:
                return setIterator(unsafeDowncast(o, to: PySet.self), start: 0, startCount: nil)
            case .bytes:
                let bytes = unsafeDowncast(o, to: PyBytes.self).bytes
                let i = IteratorVariable(0)
                return nativeIterator(.bytesIterator) { _ throws(PythonError) in
                    let n = i.value
                    guard n < bytes.count else { return nil }
                    i.value = n &+ 1
                    return .int(Int(bytes[n]))
                }
            case .listIterator, .rangeIterator, .nativeIterator, .generator:
                return v
            case .type:
                if let m = metaDunder(v, Names.iter) { return try callValue(m, []) }
            case .instance, .native:
                if let base = builtinDelegate(v, for: Names.iter) { return try getIterator(base) }
                if let r = try callSpecial(v, Names.iter, []) {
                    let t = typeOf(r)
                    if t.lookup(Names.next) == nil && !isIteratorObject(r) {
                        throw makeError(Builtins.shared.typeError, "iter() returned non-iterator of type '\(t.name)'")
                    }
                    return r
                }
                if lookupSpecial(v, Names.getitem) != nil {
                    var i = 0
                    return nativeIterator(.sequenceIterator) { vm throws(PythonError) in
                        do throws(PythonError) {
                            let r = try vm.getItem(v, .int(i))
                            i += 1
                            return r
                        } catch {
                            if vm.isInstance(.object(error.exception), Builtins.shared.indexError) || vm.isInstance(.object(error.exception), Builtins.shared.stopIteration) {
                                return nil
                            }
                            throw error
                        }
                    }
                }
            default: break
            }
        default: break
        }
        throw makeError(Builtins.shared.typeError, "'\(typeName(v))' object is not iterable")
    }

    func isIteratorObject(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .listIterator, .rangeIterator, .nativeIterator, .generator: return true
        default: return false
        }
    }

    func dictIterator(_ d: PyDict, _ which: PyDictView.Which, start: Int = 0, startCount: Int? = nil, remaining: Int? = nil) -> Value {
        let (kind, step): (NativeIteratorType, InlineIteratorStep)
        switch which {
        case .keys: (kind, step) = (.dictKeyIterator, .dictKeys)
        case .values: (kind, step) = (.dictValueIterator, .dictValues)
        case .items: (kind, step) = (.dictItemIterator, .dictItems)
        }
        let it = PyNativeIterator(type: kind.type, inline: step, source: .object(d))
        it.position = start
        it.startCount = startCount ?? d.count
        // Entries still expected, as CPython's `di_len`: finding one more means keys were
        // replaced while the size stayed the same.
        it.remaining = remaining ?? it.startCount
        return .object(it)
    }

    /// Advances an iterator; nil when exhausted (StopIteration is absorbed).
    func nextItem(_ it: Value) throws(PythonError) -> Value? {
        // Builtins that consume iterators (sum, list, join, sorted...) poll the limits here.
        builtinTicks &+= 1
        if builtinTicks & 0xFFFF == 0 { try checkLimits() }
        guard case .object(let o) = it else {
            throw makeError(Builtins.shared.typeError, "'\(typeName(it))' object is not an iterator")
        }
        switch o.kind {
        case .listIterator:
            let li = unsafeDowncast(o, to: PyListIterator.self)
            if li.index < li.list.items.count {
                defer { li.index += 1 }
                return li.list.items[li.index]
            }
            li.index = Int.max / 2
            return nil
        case .rangeIterator:
            let ri = unsafeDowncast(o, to: PyRangeIterator.self)
            if ri.remaining > 0 {
                defer { ri.next = ri.next &+ ri.step; ri.remaining -= 1 }
                return .int(ri.next)
            }
            return nil
        case .nativeIterator:
            let ni = unsafeDowncast(o, to: PyNativeIterator.self)
            if ni.exhausted { return nil }
            if let v = try (ni.inline == .none ? ni.step(self) : stepInline(ni)) { return v }
            ni.exhausted = true
            return nil
        case .generator:
            let g = unsafeDowncast(o, to: PyGenerator.self)
            switch try resumeGenerator(g, send: .none, exception: nil) {
            case .yielded(let v): return v
            case .returned: return nil
            }
        case .instance:
            guard let nextMethod = lookupSpecial(it, Names.next) else {
                throw makeError(Builtins.shared.typeError, "'\(typeName(it))' object is not an iterator")
            }
            do {
                return try callValue(try bindDescriptor(nextMethod, instance: it, owner: typeOf(it)), [])
            } catch {
                if error.exception.cls.isSubtype(of: Builtins.shared.stopIteration) { return nil }
                throw error
            }
        default:
            throw makeError(Builtins.shared.typeError, "'\(typeName(it))' object is not an iterator")
        }
    }

    /// Materializes any iterable.
    func iterateToArray(_ v: Value) throws(PythonError) -> [Value] {
        if case .object(let o) = v, o.kind == .instance, let base = builtinDelegate(v, for: Names.iter) {
            return try iterateToArray(base)
        }
        switch v {
        case .object(let o):
            switch o.kind {
            case .list: return unsafeDowncast(o, to: PyList.self).items
            case .tuple: return unsafeDowncast(o, to: PyTuple.self).array
            case .dict: return unsafeDowncast(o, to: PyDict.self).keys
            case .set, .frozenSet: return unsafeDowncast(o, to: PySet.self).elements
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                if r.count > 100_000_000 { throw makeError(Builtins.shared.memoryError, "") }
                try checkAllocation(r.count, times: 1)
                var out: [Value] = []
                out.reserveCapacity(r.count)
                for i in 0..<r.count {
                    if i & 0xFFFF == 0xFFFF { try checkLimits() }
                    out.append(.int(r.item(i)))
                }
                return out
            default: break
            }
        case .str(let s):
            // The characters at once: ASCII ones are the shared one-character strings.
            let count = s.count
            try checkAllocation(count, times: 1)
            var out: [Value] = []
            out.reserveCapacity(count)
            if s.isASCII {
                let characters = PyStr.asciiCharacters
                for byte in s.value.utf8 { out.append(.str(characters[Int(byte & 0x7F)])) }
            } else {
                for (n, scalar) in s.value.unicodeScalars.enumerated() {
                    if n & 0xFFFF == 0xFFFF { try checkLimits() }
                    out.append(.str(PyStr.character(scalar)))
                }
            }
            return out
        default: break
        }
        if case .object(let o) = v, o.kind == .generator {
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if !g.isCoroutine && (g.state == .created || g.state == .suspended) { return try drainGenerator(g) }
        }
        let it = try getIterator(v)
        var out: [Value] = []
        while let x = try nextItem(it) {
            out.append(x)
            if out.count > 200_000_000 { throw makeError(Builtins.shared.memoryError, "") }
        }
        return out
    }

    /// Unpacks exactly `count` items (assignment targets).
    func unpackExactly(_ v: Value, count: Int) throws(PythonError) -> [Value] {
        var items: [Value]
        let v = builtinDelegate(v, for: Names.iter) ?? v
        if let t = v.asTuple { items = t.array }
        else if let l = v.asList { items = l.items }
        else {
            if !isIterableBuiltin(v) && lookupSpecial(v, Names.iter) == nil && lookupSpecial(v, Names.getitem) == nil {
                throw makeError(Builtins.shared.typeError, "cannot unpack non-iterable \(typeName(v)) object")
            }
            if let g = VM.consumableGenerator(v) {
                // `a, b, c = (f(x) for x in xs)`: the generator runs in one pass of the
                // dispatch loop for the items unpacking asks for.
                items = try drainGenerator(g, limit: count &+ 1)
            } else {
                let it = try getIterator(v)
                items = []
                // Room for one more than expected, the item that makes "too many values".
                items.reserveCapacity(count &+ 1)
                while items.count <= count, let x = try nextItem(it) { items.append(x) }
            }
        }
        if items.count > count {
            throw makeError(Builtins.shared.valueError, "too many values to unpack (expected \(count))")
        }
        if items.count < count {
            throw makeError(Builtins.shared.valueError, "not enough values to unpack (expected \(count), got \(items.count))")
        }
        return items
    }
}

extension PyType {
    /// Gives a builtin iterator type `__next__` and `__iter__` methods, so `it.__next__()`
    /// works as in CPython (the builtin `next` does the work).
    func installIteratorProtocol() {
        let owner = name
        dict.setString(PyStr(frozen: "__next__"), .object(PyBuiltinFunction(name: "__next__", owner: owner) { vm, args throws(PythonError) in
            guard args.count == 1 else {
                throw vm.makeError(Builtins.shared.typeError, "expected 0 arguments, got \(max(0, args.count - 1))")
            }
            guard let next = Builtins.shared.dict.getString(PyStr("next")) else { return .none }
            return try vm.callValue(next, [args[0]])
        }))
        dict.setString(PyStr(frozen: "__iter__"), .object(PyBuiltinFunction(name: "__iter__", owner: owner) { _, args throws(PythonError) in
            args.count > 0 ? args[0] : .none
        }))
    }
}
