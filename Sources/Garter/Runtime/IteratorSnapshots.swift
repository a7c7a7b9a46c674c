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
        let items = t.items
        let i = IteratorVariable(start)
        let result = nativeIterator(.tupleIterator) { _ throws(PythonError) in
            let n = i.value
            guard n >= 0, n < items.count else { return nil }
            i.value = n &+ 1
            return items[n]
        }
        setSaver(result) { SavedIterator(kind: "tuple", values: [.object(t)], ints: [i.value]) }
        return result
    }

    func setIterator(_ s: PySet, start: Int, startCount: Int?) -> Value {
        let startVersion = s.version
        let startCount = startCount ?? s.count
        let i = IteratorVariable(start)
        let result = nativeIterator(.setIterator) { vm throws(PythonError) in
            if s.version != startVersion && s.count != startCount {
                throw vm.makeError(Builtins.shared.runtimeError, "Set changed size during iteration")
            }
            while i.value >= 0 && i.value < s.rawCount {
                let n = i.value
                i.value = n &+ 1
                if let k = s.rawKey(n) { return k }
            }
            return nil
        }
        setSaver(result) { SavedIterator(kind: "set", values: [.object(s)], ints: [i.value, startCount]) }
        return result
    }

    func enumerateIterator(_ it: Value, counter start: Value) -> Value {
        let counter = IteratorVariable(start)
        let tuple = IteratorVariable(ReusableTuple())
        let result = nativeIterator(.enumerate) { vm throws(PythonError) in
            guard let x = try vm.nextItem(it) else { return nil }
            let current = counter.value
            // Counting past Int.max promotes to a big int instead of trapping.
            if case .int(let c) = current, c < Int.max {
                counter.value = .int(c + 1)
            } else {
                counter.value = try PyNumber.binary(.add, current, .int(1)) ?? .int(0)
            }
            return tuple.value.make(current, x)
        }
        setSaver(result) { SavedIterator(kind: "enumerate", values: [it, counter.value], ints: []) }
        return result
    }

    func listReverseIterator(_ l: PyList, start: Int) -> Value {
        let i = IteratorVariable(start)
        let result = nativeIterator(.listReverseIterator) { _ throws(PythonError) in
            let n = i.value
            guard n >= 0, n < l.items.count else { return nil }
            i.value = n &- 1
            return l.items[n]
        }
        setSaver(result) { SavedIterator(kind: "list_reverse", values: [.object(l)], ints: [i.value]) }
        return result
    }

    /// Recreates a saved iterator; nil when the data does not describe one.
    func rebuildIterator(_ s: SavedIterator) -> Value? {
        let v = s.values
        let n = s.ints
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
