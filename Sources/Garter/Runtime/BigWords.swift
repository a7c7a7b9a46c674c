import BigInt

/// Magnitude arithmetic on little-endian arrays of 64-bit words (no leading zero words), for
/// the big-int operations whose BigInt versions read and write one word at a time through
/// generic, bounds-checked accessors: products with a machine-word factor and schoolbook
/// (Knuth D) division. On the operands `int` code meets most (a few hundred words) these run
/// several times faster than BigInt; ``PyNumber/wordBinary(_:_:_:)`` picks them.
///
/// Results are plain `[UInt]` arrays, which ``PyBigInt`` keeps beside its `BigInt` (sharing
/// the storage) so a chain of such operations (`r *= i` in a loop) never converts.
enum BigWords {
    /// A `BigInt` with its magnitude as a word array.
    struct Signed {
        var negative: Bool
        var words: [UInt]
    }

    /// The magnitude words of a big int object: its kept words when it has them, otherwise a
    /// copy of its `BigInt`'s words.
    @inline(__always)
    static func words(_ o: PyBigInt) -> [UInt] {
        o.magnitudeWords ?? Array(o.value.magnitude.words)
    }

    /// The sign and magnitude words of an exact `int` (`int`, `bool` or big int), or nil.
    static func signed(_ v: Value) -> Signed? {
        switch v {
        case .int(let i): return Signed(negative: i < 0, words: i == 0 ? [] : [i.magnitude])
        case .bool(let b): return Signed(negative: false, words: b ? [1] : [])
        case .object(let o) where o.kind == .bigInt:
            let big = unsafeDowncast(o, to: PyBigInt.self)
            return Signed(negative: big.value.sign == .minus, words: words(big))
        default: return nil
        }
    }

    /// Number of significant bits of a magnitude.
    @inline(__always)
    static func bitWidth(_ x: [UInt]) -> Int {
        x.isEmpty ? 0 : x.count * UInt.bitWidth - x[x.count - 1].leadingZeroBitCount
    }

    /// `n` zero words. Neither `[UInt](repeating:count:)` nor
    /// `[UInt](unsafeUninitializedCapacity:)`: their allocation is an unspecialized call that
    /// looks up the array's type metadata every time (about 500 instructions, more than the
    /// arithmetic on a two-word number); growing an empty array is specialized. Long ones,
    /// where the lookup is small beside the work, take `repeating:`.
    @inline(__always)
    static func zeroWords(_ n: Int) -> [UInt] {
        // The operands `int` code meets most are a few words long: an array literal is
        // cheaper than growing an array from empty (measured: 3 % on 128-bit arithmetic).
        switch n {
        case 1: return [0]
        case 2: return [0, 0]
        case 3: return [0, 0, 0]
        case 4: return [0, 0, 0, 0]
        default: break
        }
        if n > 64 { return [UInt](repeating: 0, count: n) }
        var out: [UInt] = []
        if n <= 0 { return out }
        out.reserveCapacity(n)
        out.append(contentsOf: repeatElement(0, count: n))
        return out
    }

    /// `n` words written by `body` through a pointer to their storage; `body` returns how
    /// many of them the result keeps. Long results are not zeroed first (the metadata lookup
    /// of the uninitialized allocation is small beside their arithmetic); short ones are.
    @inline(__always)
    static func words(count n: Int, _ body: (UnsafeMutablePointer<UInt>) -> Int) -> [UInt] {
        if n <= 0 { return [] }
        if n > 16 {
            return [UInt](unsafeUninitializedCapacity: n) { buffer, count in count = body(buffer.baseAddress!) }
        }
        var out = zeroWords(n)
        let kept = out.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
        if kept < n { out.removeLast(n &- kept) }
        return out
    }

    /// Drops leading zero words.
    @inline(__always)
    static func normalize(_ x: inout [UInt]) {
        while let last = x.last, last == 0 { x.removeLast() }
    }

    /// `x · w`.
    static func multiply(_ x: [UInt], byWord w: UInt) -> [UInt] {
        let n = x.count
        if n == 0 || w == 0 { return [] }
        return words(count: n + 1) { op in
            x.withUnsafeBufferPointer { xb in
                let xp = xb.baseAddress!
                var carry: UInt = 0
                for i in 0..<n {
                    let (h, l) = xp[i].multipliedFullWidth(by: w)
                    let (s, o) = l.addingReportingOverflow(carry)
                    op[i] = s
                    carry = h &+ (o ? 1 : 0)
                }
                op[n] = carry
                return carry == 0 ? n : n + 1
            }
        }
    }

