import BigInt

/// Numbers as text, with CPython 3.11 semantics: float repr, exact float → decimal
/// conversion (all rounding is correct rounding, half-to-even, from the exact binary
/// value), `round()`, exact int ↔ float conversions, `int(str, base)` / `float(str)`
/// parsing, and the integer string conversion limit. The format-spec mini-language and
/// `%`-formatting live in `NumberFormat.swift`.
enum NumberText {
    /// Largest string (in characters) any formatting routine here will build; beyond it
    /// a `MemoryError` is thrown instead of allocating (width/precision are untrusted).
    static let maxOutputLength = 100_000_000
    /// CPython's default `sys.get_int_max_str_digits()`.
    static let maxStrDigits = 4300
    /// CPython only checks the limit above this many digits.
    static let maxStrDigitsThreshold = 640

    /// 10^0 … 10^19 (10^19 is the largest power of ten below 2^64).
    static let pow10: [UInt64] = {
        var t: [UInt64] = [1]
        for _ in 1...19 { t.append(t[t.count - 1] &* 10) }
        return t
    }()

    /// 10^0 … 10^22, the powers of ten a double holds exactly.
    static let pow10Double: [Double] = {
        var t: [Double] = [1]
        for _ in 1...22 { t.append(t[t.count - 1] * 10) }
        return t
    }()

    /// CPython's `MemoryError` (no message), thrown instead of building a huge string.
    static func memoryError() -> PyErrorMessage { PyErrorMessage(.memoryError, "") }

    // MARK: - Decimal digit generation

    /// A decimal digit string: value = 0.d₁d₂…dₙ × 10^decpt. ASCII digits, no trailing zeros
    /// (empty means the value rounded to zero). Zero itself is `"0"` with decpt 1 (like dtoa).
    struct Digits {
        var digits: [UInt8]
        var decpt: Int
    }

    /// Splits a finite positive double into an odd (or zero-free) mantissa and exponent: a = m × 2^e.
    @inline(__always)
    static func decompose(_ a: Double) -> (m: UInt64, e: Int) {
        let bits = a.bitPattern
        let biased = Int((bits >> 52) & 0x7FF)
        var m = bits & 0x000F_FFFF_FFFF_FFFF
        var e: Int
        if biased == 0 { e = -1074 } else { m |= 1 << 52; e = biased - 1075 }
        let tz = m.trailingZeroBitCount
        return (m >> tz, e + tz)
    }

    /// 10^0 … 10^400 as big integers (computed once; covers every 17-digit conversion).
    static let pow10BigTable: [BigUInt] = {
        var t: [BigUInt] = [1]
        t.reserveCapacity(401)
        for _ in 1...400 { t.append(t[t.count - 1] * 10) }
        return t
    }()

    /// Correctly rounded doubles 1e-330 … 1e310 (index k + 330), for decimal-exponent estimates.
    static let pow10DoubleTable: [Double] = (-330...310).map { Double("1e\($0)") ?? 0 }

    /// 10^n as a big integer.
    static func pow10Big(_ n: Int) -> BigUInt {
        if n <= 400 { return pow10BigTable[n] }
        return BigUInt(5).power(n) << n
    }

    /// round_half_even(m × 2^e × 10^s) using 64/128-bit arithmetic, or nil when it doesn't fit.
    static func scaledRoundSmall(_ m: UInt64, _ e: Int, _ s: Int) -> UInt64? {
        if s >= 0 {
            guard s <= 19 else { return nil }
            let (hi, lo) = m.multipliedFullWidth(by: pow10[s])
            if e >= 0 {
                guard hi == 0, e < 64, lo.leadingZeroBitCount >= e else { return nil }
                return lo << UInt64(e)
            }
            let sh = -e
            if sh >= 118 { return 0 }  // product < 2^117, so the quotient is < 1/2
            var q: UInt64
            var cmp: Int  // remainder compared with half: -1, 0, 1
            if sh >= 64 {
                let hs = sh - 64
                q = hs == 0 ? hi : hi >> UInt64(hs)
                if hs == 0 {
                    cmp = lo > (1 << 63) ? 1 : (lo == (1 << 63) ? 0 : -1)
                } else {
                    let rh = hi & ((1 << UInt64(hs)) - 1)
                    let halfHi: UInt64 = 1 << UInt64(hs - 1)
                    cmp = rh > halfHi ? 1 : (rh < halfHi ? -1 : (lo > 0 ? 1 : 0))
                }
            } else {
                guard hi >> UInt64(sh) == 0 else { return nil }
                q = (hi << UInt64(64 - sh)) | (lo >> UInt64(sh))
                let r = lo & ((1 << UInt64(sh)) - 1)
                let half: UInt64 = 1 << UInt64(sh - 1)
                cmp = r > half ? 1 : (r < half ? -1 : 0)
            }
            if cmp > 0 || (cmp == 0 && q & 1 == 1) {
                guard q < UInt64.max else { return nil }
                q += 1
            }
            return q
        }
        let t = -s
        guard t <= 19 else { return nil }
        let num: UInt64, den: UInt64
        if e >= 0 {
            guard e < 64, m.leadingZeroBitCount >= e else { return nil }
            num = m << UInt64(e)
            den = pow10[t]
        } else {
            guard -e < 64, pow10[t].leadingZeroBitCount >= -e else { return nil }
            num = m
            den = pow10[t] << UInt64(-e)
        }
        var (q, r) = num.quotientAndRemainder(dividingBy: den)
        let rest = den - r
        if r > rest || (r == rest && q & 1 == 1) { q += 1 }
        return q
    }

