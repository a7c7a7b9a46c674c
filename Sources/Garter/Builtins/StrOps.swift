// Python `str` / `bytes` methods with exact CPython 3.11 semantics, as pure algorithms.
//
// Python strings are sequences of code points: everything here works on `String.utf8` (or
// `unicodeScalars`), never on `Character`s, and every index accepted or returned counts code
// points. A UTF-8 match of a valid needle in a valid haystack always starts and ends on
// code-point boundaries, so searching is done on bytes and only indices are converted.
// Character classification and case mapping live in StrOpsUnicode.swift, `str.format`
// template parsing in StrFormatTemplate.swift.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Python `str` and `bytes` method implementations (CPython 3.11 semantics).
enum StrOps {
    /// Results longer than this many code points (or bytes) raise `MemoryError`.
    static let maxResultLength = 100_000_000

    @inline(__always)
    static func checkResultLength(_ n: Int) throws {
        if n > maxResultLength { throw PyErrorMessage(.memoryError, "") }
    }

    // MARK: - UTF-8 plumbing

    /// Calls `body` with the contiguous UTF-8 bytes of `s`.
    @inline(__always)
    static func withBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var s = s
        return try s.withUTF8(body)
    }

    /// A `String` from the (valid UTF-8) bytes `b[i..<j]`.
    @inline(__always)
    static func makeString(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> String {
        // Up to 15 bytes make a small (inline) string, which this initializer builds without
        // a validation pass when they are ASCII; String(decoding:) validates first.
        if j &- i <= 15, let src = b.baseAddress {
            return String(unsafeUninitializedCapacity: j &- i) { out in
                guard let dst = out.baseAddress else { return 0 }
                dst.initialize(from: src + i, count: j &- i)
                return j &- i
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
    }

    /// Whether every byte is < 0x80.
    static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return true }
        let n = b.count
        var i = 0
        let raw = UnsafeRawPointer(base)
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if b[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// Number of code points in the UTF-8 bytes `b[i..<j]`.
    ///
    /// Eight bytes per step: the continuation bytes (`10xxxxxx`) of each word are counted in
    /// per-byte lanes, summed every 255 words (before a lane can overflow).
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>, _ i: Int = 0, _ j: Int? = nil) -> Int {
        let j = j ?? b.count
        guard let base = b.baseAddress, i < j else { return 0 }
        let raw = UnsafeRawPointer(base)
        var continuations = 0
        var k = i
        while k &+ 8 <= j {
            var lanes: UInt64 = 0
            var words = 0
            while words < 255 && k &+ 8 <= j {
                let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                lanes &+= (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
                k &+= 8
                words &+= 1
            }
            // Lanes of up to 255 summed in pairs (16-bit lanes of up to 510), then across.
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
            continuations &+= Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while k < j {
            if base[k] & 0xC0 == 0x80 { continuations &+= 1 }
            k &+= 1
        }
        return j &- i &- continuations
    }

    /// Number of code points of `s` (Python `len`).
    static func length(_ s: String) -> Int { withBytes(s) { scalarCount($0) } }

    /// Byte length of the UTF-8 sequence starting with lead byte `b`.
    @inline(__always)
    static func seqLen(_ b: UInt8) -> Int { b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4 }

    /// Byte offset of code point index `k` (0...count), walking from byte `from`/code point `fromIndex`.
    static func byteOffset(_ b: UnsafeBufferPointer<UInt8>, _ k: Int, from: Int = 0, fromIndex: Int = 0) -> Int {
        var i = from, c = fromIndex
        while c < k && i < b.count { i += seqLen(b[i]); c += 1 }
        return i
    }

    /// Decodes the scalar starting at byte `i` (valid UTF-8).
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32, length: Int) {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(b[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(b[i + 1]) & 0x3F) << 6) | (UInt32(b[i + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(b[i + 1]) & 0x3F) << 12) | ((UInt32(b[i + 2]) & 0x3F) << 6)
                | (UInt32(b[i + 3]) & 0x3F), 4)
    }

    /// Decodes the scalar ending just before byte `j` (valid UTF-8).
    @inline(__always)
    static func decodeBefore(_ b: UnsafeBufferPointer<UInt8>, _ j: Int) -> (value: UInt32, length: Int) {
        var i = j - 1
        while b[i] & 0xC0 == 0x80 { i -= 1 }
        return decode(b, i)
    }

    /// CPython's ADJUST_INDICES: slice-style clamping of optional start/end against `len`.
    /// `start` is not clamped from above (a start past the end makes searches fail).
    @inline(__always)
    static func adjustIndices(_ start: Int?, _ end: Int?, _ len: Int) -> (start: Int, end: Int) {
        var s = start ?? 0, e = end ?? len
        if e > len { e = len } else if e < 0 { e += len; if e < 0 { e = 0 } }
        if s < 0 { s += len; if s < 0 { s = 0 } }
        return (s, e)
    }

    /// A code-point range of `b` resolved to byte offsets.
    struct Span {
        var start: Int, end: Int        // code point indices (after adjustIndices)
        var byteStart: Int, byteEnd: Int // valid only when start <= end
    }

    /// Resolves optional code-point `start`/`end` on UTF-8 `b` (bytes when `bytesMode`).
    static func span(_ b: UnsafeBufferPointer<UInt8>, _ start: Int?, _ end: Int?, bytesMode: Bool = false) -> Span {
        if start == nil && end == nil {
            return Span(start: 0, end: bytesMode ? b.count : scalarCount(b), byteStart: 0, byteEnd: b.count)
        }
        if bytesMode || isASCII(b) {
            let (s, e) = adjustIndices(start, end, b.count)
            return Span(start: s, end: e, byteStart: min(s, b.count), byteEnd: e)
        }
        let (s, e) = adjustIndices(start, end, scalarCount(b))
        if s > e { return Span(start: s, end: e, byteStart: 0, byteEnd: 0) }
        let bs = byteOffset(b, s)
        return Span(start: s, end: e, byteStart: bs, byteEnd: byteOffset(b, e, from: bs, fromIndex: s))
    }

    // MARK: - Byte-level substring search (linear worst case via KMP fallback)

    /// First offset of `n` within `h[lo..<hi]`, or -1.
    static func searchForward(_ h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int,
                              _ n: UnsafeBufferPointer<UInt8>) -> Int {
        let m = n.count
        if m == 0 { return lo <= hi ? lo : -1 }
        if hi - lo < m { return -1 }
        guard let base = h.baseAddress else { return -1 }
        let first = n[0]
        if m == 1 { return nextByte(base, first, lo, hi) }
        // Candidates are the positions of the needle's first byte, found by memchr
        // (vectorized in the C library) rather than by testing every position here.
        let last = n[m - 1], limit = hi - m
        var work = 0
        var i = lo
        while i <= limit {
            i = nextByte(base, first, i, limit &+ 1)
            if i < 0 { return -1 }
            if h[i + m - 1] == last {
                var k = 1
                while k < m - 1 && h[i + k] == n[k] { k += 1 }
                if k >= m - 1 { return i }
                work += k
                if work > 8 * (i - lo) + 4 * m + 256 { return kmpForward(h, i, hi, n) }
            }
            i += 1
        }
        return -1
    }

    /// The first offset of byte `x` in `base[from..<to]`, or -1.
    @inline(__always)
    static func nextByte(_ base: UnsafePointer<UInt8>, _ x: UInt8, _ from: Int, _ to: Int) -> Int {
        guard from < to, let p = memchr(base + from, Int32(x), to &- from) else { return -1 }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
    }

    /// Last offset of `n` within `h[lo..<hi]`, or -1.
    static func searchBackward(_ h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int,
                               _ n: UnsafeBufferPointer<UInt8>) -> Int {
        let m = n.count
        if m == 0 { return lo <= hi ? hi : -1 }
        if hi - lo < m { return -1 }
        let first = n[0], last = n[m - 1]
        var i = hi - m
        var work = 0
        while i >= lo {
            if h[i] == first && h[i + m - 1] == last {
                var k = 1
                while k < m - 1 && h[i + k] == n[k] { k += 1 }
                if k >= m - 1 { return i }
                work += k
                if work > 8 * (hi - m - i) + 4 * m + 256 { return kmpBackward(h, lo, i + m, n) }
            }
            i -= 1
        }
        return -1
    }

    /// Knuth-Morris-Pratt forward search (the linear-time fallback of `searchForward`).
    static func kmpForward(_ h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ n: UnsafeBufferPointer<UInt8>) -> Int {
        let m = n.count
        var fail = [Int](repeating: 0, count: m)
        var k = 0
        for q in 1..<m {
            while k > 0 && n[k] != n[q] { k = fail[k - 1] }
            if n[k] == n[q] { k += 1 }
            fail[q] = k
        }
        var q = 0
        for i in lo..<hi {
            while q > 0 && n[q] != h[i] { q = fail[q - 1] }
            if n[q] == h[i] { q += 1 }
            if q == m { return i - m + 1 }
        }
        return -1
    }

    /// Knuth-Morris-Pratt search for the last occurrence (fallback of `searchBackward`).
    static func kmpBackward(_ h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, _ n: UnsafeBufferPointer<UInt8>) -> Int {
        let m = n.count
        @inline(__always) func r(_ j: Int) -> UInt8 { n[m - 1 - j] }
        var fail = [Int](repeating: 0, count: m)
        var k = 0
        for q in 1..<m {
            while k > 0 && r(k) != r(q) { k = fail[k - 1] }
            if r(k) == r(q) { k += 1 }
            fail[q] = k
        }
        var q = 0
        var i = hi - 1
        while i >= lo {
            while q > 0 && r(q) != h[i] { q = fail[q - 1] }
            if r(q) == h[i] { q += 1 }
            if q == m { return i }
            i -= 1
        }
        return -1
    }

    /// Non-overlapping occurrences of non-empty `n` in `h[lo..<hi]`, stopping at `limit`.
    static func countMatches(_ h: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int,
                             _ n: UnsafeBufferPointer<UInt8>, limit: Int = Int.max) -> Int {
        var c = 0, i = lo
        while c < limit {
            let p = searchForward(h, i, hi, n)
            if p < 0 { break }
            c += 1
            i = p + n.count
        }
        return c
    }

    // MARK: - find / index / count

    /// Shared find/rfind for str (`bytesMode` false: code point indices) and bytes.
    static func findImpl(_ b: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, _ start: Int?, _ end: Int?,
                         reverse: Bool, bytesMode: Bool) -> Int {
        if start == nil && end == nil && !bytesMode {
            let p = reverse ? searchBackward(b, 0, b.count, n) : searchForward(b, 0, b.count, n)
            return p < 0 ? -1 : scalarCount(b, 0, p)
        }
        let sp = span(b, start, end, bytesMode: bytesMode)
        if sp.start > sp.end { return -1 }
        let p = reverse ? searchBackward(b, sp.byteStart, sp.byteEnd, n) : searchForward(b, sp.byteStart, sp.byteEnd, n)
        if p < 0 { return -1 }
        return bytesMode ? p : sp.start + scalarCount(b, sp.byteStart, p)
    }

    /// `str.find(sub[, start[, end]])`: lowest code point index of `sub` in `s[start:end]`, or -1.
    static func find(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
        withBytes(s) { b in withBytes(sub) { n in findImpl(b, n, start, end, reverse: false, bytesMode: false) } }
    }

    /// `str.rfind(sub[, start[, end]])`: highest code point index of `sub` in `s[start:end]`, or -1.
    static func rfind(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
        withBytes(s) { b in withBytes(sub) { n in findImpl(b, n, start, end, reverse: true, bytesMode: false) } }
    }

    /// `str.index`: like `find` but throws `ValueError: substring not found`.
    static func index(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) throws -> Int {
        let r = find(s, sub, start: start, end: end)
        if r < 0 { throw PyErrorMessage(.valueError, "substring not found") }
        return r
    }

    /// `str.rindex`: like `rfind` but throws `ValueError: substring not found`.
    static func rindex(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) throws -> Int {
        let r = rfind(s, sub, start: start, end: end)
        if r < 0 { throw PyErrorMessage(.valueError, "substring not found") }
        return r
    }

    /// Shared str/bytes `count`.
    static func countImpl(_ b: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, _ start: Int?, _ end: Int?,
                          bytesMode: Bool) -> Int {
        let sp = span(b, start, end, bytesMode: bytesMode)
        if sp.start > sp.end { return 0 }
        if n.isEmpty { return sp.end - sp.start + 1 }
        return countMatches(b, sp.byteStart, sp.byteEnd, n)
    }

    /// `str.count(sub[, start[, end]])`: non-overlapping occurrences; an empty `sub` counts len+1.
    static func count(_ s: String, _ sub: String, start: Int? = nil, end: Int? = nil) -> Int {
        withBytes(s) { b in withBytes(sub) { n in countImpl(b, n, start, end, bytesMode: false) } }
    }

    // MARK: - startswith / endswith / removeprefix / removesuffix

    /// CPython's `tailmatch`: whether `n` matches at the start (or end, `atEnd`) of `b[start:end]`.
    static func tailMatch(_ b: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, _ start: Int?, _ end: Int?,
                          atEnd: Bool, bytesMode: Bool) -> Bool {
        var lo = 0, hi = b.count
        if start != nil || end != nil {
            let sp = span(b, start, end, bytesMode: bytesMode)
            let subLen = bytesMode ? n.count : scalarCount(n)
            if sp.end - subLen < sp.start { return false }
            lo = sp.byteStart; hi = sp.byteEnd
        }
        if hi - lo < n.count { return false }
        let off = atEnd ? hi - n.count : lo
        for k in 0..<n.count where b[off + k] != n[k] { return false }
        return true
    }

    /// `str.startswith(prefix[, start[, end]])` for one prefix (callers loop over tuples).
    static func startswith(_ s: String, _ prefix: String, start: Int? = nil, end: Int? = nil) -> Bool {
        withBytes(s) { b in withBytes(prefix) { n in tailMatch(b, n, start, end, atEnd: false, bytesMode: false) } }
    }

    /// `str.endswith(suffix[, start[, end]])` for one suffix (callers loop over tuples).
    static func endswith(_ s: String, _ suffix: String, start: Int? = nil, end: Int? = nil) -> Bool {
        withBytes(s) { b in withBytes(suffix) { n in tailMatch(b, n, start, end, atEnd: true, bytesMode: false) } }
    }

    /// `str.removeprefix(prefix)`.
    static func removeprefix(_ s: String, _ prefix: String) -> String {
        withBytes(s) { b in withBytes(prefix) { n in
            n.isEmpty || !tailMatch(b, n, nil, nil, atEnd: false, bytesMode: true) ? s : makeString(b, n.count, b.count)
        } }
    }

    /// `str.removesuffix(suffix)`.
    static func removesuffix(_ s: String, _ suffix: String) -> String {
        withBytes(s) { b in withBytes(suffix) { n in
            n.isEmpty || !tailMatch(b, n, nil, nil, atEnd: true, bytesMode: true) ? s : makeString(b, 0, b.count - n.count)
        } }
    }

    // MARK: - replace

    /// `str.replace(old, new[, count])`; `count < 0` replaces all. An empty `old` inserts `new`
    /// before every code point and at the end (at most `count` times).
    static func replace(_ s: String, old: String, new: String, count: Int = -1) throws -> String {
        try replacement(s, old: old, new: new, count: count) ?? s
    }

    /// `s.replace(old, new, count)`, or nil when nothing is replaced (the caller then hands
    /// out the receiver itself, as CPython does).
    static func replacement(_ s: String, old: String, new: String, count: Int) throws -> String? {
        try withBytes(s) { b in try withBytes(old) { o in try withBytes(new) { w in
            if !o.isEmpty { return try replacingMatches(b, o, w, count) }
            let r = try replaceImpl(b, o, w, count, lengthOf: { scalarCount($0) }, unitStart: { b[$0] & 0xC0 != 0x80 })
            return r.map { String(decoding: $0, as: UTF8.self) }
        } } }
    }

    /// The common replace, of a non-empty `o`: the result is written straight into the new
    /// string's storage (not built as bytes and then copied into a string).
    private static func replacingMatches(_ b: UnsafeBufferPointer<UInt8>, _ o: UnsafeBufferPointer<UInt8>,
                                         _ w: UnsafeBufferPointer<UInt8>, _ count: Int) throws -> String? {
        let n = countMatches(b, 0, b.count, o, limit: count < 0 ? Int.max : count)
        if n == 0 { return nil }
        let (extra, ovf) = n.multipliedReportingOverflow(by: scalarCount(w) - scalarCount(o))
        let (total, ovf2) = scalarCount(b).addingReportingOverflow(extra)
        if ovf || ovf2 { throw PyErrorMessage(.memoryError, "") }
        try checkResultLength(total)
        // Matches do not overlap, so the byte count cannot overflow once the length fits.
        let bytes = b.count + n * (w.count - o.count)
        if bytes == 0 { return "" }
        return String(unsafeUninitializedCapacity: bytes) { out in
            guard let dst = out.baseAddress, let src = b.baseAddress else { return 0 }
            var i = 0, d = 0
            for _ in 0..<n {
                let p = searchForward(b, i, b.count, o)
                (dst + d).update(from: src + i, count: p - i)
                d += p - i
                if let wb = w.baseAddress { (dst + d).update(from: wb, count: w.count) }
                d += w.count
                i = p + o.count
            }
            (dst + d).update(from: src + i, count: b.count - i)
            return d + b.count - i
        }
    }

    /// Shared replace; returns nil when the result equals the input. `lengthOf` measures a
    /// buffer in result units (code points or bytes), `unitStart` tells whether byte `i` starts one.
    static func replaceImpl(_ b: UnsafeBufferPointer<UInt8>, _ o: UnsafeBufferPointer<UInt8>, _ w: UnsafeBufferPointer<UInt8>,
                            _ count: Int, lengthOf: (UnsafeBufferPointer<UInt8>) -> Int,
                            unitStart: (Int) -> Bool) throws -> [UInt8]? {
        let maxCount = count < 0 ? Int.max : count
        if maxCount == 0 { return nil }
        if o.isEmpty {
            let len = lengthOf(b)
            let n = min(maxCount, len + 1)
            let (extra, ovf) = n.multipliedReportingOverflow(by: lengthOf(w))
            let (total, ovf2) = len.addingReportingOverflow(extra)
            if ovf || ovf2 { throw PyErrorMessage(.memoryError, "") }
            try checkResultLength(total)
            var out = [UInt8](); out.reserveCapacity(b.count + n * w.count)
            var done = 0
            for i in 0..<b.count {
                if done < n && unitStart(i) { out.append(contentsOf: w); done += 1 }
                out.append(b[i])
            }
            if done < n { out.append(contentsOf: w) }
            return out
        }
        let n = countMatches(b, 0, b.count, o, limit: maxCount)
        if n == 0 { return nil }
        let len = lengthOf(b)
        let (extra, ovf) = n.multipliedReportingOverflow(by: lengthOf(w) - lengthOf(o))
        let (total, ovf2) = len.addingReportingOverflow(extra)
        if ovf || ovf2 { throw PyErrorMessage(.memoryError, "") }
        try checkResultLength(total)
        var out = [UInt8](); out.reserveCapacity(max(0, b.count + n * (w.count - o.count)))
        var i = 0
        for _ in 0..<n {
            let p = searchForward(b, i, b.count, o)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<p]))
            out.append(contentsOf: w)
            i = p + o.count
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<b.count]))
        return out
    }

    // MARK: - split / rsplit / splitlines / partition

    /// Whether the ASCII byte `x` is whitespace: `str.isspace` counts the separators
    /// U+001C–U+001F too, `bytes.isspace` only `\t\n\v\f\r` and space.
    @inline(__always)
    static func isASCIISpace(_ x: UInt8, bytesMode: Bool) -> Bool {
        x == 0x20 || x &- 0x09 <= 4 || (!bytesMode && x &- 0x1C <= 3)
    }

    /// Byte length of the Python whitespace scalar at `i`, or 0 (`bytesMode`: ASCII whitespace only).
    @inline(__always)
    static func spaceAt(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, bytesMode: Bool) -> Int {
        let x = b[i]
        if x < 0x80 || bytesMode {
            if bytesMode { return (x >= 0x09 && x <= 0x0D) || x == 0x20 ? 1 : 0 }
            return isSpace(UInt32(x)) ? 1 : 0
        }
        if x != 0xC2 && x != 0xE1 && x != 0xE2 && x != 0xE3 { return 0 }
        let (v, l) = decode(b, i)
        return isSpace(v) ? l : 0
    }

    /// Byte length of the whitespace scalar ending before `j`, or 0.
    @inline(__always)
    static func spaceBefore(_ b: UnsafeBufferPointer<UInt8>, _ j: Int, bytesMode: Bool) -> Int {
        let x = b[j - 1]
        if x < 0x80 || bytesMode { return spaceAt(b, j - 1, bytesMode: bytesMode) }
        let (v, l) = decodeBefore(b, j)
        return isSpace(v) ? l : 0
    }

    /// Shared split returning byte ranges (`sep` nil: whitespace runs), in order.
    static func splitRanges(_ b: UnsafeBufferPointer<UInt8>, _ sep: UnsafeBufferPointer<UInt8>?, _ maxsplit: Int,
                            reverse: Bool, bytesMode: Bool) throws -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(try splitCapacityHint(b, sep, maxsplit))
        try forEachSplitRange(b, sep, maxsplit, reverse: reverse, bytesMode: bytesMode) { out.append($0) }
        if reverse { out.reverse() }
        return out
    }

    /// A starting capacity for the parts of a split: exact for a one-byte separator (one
    /// counting pass is cheaper than growing the array from empty, which reallocates for
    /// each of the first parts, and a grown array ends up to twice the size it needs), a
    /// small guess otherwise. A count above 65 536 is first checked against the run's memory
    /// limit, as its storage is taken before any part is made.
    static func splitCapacityHint(_ b: UnsafeBufferPointer<UInt8>, _ sep: UnsafeBufferPointer<UInt8>?, _ maxsplit: Int) throws -> Int {
        let limit = maxsplit < 0 || maxsplit >= b.count ? b.count &+ 1 : maxsplit &+ 1
        if let sep, sep.count == 1 {
            let x = sep[0]
            var count = 1
            for byte in b where byte == x { count &+= 1 }
            let parts = Swift.min(count, limit)
            if parts > 1 << 16 { try RunInterrupt.checkAllocation(values: parts) }
            return parts
        }
        if sep == nil && b.count > 256 {
            // Runs of bytes other than ASCII whitespace: the exact count for ASCII text,
            // close enough otherwise (the array grows if it is short).
            var words = 0
            var inSpace = true
            for byte in b {
                let space = byte == 0x20 || (byte &- 9) < 5
                if inSpace && !space { words &+= 1 }
                inSpace = space
            }
            let parts = Swift.min(Swift.max(words, 1), limit)
            if parts > 1 << 16 { try RunInterrupt.checkAllocation(values: parts) }
            return parts
        }
        return Swift.min(b.count / 2 &+ 1, 8, limit)
    }

    /// The byte ranges of a split (`sep` nil: whitespace runs), passed to `emit` in the
    /// order they are found: left to right, or right to left for `reverse` (rsplit).
    static func forEachSplitRange(_ b: UnsafeBufferPointer<UInt8>, _ sep: UnsafeBufferPointer<UInt8>?, _ maxsplit: Int,
                                  reverse: Bool, bytesMode: Bool, _ emit: (Range<Int>) throws -> Void) throws {
        var maxCount = maxsplit < 0 ? Int.max : maxsplit
        let n = b.count
        if let sep {
            if sep.isEmpty { throw PyErrorMessage(.valueError, "empty separator") }
            let m = sep.count
            if !reverse {
                var i = 0
                while maxCount > 0 {
                    let p = searchForward(b, i, n, sep)
                    if p < 0 { break }
                    try emit(i..<p); i = p + m; maxCount -= 1
                }
                try emit(i..<n)
            } else {
                var j = n
                while maxCount > 0 {
                    let p = searchBackward(b, 0, j, sep)
                    if p < 0 { break }
                    try emit(p + m..<j); j = p; maxCount -= 1
                }
                try emit(0..<j)
            }
            return
        }
        if !reverse {
            var i = 0
            while maxCount > 0 {
                // ASCII bytes are tested inline; only a non-ASCII byte pays for a decode.
                while i < n {
                    let x = b[i]
                    if x < 0x80 {
                        if !isASCIISpace(x, bytesMode: bytesMode) { break }
                        i += 1
                    } else {
                        let l = spaceAt(b, i, bytesMode: bytesMode)
                        if l == 0 { break }
                        i += l
                    }
                }
                if i == n { break }
                let j = i
                while i < n {
                    let x = b[i]
                    if x < 0x80 {
                        if isASCIISpace(x, bytesMode: bytesMode) { break }
                        i += 1
                    } else {
                        if spaceAt(b, i, bytesMode: bytesMode) != 0 { break }
                        i += bytesMode ? 1 : seqLen(x)
                    }
                }
                try emit(j..<i); maxCount -= 1
            }
            if i < n {
                while i < n { let l = spaceAt(b, i, bytesMode: bytesMode); if l == 0 { break }; i += l }
                if i != n { try emit(i..<n) }
            }
        } else {
            var i = n
            while maxCount > 0 {
                while i > 0 { let l = spaceBefore(b, i, bytesMode: bytesMode); if l == 0 { break }; i -= l }
                if i == 0 { break }
                let j = i
                while i > 0 && spaceBefore(b, i, bytesMode: bytesMode) == 0 {
                    i -= 1
                    if !bytesMode { while b[i] & 0xC0 == 0x80 { i -= 1 } }
                }
                try emit(i..<j); maxCount -= 1
            }
            if i > 0 {
                while i > 0 { let l = spaceBefore(b, i, bytesMode: bytesMode); if l == 0 { break }; i -= l }
                if i != 0 { try emit(0..<i) }
            }
        }
    }

    /// `str.split(sep=None, maxsplit=-1)`; throws `ValueError: empty separator`.
    static func split(_ s: String, sep: String? = nil, maxsplit: Int = -1) throws -> [String] {
        try splitStr(s, sep, maxsplit, reverse: false)
    }

    /// `str.rsplit(sep=None, maxsplit=-1)`; throws `ValueError: empty separator`.
    static func rsplit(_ s: String, sep: String? = nil, maxsplit: Int = -1) throws -> [String] {
        try splitStr(s, sep, maxsplit, reverse: true)
    }

    /// Shared str split/rsplit.
    static func splitStr(_ s: String, _ sep: String?, _ maxsplit: Int, reverse: Bool) throws -> [String] {
        try withBytes(s) { b in
            let r: [Range<Int>]
            if let sep {
                r = try withBytes(sep) { try splitRanges(b, $0, maxsplit, reverse: reverse, bytesMode: false) }
            } else {
                r = try splitRanges(b, nil, maxsplit, reverse: reverse, bytesMode: false)
            }
            if r.count == 1 && r[0].count == b.count { return [s] }
            return r.map { makeString(b, $0.lowerBound, $0.upperBound) }
        }
    }

    /// The byte ranges of `str.splitlines(keepends)` with Python's line boundaries
    /// (`\n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029`), passed to `emit` in order.
    static func forEachLine(_ b: UnsafeBufferPointer<UInt8>, keepends: Bool, _ emit: (Int, Int) throws -> Void) rethrows {
        let n = b.count
        var i = 0, j = 0
        while i < n {
            var brk = 0
            while i < n {
                let x = b[i]
                if x < 0x80 {
                    if isLineBreak(UInt32(x)) { brk = 1; break }
                } else if x == 0xC2 || x == 0xE2 {
                    let (v, l) = decode(b, i)
                    if isLineBreak(v) { brk = l; break }
                }
                i += 1
            }
            var eol = i
            if i < n {
                i += (b[i] == 0x0D && i + 1 < n && b[i + 1] == 0x0A) ? 2 : brk
                if keepends { eol = i }
            }
            try emit(j, eol)
            j = i
        }
    }

    /// `str.partition(sep)`: `(head, sep, tail)`, or `(s, "", "")`; throws on an empty separator.
    static func partition(_ s: String, _ sep: String) throws -> (String, String, String) {
        try withBytes(s) { b in try withBytes(sep) { n in
            if n.isEmpty { throw PyErrorMessage(.valueError, "empty separator") }
            let p = searchForward(b, 0, b.count, n)
            if p < 0 { return (s, "", "") }
            return (makeString(b, 0, p), sep, makeString(b, p + n.count, b.count))
        } }
    }

    /// `str.rpartition(sep)`: `(head, sep, tail)`, or `("", "", s)`; throws on an empty separator.
    static func rpartition(_ s: String, _ sep: String) throws -> (String, String, String) {
        try withBytes(s) { b in try withBytes(sep) { n in
            if n.isEmpty { throw PyErrorMessage(.valueError, "empty separator") }
            let p = searchBackward(b, 0, b.count, n)
            if p < 0 { return ("", "", s) }
            return (makeString(b, 0, p), sep, makeString(b, p + n.count, b.count))
        } }
    }

    // MARK: - strip

    /// `str.strip(chars=None)`: removes leading and trailing whitespace (or code points in `chars`).
    static func strip(_ s: String, chars: String? = nil) -> String { stripStr(s, chars, left: true, right: true) }
    /// `str.lstrip(chars=None)`.
    static func lstrip(_ s: String, chars: String? = nil) -> String { stripStr(s, chars, left: true, right: false) }
    /// `str.rstrip(chars=None)`.
    static func rstrip(_ s: String, chars: String? = nil) -> String { stripStr(s, chars, left: false, right: true) }

    /// Whether the whitespace strip on the requested sides finds nothing to remove, told
    /// from the end bytes when they are ASCII (an empty string has nothing to strip); false
    /// when a non-ASCII end byte means ``stripStr(_:_:left:right:)`` must decide.
    @inline(__always)
    static func hasNoOuterSpace(_ s: String, left: Bool, right: Bool) -> Bool {
        // Through the contiguous bytes: `String.UTF8View.last` walks back through the
        // view's index machinery (about 75 instructions).
        withBytes(s) { bytes in
            guard let first = bytes.first, let last = bytes.last else { return true }
            if left && (first >= 0x80 || isASCIISpace(first, bytesMode: false)) { return false }
            if right && (last >= 0x80 || isASCIISpace(last, bytesMode: false)) { return false }
            return true
        }
    }

    /// Shared str strip/lstrip/rstrip (`chars` nil: Python whitespace).
    static func stripStr(_ s: String, _ chars: String?, left: Bool, right: Bool) -> String {
        withBytes(s) { b in
            var i = 0, j = b.count
            if let chars {
                var lo: UInt64 = 0, hi: UInt64 = 0
                var others: [UInt32] = []
                for c in chars.unicodeScalars {
                    let v = c.value
                    if v < 64 { lo |= 1 << UInt64(v) } else if v < 128 { hi |= 1 << UInt64(v - 64) } else { others.append(v) }
                }
                @inline(__always) func member(_ v: UInt32) -> Bool {
                    if v < 64 { return lo & (1 << UInt64(v)) != 0 }
                    if v < 128 { return hi & (1 << UInt64(v - 64)) != 0 }
                    return others.contains(v)
                }
                if left { while i < j { let (v, l) = decode(b, i); if !member(v) { break }; i += l } }
                if right { while j > i { let (v, l) = decodeBefore(b, j); if !member(v) { break }; j -= l } }
            } else {
                if left { while i < j { let l = spaceAt(b, i, bytesMode: false); if l == 0 { break }; i += l } }
                if right { while j > i { let l = spaceBefore(b, j, bytesMode: false); if l == 0 { break }; j -= l } }
            }
            return i == 0 && j == b.count ? s : makeString(b, i, j)
        }
    }

    // MARK: - Padding

    /// Converts a `fillchar` argument; throws CPython's TypeError unless it is one code point.
    static func fillCharacter(_ s: String) throws -> Unicode.Scalar {
        var it = s.unicodeScalars.makeIterator()
        guard let c = it.next(), it.next() == nil else {
            throw PyErrorMessage(.typeError, "The fill character must be exactly one character long")
        }
        return c
    }

    /// `s` with `left`/`right` copies of `fill` around it (MemoryError past the result limit).
    static func pad(_ s: String, left: Int, right: Int, fill: Unicode.Scalar) throws -> String {
        let len = length(s)
        try checkResultLength(len + left + right)
        var f: [UInt8] = []
        appendUTF8(fill.value, to: &f)
        var out = [UInt8](); out.reserveCapacity(s.utf8.count + (left + right) * f.count)
        for _ in 0..<left { out.append(contentsOf: f) }
        out.append(contentsOf: s.utf8)
        for _ in 0..<right { out.append(contentsOf: f) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `str.center(width[, fillchar])`; the odd pad character goes left when `width` is odd.
    static func center(_ s: String, width: Int, fill: Unicode.Scalar = " ") throws -> String {
        let len = length(s)
        if width <= len { return s }
        let marg = width - len
        let left = marg / 2 + (marg & width & 1)
        return try pad(s, left: left, right: marg - left, fill: fill)
    }

    /// `str.ljust(width[, fillchar])`.
    static func ljust(_ s: String, width: Int, fill: Unicode.Scalar = " ") throws -> String {
        let len = length(s)
        return width <= len ? s : try pad(s, left: 0, right: width - len, fill: fill)
    }

    /// `str.rjust(width[, fillchar])`.
    static func rjust(_ s: String, width: Int, fill: Unicode.Scalar = " ") throws -> String {
        let len = length(s)
        return width <= len ? s : try pad(s, left: width - len, right: 0, fill: fill)
    }

    /// `str.zfill(width)`: pads with '0' on the left, after a leading '+' or '-'.
    static func zfill(_ s: String, width: Int) throws -> String {
        let len = length(s)
        if width <= len { return s }
        let fill = width - len
        try checkResultLength(width)
        var out = [UInt8](); out.reserveCapacity(s.utf8.count + fill)
        var rest = Substring(s).utf8[...]
        if let f = rest.first, f == 0x2B || f == 0x2D { out.append(f); rest = rest.dropFirst() }
        out.append(contentsOf: repeatElement(0x30, count: fill))
        out.append(contentsOf: rest)
        return String(decoding: out, as: UTF8.self)
    }

    /// `str.expandtabs(tabsize=8)`: columns reset after `\n`/`\r`; tabsize <= 0 removes tabs.
    static func expandtabs(_ s: String, tabsize: Int = 8) throws -> String {
        try withBytes(s) { b in
            var hasTab = false
            var total = 0, col = 0
            var i = 0
            while i < b.count {
                let x = b[i]
                if x == 0x09 {
                    hasTab = true
                    if tabsize > 0 {
                        let inc = tabsize - col % tabsize
                        if inc > maxResultLength - total { throw PyErrorMessage(.memoryError, "") }
                        col += inc; total += inc
                    }
                } else if x & 0xC0 != 0x80 {
                    total += 1; col += 1
                    if x == 0x0A || x == 0x0D { col = 0 }
                }
                i += 1
            }
            if !hasTab { return s }
            try checkResultLength(total)
            var out = [UInt8](); out.reserveCapacity(b.count + total)
            col = 0
            for x in b {
                if x == 0x09 {
                    if tabsize > 0 {
                        let inc = tabsize - col % tabsize
                        col += inc
                        out.append(contentsOf: repeatElement(0x20, count: inc))
                    }
                } else {
                    out.append(x)
                    if x & 0xC0 != 0x80 { col += 1 }
                    if x == 0x0A || x == 0x0D { col = 0 }
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    // MARK: - repr / ascii

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for `v`.
    @inline(__always)
    static func appendHexEscape(_ v: UInt32, to out: inout [UInt8]) {
        let (tag, digits): (UInt8, Int) = v <= 0xFF ? (0x78, 2) : v <= 0xFFFF ? (0x75, 4) : (0x55, 8)
        out.append(0x5C); out.append(tag)
        var k = digits - 1
        while k >= 0 { out.append(hexDigits[Int((v >> (UInt32(k) * 4)) & 0xF)]); k -= 1 }
    }

    /// `repr(str)`: CPython quoting and escaping; non-printable code points become
    /// `\xhh`/`\uhhhh`/`\Uhhhhhhhh`. With `asciiOnly`, every non-ASCII code point is escaped (`ascii()`).
    static func repr(_ s: String, asciiOnly: Bool = false) -> String {
        withBytes(s) { b in
            var hasSingle = false, hasDouble = false
            for x in b { if x == 0x27 { hasSingle = true } else if x == 0x22 { hasDouble = true } }
            let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
            var out = [UInt8](); out.reserveCapacity(b.count + 2)
            out.append(quote)
            var i = 0, run = 0   // b[run..<i] is pending verbatim output
            while i < b.count {
                let x = b[i]
                if x >= 0x20 && x < 0x7F && x != quote && x != 0x5C { i += 1; continue }
                if x >= 0x80 {
                    let (v, l) = decode(b, i)
                    if !asciiOnly && isPrintable(Unicode.Scalar(v)!) { i += l; continue }
                    if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i])) }
                    appendHexEscape(v, to: &out)
                    i += l
                    run = i
                    continue
                }
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i])) }
                switch x {
                case quote, 0x5C: out.append(0x5C); out.append(x)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                default: appendHexEscape(UInt32(x), to: &out)
                }
                i += 1
                run = i
            }
            if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i])) }
            out.append(quote)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `ascii(str)`: `repr` with every non-ASCII code point escaped.
    static func ascii(_ s: String) -> String { repr(s, asciiOnly: true) }

    /// `repr(bytes)`: `b'...'` with CPython's quote choice and `\t \n \r \\ \xhh` escapes.
    /// `repr(bytes)`; `forByteArray` escapes a single quote even inside double quotes, as
    /// CPython's `bytearray` repr does.
    static func bytesRepr(_ b: [UInt8], forByteArray: Bool = false) -> String {
        let quote: UInt8 = b.contains(0x27) && !b.contains(0x22) ? 0x22 : 0x27
        var out: [UInt8] = [0x62, quote]
        out.reserveCapacity(b.count + 3)
        // Runs of bytes that stand for themselves are copied at once (an `append` per byte
        // made the repr of 100 MB take 20 s under ASan).
        var run = 0
        b.withUnsafeBufferPointer { p in
            for (i, x) in p.enumerated() where x < 0x20 || x >= 0x7F || x == quote || x == 0x5C || (forByteArray && x == 0x27) {
                if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i])) }
                run = i + 1
                switch x {
                case quote, 0x5C: out.append(0x5C); out.append(x)
                case 0x27: out.append(0x5C); out.append(x)
                case 0x09: out.append(0x5C); out.append(0x74)
                case 0x0A: out.append(0x5C); out.append(0x6E)
                case 0x0D: out.append(0x5C); out.append(0x72)
                default: appendHexEscape(UInt32(x), to: &out)
                }
            }
            if run < p.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[run...])) }
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }

    /// A string of the given code points, encoded straight into its UTF-8 bytes.
    static func string(fromScalars scalars: [Unicode.Scalar]) -> String {
        String(unsafeUninitializedCapacity: scalars.count &* 4) { out in
            var k = 0
            for sc in scalars {
                let v = sc.value
                if v < 0x80 {
                    out[k] = UInt8(v); k &+= 1
                } else if v < 0x800 {
                    out[k] = UInt8(0xC0 | (v >> 6)); out[k &+ 1] = UInt8(0x80 | (v & 0x3F)); k &+= 2
                } else if v < 0x10000 {
                    out[k] = UInt8(0xE0 | (v >> 12)); out[k &+ 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    out[k &+ 2] = UInt8(0x80 | (v & 0x3F)); k &+= 3
                } else {
                    out[k] = UInt8(0xF0 | (v >> 18)); out[k &+ 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    out[k &+ 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); out[k &+ 3] = UInt8(0x80 | (v & 0x3F)); k &+= 4
                }
            }
            return k
        }
    }
}

// MARK: - bytes methods (byte-indexed; `decode` lives elsewhere)

extension StrOps {
    /// `bytes.find(sub[, start[, end]])` (an int `sub` is passed as `[value]`).
    static func bytesFind(_ b: [UInt8], _ sub: [UInt8], start: Int? = nil, end: Int? = nil) -> Int {
        b.withUnsafeBufferPointer { h in sub.withUnsafeBufferPointer { n in
            findImpl(h, n, start, end, reverse: false, bytesMode: true)
        } }
    }

    /// `bytes.rfind(sub[, start[, end]])`.
    static func bytesRFind(_ b: [UInt8], _ sub: [UInt8], start: Int? = nil, end: Int? = nil) -> Int {
        b.withUnsafeBufferPointer { h in sub.withUnsafeBufferPointer { n in
            findImpl(h, n, start, end, reverse: true, bytesMode: true)
        } }
    }

    /// `bytes.index`: throws `ValueError: subsection not found`.
    static func bytesIndex(_ b: [UInt8], _ sub: [UInt8], start: Int? = nil, end: Int? = nil) throws -> Int {
        let r = bytesFind(b, sub, start: start, end: end)
        if r < 0 { throw PyErrorMessage(.valueError, "subsection not found") }
        return r
    }

    /// `bytes.rindex`: throws `ValueError: subsection not found`.
    static func bytesRIndex(_ b: [UInt8], _ sub: [UInt8], start: Int? = nil, end: Int? = nil) throws -> Int {
        let r = bytesRFind(b, sub, start: start, end: end)
        if r < 0 { throw PyErrorMessage(.valueError, "subsection not found") }
        return r
    }

    /// `bytes.count(sub[, start[, end]])`.
    static func bytesCount(_ b: [UInt8], _ sub: [UInt8], start: Int? = nil, end: Int? = nil) -> Int {
        b.withUnsafeBufferPointer { h in sub.withUnsafeBufferPointer { n in countImpl(h, n, start, end, bytesMode: true) } }
    }

    /// `bytes.replace(old, new[, count])`.
    static func bytesReplace(_ b: [UInt8], old: [UInt8], new: [UInt8], count: Int = -1) throws -> [UInt8] {
        try b.withUnsafeBufferPointer { h in try old.withUnsafeBufferPointer { o in try new.withUnsafeBufferPointer { w in
            try replaceImpl(h, o, w, count, lengthOf: { $0.count }, unitStart: { _ in true }) ?? b
        } } }
    }

    /// `bytes.split(sep=None, maxsplit=-1)` (`sep` nil: runs of ASCII whitespace).
    static func bytesSplit(_ b: [UInt8], sep: [UInt8]? = nil, maxsplit: Int = -1) throws -> [[UInt8]] {
        try bytesSplitImpl(b, sep, maxsplit, reverse: false)
    }

    /// `bytes.rsplit(sep=None, maxsplit=-1)`.
    static func bytesRSplit(_ b: [UInt8], sep: [UInt8]? = nil, maxsplit: Int = -1) throws -> [[UInt8]] {
        try bytesSplitImpl(b, sep, maxsplit, reverse: true)
    }

    static func bytesSplitImpl(_ b: [UInt8], _ sep: [UInt8]?, _ maxsplit: Int, reverse: Bool) throws -> [[UInt8]] {
        try b.withUnsafeBufferPointer { h in
            let r: [Range<Int>]
            if let sep {
                r = try sep.withUnsafeBufferPointer { try splitRanges(h, $0, maxsplit, reverse: reverse, bytesMode: true) }
            } else {
                r = try splitRanges(h, nil, maxsplit, reverse: reverse, bytesMode: true)
            }
            // Millions of parts take seconds: stop at the run's limits.
            var parts: [[UInt8]] = []
            parts.reserveCapacity(r.count)
            for (k, range) in r.enumerated() {
                if k & 1023 == 1023 { try RunInterrupt.poll() }
                parts.append(Array(b[range]))
            }
            return parts
        }
    }

    /// `bytes.strip(chars=None)` (`chars` nil: ASCII whitespace).
    static func bytesStrip(_ b: [UInt8], chars: [UInt8]? = nil) -> [UInt8] { bytesStripImpl(b, chars, true, true) }
    /// `bytes.lstrip(chars=None)`.
    static func bytesLStrip(_ b: [UInt8], chars: [UInt8]? = nil) -> [UInt8] { bytesStripImpl(b, chars, true, false) }
    /// `bytes.rstrip(chars=None)`.
    static func bytesRStrip(_ b: [UInt8], chars: [UInt8]? = nil) -> [UInt8] { bytesStripImpl(b, chars, false, true) }

    static func bytesStripImpl(_ b: [UInt8], _ chars: [UInt8]?, _ left: Bool, _ right: Bool) -> [UInt8] {
        var set = [Bool](repeating: false, count: 256)
        for x in chars ?? [0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20] { set[Int(x)] = true }
        var i = 0, j = b.count
        if left { while i < j && set[Int(b[i])] { i += 1 } }
        if right { while j > i && set[Int(b[j - 1])] { j -= 1 } }
        return i == 0 && j == b.count ? b : Array(b[i..<j])
    }

    /// `bytes.startswith(prefix[, start[, end]])` for one prefix.
    static func bytesStartswith(_ b: [UInt8], _ prefix: [UInt8], start: Int? = nil, end: Int? = nil) -> Bool {
        b.withUnsafeBufferPointer { h in prefix.withUnsafeBufferPointer { n in
            tailMatch(h, n, start, end, atEnd: false, bytesMode: true)
        } }
    }

    /// `bytes.endswith(suffix[, start[, end]])` for one suffix.
    static func bytesEndswith(_ b: [UInt8], _ suffix: [UInt8], start: Int? = nil, end: Int? = nil) -> Bool {
        b.withUnsafeBufferPointer { h in suffix.withUnsafeBufferPointer { n in
            tailMatch(h, n, start, end, atEnd: true, bytesMode: true)
        } }
    }

    /// `bytes.upper()` (ASCII letters only).
    static func bytesUpper(_ b: [UInt8]) -> [UInt8] { b.map(asciiUpper) }
    /// `bytes.lower()` (ASCII letters only).
    static func bytesLower(_ b: [UInt8]) -> [UInt8] { b.map(asciiLower) }

    /// `bytes.hex([sep[, bytes_per_sep]])`. A bytes `sep` is passed as its Latin-1 decoding.
    /// Groups count from the right when `bytesPerSep > 0`, from the left when negative.
    static func bytesHex(_ b: [UInt8], sep: String? = nil, bytesPerSep: Int = 1) throws -> String {
        var sepByte: UInt8? = nil
        if let sep {
            var it = sep.unicodeScalars.makeIterator()
            guard let c = it.next(), it.next() == nil else { throw PyErrorMessage(.valueError, "sep must be length 1.") }
            guard c.value < 128 else { throw PyErrorMessage(.valueError, "sep must be ASCII.") }
            sepByte = UInt8(c.value)
        }
        let group = bytesPerSep.magnitude
        var out = [UInt8](); out.reserveCapacity(b.count * 3)
        for (i, x) in b.enumerated() {
            if let sepByte, group > 0, i > 0 {
                let boundary = bytesPerSep > 0 ? UInt((b.count - i)) % group == 0 : UInt(i) % group == 0
                if boundary { out.append(sepByte) }
            }
            out.append(hexDigits[Int(x >> 4)]); out.append(hexDigits[Int(x & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `bytes.fromhex(string)`: pairs of hex digits, ASCII whitespace allowed between pairs.
    static func bytesFromhex(_ s: String) throws -> [UInt8] {
        func fail(_ pos: Int) -> PyErrorMessage {
            PyErrorMessage(.valueError, "non-hexadecimal number found in fromhex() arg at position \(pos)")
        }
        return try withBytes(s) { b in
            if !isASCII(b) {
                var k = 0
                while b[k] < 0x80 { k += 1 }
                throw fail(scalarCount(b, 0, k))
            }
            func digit(_ i: Int) -> UInt8? {
                guard i < b.count else { return nil }
                let x = b[i]
                switch x {
                case 0x30...0x39: return x - 0x30
                case 0x41...0x46: return x - 0x37
                case 0x61...0x66: return x - 0x57
                default: return nil
                }
            }
            var out = [UInt8](); out.reserveCapacity(b.count / 2)
            var i = 0
            while i < b.count {
                let x = b[i]
                if (x >= 0x09 && x <= 0x0D) || x == 0x20 { i += 1; continue }
                guard let hi = digit(i) else { throw fail(i) }
                guard let lo = digit(i + 1) else { throw fail(i + 1) }
                out.append(hi << 4 | lo)
                i += 2
            }
            return out
        }
    }
}
