import BigInt

/// Compile-time evaluation of operators on constants, as CPython 3.11's AST optimizer
/// (`Python/ast_opt.c`) does it: unary `-` `+` `~` `not`, the binary operators except `@`,
/// and subscripts of constants, on ints, floats, complexes, strs, bytes and tuples.
///
/// An operation is folded only when it succeeds: one that raises (`1 / 0`, `1 << -1`,
/// `'a' + 1`) returns nil and stays in the bytecode, so the error is raised at run time with
/// its traceback. CPython's size limits apply, so a small expression never makes a huge
/// constant (`2 ** 10000`, `'x' * 10**6` stay operations): `safe_multiply`, `safe_power`,
/// `safe_lshift` and `safe_mod` are mirrored below with the same constants.
///
/// Operands are constants of compiled code (see ``CodeBuilder/constant(value:)``), and every
/// object made here is immutable and has its caches filled, so a result can be shared by
/// runs on several threads like any other constant.
enum ConstantFolder {
    /// `MAX_INT_SIZE`: bits of an int result of `*`, `**` and `<<`.
    static let maxIntBits = 128
    /// `MAX_COLLECTION_SIZE`: items of a repeated tuple.
    static let maxCollectionSize = 256
    /// `MAX_STR_SIZE`: characters (bytes) of a repeated str (bytes).
    static let maxStrSize = 4096
    /// `MAX_TOTAL_ITEMS`: items of a repeated tuple, nested tuples included.
    static let maxTotalItems = 1024
    /// Garter's own bound on the result of a concatenation (CPython has none). A chain of
    /// repeated literals (`'x' * 4096 + 'x' * 4096 + ...`) would otherwise build strings
    /// quadratic in its length at compile time, outside any run limit. Only folding is
    /// given up: the concatenation still happens at run time.
    static let maxConcatenation = 4096
    /// Garter's own bound on the bits of an int operand of `/`, `//` and `%`, whose cost
    /// grows with the product of the operands' sizes (a division of huge literals).
    static let maxDivisionOperandBits = 1 << 16

    // MARK: Unary operators

    /// `op v`, or nil when it raises (`-'a'`, `~1.5`) or `v` is not a constant.
    static func unary(_ op: UnaryOperator, _ v: Value) -> Value? {
        if op == .not { return truth(v).map { .bool(!$0) } }
        if let c = complexValue(v) {
            switch op {
            case .negative: return complex((-c.re, -c.im))
            case .positive: return complex(c)
            default: return nil
            }
        }
        return PyNumber.unary(op, v)
    }

    /// The truth value of a constant (nil for values that are not constants).
    static func truth(_ v: Value) -> Bool? {
        if let c = complexValue(v) { return c.re != 0 || c.im != 0 }
        return v.builtinTruth
    }

    // MARK: Binary operators

