/// The arithmetic and comparisons the dispatch loop completes inline when both operands are
/// plain ints or both plain floats (`BINARY_OP`, `COMPARE_OP` and the superinstructions that
/// fuse them with their operand loads). Everything they decline (an overflow, a zero divisor,
/// another operator or type) goes to the general operations in Operators.swift, which raise
/// CPython's errors.
extension VM {
    /// `x op y` for the `BINARY_OP`/`INPLACE_OP` argument `op` (a ``BinaryOperator`` raw
    /// value) when the result is an int that needs no big-int or error path; nil otherwise.
    /// (Transparent: the optimizer left it out of line in the dispatch loop, a call per
    /// operation, despite `@inline(__always)`.)
    @_transparent
    static func intArithmetic(_ op: Int32, _ x: Int, _ y: Int) -> Int? {
        switch op {
        case 0:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? nil : r
        case 1:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? nil : r
        case 2:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : r
        case 5:
            // Floor division rounds toward negative infinity.
            guard y > 0 || (y < 0 && x != Int.min) else { return nil }
            var q = x / y
            if (x % y != 0) && ((x < 0) != (y < 0)) { q -= 1 }
            return q
        case 6:
            // Modulo takes the sign of the divisor.
            guard y > 0 || y < -1 else { return nil }
            var r = x % y
            if r != 0 && ((r < 0) != (y < 0)) { r += y }
            return r
        case 9:
            return y >= 0 && y < 64 ? x >> y : nil
        case 10: return x | y
        case 11: return x ^ y
        case 12: return x & y
        default: return nil
        }
    }

    /// `x op y` for floats when it is a plain IEEE operation CPython computes the same way;
    /// nil for the operators and operands with another path (division by zero, `%`, `//`, a
    /// power that is not a positive base's finite result).
    @inline(__always)
    static func floatArithmetic(_ op: Int32, _ x: Double, _ y: Double) -> Double? {
        switch op {
        case 0: return x + y
        case 1: return x - y
        case 2: return x * y
        case 4: return y != 0 ? x / y : nil
        case 7:
            // A positive base and a finite result: the C pow CPython calls (everything
            // else, errors included, in `floatPow`).
            guard x > 0 else { return nil }
            let r = LibM.pow(x, y)
            return r.isFinite ? r : nil
        default: return nil
        }
    }

    /// `x op y` for the `COMPARE_OP` argument `op` (==, !=, <, <=, >, >=), for two ints or
    /// two floats: a float's comparisons are IEEE's, which are Python's (a NaN is unequal to
    /// everything and unordered).
    @inline(__always)
    static func comparison<T: Comparable>(_ op: Int32, _ x: T, _ y: T) -> Bool {
        switch op {
        case 0: return x == y
        case 1: return x != y
        case 2: return x < y
        case 3: return x <= y
        case 4: return x > y
        default: return x >= y
        }
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// Writes the payload word `bits` and `model`'s tag byte into this slot: the value of
    /// `model`'s case (an `.int` or a `.float`) with that payload. Only for a confirmed
    /// layout (see ``replacePayload(int:objectTag:)``).
    @inline(__always)
    private func storePayload<T>(_ bits: T, taggedLike model: UnsafeMutablePointer<Value>) {
        let raw = UnsafeMutableRawPointer(self)
        raw.storeBytes(of: bits, as: T.self)
        raw.storeBytes(of: UnsafeRawPointer(model).load(fromByteOffset: 8, as: UInt8.self), toByteOffset: 8, as: UInt8.self)
    }

    /// Initializes this (uninitialized) slot with `.int(value)`, taking the case's tag byte
    /// from `model`, a slot that holds an `.int`: two stores, where the enum's initializer is
    /// an outlined call (see ``replacePayload(int:objectTag:)`` for the layout check).
    @inline(__always)
    func initialize(int value: Int, taggedLike model: UnsafeMutablePointer<Value>, objectTag: UInt8) {
        if objectTag == 0xFF {
            initialize(to: .int(value))
        } else {
            storePayload(value, taggedLike: model)
        }
    }

    /// ``initialize(int:taggedLike:objectTag:)`` for `.float`, with `model` holding a `.float`.
    @inline(__always)
    func initialize(float value: Double, taggedLike model: UnsafeMutablePointer<Value>, objectTag: UInt8) {
        if objectTag == 0xFF {
            initialize(to: .float(value))
        } else {
            storePayload(value, taggedLike: model)
        }
    }

    /// Whether this slot's value holds no reference (so it can be overwritten without a
    /// release); false also when the layout was not confirmed at start-up.
    @inline(__always)
    func holdsNoReference(objectTag: UInt8, strTag: UInt8) -> Bool {
        if objectTag == 0xFF || strTag == 0xFF { return false }
        let tag = UnsafeRawPointer(self).load(fromByteOffset: 8, as: UInt8.self)
        return tag != objectTag && tag != strTag
    }

    /// Stores `.int(value)` (the tag byte taken from `model`, a slot holding an `.int`) over
    /// this slot if its value holds no reference, so that nothing needs releasing, and
    /// returns true; returns false, storing nothing, otherwise. `x = x + 1` stored this way
    /// skips the push and the `STORE_FAST`.
    @inline(__always)
    func overwritePlain(int value: Int, taggedLike model: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) -> Bool {
        guard holdsNoReference(objectTag: objectTag, strTag: strTag) else { return false }
        storePayload(value, taggedLike: model)
        return true
    }

    /// ``overwritePlain(int:taggedLike:objectTag:strTag:)`` for `.float`.
    @inline(__always)
    func overwritePlain(float value: Double, taggedLike model: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) -> Bool {
        guard holdsNoReference(objectTag: objectTag, strTag: strTag) else { return false }
        storePayload(value, taggedLike: model)
        return true
    }
}
