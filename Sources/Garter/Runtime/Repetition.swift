/// Sequence repetition (`s * n`, `[x] * n`, `b'-' * n`): the count, and copies made in
/// doubling runs once the size has been checked against the run's limits.
extension VM {
    /// `s * n` for `n >= 1` (the size already checked): the UTF-8 bytes copied in doubling
    /// runs, which is much faster than `String(repeating:count:)`'s per-copy appends.
    func repeatString(_ s: PyStr, _ n: Int) -> PyStr {
        if n == 1 { return s }
        var value = s.value
        let total = value.utf8.count &* n
        let text = value.withUTF8 { src in
            String(unsafeUninitializedCapacity: total) { out in
                guard let dst = out.baseAddress, let from = src.baseAddress, src.count > 0 else { return 0 }
                dst.update(from: from, count: src.count)
                var filled = src.count
                while filled < total {
                    let chunk = Swift.min(filled, total &- filled)
                    (dst + filled).update(from: dst, count: chunk)
                    filled &+= chunk
                }
                return total
            }
        }
        return PyStr(text, isASCII: s.isASCII)
    }

    /// The count of a sequence repetition (`seq * n`), nil when `v` is not an int; a big
    /// int, positive or negative, raises OverflowError as CPython's `PyNumber_AsSsize_t`.
    func repeatCount(_ v: Value) throws(PythonError) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt:
            throw makeError(Builtins.shared.overflowError, "cannot fit 'int' into an index-sized integer")
        default: return nil
        }
    }

    /// `items` repeated `n` times (`n ≥ 1`, `items` not empty, the size already checked),
    /// copied in doubling runs: a short sequence repeated many times (`b'x' * 10**8`,
    /// `[None] * 10**7`) took one append call per copy, seconds of native code that the
    /// run's limits cannot interrupt.
    static func repeated<T>(_ items: [T], _ n: Int) -> [T] {
        let count = items.count, total = count &* n
        if n == 1 { return items }
        if count == 0 { return [] }
        if count == 1 && total <= 64 {
            // `[0] * 8`, a row made in a loop: an empty array grown (specialized code) by
            // one item repeated. The uninitialized allocation below looks up the array's
            // type metadata on every call, more work than copying a few items.
            var out: [T] = []
            out.reserveCapacity(total)
            out.append(contentsOf: repeatElement(items[0], count: n))
            return out
        }
        return [T](unsafeUninitializedCapacity: total) { out, initialized in
            guard let dst = out.baseAddress, count > 0 else { initialized = 0; return }
            items.withUnsafeBufferPointer { src in dst.initialize(from: src.baseAddress!, count: count) }
            var filled = count
            while filled < total {
                let chunk = Swift.min(filled, total &- filled)
                (dst + filled).initialize(from: dst, count: chunk)
                filled &+= chunk
            }
            initialized = total
        }
    }

    /// `seq * n` for a list, tuple or bytes `o` (nil for other objects).
    func repeatSequence(_ o: PyObject, _ n: Int) throws(PythonError) -> Value? {
        switch o.kind {
        case .list:
            let items = unsafeDowncast(o, to: PyList.self).items
            if n <= 0 || items.isEmpty { return .object(PyList()) }
            try checkAllocation(items.count, times: n)
            return .object(PyList(VM.repeated(items, n)))
        case .tuple:
            let t = unsafeDowncast(o, to: PyTuple.self)
            if n <= 0 || t.count == 0 { return .emptyTuple }
            if n == 1 { return .object(t) }
            try checkAllocation(t.count, times: n)
            return .object(PyTuple(repeating: t, n))
        case .bytes:
            let bytes = unsafeDowncast(o, to: PyBytes.self).bytes
            if n <= 0 || bytes.isEmpty { return .object(PyBytes([])) }
            try checkAllocation(bytes.count, times: n, itemSize: 1)
            return .object(PyBytes(VM.repeated(bytes, n)))
        default: return nil
        }
    }
}
