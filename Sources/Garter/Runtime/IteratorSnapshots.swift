/// Builtin iterators whose state can be saved in a snapshot: each records its state as data
/// (`SavedIterator`) next to the Swift closure that advances it, and `rebuildIterator`
/// recreates an equivalent iterator from that data.

/// The state of a builtin iterator: a kind, the values it iterates over, and counters.
struct SavedIterator {
    let kind: String
    let values: [Value]
    let ints: [Int]
}

extension VM {
    func setSaver(_ iterator: Value, _ saver: @escaping () -> SavedIterator) {
        if case .object(let o) = iterator, o.kind == .nativeIterator {
            unsafeDowncast(o, to: PyNativeIterator.self).saved = saver
        }
    }

    func strIterator(_ s: PyStr, start: Int) -> Value {
        let i = IteratorVariable(start)
        let result: Value
        if s.isASCII {
            let bytes = Array(s.value.utf8)
            // Captured once: each read of the static costs a call.
            let characters = PyStr.asciiCharacters
            result = nativeIterator(.strASCIIIterator) { _ throws(PythonError) in
                let n = i.value
                guard n >= 0, n < bytes.count else { return nil }
                i.value = n &+ 1
                return .str(characters[Int(bytes[n] & 0x7F)])
            }
        } else {
            let scalars = s.scalars
            result = nativeIterator(.strIterator) { _ throws(PythonError) in
                let n = i.value
                guard n >= 0, n < scalars.count else { return nil }
                i.value = n &+ 1
                return .str(PyStr.character(scalars[n]))
            }
        }
        setSaver(result) { SavedIterator(kind: "str", values: [.str(s)], ints: [i.value]) }
        return result
    }

    func tupleIterator(_ t: PyTuple, start: Int) -> Value {
        let it = PyNativeIterator(type: NativeIteratorType.tupleIterator.type, inline: .tuple, source: .object(t))
        it.position = start
        return .object(it)
    }

    func setIterator(_ s: PySet, start: Int, startCount: Int?) -> Value {
        let it = PyNativeIterator(type: NativeIteratorType.setIterator.type, inline: .set, source: .object(s))
        it.position = start
        it.startCount = startCount ?? s.count
        it.remaining = s.version
        return .object(it)
    }

    func enumerateIterator(_ it: Value, counter start: Value) -> Value {
        let result = PyNativeIterator(type: NativeIteratorType.enumerate.type, inline: .enumerate, source: it)
        result.counter = start
        return .object(result)
    }

    func listReverseIterator(_ l: PyList, start: Int) -> Value {
        let it = PyNativeIterator(type: NativeIteratorType.listReverseIterator.type, inline: .listReverse, source: .object(l))
        it.position = start
        return .object(it)
    }

    /// Recreates a saved iterator; nil when the data does not describe one.
    func rebuildIterator(_ s: SavedIterator) -> Value? {
        let v = s.values
        let n = s.ints
        if s.kind.hasPrefix(PyNativeIterator.exhaustedPrefix) {
            guard v.isEmpty, n.isEmpty else { return nil }
            return PyNativeIterator.exhausted(typeName: String(s.kind.dropFirst(PyNativeIterator.exhaustedPrefix.count)))
        }
        switch (s.kind, v.count, n.count) {
        case ("str", 1, 1):
            guard case .str(let str) = v[0] else { return nil }
            return strIterator(str, start: n[0])
        case ("tuple", 1, 1):
            guard case .object(let o) = v[0], o.kind == .tuple else { return nil }
            return tupleIterator(unsafeDowncast(o, to: PyTuple.self), start: n[0])
        case ("set", 1, 2):
            guard case .object(let o) = v[0], o.kind == .set || o.kind == .frozenSet else { return nil }
            return setIterator(unsafeDowncast(o, to: PySet.self), start: n[0], startCount: n[1])
        case ("dict", 1, 3), ("dict", 1, 4):
            guard let d = v[0].asDict, n[0] >= 0, n[0] <= 2, n[1] >= 0 else { return nil }
            return dictIterator(d, n[0] == 0 ? .keys : n[0] == 1 ? .values : .items, start: n[1], startCount: n[2],
                                remaining: n.count > 3 ? n[3] : nil)
        case ("enumerate", 2, 0):
            guard isIteratorObject(v[0]) else { return nil }
            switch v[1] {
            case .int: return enumerateIterator(v[0], counter: v[1])
            case .object(let o) where o.kind == .bigInt: return enumerateIterator(v[0], counter: v[1])
            default: return nil
            }
        case ("zip", _, 2):
            guard v.allSatisfy(isIteratorObject) else { return nil }
            return zipIterator(v, strict: n[0] == 1, done: n[1] == 1)
        case ("map", _, 0):
            guard v.count >= 2, v.dropFirst().allSatisfy(isIteratorObject) else { return nil }
            return mapIterator(v[0], Array(v.dropFirst()))
        case ("filter", 2, 0):
            guard isIteratorObject(v[1]) else { return nil }
            return filterIterator(v[0], v[1])
        case ("list_reverse", 1, 1):
            guard case .object(let o) = v[0], o.kind == .list else { return nil }
            return listReverseIterator(unsafeDowncast(o, to: PyList.self), start: n[0])
        default:
            return nil
        }
    }
}

extension PyNativeIterator {
    /// The saved kind of an exhausted iterator starts with this, followed by its type's name.
    static let exhaustedPrefix = "exhausted "

    /// The state of this (exhausted) iterator: only its type, which a restored run may
    /// still ask for (`type(it)`), and which must keep answering nothing.
    func exhaustedState() -> SavedIterator? {
        let name = type.module == "itertools" ? "itertools." + type.name : type.name
        guard PyNativeIterator.exhaustedType(name) != nil else { return nil }
        return SavedIterator(kind: PyNativeIterator.exhaustedPrefix + name, values: [], ints: [])
    }

    /// The builtin or itertools iterator type named `name` (`zip`, `itertools.count`); nil
    /// for any other name, so that snapshot bytes cannot create types.
    static func exhaustedType(_ name: String) -> PyType? {
        if name.hasPrefix("itertools.") { return ItertoolsModule.types[String(name.dropFirst(10))] }
        return NativeIteratorType.allCases.first { $0.name == name }?.type
    }

    /// An exhausted iterator of the type named `name` (see ``exhaustedType(_:)``).
    static func exhausted(typeName name: String) -> Value? {
        guard let type = exhaustedType(name) else { return nil }
        let it = PyNativeIterator(type: type) { _ throws(PythonError) in nil }
        it.exhausted = true
        return .object(it)
    }
}
