import BigInt
#if canImport(FoundationEssentials)
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#else
import Foundation
#endif

/// Python `int` and `float` arithmetic: an `Int` fast path with overflow detection that
/// promotes to `BigInt`, Python's floor semantics for `//`, `%` and `>>`, and CPython's errors.
enum PyNumber {
    /// An int or float operand (bool counts as int).
    enum Operand {
        case int(Int)
        case big(BigInt)
        case float(Double)
    }

    static func operand(_ v: Value) -> Operand? {
        switch v {
        case .int(let i): return .int(i)
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return .float(d)
        case .object(let o) where o.kind == .bigInt: return .big(unsafeDowncast(o, to: PyBigInt.self).value)
        default: return nil
        }
    }

    static func big(_ o: Operand) -> BigInt {
        switch o {
        case .int(let i): return BigInt(word: i)
        case .big(let b): return b
        case .float: return 0
        }
    }

    static func toDouble(_ o: Operand) throws(PythonError) -> Double {
        switch o {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .big(let b):
            do { return try NumberText.toDouble(b) } catch { throw VM.error(from: error) }
        }
    }

    /// Limit on the bit size of integer results, so `2 ** 10**10` fails fast instead of
    /// exhausting memory.
    static let maxBits = 64 * 1024 * 1024

    static func checkBits(_ bits: Int) throws(PythonError) {
        if bits > maxBits {
            throw VM.makeErrorStatic(Builtins.shared.memoryError, "")
        }
    }

    /// `-v`, `+v` or `~v` of a plain `int` (big ones too), `bool` or `float` (nil for anything
    /// else, and for `~` of a float, which raises), shared by the dispatch loop and the constant folder.
    static func unary(_ op: UnaryOperator, _ v: Value) -> Value? {
        switch (op, v) {
        case (.negative, .int(let i)): return i == Int.min ? .bigInt(-BigInt(word: i)) : .int(-i)
        case (.negative, .float(let d)): return .float(-d)
        case (.negative, .bool(let b)): return .int(b ? -1 : 0)
        case (.positive, .int), (.positive, .float): return v
        case (.positive, .bool(let b)): return .int(b ? 1 : 0)
        case (.invert, .int(let i)): return .int(~i)
        case (.invert, .bool(let b)): return .int(b ? -2 : -1)
        case (.not, _): return nil
        default:
            guard let big = v.asBigInt?.value else { return nil }
            switch op {
            case .negative: return .bigInt(-big)
            case .positive: return v
            case .invert: return .bigInt(-big - 1)
            case .not: return nil
            }
        }
    }

    // MARK: Binary operations