    /// round_half_even(m × 2^e × 10^s) with big integers.
    static func scaledRoundBig(_ m: UInt64, _ e: Int, _ s: Int) -> BigUInt {
        var num = BigUInt(m)
        if e > 0 { num <<= e }
        if s > 0 { num *= pow10Big(s) }
        if e >= 0 && s >= 0 { return num }
        if s >= 0 {
            let sh = -e
            if num.bitWidth < sh { return 0 }
            var q = num >> sh
            if num[bitAt: sh - 1] {
                if num.trailingZeroBitCount < sh - 1 || q[bitAt: 0] { q += 1 }
            }
            return q
        }
        var den = pow10Big(-s)
        if e < 0 { den <<= -e }
        let (q, r) = num.quotientAndRemainder(dividingBy: den)
        let twice = r << 1
        if twice > den || (twice == den && q[bitAt: 0]) { return q + 1 }
        return q
    }

    /// Number of decimal digits of `v` (1 for 0).
    @inline(__always)
    static func decimalCount(_ v: UInt64) -> Int {
        var n = 1
        while n < 20 && v >= pow10[n] { n += 1 }
        return n
    }

    /// Appends the ASCII decimal digits of `v` (zero-padded to `minDigits`) to `out`.
    @inline(__always)
    static func appendDecimal(_ v: UInt64, minDigits: Int = 0, to out: inout [UInt8]) {
        let n = max(decimalCount(v), minDigits)
        let start = out.count
        out.append(contentsOf: repeatElement(48, count: n))
        var x = v
        var i = start + n
        while x > 0 {
            let (q, r) = x.quotientAndRemainder(dividingBy: 10)
            i -= 1
            out[i] = UInt8(truncatingIfNeeded: r) &+ 48
            x = q
        }
    }

    /// `v` in decimal, padded to `width` (at most 64): with zeros after the sign, with spaces
    /// after the digits (`leftAdjust`), or with spaces before.
    static func paddedDecimal(_ v: Int, width: Int, zeroPad: Bool, leftAdjust: Bool) -> String {
        // Digits right to left from the end of a buffer of 20 digits, a sign and 64 of padding.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 88) { buf -> String in
            var magnitude = v.magnitude
            var start = 88
            repeat {
                start -= 1
                buf[start] = 48 &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude != 0
            let length = 88 - start + (v < 0 ? 1 : 0)
            if length < width && zeroPad {
                for _ in length..<width { start -= 1; buf[start] = 48 }
            }
            if v < 0 { start -= 1; buf[start] = 45 }
            var stop = 88
            let produced = stop - start
            if produced < width {
                if leftAdjust {
                    // The padding follows the digits: move them to the front first.
                    for k in 0..<produced { buf[k] = buf[start + k] }
                    start = 0
                    stop = produced
                    for _ in produced..<width { buf[stop] = 32; stop += 1 }
                } else {
                    for _ in produced..<width { start -= 1; buf[start] = 32 }
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buf[start..<stop]), as: UTF8.self)
        }
    }