    /// `a op b`, or nil when it raises, exceeds CPython's limits, or is not folded at all
    /// (`@`, `str % x`: printf-style formatting is left to run time).
    static func binary(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value? {
        switch op {
        case .matmul: return nil
        case .mul: if !multiplicationAllowed(a, b) { return nil }
        case .pow: if !powerAllowed(a, b) { return nil }
        case .lshift: if !shiftAllowed(a, b) { return nil }
        case .mod:
            if case .str = a { return nil }
            if a.asBytes != nil { return nil }
            if !divisionAllowed(a, b) { return nil }
        case .truediv, .floordiv: if !divisionAllowed(a, b) { return nil }
        default: break
        }
        if a.isPlainNumber && b.isPlainNumber {
            // The run-time arithmetic itself; its errors mean "not folded".
            return try? PyNumber.binary(op, a, b)
        }
        if complexValue(a) != nil || complexValue(b) != nil { return complexBinary(op, a, b) }
        switch op {
        case .add: return concatenation(a, b)
        case .mul: return repetition(a, b) ?? repetition(b, a)
        default: return nil
        }
    }

    /// `safe_multiply`: int products of at most ``maxIntBits`` bits, repetitions within
    /// ``maxStrSize`` / ``maxCollectionSize`` / ``maxTotalItems`` and by a count that is
    /// not negative (CPython leaves `'ab' * -1` to run time).
    static func multiplicationAllowed(_ a: Value, _ b: Value) -> Bool {
        guard isInt(a) else { return isInt(b) ? multiplicationAllowed(b, a) : true }
        if isInt(b) {
            let x = bitLength(a), y = bitLength(b)
            return x == 0 || y == 0 || x + y <= maxIntBits
        }
        let size: Int, limit: Int
        if let t = b.asTuple {
            (size, limit) = (t.items.count, maxCollectionSize)
        } else if case .str(let s) = b {
            (size, limit) = (s.count, maxStrSize)
        } else if let bytes = b.asBytes {
            (size, limit) = (bytes.bytes.count, maxStrSize)
        } else {
            return true
        }
        // `PyLong_AsLong` fails on a big int: no fold (the run-time error, if any, stays).
        guard let n = smallInt(a) else { return false }
        if size == 0 { return true }
        if n < 0 || n > limit / size { return false }
        if n > 0, b.asTuple != nil, remainingItems(b, maxTotalItems / n) < 0 { return false }
        return true
    }

    /// `check_complexity`: `limit` less the items of `v` and of the tuples nested in it.
    static func remainingItems(_ v: Value, _ limit: Int) -> Int {
        guard let t = v.asTuple else { return limit }
        var left = limit - t.items.count
        for item in t.items where left >= 0 {
            left = remainingItems(item, left)
        }
        return left
    }

    /// `safe_power`: `a ** b` for a positive int `b` only when `bits(a) <= 128 / b`.
    static func powerAllowed(_ a: Value, _ b: Value) -> Bool {
        guard isInt(a), isInt(b), bitLength(a) > 0, sign(b) > 0 else { return true }
        guard let e = smallInt(b) else { return false }
        return bitLength(a) <= maxIntBits / e
    }

    /// `safe_lshift`: `a << b` for nonzero ints only when the result fits in 128 bits; a
    /// negative count is refused as CPython's `PyLong_AsSize_t` refuses it.
    static func shiftAllowed(_ a: Value, _ b: Value) -> Bool {
        guard isInt(a), isInt(b), bitLength(a) > 0, bitLength(b) > 0 else { return true }
        guard let s = smallInt(b), s >= 0 else { return false }
        return s <= maxIntBits && bitLength(a) <= maxIntBits - s
    }

    /// Garter's guard on `/`, `//`, `%` of huge ints (``maxDivisionOperandBits``).
    static func divisionAllowed(_ a: Value, _ b: Value) -> Bool {
        bitLength(a) <= maxDivisionOperandBits && bitLength(b) <= maxDivisionOperandBits
    }

    /// `+` of two strs, bytes or tuples.
    static func concatenation(_ a: Value, _ b: Value) -> Value? {
        switch (a, b) {
        case (.str(let x), .str(let y)):
            guard x.count + y.count <= maxConcatenation else { return nil }
            return .str(frozenStr(x.value + y.value))
        default: break
        }
        if let x = a.asBytes, let y = b.asBytes {
            guard x.bytes.count + y.bytes.count <= maxConcatenation else { return nil }
            return .object(PyBytes(x.bytes + y.bytes))
        }
        if let x = a.asTuple, let y = b.asTuple {
            guard x.items.count + y.items.count <= maxConcatenation else { return nil }
            return tuple(x.array + y.array)
        }
        return nil
    }

    /// `seq * n` for a str, bytes or tuple `seq` and an int `n` (already within the limits).
    static func repetition(_ seq: Value, _ count: Value) -> Value? {
        guard isInt(count), let n = smallInt(count) else { return nil }
        switch seq {
        case .str(let s):
            if n <= 0 || s.value.isEmpty { return .str(PyStr.empty) }
            return .str(frozenStr(String(repeating: s.value, count: n)))
        default: break
        }
        if let bytes = seq.asBytes {
            return .object(PyBytes(n <= 0 || bytes.bytes.isEmpty ? [] : VM.repeated(bytes.bytes, n)))
        }
        if let t = seq.asTuple {
            return n <= 0 || t.items.isEmpty ? .emptyTuple : tuple(VM.repeated(t.array, n))
        }
        return nil
    }

    /// `+ - * / **` with a complex operand (the others raise TypeError).
    static func complexBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) -> Value? {
        guard let x = complexOperand(a), let y = complexOperand(b) else { return nil }
        switch op {
        case .add: return complex(ComplexMath.sum(x, y))
        case .sub: return complex(ComplexMath.diff(x, y))
        case .mul: return complex(ComplexMath.prod(x, y))
        case .truediv: return (try? ComplexMath.quot(x, y)).map(complex)
        case .pow: return (try? ComplexMath.pow(x, y)).map(complex)
        default: return nil
        }
    }

