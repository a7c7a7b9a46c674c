/// `str` methods that make many strings, building the result values directly from the
/// receiver's UTF-8 bytes: no intermediate `[String]`, and parts of an ASCII receiver are
/// marked ASCII so later joins, searches and indexing skip their own scan.
enum StrValueOps {
    /// `s.split(sep, maxsplit)` / `s.rsplit(...)` as `str` values. A receiver that does not
    /// split is returned itself, as CPython does for an exact `str`.
    static func split(_ s: PyStr, _ sep: String?, _ maxsplit: Int, reverse: Bool) throws -> [Value] {
        let ascii = s.isASCII
        return try StrOps.withBytes(s.value) { b in
            let ranges: [Range<Int>]
            if let sep {
                ranges = try StrOps.withBytes(sep) { try StrOps.splitRanges(b, $0, maxsplit, reverse: reverse, bytesMode: false) }
            } else {
                ranges = try StrOps.splitRanges(b, nil, maxsplit, reverse: reverse, bytesMode: false)
            }
            if ranges.count == 1 && ranges[0].count == b.count { return [.str(s)] }
            var out: [Value] = []
            out.reserveCapacity(ranges.count)
            for (k, r) in ranges.enumerated() {
                // Millions of parts take seconds: stop at the run's limits.
                if k & 1023 == 1023 { try RunInterrupt.poll() }
                out.append(.str(part(b, r.lowerBound, r.upperBound, ascii: ascii)))
            }
            return out
        }
    }

    /// `s.partition(sep)` / `s.rpartition(sep)` as three `str` values.
    static func partition(_ s: PyStr, _ sep: PyStr, reverse: Bool) throws -> (Value, Value, Value) {
        let ascii = s.isASCII
        return try StrOps.withBytes(s.value) { b in
            try StrOps.withBytes(sep.value) { n in
                if n.isEmpty { throw PyErrorMessage(.valueError, "empty separator") }
                let p = reverse ? StrOps.searchBackward(b, 0, b.count, n) : StrOps.searchForward(b, 0, b.count, n)
                if p < 0 {
                    return reverse ? (.str(PyStr.empty), .str(PyStr.empty), .str(s)) : (.str(s), .str(PyStr.empty), .str(PyStr.empty))
                }
                return (.str(part(b, 0, p, ascii: ascii)), .str(sep), .str(part(b, p + n.count, b.count, ascii: ascii)))
            }
        }
    }

    /// A new `str` of the bytes `b[i..<j]` (whole code points), ASCII when the whole is.
    @inline(__always)
    static func part(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int, ascii: Bool) -> PyStr {
        let text = StrOps.makeString(b, i, j)
        return ascii ? PyStr(text, isASCII: true) : PyStr(text)
    }
}