    /// `x + 1`.
    static func increment(_ x: [UInt]) -> [UInt] {
        var r = x
        for i in 0..<r.count {
            r[i] &+= 1
            if r[i] != 0 { return r }
        }
        r.append(1)
        return r
    }

    /// `x − y` for `x ≥ y`.
    static func subtract(_ x: [UInt], _ y: [UInt]) -> [UInt] {
        var r = x
        var borrow = false
        for i in 0..<r.count {
            let yi: UInt = i < y.count ? y[i] : 0
            if i >= y.count && !borrow { break }
            let (d1, b1) = r[i].subtractingReportingOverflow(yi)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
            r[i] = d2
            borrow = b1 || b2
        }
        normalize(&r)
        return r
    }

    /// Truncating quotient and remainder of `x` by a one-word divisor `d` (not zero).
    static func divide(_ x: [UInt], byWord d: UInt) -> (quotient: [UInt], remainder: UInt) {
        let n = x.count
        var r: UInt = 0
        var q = words(count: n) { op in
            x.withUnsafeBufferPointer { xb in
                let xp = xb.baseAddress!
                var j = n
                while j > 0 {
                    j -= 1
                    let (qw, rw) = d.dividingFullWidth((high: r, low: xp[j]))
                    op[j] = qw
                    r = rw
                }
            }
            return n
        }
        normalize(&q)
        return (q, r)
    }

    /// Truncating quotient and remainder of `x` by `y` (not zero): Knuth's algorithm D
    /// (TAOCP vol. 2, 4.3.1) on 64-bit words. About (x.count − y.count + 1) · y.count
    /// word products.
    static func divide(_ x: [UInt], _ y: [UInt]) -> (quotient: [UInt], remainder: [UInt]) {
        let m = y.count, n = x.count
        if n < m || (n == m && compare(x, y) < 0) { return ([], x) }
        if m == 1 {
            let (q, r) = divide(x, byWord: y[0])
            return (q, r == 0 ? [] : [r])
        }
        // Normalize so the divisor's top bit is set; the dividend gets one more word.
        let s = y[m - 1].leadingZeroBitCount
        var v = shiftedLeft(y, s, extraWord: false)
        var u = shiftedLeft(x, s, extraWord: true)
        var q = zeroWords(n - m + 1)
        v.withUnsafeMutableBufferPointer { vb in
            u.withUnsafeMutableBufferPointer { ub in
                q.withUnsafeMutableBufferPointer { qb in
                    divideNormalized(ub.baseAddress!, n, vb.baseAddress!, m, qb.baseAddress!)
                }
            }
        }
        normalize(&q)
        // The remainder is the low m words of u, shifted back.
        var r = zeroWords(m)
        for i in 0..<m {
            r[i] = s == 0 ? u[i] : (u[i] >> UInt(s)) | (u[i + 1] << UInt(UInt.bitWidth - s))
        }
        normalize(&r)
        return (q, r)
    }