    // MARK: Subscripts

    /// `container[index]` for a str, bytes or tuple indexed by an int; nil when it raises.
    static func item(_ container: Value, _ index: Value) -> Value? {
        guard isInt(index), let i = smallInt(index) else { return nil }
        func position(_ count: Int) -> Int? {
            let p = i < 0 ? i + count : i
            return p >= 0 && p < count ? p : nil
        }
        if case .str(let s) = container {
            guard let p = position(s.count) else { return nil }
            if s.isASCII {
                let utf8 = s.value.utf8
                return .str(PyStr.asciiCharacters[Int(utf8[utf8.index(utf8.startIndex, offsetBy: p)])])
            }
            return .str(frozenStr(String(s.scalars[p])))
        }
        if let bytes = container.asBytes {
            return position(bytes.bytes.count).map { .int(Int(bytes.bytes[$0])) }
        }
        if let t = container.asTuple {
            return position(t.items.count).map { t.items[$0] }
        }
        return nil
    }

    // MARK: Values

    /// A tuple of constants (the shared empty tuple when `items` is empty).
    static func tuple(_ items: [Value]) -> Value {
        items.isEmpty ? .emptyTuple : .object(PyTuple(items))
    }

    /// A str made shareable between threads, as compiled string constants are.
    static func frozenStr(_ s: String) -> PyStr {
        s.utf8.count <= Interned.maxLength ? Interned.str(s) : PyStr(frozen: s)
    }

    /// A complex constant.
    static func complex(_ c: ComplexMath.C) -> Value { ComplexMath.value(c) }

    /// The parts of a complex value (nil for other values).
    static func complexValue(_ v: Value) -> ComplexMath.C? {
        if case .object(let o) = v, o.kind == .native, let c = o as? PyComplex { return (c.real, c.imag) }
        return nil
    }

    /// A complex, int, bool or float as a complex (nil for others, and for an int too
    /// large for a float: the run-time OverflowError stays).
    static func complexOperand(_ v: Value) -> ComplexMath.C? {
        if let c = complexValue(v) { return c }
        guard v.isPlainNumber, let n = PyNumber.operand(v), let d = try? PyNumber.toDouble(n) else { return nil }
        return (d, 0)
    }

    /// True for `int` and `bool`.
    static func isInt(_ v: Value) -> Bool {
        switch v {
        case .int, .bool: return true
        default: return v.asBigInt != nil
        }
    }

    /// The number of bits of `abs(v)` for an int (0 for other values).
    static func bitLength(_ v: Value) -> Int {
        switch v {
        case .int(let i): return Int.bitWidth - i.magnitude.leadingZeroBitCount
        case .bool(let b): return b ? 1 : 0
        default: return v.asBigInt?.value.magnitude.bitWidth ?? 0
        }
    }

    /// -1, 0 or 1 for an int (0 for other values).
    static func sign(_ v: Value) -> Int {
        switch v {
        case .int(let i): return i.signum()
        case .bool(let b): return b ? 1 : 0
        default: return v.asBigInt.map { $0.value.sign == .minus ? -1 : 1 } ?? 0
        }
    }

    /// An int that fits in a machine word (`PyLong_AsLong`); big ints never do, since
    /// ``Value/bigInt(_:)`` keeps those inline.
    static func smallInt(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}
