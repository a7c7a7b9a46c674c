import BigInt

/// Arithmetic on ints of up to 128 bits (two machine words), the size that 64-bit hashing
/// and random-number code lives at: `(x * 6364136223846793005 + c) % (1 << 64)`. Operands
/// and results stay in registers (sign and two magnitude words); only a result that does
/// not fit an inline int allocates, where the general ``BigWords`` path builds and frees
/// word arrays for every operand and intermediate.
struct TwoWordInt {
    /// The sign; never set for zero.
    var negative: Bool
    /// The magnitude's high word.
    var high: UInt
    /// The magnitude's low word.
    var low: UInt

    @inline(__always)
    init(negative: Bool, high: UInt, low: UInt) {
        self.negative = negative && (high | low) != 0
        self.high = high
        self.low = low
    }

    /// The exact int `v` (an inline int, a bool or a big int of at most two words), or nil.
    @inline(__always)
    init?(_ v: Value) {
        switch v {
        case .int(let i):
            self.init(negative: i < 0, high: 0, low: i.magnitude)
        case .bool(let b):
            self.init(negative: false, high: 0, low: b ? 1 : 0)
        case .object(let o) where o.kind == .bigInt:
            let big = unsafeDowncast(o, to: PyBigInt.self)
            let negative = big.value.sign == .minus
            if let words = big.magnitudeWords {
                guard words.count <= 2 else { return nil }
                self.init(negative: negative, high: words.count == 2 ? words[1] : 0, low: words.isEmpty ? 0 : words[0])
            } else {
                let words = big.value.magnitude.words
                guard words.count <= 2 else { return nil }
                self.init(negative: negative, high: words.count == 2 ? words[1] : 0, low: words.isEmpty ? 0 : words[0])
            }
        default:
            return nil
        }
    }

    /// Whether the value is zero.
    var isZero: Bool { (high | low) == 0 }

    /// The value as an inline int when it fits, otherwise a big int.
    var value: Value {
        if high == 0 {
            if low <= UInt(Int.max) { return .int(negative ? -Int(low) : Int(low)) }
            if negative && low == UInt(1) << 63 { return .int(Int.min) }
        }
        return .object(PyBigInt(negative: negative, words: high == 0 ? [low] : [low, high]))
    }

    /// Compares magnitudes: −1, 0 or 1.
    @inline(__always)
    static func compareMagnitudes(_ a: TwoWordInt, _ b: TwoWordInt) -> Int {
        if a.high != b.high { return a.high < b.high ? -1 : 1 }
        if a.low != b.low { return a.low < b.low ? -1 : 1 }
        return 0
    }

    /// `a + b`, nil when the sum needs more than 128 bits.
    static func add(_ a: TwoWordInt, _ b: TwoWordInt) -> TwoWordInt? {
        if a.negative == b.negative {
            let (low, carry) = a.low.addingReportingOverflow(b.low)
            let (high1, o1) = a.high.addingReportingOverflow(b.high)
            let (high, o2) = high1.addingReportingOverflow(carry ? 1 : 0)
            if o1 || o2 { return nil }
            return TwoWordInt(negative: a.negative, high: high, low: low)
        }
        // Opposite signs: the smaller magnitude comes off the larger, which gives the sign.
        let (big, small) = compareMagnitudes(a, b) >= 0 ? (a, b) : (b, a)
        let (low, borrow) = big.low.subtractingReportingOverflow(small.low)
        let high = big.high &- small.high &- (borrow ? 1 : 0)
        return TwoWordInt(negative: big.negative, high: high, low: low)
    }

    /// `a * b`, nil when the product needs more than 128 bits.
    static func multiply(_ a: TwoWordInt, _ b: TwoWordInt) -> TwoWordInt? {
        if a.high != 0 && b.high != 0 { return nil }
        let (x, w) = a.high == 0 ? (b, a.low) : (a, b.low)
        let (h1, l1) = x.low.multipliedFullWidth(by: w)
        let (h2, l2) = x.high.multipliedFullWidth(by: w)
        let (mid, carry) = h1.addingReportingOverflow(l2)
        if h2 != 0 || carry { return nil }
        return TwoWordInt(negative: a.negative != b.negative, high: mid, low: l1)
    }