    /// The core of algorithm D: `u` (n + 1 words) becomes the remainder (low m words), `q`
    /// (n − m + 1 words) the quotient; `v` (m ≥ 2 words) has its top bit set.
    private static func divideNormalized(_ u: UnsafeMutablePointer<UInt>, _ n: Int, _ v: UnsafePointer<UInt>, _ m: Int, _ q: UnsafeMutablePointer<UInt>) {
        let vTop = v[m - 1], vNext = v[m - 2]
        var j = n - m
        while j >= 0 {
            let uTop = u[j + m], uNext = u[j + m - 1], uThird = u[j + m - 2]
            // Estimate the quotient word from the top two words (never too small, at most
            // two too large), then refine with the third.
            var qhat: UInt, rhat: UInt
            var rhatOverflow = false
            if uTop >= vTop {
                qhat = UInt.max
                (rhat, rhatOverflow) = uNext.addingReportingOverflow(vTop)
            } else {
                (qhat, rhat) = vTop.dividingFullWidth((high: uTop, low: uNext))
            }
            while !rhatOverflow {
                let (ph, pl) = qhat.multipliedFullWidth(by: vNext)
                if ph < rhat || (ph == rhat && pl <= uThird) { break }
                qhat -= 1
                (rhat, rhatOverflow) = rhat.addingReportingOverflow(vTop)
            }
            // u[j ... j+m] −= qhat · v
            var carry: UInt = 0, borrow: UInt = 0
            for i in 0..<m {
                let (ph, pl) = qhat.multipliedFullWidth(by: v[i])
                let (p, o) = pl.addingReportingOverflow(carry)
                carry = ph &+ (o ? 1 : 0)
                let (d1, b1) = u[j + i].subtractingReportingOverflow(p)
                let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                u[j + i] = d2
                borrow = (b1 ? 1 : 0) &+ (b2 ? 1 : 0)
            }
            let (d1, b1) = uTop.subtractingReportingOverflow(carry)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            u[j + m] = d2
            if b1 || b2 {
                // qhat was one too large: add v back.
                qhat -= 1
                var c: UInt = 0
                for i in 0..<m {
                    let (s1, o1) = u[j + i].addingReportingOverflow(v[i])
                    let (s2, o2) = s1.addingReportingOverflow(c)
                    u[j + i] = s2
                    c = (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                }
                u[j + m] &+= c
            }
            q[j] = qhat
            j -= 1
        }
    }

    /// `x << s` for `0 ≤ s < 64`, with one more (top) word when `extraWord`.
    private static func shiftedLeft(_ x: [UInt], _ s: Int, extraWord: Bool) -> [UInt] {
        let n = x.count
        var r = zeroWords(extraWord ? n + 1 : n)
        if s == 0 {
            for i in 0..<n { r[i] = x[i] }
            return r
        }
        var carry: UInt = 0
        for i in 0..<n {
            r[i] = (x[i] << UInt(s)) | carry
            carry = x[i] >> UInt(UInt.bitWidth - s)
        }
        if extraWord { r[n] = carry }
        return r
    }

    /// `x >> s` of a magnitude (`s >= 0`), and whether any one bit was shifted out (Python
    /// floors negative values, so their magnitude then grows by one).
    static func shiftRight(_ x: [UInt], by s: Int) -> (words: [UInt], lostBits: Bool) {
        let wordShift = s / UInt.bitWidth, bitShift = s % UInt.bitWidth
        if wordShift >= x.count { return ([], !x.isEmpty) }
        var lost = false
        for i in 0..<wordShift where x[i] != 0 { lost = true; break }
        if bitShift != 0 && x[wordShift] & ((UInt(1) << bitShift) - 1) != 0 { lost = true }
        let n = x.count - wordShift
        var out = words(count: n) { buf in
            for i in 0..<n {
                let low = x[wordShift + i] >> bitShift
                let high = bitShift == 0 || wordShift + i + 1 >= x.count ? 0 : x[wordShift + i + 1] << (UInt.bitWidth - bitShift)
                buf[i] = low | high
            }
            return n
        }
        normalize(&out)
        return (out, lost)
    }

    /// Compares magnitudes: −1, 0 or 1.
    static func compare(_ x: [UInt], _ y: [UInt]) -> Int {
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        var i = x.count
        while i > 0 {
            i -= 1
            if x[i] != y[i] { return x[i] < y[i] ? -1 : 1 }
        }
        return 0
    }

    /// Python's floor division and modulo of signed values (`b` not zero).
    static func floorDivMod(_ a: Signed, _ b: Signed) -> (quotient: Signed, remainder: Signed) {
        var (q, r) = divide(a.words, b.words)
        let differ = a.negative != b.negative
        if differ && !r.isEmpty {
            // Truncation rounded toward zero: step the quotient down and the remainder over.
            q = increment(q)
            r = subtract(b.words, r)
        }
        return (Signed(negative: differ && !q.isEmpty, words: q), Signed(negative: b.negative && !r.isEmpty, words: r))
    }
}

extension Value {
    /// Makes an `int` value from a sign and normalized magnitude words, inline when it fits.
    static func bigInt(_ v: BigWords.Signed) -> Value {
        let w = v.words
        switch w.count {
        case 0: return .int(0)
        case 1:
            if w[0] <= UInt(Int.max) { return .int(v.negative ? -Int(w[0]) : Int(w[0])) }
            if v.negative && w[0] == UInt(1) << 63 { return .int(Int.min) }
        default: break
        }
        return .object(PyBigInt(negative: v.negative, words: w))
    }
}