    /// Applies a numeric binary operator, or returns nil when an operand is not a number.
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
        if case .bool(let p) = a, case .bool(let q) = b {
            switch op {
            case .and: return .bool(p && q)
            case .or: return .bool(p || q)
            case .xor: return .bool(p != q)
            default: break
            }
        }
        if case .int(let i) = a, case .int(let j) = b { return try intBinary(op, i, j) }
        // Ints of up to two words before any operand is unpacked (which copies a BigInt).
        if a.isBigIntObject || b.isBigIntObject, let r = twoWordBinary(op, a, b) { return r }
        guard let x = operand(a), let y = operand(b) else { return nil }
        switch (x, y) {
        case (.int(let i), .int(let j)):
            return try intBinary(op, i, j)
        case (.float, _), (_, .float):
            if op == .lshift || op == .rshift || op == .and || op == .or || op == .xor || op == .matmul { return nil }
            return try floatBinary(op, toDouble(x), toDouble(y))
        default:
            if op == .matmul { return nil }
            if let r = try wordBinary(op, a, b) { return r }
            return try bigBinary(op, big(x), big(y))
        }
    }

    /// Products with a machine-word factor, `//` and `%` of a big int on ``BigWords`` (nil
    /// for other operators and for divisions too large to run without polling the run's
    /// limits). `a` and `b` are exact ints, at least one of them big.
    static func wordBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
        switch op {
        case .mul:
            let big: PyBigInt, factor: Int
            if case .int(let i) = b, let o = a.asBigInt { (big, factor) = (o, i) }
            else if case .int(let i) = a, let o = b.asBigInt { (big, factor) = (o, i) }
            else { return nil }
            let words = BigWords.words(big)
            try checkBits(BigWords.bitWidth(words) + (UInt.bitWidth - factor.magnitude.leadingZeroBitCount))
            let negative = (big.value.sign == .minus) != (factor < 0)
            return .bigInt(BigWords.Signed(negative: negative, words: BigWords.multiply(words, byWord: factor.magnitude)))
        case .floordiv, .mod:
            guard let r = intDivMod(a, b) else { return nil }
            return op == .floordiv ? r.quotient : r.remainder
        case .rshift:
            guard case .int(let s) = b, s >= 0, let big = a.asBigInt else { return nil }
            let negative = big.value.sign == .minus
            let (words, lost) = BigWords.shiftRight(BigWords.words(big), by: s)
            return .bigInt(BigWords.Signed(negative: negative, words: negative && lost ? BigWords.increment(words) : words))
        default:
            return nil
        }
    }

    /// `divmod(a, b)` of exact ints on ``BigWords``: nil when an operand is not an exact int,
    /// `b` is zero (the callers raise their own errors) or the division is too large to run
    /// without polling the run's limits.
    static func intDivMod(_ a: Value, _ b: Value) -> (quotient: Value, remainder: Value)? {
        guard let x = BigWords.signed(a), let y = BigWords.signed(b), !y.words.isEmpty else { return nil }
        let quotientWords = x.words.count - y.words.count + 1
        if quotientWords > 0 && quotientWords > BigIntKernels.Cutoffs.standard.division / y.words.count { return nil }
        let (q, r) = BigWords.floorDivMod(x, y)
        return (.bigInt(q), .bigInt(r))
    }

    static func intBinary(_ op: BinaryOperator, _ a: Int, _ b: Int) throws(PythonError) -> Value? {
        switch op {
        case .add:
            let (r, o) = a.addingReportingOverflow(b)
            return o ? .bigInt(BigInt(word: a) + BigInt(word: b)) : .int(r)
        case .sub:
            let (r, o) = a.subtractingReportingOverflow(b)
            return o ? .bigInt(BigInt(word: a) - BigInt(word: b)) : .int(r)
        case .mul:
            let (r, o) = a.multipliedReportingOverflow(by: b)
            if !o { return .int(r) }
            // The full 128-bit product, straight into words (it does not fit in an Int).
            let (hi, lo) = a.magnitude.multipliedFullWidth(by: b.magnitude)
            return .object(PyBigInt(negative: (a < 0) != (b < 0), words: hi == 0 ? [lo] : [lo, hi]))
        case .truediv:
            if b == 0 { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "division by zero") }
            if a.magnitude <= (1 << 53) && b.magnitude <= (1 << 53) {
                return .float(Double(a) / Double(b))
            }
            do { return .float(try NumberText.trueDivide(BigInt(word: a), BigInt(word: b))) } catch { throw VM.error(from: error) }
        case .floordiv:
            if b == 0 { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "integer division or modulo by zero") }
            if a == Int.min && b == -1 { return .bigInt(-BigInt(word: a)) }
            var q = a / b
            if (a % b != 0) && ((a < 0) != (b < 0)) { q -= 1 }
            return .int(q)
        case .mod:
            if b == 0 { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "integer modulo by zero") }
            if b == -1 { return .int(0) }
            var r = a % b
            if r != 0 && ((r < 0) != (b < 0)) { r += b }
            return .int(r)
        case .pow:
            return try intPow(a, b)
        case .lshift:
            if b < 0 { throw VM.makeErrorStatic(Builtins.shared.valueError, "negative shift count") }
            if a == 0 { return .int(0) }
            if b < 63 {
                let r = a << b
                if r >> b == a { return .int(r) }
            }
            try checkBits(b)
            return .bigInt(BigInt(word: a) << b)
        case .rshift:
            if b < 0 { throw VM.makeErrorStatic(Builtins.shared.valueError, "negative shift count") }
            if b >= 64 { return .int(a < 0 ? -1 : 0) }
            return .int(a >> b)
        case .and: return .int(a & b)
        case .or: return .int(a | b)
        case .xor: return .int(a ^ b)
        case .matmul: return nil
        }
    }

    static func intPow(_ a: Int, _ b: Int) throws(PythonError) -> Value {
        if b < 0 {
            if a == 0 { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            return .float(LibM.pow(Double(a), Double(b)))
        }
        var result = 1
        var base = a
        var e = b
        var overflow = false
        while e > 0 {
            if e & 1 == 1 {
                let (r, o) = result.multipliedReportingOverflow(by: base)
                if o { overflow = true; break }
                result = r
            }
            e >>= 1
            if e > 0 {
                let (sq, o) = base.multipliedReportingOverflow(by: base)
                if o { overflow = true; break }
                base = sq
            }
        }
        if !overflow { return .int(result) }
        return try bigPow(BigInt(word: a), b)
    }

    static func bigPow(_ a: BigInt, _ b: Int) throws(PythonError) -> Value {
        if a == 0 || a == 1 { return .bigInt(a) }
        if a == -1 { return .int(b & 1 == 0 ? 1 : -1) }
        let bits = a.magnitude.bitWidth
        let (product, o) = bits.multipliedReportingOverflow(by: b)
        if o { throw VM.makeErrorStatic(Builtins.shared.memoryError, "") }
        try checkBits(product)
        return .bigInt(try BigIntKernels.power(a, b))
    }

    /// `v < 0` without building a `BigInt` for the literal (the package's literal conversion
    /// runs unspecialized).
    @inline(__always)
    static func isNegative(_ v: BigInt) -> Bool { v.sign == .minus && !v.magnitude.isZero }

    static func bigBinary(_ op: BinaryOperator, _ a: BigInt, _ b: BigInt) throws(PythonError) -> Value? {
        switch op {
        case .add: return .bigInt(BigIntKernels.add(a, b))
        case .sub: return .bigInt(BigIntKernels.subtract(a, b))
        case .mul:
            try checkBits(a.magnitude.bitWidth + b.magnitude.bitWidth)
            return .bigInt(try BigIntKernels.multiply(a, b))
        case .truediv:
            do { return .float(try NumberText.trueDivide(a, b)) } catch { throw VM.error(from: error) }
        case .floordiv:
            if b.magnitude.isZero { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "integer division or modulo by zero") }
            return .bigInt(try floorDivMod(a, b).0)
        case .mod:
            if b.magnitude.isZero { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "integer modulo by zero") }
            return .bigInt(try floorDivMod(a, b).1)
        case .pow:
            if isNegative(b) {
                let x = try toDouble(.big(a)), y = try toDouble(.big(b))
                if x == 0 { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "0.0 cannot be raised to a negative power") }
                return .float(LibM.pow(x, y))
            }
            guard let e = Int(exactly: b) else {
                if a == 0 || a == 1 { return .bigInt(a) }
                if a == -1 { return .int(b.magnitude.words[0] & 1 == 0 ? 1 : -1) }
                throw VM.makeErrorStatic(Builtins.shared.memoryError, "")
            }
            return try bigPow(a, e)
        case .lshift:
            if isNegative(b) { throw VM.makeErrorStatic(Builtins.shared.valueError, "negative shift count") }
            if a.magnitude.isZero { return .int(0) }
            guard let s = Int(exactly: b) else { throw VM.makeErrorStatic(Builtins.shared.overflowError, "too many digits in integer") }
            try checkBits(a.magnitude.bitWidth + s)
            return .bigInt(BigIntKernels.shiftLeft(a, s))
        case .rshift:
            if isNegative(b) { throw VM.makeErrorStatic(Builtins.shared.valueError, "negative shift count") }
            guard let s = Int(exactly: b) else { return .int(isNegative(a) ? -1 : 0) }
            // BigInt's >> truncates toward zero; Python floors.
            if !isNegative(a) { return .bigInt(a >> s) }
            let q = a >> s
            return .bigInt(q << s == a ? q : q - 1)
        case .and: return .bigInt(twosComplement(a, b, op: &))
        case .or: return .bigInt(twosComplement(a, b, op: |))
        case .xor: return .bigInt(twosComplement(a, b, op: ^))
        case .matmul: return nil
        }
    }

    /// Bitwise operators on arbitrary-precision two's complement integers.
    static func twosComplement(_ a: BigInt, _ b: BigInt, op: (UInt, UInt) -> UInt) -> BigInt {
        let width = max(a.magnitude.words.count, b.magnitude.words.count) + 1
        func words(_ v: BigInt) -> [UInt] {
            var w = Array(v.magnitude.words)
            w += Array(repeating: 0, count: width - w.count)
            if v.sign == .minus {
                // Negate: invert and add one.
                var carry: UInt = 1
                for i in 0..<w.count {
                    let (s, o) = (~w[i]).addingReportingOverflow(carry)
                    w[i] = s
                    carry = o ? 1 : 0
                }
            }
            return w
        }
        let wa = words(a), wb = words(b)
        var r = (0..<width).map { op(wa[$0], wb[$0]) }
        let negative = (r[width - 1] >> (UInt.bitWidth - 1)) == 1
        if negative {
            var carry: UInt = 1
            for i in 0..<r.count {
                let (s, o) = (~r[i]).addingReportingOverflow(carry)
                r[i] = s
                carry = o ? 1 : 0
            }
        }
        let mag = BigUInt(words: r)
        return BigInt(sign: negative ? .minus : .plus, magnitude: mag)
    }

    /// Floor division and modulo (Python semantics) for big integers.
    static func floorDivMod(_ a: BigInt, _ b: BigInt) throws(PythonError) -> (BigInt, BigInt) {
        let (q, r) = try BigIntKernels.divide(a, b)
        if r != 0 && ((r < 0) != (b < 0)) {
            return (q - 1, r + b)
        }
        return (q, r)
    }

    static func floatBinary(_ op: BinaryOperator, _ a: Double, _ b: Double) throws(PythonError) -> Value? {
        switch op {
        case .add: return .float(a + b)
        case .sub: return .float(a - b)
        case .mul: return .float(a * b)
        case .truediv:
            if b == 0 { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "float division by zero") }
            return .float(a / b)
        case .floordiv:
            if b == 0 { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "float floor division by zero") }
            return .float(floatDivMod(a, b).0)
        case .mod:
            if b == 0 { throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "float modulo") }
            return .float(floatDivMod(a, b).1)
        case .pow:
            return try floatPow(a, b)
        default:
            return nil
        }
    }

    static func floatPow(_ a: Double, _ b: Double) throws(PythonError) -> Value {
        if a == 0 && b < 0 {
            throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "0.0 cannot be raised to a negative power")
        }
        if a < 0 && b != b.rounded() && b.isFinite {
            // A negative number to a fractional power is complex, as in CPython.
            return ComplexMath.value(try ComplexMath.pow((a, 0), (b, 0)))
        }
        let r = LibM.pow(a, b)
        if r.isInfinite && a.isFinite && b.isFinite {
            throw VM.makeErrorStatic(Builtins.shared.overflowError, "(34, 'Numerical result out of range')")
        }
        return .float(r)
    }

    /// CPython's float divmod.
    static func floatDivMod(_ vx: Double, _ wx: Double) -> (Double, Double) {
        var mod = fmod(vx, wx)
        var div = (vx - mod) / wx
        if mod != 0 {
            if (wx < 0) != (mod < 0) {
                mod += wx
                div -= 1.0
            }
        } else {
            mod = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, mod)
    }

    // MARK: Comparison

    /// Compares two numbers exactly (ints against floats without rounding). Returns nil for NaN.
    static func compare(_ x: Operand, _ y: Operand) -> Int? {
        switch (x, y) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.float(let a), .float(let b)):
            if a.isNaN || b.isNaN { return nil }
            return a < b ? -1 : (a == b ? 0 : 1)
        case (.float(let a), _):
            guard let r = compareFloatInt(a, y) else { return nil }
            return r
        case (_, .float(let b)):
            guard let r = compareFloatInt(b, x) else { return nil }
            return -r
        default:
            let a = big(x), b = big(y)
            return a < b ? -1 : (a == b ? 0 : 1)
        }
    }

    /// Sign of (float - int), exactly.
    static func compareFloatInt(_ f: Double, _ i: Operand) -> Int? {
        if f.isNaN { return nil }
        if f == .infinity { return 1 }
        if f == -.infinity { return -1 }
        if case .int(let n) = i, n.magnitude <= (1 << 53) {
            let d = Double(n)
            return f < d ? -1 : (f == d ? 0 : 1)
        }
        let n = big(i)
        let fi = f.rounded(.down)
        let fb = BigInt(exactly: fi) ?? 0
        if fb < n { return -1 }
        if fb > n { return 1 }
        // Equal integer parts: the fraction decides.
        return f > fi ? 1 : 0
    }

    // MARK: Hashing (CPython's numeric hash, so 1 == 1.0 == True hash alike)

    static let modulus: UInt = (1 << 61) - 1

    static func hash(_ i: Int) -> Int {
        var h = Int(i.magnitude % modulus)
        if i < 0 { h = -h }
        return h == -1 ? -2 : h
    }

    static func hash(_ b: BigInt) -> Int {
        // Sum of words * 2^(64k) mod (2^61 - 1).
        var acc: UInt = 0
        for w in b.magnitude.words.reversed() {
            // acc = (acc * 2^64 + w) mod M; 2^64 mod M = 8
            acc = mulmod(acc, 8)
            acc = addmod(acc, w % modulus)
        }
        var h = Int(acc)
        if b.sign == .minus { h = -h }
        return h == -1 ? -2 : h
    }

    private static func addmod(_ a: UInt, _ b: UInt) -> UInt {
        let s = a + b
        return s >= modulus ? s - modulus : s
    }

    private static func mulmod(_ a: UInt, _ b: UInt) -> UInt {
        let (hi, lo) = a.multipliedFullWidth(by: b)
        // (hi * 2^64 + lo) mod M, with 2^64 ≡ 8 (mod M)
        let loMod = lo % modulus
        let hiPart = (hi % modulus) &* 8 % modulus
        return addmod(loMod, hiPart)
    }

    static func hash(_ d: Double) -> Int {
        if d.isNaN { return 0 }
        if d.isInfinite { return d > 0 ? 314159 : -314159 }
        // Swift's frexp overlay drops the sign, so split it off first.
        let sign = d < 0 ? -1 : 1
        var (m, e) = frexp(Swift.abs(d))
        var x: UInt = 0
        while m != 0 {
            x = ((x << 28) & modulus) | (x >> (61 - 28))
            m *= 268435456.0
            e -= 28
            let y = UInt(m)
            m -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61)
        x = ((x << UInt(shift)) & modulus) | (x >> UInt(61 - shift))
        var h = Int(x) * sign
        if h == -1 { h = -2 }
        return h
    }
}

