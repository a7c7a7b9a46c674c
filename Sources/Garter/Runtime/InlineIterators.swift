/// The builtin iterators stepped from their own fields (``PyNativeIterator/source``,
/// ``PyNativeIterator/position`` ...) rather than by a closure: creating one is a single
/// allocation, where a closure-based iterator also allocates its closure contexts and a box
/// per variable, and releases them all when it dies. They are the iterators code creates
/// most often in loops: `d.items()`, `zip(a, b)`, `enumerate(xs)`, tuples and sets.
enum InlineIteratorStep: UInt8 {
    /// A closure-based iterator (``PyNativeIterator/step``).
    case none
    /// `iter(tuple)`: ``PyNativeIterator/position`` indexes the tuple.
    case tuple
    /// Dict keys, values and items, with CPython's checks for size and key changes.
    case dictKeys, dictValues, dictItems
    /// `iter(set)`, with CPython's "Set changed size during iteration".
    case set
    /// `enumerate(it, start)`: ``PyNativeIterator/counter`` is the next count.
    case enumerate
    /// `zip(a, b)` without `strict`.
    case zip
    /// `reversed(list)`: ``PyNativeIterator/position`` counts down.
    case listReverse
}

extension VM {
    /// The next item of an inline iterator (``InlineIteratorStep``), nil when it is exhausted.
    func stepInline(_ it: PyNativeIterator) throws(PythonError) -> Value? {
        switch it.inline {
        case .none:
            return nil
        case .tuple:
            guard case .object(let o) = it.source else { return nil }
            let n = it.position
            let t = unsafeDowncast(o, to: PyTuple.self)
            guard n >= 0, n < t.count else { return nil }
            it.position = n &+ 1
            return t.base[n]
        case .dictKeys, .dictValues, .dictItems:
            guard case .object(let o) = it.source else { return nil }
            let d = unsafeDowncast(o, to: PyDict.self)
            guard let (key, i) = try nextDictEntry(it, d) else { return nil }
            switch it.inline {
            case .dictKeys: return key.pointee
            case .dictValues: return d.valueSlot(atEntry: i).pointee
            default: return it.spare.make(key.pointee, d.valueSlot(atEntry: i).pointee)
            }
        case .set:
            guard case .object(let o) = it.source else { return nil }
            let s = unsafeDowncast(o, to: PySet.self)
            if s.version != it.remaining && s.count != it.startCount {
                throw makeError(Builtins.shared.runtimeError, "Set changed size during iteration")
            }
            while it.position >= 0 && it.position < s.rawCount {
                let n = it.position
                it.position = n &+ 1
                if let k = s.rawKey(n) { return k }
            }
            return nil
        case .enumerate:
            guard let x = try nextItem(it.source) else { return nil }
            let current = it.counter
            // Counting past Int.max promotes to a big int instead of trapping.
            if case .int(let c) = current, c < Int.max {
                it.counter = .int(c &+ 1)
            } else {
                it.counter = try PyNumber.binary(.add, current, .int(1)) ?? .int(0)
            }
            return it.spare.make(current, x)
        case .zip:
            guard let a = try nextItem(it.source), let b = try nextItem(it.second) else { return nil }
            return it.spare.make(a, b)
        case .listReverse:
            guard case .object(let o) = it.source else { return nil }
            let n = it.position
            return unsafeDowncast(o, to: PyList.self).items.withUnsafeBufferPointer { items -> Value? in
                guard n >= 0, n < items.count else { return nil }
                it.position = n &- 1
                return items[n]
            }
        }
    }
}

extension VM {
    /// One step of `for a, b in it` (FOR_ITER followed by UNPACK_SEQUENCE 2) when `it` makes
    /// pairs: dict items, `enumerate` and two-iterable `zip`. The pair's items go straight
    /// into `slots[1]` (first) and `slots[0]` (second), where unpacking would leave them,
    /// without making the tuple. Returns true when it stepped, false when the iterator is
    /// exhausted (and marks it so), nil when `it` makes no pairs or the step is not plain
    /// (the caller then steps it the general way).
    func stepPair(_ iterator: Unmanaged<PyNativeIterator>, into slots: UnsafeMutablePointer<Value>) throws(PythonError) -> Bool? {
        // Stepping borrows the iterator (the stack slot keeps it alive); an error is carried
        // out of the closure, which cannot throw a typed error itself.
        var failure: PythonError? = nil
        let stepped = iterator._withUnsafeGuaranteedRef { it -> Bool? in
            do throws(PythonError) {
                return try stepPair(it, into: slots)
            } catch {
                failure = error
                return nil
            }
        }
        if let failure { throw failure }
        return stepped
    }