    /// Python's floor quotient and remainder, nil for a zero divisor or a two-word divisor
    /// that is not a power of two (the general division answers those).
    static func floorDivMod(_ a: TwoWordInt, _ b: TwoWordInt) -> (quotient: TwoWordInt, remainder: TwoWordInt)? {
        var q: TwoWordInt, r: TwoWordInt
        if b.high == 0 {
            if b.low == 0 { return nil }
            let d = b.low
            let qHigh = a.high / d
            let (qLow, rest) = d.dividingFullWidth((high: a.high % d, low: a.low))
            q = TwoWordInt(negative: false, high: qHigh, low: qLow)
            r = TwoWordInt(negative: false, high: 0, low: rest)
        } else {
            // A power of two 2^k with 64 <= k < 128: a shift and a mask.
            guard b.low == 0, b.high & (b.high &- 1) == 0 else { return nil }
            let k = b.high.trailingZeroBitCount
            q = TwoWordInt(negative: false, high: 0, low: k == 0 ? a.high : a.high >> UInt(k))
            r = TwoWordInt(negative: false, high: a.high & (b.high &- 1), low: a.low)
        }
        if a.negative != b.negative && !r.isZero {
            // Floor: one more in magnitude for the quotient, the divisor's complement for
            // the remainder. The quotient cannot overflow: a full one leaves no remainder.
            let (low, carry) = q.low.addingReportingOverflow(1)
            q = TwoWordInt(negative: false, high: q.high &+ (carry ? 1 : 0), low: low)
            let (rl, borrow) = b.low.subtractingReportingOverflow(r.low)
            r = TwoWordInt(negative: false, high: b.high &- r.high &- (borrow ? 1 : 0), low: rl)
        }
        return (TwoWordInt(negative: a.negative != b.negative, high: q.high, low: q.low),
                TwoWordInt(negative: b.negative, high: r.high, low: r.low))
    }

    /// `a >> s` (`s >= 0`), flooring negative values as Python does.
    static func shiftRight(_ a: TwoWordInt, _ s: Int) -> TwoWordInt {
        // A negative value shifts as −((|a| − 1) >> s) − 1.
        var high = a.high, low = a.low
        if a.negative {
            let (l, borrow) = low.subtractingReportingOverflow(1)
            low = l
            high = high &- (borrow ? 1 : 0)
        }
        if s >= 128 {
            (high, low) = (0, 0)
        } else if s >= 64 {
            (high, low) = (0, high >> UInt(s - 64))
        } else if s > 0 {
            (high, low) = (high >> UInt(s), (low >> UInt(s)) | (high << UInt(64 - s)))
        }
        if a.negative {
            let (l, carry) = low.addingReportingOverflow(1)
            return TwoWordInt(negative: true, high: high &+ (carry ? 1 : 0), low: l)
        }
        return TwoWordInt(negative: false, high: high, low: low)
    }
}

extension Value {
    /// Whether this is a big int object (an int too large for the inline representation).
    @inline(__always)
    var isBigIntObject: Bool {
        if case .object(let o) = self { return o.kind == .bigInt }
        return false
    }
}

extension PyNumber {
    /// `a op b` for exact ints of at most 128 bits, at least one of them big, when the
    /// result fits in 128 bits (``TwoWordInt``); nil otherwise, for the general path.
    static func twoWordBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value? {
        switch op {
        case .add, .sub, .mul, .floordiv, .mod, .rshift, .and, .or, .xor: break
        default: return nil
        }
        guard let x = TwoWordInt(a), var y = TwoWordInt(b) else { return nil }
        switch op {
        case .add:
            return TwoWordInt.add(x, y)?.value
        case .sub:
            y.negative = !y.negative && !y.isZero
            return TwoWordInt.add(x, y)?.value
        case .mul:
            return TwoWordInt.multiply(x, y)?.value
        case .floordiv:
            return TwoWordInt.floorDivMod(x, y)?.quotient.value
        case .mod:
            return TwoWordInt.floorDivMod(x, y)?.remainder.value
        case .rshift:
            guard !y.negative else { return nil }
            return TwoWordInt.shiftRight(x, y.high != 0 || y.low > 128 ? 128 : Int(y.low)).value
        default:
            // Bitwise operators of non-negative values (negative ones are two's complement).
            guard !x.negative, !y.negative else { return nil }
            switch op {
            case .and: return TwoWordInt(negative: false, high: x.high & y.high, low: x.low & y.low).value
            case .or: return TwoWordInt(negative: false, high: x.high | y.high, low: x.low | y.low).value
            default: return TwoWordInt(negative: false, high: x.high ^ y.high, low: x.low ^ y.low).value
            }
        }
    }
}