extension VM {
    /// Maps a pure-algorithm error to the Python exception it names.
    static func error(from e: PyErrorMessage) -> PythonError {
        let b = Builtins.shared
        let type: PyType
        switch e.kind {
        case .valueError: type = b.valueError
        case .typeError: type = b.typeError
        case .overflowError: type = b.overflowError
        case .indexError: type = b.indexError
        case .keyError: type = b.keyError
        case .memoryError: type = b.memoryError
        case .zeroDivisionError: type = b.zeroDivisionError
        }
        return makeErrorStatic(type, e.message)
    }

    static func makeErrorStatic(_ type: PyType, _ message: String) -> PythonError {
        PythonError(makeExceptionStatic(type, message))
    }

    static func makeExceptionStatic(_ type: PyType, _ message: String) -> PyInstance {
        if type === Builtins.shared.memoryError && message.isEmpty {
            return PyInstance(cls: type, exceptionArgs: [])
        }
        return PyInstance(cls: type, exceptionArgs: [.str(PyStr(message))])
    }

    func makeException(_ type: PyType, _ message: String) -> PyInstance {
        VM.makeExceptionStatic(type, message)
    }

    func makeError(_ type: PyType, _ message: String) -> PythonError {
        VM.makeErrorStatic(type, message)
    }
}