    /// ASCII decimal digits of a UInt64.
    static func decimalBytes(_ v: UInt64) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(20)
        appendDecimal(v, to: &out)
        return out
    }

    /// ASCII decimal digits of a big magnitude. Repeated division by 10^19 using
    /// Möller–Granlund division by an invariant (multiplications instead of hardware
    /// 128/64 divisions): about 3× faster than `String(BigUInt)`.
    static func decimalBytes(_ v: BigUInt) -> [UInt8] {
        if let w = UInt64(exactly: v) { return decimalBytes(w) }
        if MemoryLayout<UInt>.size != 8 { return Array(String(v).utf8) }
        var words = v.words.map { UInt64(truncatingIfNeeded: $0) }
        let d: UInt64 = 10_000_000_000_000_000_000  // 10^19 ≥ 2^63: already normalized
        let inv = d.dividingFullWidth((high: ~d, low: UInt64.max)).quotient
        var chunks: [UInt64] = []
        chunks.reserveCapacity(words.count * 64 / 63 + 1)
        var top = words.count
        while top > 0 {
            var r: UInt64 = 0
            var j = top
            while j > 0 {
                j -= 1
                // Divide (r, words[j]) by d, r < d (Möller–Granlund, Algorithm 4).
                let u0 = words[j]
                let (ph, pl) = inv.multipliedFullWidth(by: r)
                let (q0, c) = pl.addingReportingOverflow(u0)
                var q1 = ph &+ r &+ 1 &+ (c ? 1 : 0)
                var rem = u0 &- q1 &* d
                if rem > q0 { q1 &-= 1; rem &+= d }
                if rem >= d { q1 &+= 1; rem &-= d }
                words[j] = q1
                r = rem
            }
            chunks.append(r)
            while top > 0 && words[top - 1] == 0 { top -= 1 }
        }
        var out: [UInt8] = []
        out.reserveCapacity(chunks.count * 19)
        var k = chunks.count - 1
        appendDecimal(chunks[k], to: &out)
        while k > 0 {
            k -= 1
            appendDecimal(chunks[k], minDigits: 19, to: &out)
        }
        return out
    }

    /// Drops trailing ASCII zeros (dtoa never returns them).
    @inline(__always)
    static func stripTrailingZeros(_ d: inout [UInt8]) {
        while let last = d.last, last == 48 { d.removeLast() }
    }

    /// The exact decimal expansion of m × 2^e.
    static func exactDigits(_ m: UInt64, _ e: Int) -> Digits {
        var d: [UInt8]
        var decpt: Int
        if e >= 0 {
            if e < 64 && m.leadingZeroBitCount >= e {
                d = decimalBytes(m << UInt64(e))
            } else {
                d = decimalBytes(BigUInt(m) << e)
            }
            decpt = d.count
        } else {
            var v = m
            var small = true
            for _ in 0 ..< -e {
                let (p, o) = v.multipliedReportingOverflow(by: 5)
                if o { small = false; break }
                v = p
            }
            d = small ? decimalBytes(v) : decimalBytes(BigUInt(m) * BigUInt(5).power(-e))
            decpt = d.count + e
        }
        stripTrailingZeros(&d)
        return Digits(digits: d, decpt: decpt)
    }

    /// dtoa mode 3: `a` (finite, ≥ 0) correctly rounded to `ndigits` digits after the
    /// decimal point (`ndigits` may be negative).
    static func fixedDigits(_ a: Double, _ ndigits: Int) -> Digits {
        if a == 0 { return Digits(digits: [48], decpt: 1) }
        let (m, e) = decompose(a)
        if ndigits >= max(0, -e) { return exactDigits(m, e) }
        var d: [UInt8]
        if let q = scaledRoundSmall(m, e, ndigits) {
            if q == 0 { return Digits(digits: [], decpt: -ndigits) }
            d = decimalBytes(q)
        } else {
            let q = scaledRoundBig(m, e, ndigits)
            if q.isZero { return Digits(digits: [], decpt: -ndigits) }
            d = decimalBytes(q)
        }
        let decpt = d.count - ndigits
        stripTrailingZeros(&d)
        return Digits(digits: d, decpt: decpt)
    }

    /// dtoa mode 2: `a` (finite, ≥ 0) correctly rounded to `n` ≥ 1 significant digits.
    static func significantDigits(_ a: Double, _ n: Int) -> Digits {
        if a == 0 { return Digits(digits: [48], decpt: 1) }
        let (m, e) = decompose(a)
        // No double has more than 767 significant decimal digits: beyond that it's exact.
        if n >= 780 { return exactDigits(m, e) }
        let b = e + (63 - m.leadingZeroBitCount)  // floor(log2(a))
        var k = (b * 78913) >> 18                // floor(b × log10(2)): k or k-1 of floor(log10(a))
        // a > fl(10^(k+1)) implies a > 10^(k+1) (strictly above a correctly rounded power), so k
        // never overshoots; the loop below only ever needs to move it up.
        if k + 331 < pow10DoubleTable.count && a > pow10DoubleTable[k + 331] { k += 1 }
        if n <= 19 {
            var guardCount = 0
            while guardCount < 4, let q = scaledRoundSmall(m, e, n - 1 - k) {
                guardCount += 1
                if q >= pow10[n] {
                    if q == pow10[n] { return Digits(digits: [49], decpt: k + 2) }
                    k += 1
                } else if q < pow10[n - 1] {
                    k -= 1
                } else {
                    var d = decimalBytes(q)
                    stripTrailingZeros(&d)
                    return Digits(digits: d, decpt: k + 1)
                }
            }
        }
        let hiBound = pow10Big(n), loBound = pow10Big(n - 1)
        while true {
            let q = scaledRoundBig(m, e, n - 1 - k)
            if q >= hiBound {
                if q == hiBound { return Digits(digits: [49], decpt: k + 2) }
                k += 1
            } else if q < loBound {
                k -= 1
            } else {
                var d = decimalBytes(q)
                stripTrailingZeros(&d)
                return Digits(digits: d, decpt: k + 1)
            }
        }
    }

    /// dtoa mode 0: the shortest digit string that round-trips (Swift's `description`
    /// produces the same shortest digits; only the layout differs).
    static func shortestDigits(_ a: Double) -> Digits {
        if a == 0 { return Digits(digits: [48], decpt: 1) }
        var d: [UInt8] = []
        d.reserveCapacity(20)
        var intCount = 0, seenDot = false, exp = 0, expNeg = false, inExp = false
        for c in a.description.utf8 {
            if inExp {
                if c == 45 { expNeg = true } else if c >= 48 && c <= 57 { exp = exp * 10 + Int(c - 48) }
            } else if c == 46 {
                seenDot = true
            } else if c == 101 || c == 69 {
                inExp = true
            } else if c >= 48 && c <= 57 {
                d.append(c)
                if !seenDot { intCount += 1 }
            }
        }
        var decpt = intCount + (expNeg ? -exp : exp)
        var lead = 0
        while lead < d.count && d[lead] == 48 { lead += 1 }
        if lead > 0 { d.removeFirst(lead); decpt -= lead }
        stripTrailingZeros(&d)
        return Digits(digits: d, decpt: decpt)
    }

    /// Port of CPython's `format_float_short` layout: renders `dd` (no sign) for format code
    /// `e`, `f`, `g` or `r` (lowercase ASCII). `precision` is the already-adjusted dtoa
    /// precision (digit count for `e`). Throws MemoryError past `maxOutputLength`.
    static func layoutDigits(_ dd: Digits, code: UInt8, precision: Int, alt: Bool, addDot0: Bool,
                             upper: Bool, into out: inout [UInt8]) throws(PyErrorMessage) {
        let digits = dd.digits
        let n = digits.count
        var decpt = dd.decpt
        var useExp = false
        var vEnd = n
        switch code {
        case 101: useExp = true; vEnd = precision                       // e
        case 102: vEnd = decpt + precision                              // f
        case 103:                                                      // g
            if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
            if alt { vEnd = precision }
        default:                                                       // r
            if decpt <= -4 || decpt > 16 { useExp = true }
        }
        var exp = 0
        if useExp { exp = decpt - 1; decpt = 1 }
        let vStart = decpt <= 0 ? decpt - 1 : 0
        if !useExp && addDot0 { vEnd = max(vEnd, decpt + 1) } else { vEnd = max(vEnd, decpt) }
        guard vEnd - vStart <= maxOutputLength else { throw memoryError() }
        out.reserveCapacity(out.count + vEnd - vStart + 8)
        if decpt <= 0 {
            out.append(contentsOf: repeatElement(48, count: decpt - vStart))
            out.append(46)
            out.append(contentsOf: repeatElement(48, count: -decpt))
        } else {
            out.append(contentsOf: repeatElement(48, count: -vStart))
        }
        if decpt > 0 && decpt <= n {
            out.append(contentsOf: digits[0 ..< decpt])
            out.append(46)
            out.append(contentsOf: digits[decpt...])
        } else {
            out.append(contentsOf: digits)
        }
        if n < decpt {
            out.append(contentsOf: repeatElement(48, count: decpt - n))
            out.append(46)
            out.append(contentsOf: repeatElement(48, count: vEnd - decpt))
        } else {
            out.append(contentsOf: repeatElement(48, count: vEnd - n))
        }
        if out.last == 46 && !alt { out.removeLast() }
        if useExp {
            out.append(upper ? 69 : 101)
            out.append(exp < 0 ? 45 : 43)
            let mag = exp.magnitude
            if mag < 10 { out.append(48) }
            out.append(contentsOf: decimalBytes(UInt64(mag)))
        }
    }

    /// Port of `PyOS_double_to_string` without the sign: appends the text of |x| to `out`
    /// and returns whether a minus sign is due. `code` is one of `e E f F g G r` (ASCII).
    static func doubleToText(_ x: Double, code: UInt8, precision: Int, alt: Bool, addDot0: Bool,
                             noNegZero: Bool, into out: inout [UInt8]) throws(PyErrorMessage) -> Bool {
        let upper = code >= 65 && code <= 90
        let lower = upper ? code + 32 : code
        if x.isNaN {
            out.append(contentsOf: upper ? [78, 65, 78] : [110, 97, 110])
            return false
        }
        if x.isInfinite {
            out.append(contentsOf: upper ? [73, 78, 70] : [105, 110, 102])
            return x < 0
        }
        let a = x.magnitude
        var prec = precision
        let dd: Digits
        switch lower {
        case 101: prec += 1; dd = significantDigits(a, prec)
        case 102: dd = fixedDigits(a, prec)
        case 103: if prec == 0 { prec = 1 }; dd = significantDigits(a, prec)
        default: dd = shortestDigits(a)
        }
        var negative = x.sign == .minus
        if noNegZero && negative && (dd.digits.isEmpty || dd.digits == [48]) { negative = false }
        try layoutDigits(dd, code: lower, precision: prec, alt: alt, addDot0: addDot0, upper: upper, into: &out)
        return negative
    }

    // MARK: - repr / round

    /// `repr(float)` / `str(float)`: shortest round-tripping digits, scientific notation
    /// iff the decimal exponent is < -4 or >= 16 (`1e+16`, `1e-05`, `0.0001`, `-0.0`, `inf`, `nan`).
    static func floatRepr(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        let d = x.description
        // Swift switches to exponent form at 2^53, CPython only at 1e16.
        guard d.utf8.count > 4, d.utf8.last == 53, d.hasSuffix("e+15") else { return d }
        var out: [UInt8] = []
        if x < 0 { out.append(45) }
        try? layoutDigits(shortestDigits(x.magnitude), code: 114, precision: 0, alt: false,
                          addDot0: true, upper: false, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// CPython's `round(x, ndigits)`: correctly rounded, half-to-even on the exact binary
    /// value (`round(2.675, 2) == 2.67`). Throws OverflowError `rounded value too large to represent`.
    static func round(_ x: Double, ndigits: Int) throws(PyErrorMessage) -> Double {
        guard x.isFinite else { return x }
        if ndigits > 323 { return x }
        if ndigits < -308 { return 0.0 * x }
        if x == 0 { return x }
        let a = x.magnitude
        let (m, e) = decompose(a)
        if ndigits >= max(0, -e) { return x }  // already exact
        // Fast path: N = round(a × 10^n) exact in a double, and 10^|n| exact: one IEEE op is correctly rounded.
        if ndigits >= -22 && ndigits <= 22, let q = scaledRoundSmall(m, e, ndigits), q <= (1 << 53) {
            let r = ndigits >= 0 ? Double(q) / pow10Double[ndigits] : Double(q) * pow10Double[-ndigits]
            return x < 0 ? -r : r
        }
        let dd = fixedDigits(a, ndigits)
        if dd.digits.isEmpty { return x < 0 ? -0.0 : 0.0 }
        var text = String(decoding: dd.digits, as: UTF8.self)
        text += "e" + String(dd.decpt - dd.digits.count)
        let r = Double(text) ?? 0
        if r.isInfinite { throw PyErrorMessage(.overflowError, "rounded value too large to represent") }
        return x < 0 ? -r : r
    }

    /// `round(x)` with no ndigits: round half to even, as an int.
    static func roundHalfEven(_ x: Double) throws(PyErrorMessage) -> BigInt {
        try toBigInt(x.rounded(.toNearestOrEven))
    }

    // MARK: - Exact int <-> float conversions

    /// `int(x)` for a float: truncation toward zero, exact.
    static func toBigInt(_ x: Double) throws(PyErrorMessage) -> BigInt {
        if x.isNaN { throw PyErrorMessage(.valueError, "cannot convert float NaN to integer") }
        if x.isInfinite { throw PyErrorMessage(.overflowError, "cannot convert float infinity to integer") }
        if x.magnitude < 9.2e18 { return BigInt(Int(x)) }
        let (m, e) = decompose(x.magnitude)  // e > 0 here
        let mag = BigUInt(m) << e
        return BigInt(sign: x < 0 ? .minus : .plus, magnitude: mag)
    }

    /// Correctly rounded (half-to-even) conversion of m × 2^(-shift) plus a sticky flag,
    /// where `q` holds the truncated value in units of 2^-shift. Returns nil on overflow.
    private static func roundToDouble(_ q: UInt64, sticky: Bool, shift: Int, negative: Bool) -> Double? {
        // q has at most 64 bits; the result is q × 2^-shift with correct rounding.
        if q == 0 { return negative ? -0.0 : 0.0 }
        let bits = 64 - q.leadingZeroBitCount
        let unbiasedExp = bits - 1 - shift             // binary exponent of the leading bit
        var drop = bits - 53                             // bits below the last kept one
        if unbiasedExp < -1022 { drop += -1022 - unbiasedExp }  // subnormal: fewer bits kept
        var mant: UInt64
        if drop <= 0 {
            mant = q  // exact
        } else if drop > 64 {
            mant = 0
        } else {
            mant = drop == 64 ? 0 : q >> UInt64(drop)
            let rem = drop == 64 ? q : q & ((1 << UInt64(drop)) - 1)
            let half: UInt64 = 1 << UInt64(drop - 1)
            if rem > half || (rem == half && (sticky || mant & 1 == 1)) { mant += 1 }
        }
        let scale = max(drop, 0) - shift
        let r = Double(sign: negative ? .minus : .plus, exponent: scale, significand: Double(mant))
        return r.isInfinite ? nil : r
    }

    /// `float(n)` for an int: correctly rounded, half-to-even.
    /// OverflowError `int too large to convert to float`.
    static func toDouble(_ v: BigInt) throws(PyErrorMessage) -> Double {
        if let i = Int(exactly: v) { return Double(i) }
        let mag = v.magnitude
        let bits = mag.bitWidth
        guard bits <= 1024 else { throw PyErrorMessage(.overflowError, "int too large to convert to float") }
        let sh = bits - 64
        let top = UInt64(mag >> sh)
        let sticky = mag.trailingZeroBitCount < sh
        guard let r = roundToDouble(top | (sticky ? 1 : 0), sticky: false, shift: -sh, negative: v.sign == .minus) else {
            throw PyErrorMessage(.overflowError, "int too large to convert to float")
        }
        return r
    }

    /// `a / b` for ints, correctly rounded like CPython's `long_true_divide`.
    static func trueDivide(_ a: BigInt, _ b: BigInt) throws(PyErrorMessage) -> Double {
        if b.isZero { throw PyErrorMessage(.zeroDivisionError, "division by zero") }
        let negative = (a.sign == .minus) != (b.sign == .minus)
        let am = a.magnitude, bm = b.magnitude
        if am.isZero { return negative ? -0.0 : 0.0 }
        let limit: BigUInt = 1 << 53
        if am <= limit && bm <= limit {
            let r = Double(UInt64(am)) / Double(UInt64(bm))
            return negative ? -r : r
        }
        let diff = am.bitWidth - bm.bitWidth
        if diff > 1025 { throw PyErrorMessage(.overflowError, "integer division result too large for a float") }
        if diff < -1080 { return negative ? -0.0 : 0.0 }
        // Scale so the quotient has 55 or 56 bits: q = floor(am × 2^s / bm).
        let s = 55 - diff
        let num = s > 0 ? am << s : am
        let den = s < 0 ? bm << -s : bm
        let (q, r) = num.quotientAndRemainder(dividingBy: den)
        let q64 = UInt64(q)
        guard let res = roundToDouble(q64 | (r.isZero ? 0 : 1), sticky: false, shift: s, negative: negative) else {
            throw PyErrorMessage(.overflowError, "integer division result too large for a float")
        }
        return res
    }

    // MARK: - int <-> str

    /// The int → str digit-limit error.
    static func limitErrorToStr() -> PyErrorMessage {
        PyErrorMessage(.valueError, "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// `str(n)` / `repr(n)` of an int, enforcing CPython's 4300-digit limit
    /// (ValueError `Exceeds the limit (4300 digits) for integer string conversion; ...`).
    static func decimalString(_ v: BigInt) throws(PyErrorMessage) -> String {
        if let i = Int(exactly: v) { return String(i) }
        let bits = v.magnitude.bitWidth
        if bits > 14_300 { throw limitErrorToStr() }  // > 4304 digits
        var d = decimalBytes(v.magnitude)
        if bits > 14_284 && d.count > maxStrDigits { throw limitErrorToStr() }
        if v.sign == .minus { d.insert(45, at: 0) }
        return String(decoding: d, as: UTF8.self)
    }

    /// `hex`/`oct`/`bin`-style text: sign, then `prefix`, then lowercase digits (`-0x1f`, `0b0`).
    static func radixString(_ v: BigInt, radix: Int, prefix: String) -> String {
        if let i = Int(exactly: v) { return radixString(i, radix: radix, prefix: prefix) }
        let body = String(v.magnitude, radix: radix)
        return (v.sign == .minus ? "-" : "") + prefix + body
    }

    /// `Int` overload of `radixString(_:radix:prefix:)`.
    static func radixString(_ v: Int, radix: Int, prefix: String) -> String {
        let body = String(v.magnitude, radix: radix)
        return (v < 0 ? "-" : "") + prefix + body
    }

    /// Result of `parseInt`: an `Int` when it fits, else a `BigInt`.
    enum ParsedInt: Equatable, Sendable {
        case small(Int)
        case big(BigInt)

        /// The value as a `BigInt`.
        var bigValue: BigInt {
            switch self {
            case .small(let i): return BigInt(word: i)
            case .big(let b): return b
            }
        }
    }

    /// C `isspace` (what CPython's number parsers skip).
    @inline(__always)
    static func isCSpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }

    /// Python's `str.isspace()` for non-ASCII code points.
    static func isUnicodeSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Value of a Unicode decimal digit (`Py_UNICODE_TODECIMAL`), or nil.
    static func unicodeDecimal(_ u: Unicode.Scalar) -> Int? {
        if u.value >= 48 && u.value <= 57 { return Int(u.value - 48) }
        guard u.value >= 128, u.properties.numericType == .decimal, let v = u.properties.numericValue else { return nil }
        return Int(v)
    }

    /// Port of `_PyUnicode_TransformDecimalAndSpaceToASCII`: ASCII passes through,
    /// Unicode spaces become ' ', Unicode decimal digits become ASCII digits, and
    /// anything else ends the text with '?'.
    static func asciiNumberBytes(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            if u.value < 127 {
                out.append(UInt8(u.value))
            } else if isUnicodeSpace(u.value) {
                out.append(32)
            } else if let d = unicodeDecimal(u) {
                out.append(UInt8(48 + d))
            } else {
                out.append(63)
                break
            }
        }
        return out
    }

    /// Digit value in bases up to 36 (`0-9`, `a-z`, `A-Z`), 99 for anything else.
    @inline(__always)
    static func digitValue(_ c: UInt8) -> Int {
        switch c {
        case 48...57: return Int(c - 48)
        case 97...122: return Int(c - 87)
        case 65...90: return Int(c - 55)
        default: return 99
        }
    }

    /// The `%.200R` part of CPython messages: the repr cut to 200 characters.
    static func repr200(_ s: String) -> String {
        let r = StrOps.repr(s)
        if r.unicodeScalars.count <= 200 { return r }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: r.unicodeScalars.prefix(200))
        return String(out)
    }

    /// `int(s, base)`: whitespace, sign, `_` between digits, base-0 prefix detection (with
    /// its leading-zero rule), `0x`/`0o`/`0b` prefixes when the base matches, bases 2–36,
    /// Unicode decimal digits, and the 4300-digit limit for non-power-of-two bases.
    static func parseInt(_ s: String, base: Int) throws(PyErrorMessage) -> ParsedInt {
        guard base == 0 || (base >= 2 && base <= 36) else {
            throw PyErrorMessage(.valueError, "int() base must be >= 2 and <= 36, or 0")
        }
        let fast = s.utf8.withContiguousStorageIfAvailable { buf -> Result<ParsedInt, PyErrorMessage>? in
            for c in buf where c >= 0x80 { return nil }
            return Result { () throws(PyErrorMessage) -> ParsedInt in try parseIntCore(buf, s, base) }
        }
        if let r = fast ?? nil { return try r.get() }
        let bytes = asciiNumberBytes(s)
        return try bytes.withUnsafeBufferPointer { buf in
            Result { () throws(PyErrorMessage) -> ParsedInt in try parseIntCore(buf, s, base) }
        }.get()
    }

    /// Port of `PyLong_FromString` on ASCII bytes (`s`, the original text, is for error messages).
    private static func parseIntCore(_ bytes: UnsafeBufferPointer<UInt8>, _ s: String, _ base: Int) throws(PyErrorMessage) -> ParsedInt {
        let fail = { () -> PyErrorMessage in
            PyErrorMessage(.valueError, "invalid literal for int() with base \(base): \(repr200(s))")
        }
        let n = bytes.count
        var i = 0
        while i < n && isCSpace(bytes[i]) { i += 1 }
        var negative = false
        if i < n && bytes[i] == 43 { i += 1 } else if i < n && bytes[i] == 45 { negative = true; i += 1 }
        @inline(__always) func at(_ k: Int) -> UInt8 { k < n ? bytes[k] : 0 }
        var b = base
        var errorIfNonzero = false
        if b == 0 {
            if at(i) != 48 { b = 10 }
            else {
                switch at(i + 1) | 0x20 {
                case 120: b = 16
                case 111: b = 8
                case 98: b = 2
                default: errorIfNonzero = true; b = 10
                }
            }
        }
        if at(i) == 48 {
            let p = at(i + 1) | 0x20
            if (b == 16 && p == 120) || (b == 8 && p == 111) || (b == 2 && p == 98) {
                i += 2
                if at(i) == 95 { i += 1 }
            }
        }
        if at(i) == 95 { throw fail() }
        // Scan the digit run, checking underscores.
        let start = i
        var digits = 0
        var prev: UInt8 = 0
        while i < n {
            let c = bytes[i]
            if c == 95 {
                if prev == 95 { throw fail() }
            } else if digitValue(c) < b {
                digits += 1
            } else { break }
            prev = c
            i += 1
        }
        if prev == 95 { throw fail() }
        let end = i
        if b & (b - 1) != 0 && digits > maxStrDigitsThreshold && digits > maxStrDigits {
            throw PyErrorMessage(.valueError, "Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        if digits == 0 { throw fail() }
        while i < n && isCSpace(bytes[i]) { i += 1 }
        if i != n { throw fail() }
        // Accumulate: Int fast path, then chunks into a BigUInt.
        var acc = 0
        var overflow = false
        var k = start
        while k < end {
            let c = bytes[k]
            k += 1
            if c == 95 { continue }
            let (p, o1) = acc.multipliedReportingOverflow(by: b)
            let (q, o2) = p.addingReportingOverflow(digitValue(c))
            if o1 || o2 { overflow = true; break }
            acc = q
        }
        if errorIfNonzero && (overflow || acc != 0) {
            throw PyErrorMessage(.valueError, "invalid literal for int() with base 0: \(repr200(s))")
        }
        if !overflow {
            if negative {
                if acc == 0 { return .small(0) }
                return .small(-acc)
            }
            return .small(acc)
        }
        if b & (b - 1) == 0 {
            // Power-of-two base: pack bits straight into words, least significant first.
            let bitsPerChar = b.trailingZeroBitCount
            var words: [UInt] = []
            words.reserveCapacity(digits * bitsPerChar / UInt.bitWidth + 1)
            var cur: UInt = 0
            var nbits = 0
            var k = end
            while k > start {
                k -= 1
                let c = bytes[k]
                if c == 95 { continue }
                let d = UInt(digitValue(c))
                cur |= d << UInt(nbits)
                nbits += bitsPerChar
                if nbits >= UInt.bitWidth {
                    words.append(cur)
                    nbits -= UInt.bitWidth
                    cur = nbits > 0 ? d >> UInt(bitsPerChar - nbits) : 0
                }
            }
            if nbits > 0 { words.append(cur) }
            let value = BigInt(sign: negative ? .minus : .plus, magnitude: BigUInt(words: words))
            if let small = Int(exactly: value) { return .small(small) }
            return .big(value)
        }
        // Other bases: multiply-add chunks of digits into little-endian words, in place.
        var maxChunk = 0
        var pw: UInt64 = 1
        while true {
            let (p, o) = pw.multipliedReportingOverflow(by: UInt64(b))
            if o { break }
            pw = p; maxChunk += 1
        }
        var words: [UInt] = []
        words.reserveCapacity(digits / maxChunk + 2)
        var chunk: UInt64 = 0, chunkMul: UInt64 = 1, chunkLen = 0
        @inline(__always) func mulAdd(_ mul: UInt64, _ add: UInt64) {
            var carry = UInt(add)
            let m = UInt(mul)
            for j in 0 ..< words.count {
                let (hi, lo) = words[j].multipliedFullWidth(by: m)
                let (sum, o) = lo.addingReportingOverflow(carry)
                words[j] = sum
                carry = hi &+ (o ? 1 : 0)
            }
            if carry != 0 { words.append(carry) }
        }
        for k in start ..< end {
            let c = bytes[k]
            if c == 95 { continue }
            chunk = chunk &* UInt64(b) &+ UInt64(digitValue(c))
            chunkMul = chunkMul &* UInt64(b)
            chunkLen += 1
            if chunkLen == maxChunk {
                mulAdd(chunkMul, chunk)
                chunk = 0; chunkLen = 0; chunkMul = 1
            }
        }
        if chunkLen > 0 { mulAdd(chunkMul, chunk) }
        let big = BigUInt(words: words)
        let value = BigInt(sign: negative ? .minus : .plus, magnitude: big)
        if let small = Int(exactly: value) { return .small(small) }
        return .big(value)
    }

    /// Clinger's fast path for an already validated `[sign] digits [. digits] [e [sign] digits]`:
    /// when the significand has ≤ 15 significant digits and |exponent| ≤ 22, one IEEE
    /// multiplication or division of exact operands is correctly rounded. Else nil.
    static func fastDecimalToDouble(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Double? {
        var i = lo
        var negative = false
        if b[i] == 43 { i += 1 } else if b[i] == 45 { negative = true; i += 1 }
        var mant: UInt64 = 0
        var sig = 0
        var scale = 0
        var seenDot = false
        while i < hi {
            let c = b[i]
            if c == 46 { seenDot = true; i += 1; continue }
            guard c >= 48 && c <= 57 else { break }
            if mant != 0 || c != 48 { sig += 1 }
            if sig > 15 { return nil }
            mant = mant * 10 + UInt64(c - 48)
            if seenDot { scale -= 1 }
            i += 1
        }
        if i < hi {
            i += 1  // 'e'
            var expNeg = false
            if b[i] == 43 { i += 1 } else if b[i] == 45 { expNeg = true; i += 1 }
            var e = 0
            while i < hi {
                e = e * 10 + Int(b[i] - 48)
                if e > 400 { return nil }
                i += 1
            }
            scale += expNeg ? -e : e
        }
        let m = Double(mant)
        let v: Double
        if scale == 0 { v = m }
        else if scale > 0 && scale <= 22 { v = m * pow10Double[scale] }
        else if scale < 0 && scale >= -22 { v = m / pow10Double[-scale] }
        else { return nil }
        return negative ? -v : v
    }

    /// `float(s)`: whitespace, sign, PEP 515 underscores, `inf`/`infinity`/`nan` in any
    /// case, Unicode decimal digits; correctly rounded. ValueError `could not convert string to float: 'x'`.
    static func parseFloat(_ s: String) throws(PyErrorMessage) -> Double {
        let fail = { () -> PyErrorMessage in
            PyErrorMessage(.valueError, "could not convert string to float: \(StrOps.repr(s))")
        }
        let fast = s.utf8.withContiguousStorageIfAvailable { buf -> Result<Double, PyErrorMessage>? in
            for c in buf where c >= 0x80 || c == 95 { return nil }
            return Result { () throws(PyErrorMessage) -> Double in try parseFloatCore(buf, s) }
        }
        if let r = fast ?? nil { return try r.get() }
        var bytes: [UInt8] = asciiNumberBytes(s)
        if bytes.contains(95) {
            var cleaned: [UInt8] = []
            cleaned.reserveCapacity(bytes.count)
            var prev: UInt8 = 0
            for c in bytes {
                let prevDigit = prev >= 48 && prev <= 57
                if c == 95 {
                    if !prevDigit { throw fail() }
                } else {
                    if prev == 95 && !(c >= 48 && c <= 57) { throw fail() }
                    cleaned.append(c)
                }
                prev = c
            }
            if prev == 95 { throw fail() }
            bytes = cleaned
        }
        return try bytes.withUnsafeBufferPointer { buf in
            Result { () throws(PyErrorMessage) -> Double in try parseFloatCore(buf, s) }
        }.get()
    }

    /// `parseFloat` on ASCII bytes without underscores (`s` is for error messages).
    private static func parseFloatCore(_ bytes: UnsafeBufferPointer<UInt8>, _ s: String) throws(PyErrorMessage) -> Double {
        let fail = { () -> PyErrorMessage in
            PyErrorMessage(.valueError, "could not convert string to float: \(StrOps.repr(s))")
        }
        var lo = 0, hi = bytes.count
        while lo < hi && isCSpace(bytes[lo]) { lo += 1 }
        while hi > lo && isCSpace(bytes[hi - 1]) { hi -= 1 }
        guard lo < hi else { throw fail() }
        var i = lo
        var negative = false
        if bytes[i] == 43 { i += 1 } else if bytes[i] == 45 { negative = true; i += 1 }
        // inf / infinity / nan
        if i < hi, bytes[i] | 0x20 == 105 || bytes[i] | 0x20 == 110 {
            let word = String(decoding: bytes[i ..< hi], as: UTF8.self).lowercased()
            if word == "inf" || word == "infinity" { return negative ? -.infinity : .infinity }
            if word == "nan" { return negative ? -Double.nan : .nan }
            throw fail()
        }
        var mantDigits = 0
        while i < hi && bytes[i] >= 48 && bytes[i] <= 57 { i += 1; mantDigits += 1 }
        if i < hi && bytes[i] == 46 {
            i += 1
            while i < hi && bytes[i] >= 48 && bytes[i] <= 57 { i += 1; mantDigits += 1 }
        }
        guard mantDigits > 0 else { throw fail() }
        if i < hi && bytes[i] | 0x20 == 101 {
            i += 1
            if i < hi && (bytes[i] == 43 || bytes[i] == 45) { i += 1 }
            var expDigits = 0
            while i < hi && bytes[i] >= 48 && bytes[i] <= 57 { i += 1; expDigits += 1 }
            guard expDigits > 0 else { throw fail() }
        }
        guard i == hi else { throw fail() }
        if let v = fastDecimalToDouble(bytes, lo, hi) { return v }
        let text = String(decoding: bytes[lo ..< hi], as: UTF8.self)
        guard let v = Double(text) else { throw fail() }
        return v
    }
}