    private func stepPair(_ it: PyNativeIterator, into slots: UnsafeMutablePointer<Value>) throws(PythonError) -> Bool? {
        switch it.inline {
        case .dictItems:
            if it.exhausted { return false }
            guard case .object(let o) = it.source else { return nil }
            let d = unsafeDowncast(o, to: PyDict.self)
            if let (key, i) = try nextDictEntry(it, d) {
                slots.initialize(to: d.valueSlot(atEntry: i).pointee)
                (slots + 1).initialize(to: key.pointee)
                return true
            }
        case .enumerate:
            if it.exhausted { return false }
            guard case .int(let c) = it.counter, c < Int.max else { return nil }
            if let x = try nextPlainItem(it.source) {
                it.counter = .int(c &+ 1)
                slots.initialize(to: x)
                (slots + 1).initialize(to: .int(c))
                return true
            }
        case .zip:
            if it.exhausted { return false }
            if let a = try nextPlainItem(it.source) {
                if let b = try nextPlainItem(it.second) {
                    slots.initialize(to: b)
                    (slots + 1).initialize(to: a)
                    return true
                }
            }
        default:
            return nil
        }
        it.exhausted = true
        return false
    }

    /// The next live entry of the dict `d` that `it` iterates: its key in place and its
    /// position (its value is at `d.valueSlot(atEntry:)`), with CPython's errors for a dict
    /// whose size or keys changed during the iteration; nil at the end.
    @inline(__always)
    private func nextDictEntry(_ it: PyNativeIterator, _ d: PyDict) throws(PythonError) -> (key: UnsafeMutablePointer<Value>, index: Int)? {
        if d.count != it.startCount {
            throw makeError(Builtins.shared.runtimeError, "dictionary changed size during iteration")
        }
        while let key = d.rawKeySlot(it.position) {
            let i = it.position
            it.position += 1
            if case .unbound = key.pointee { continue }
            if it.remaining <= 0 {
                it.position = Int.max
                throw makeError(Builtins.shared.runtimeError, "dictionary keys changed during iteration")
            }
            it.remaining -= 1
            return (key, i)
        }
        return nil
    }

    /// The next item of `v`, nil when it is exhausted: a list iterator's item is read in
    /// place, every other iterator is stepped by ``nextItem(_:)``.
    @inline(__always)
    private func nextPlainItem(_ v: Value) throws(PythonError) -> Value? {
        if case .object(let o) = v, o.kind == .listIterator {
            // Borrowed: `v` keeps the iterator, and the iterator its list, alive.
            let item = Unmanaged.passUnretained(unsafeDowncast(o, to: PyListIterator.self))._withUnsafeGuaranteedRef { li in
                Unmanaged.passUnretained(li.list)._withUnsafeGuaranteedRef { list -> Value? in
                    let i = li.index
                    guard i >= 0, i < list.items.count else { return nil }
                    li.index = i &+ 1
                    return list.items[i]
                }
            }
            if let item { return item }
        }
        return try nextItem(v)
    }
}

extension PyNativeIterator {
    /// The state of an inline iterator as ``VM/rebuildIterator(_:)`` reads it back.
    func inlineSavedState() -> SavedIterator? {
        switch inline {
        case .none:
            return nil
        case .tuple:
            return SavedIterator(kind: "tuple", values: [source], ints: [position])
        case .dictKeys, .dictValues, .dictItems:
            let which = inline == .dictKeys ? 0 : inline == .dictValues ? 1 : 2
            return SavedIterator(kind: "dict", values: [source], ints: [which, position, startCount, remaining])
        case .set:
            return SavedIterator(kind: "set", values: [source], ints: [position, startCount])
        case .enumerate:
            return SavedIterator(kind: "enumerate", values: [source, counter], ints: [])
        case .zip:
            return SavedIterator(kind: "zip", values: [source, second], ints: [0, exhausted ? 1 : 0])
        case .listReverse:
            return SavedIterator(kind: "list_reverse", values: [source], ints: [position])
        }
    }
}
