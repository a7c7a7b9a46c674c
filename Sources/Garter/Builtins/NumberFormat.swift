import BigInt

/// A parsed format-spec mini-language string:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]` (CPython 3.11).
/// Defaults that depend on the formatted type (alignment, type code) stay unresolved
/// here and are applied by `NumberText.format(_:spec:)`.
struct FormatSpec: Sendable, Equatable {
    /// Fill character (`'0'` when only the `0` flag was given).
    var fill: Unicode.Scalar = " "
    /// `<`, `>`, `=`, `^` as ASCII, or 0 when not given.
    var align: UInt8 = 0
    /// `+`, `-`, space as ASCII, or 0 when not given.
    var sign: UInt8 = 0
    /// The `z` flag (coerce negative zero).
    var noNegZero = false
    /// The `#` flag.
    var alternate = false
    /// The `0` flag was given without an explicit fill (numbers then default to `=` alignment).
    var zeroFlag = false
    /// Minimum width, -1 if absent.
    var width = -1
    /// `,` or `_` as ASCII, or 0.
    var grouping: UInt8 = 0
    /// Precision, -1 if absent.
    var precision = -1
    /// The presentation type, nil if absent.
    var type: Unicode.Scalar?
    /// Set when characters remain after the type: CPython reports
    /// `Invalid format specifier '…' for object of type '…'`, which needs the type name,
    /// so the error is raised by the `format` functions (or `validate(typeName:)`).
    var invalidSpec: String?

    /// Parses a spec. Throws the type-independent errors (`Too many decimal digits in format
    /// string`, `Format specifier missing precision`, `Cannot specify both ',' and '_'.`);
    /// an invalid trailing part is recorded in `invalidSpec` and thrown by `format`.
    static func parse(_ spec: String) throws(PyErrorMessage) -> FormatSpec {
        if spec.isEmpty { return FormatSpec() }
        let ascii = spec.utf8.withContiguousStorageIfAvailable { buf -> Result<FormatSpec, PyErrorMessage>? in
            for c in buf where c >= 0x80 { return nil }
            return parseCore(buf, spec)
        }
        if let r = ascii ?? nil { return try r.get() }
        let scalars = spec.unicodeScalars.map { $0.value }
        return try scalars.withUnsafeBufferPointer { parseCore($0, spec) }.get()
    }

    /// Port of `parse_internal_render_format_spec` over the spec's code points.
    private static func parseCore<C: RandomAccessCollection>(_ c: C, _ spec: String) -> Result<FormatSpec, PyErrorMessage>
    where C.Index == Int, C.Element: FixedWidthInteger {
        let s = CodePoints(base: c)
        var r = FormatSpec()
        let end = s.count
        var pos = 0
        @inline(__always) func isAlign(_ u: UInt32) -> Bool { u == 60 || u == 62 || u == 61 || u == 94 }
        var fillSpecified = false
        if end >= 2 && isAlign(s[1]) {
            r.align = UInt8(s[1])
            r.fill = Unicode.Scalar(s[0]) ?? " "
            fillSpecified = true
            pos = 2
        } else if end >= 1 && isAlign(s[0]) {
            r.align = UInt8(s[0])
            pos = 1
        }
        if pos < end && (s[pos] == 32 || s[pos] == 43 || s[pos] == 45) {
            r.sign = UInt8(s[pos])
            pos += 1
        }
        if pos < end && s[pos] == 122 { r.noNegZero = true; pos += 1 }   // z
        if pos < end && s[pos] == 35 { r.alternate = true; pos += 1 }    // #
        if !fillSpecified && pos < end && s[pos] == 48 {                 // 0
            r.fill = "0"
            r.zeroFlag = r.align == 0
            pos += 1
        }
        switch readInteger(s, &pos) {
        case .failure(let e): return .failure(e)
        case .success(let w): if let w { r.width = w }
        }
        if pos < end && s[pos] == 44 { r.grouping = 44; pos += 1 }
        if pos < end && s[pos] == 95 {
            if r.grouping != 0 { return .failure(PyErrorMessage(.valueError, "Cannot specify both ',' and '_'.")) }
            r.grouping = 95
            pos += 1
        }
        if pos < end && s[pos] == 44 && r.grouping == 95 {
            return .failure(PyErrorMessage(.valueError, "Cannot specify both ',' and '_'."))
        }
        if pos < end && s[pos] == 46 {
            pos += 1
            switch readInteger(s, &pos) {
            case .failure(let e): return .failure(e)
            case .success(let p):
                guard let p else { return .failure(PyErrorMessage(.valueError, "Format specifier missing precision")) }
                r.precision = p
            }
        }
        if end - pos > 1 {
            r.invalidSpec = spec
            return .success(r)
        }
        if end - pos == 1 { r.type = Unicode.Scalar(s[pos]) ?? "\u{FFFD}" }
        return .success(r)
    }

    /// Parses then validates in one step (for callers that know the type name up front).
    static func parse(_ spec: String, typeName: String) throws(PyErrorMessage) -> FormatSpec {
        let r = try parse(spec)
        try r.validate(typeName: typeName)
        return r
    }

    /// Throws `Invalid format specifier '<spec>' for object of type '<typeName>'` if the
    /// spec had trailing garbage.
    func validate(typeName: String) throws(PyErrorMessage) {
        if let bad = invalidSpec {
            throw PyErrorMessage(.valueError, "Invalid format specifier '\(bad)' for object of type '\(typeName)'")
        }
    }

    /// Port of `get_integer`: decimal digits (Unicode decimals too), nil if none.
    private static func readInteger<C>(_ s: CodePoints<C>, _ pos: inout Int) -> Result<Int?, PyErrorMessage> {
        var acc = 0
        var count = 0
        while pos < s.count {
            let c = s[pos]
            let d: Int
            if c >= 48 && c <= 57 { d = Int(c - 48) }
            else if c >= 128, let u = Unicode.Scalar(c), let v = NumberText.unicodeDecimal(u) { d = v }
            else { break }
            if acc > (Int.max - d) / 10 {
                return .failure(PyErrorMessage(.valueError, "Too many decimal digits in format string"))
            }
            acc = acc * 10 + d
            count += 1
            pos += 1
        }
        return .success(count == 0 ? nil : acc)
    }
}

/// Code points of a spec viewed as `UInt32`s (UTF-8 bytes of an ASCII spec, or scalar values).
private struct CodePoints<C: RandomAccessCollection> where C.Index == Int, C.Element: FixedWidthInteger {
    let base: C
    var count: Int { base.count }
    subscript(i: Int) -> UInt32 { UInt32(truncatingIfNeeded: base[base.startIndex + i]) }
}

/// One `%`-conversion of a printf-style template: `%[(key)][flags][width][.precision][hlL]type`.
struct PercentSpec: Sendable, Equatable {
    /// Width or precision: absent, `*` (taken from the arguments), or a literal number.
    enum Amount: Sendable, Equatable {
        case absent
        case star
        case value(Int)
    }
    /// The `(key)` mapping key, if any.
    var key: String?
    /// `-` flag.
    var leftAdjust = false
    /// `+` flag.
    var plusSign = false
    /// space flag.
    var blank = false
    /// `#` flag.
    var alternate = false
    /// `0` flag.
    var zeroPad = false
    var width: Amount = .absent
    var precision: Amount = .absent
    /// The conversion character. May be unsupported (anything but `d i u o x X e E f F g G c r s a`):
    /// CPython only reports that after fetching the argument, so the caller throws `unsupportedError`.
    var conversion: Unicode.Scalar = "s"
    /// Code-point index of the conversion character in the template (for the error).
    var index = 0

    /// `unsupported format character 'y' (0x79) at index 3`.
    var unsupportedError: PyErrorMessage {
        let v = conversion.value
        let shown = (31...126).contains(v) ? String(Character(conversion)) : "?"
        return PyErrorMessage(.valueError, "unsupported format character '\(shown)' (0x\(String(v, radix: 16))) at index \(index)")
    }
}

/// A piece of a parsed `%` template.
enum PercentPiece: Sendable, Equatable {
    case literal(String)
    case spec(PercentSpec)
}

extension NumberText {
    // MARK: - Shared number layout

    /// UTF-8 bytes of a scalar.
    static func utf8Bytes(_ u: Unicode.Scalar) -> [UInt8] {
        if u.value < 128 { return [UInt8(u.value)] }
        return Array(String(Character(u)).utf8)
    }

    /// Port of `_PyUnicode_InsertThousandsGrouping`: `digits` with a separator every `group`
    /// digits (0 = none), zero-extended to at least `minWidth` characters. Returns the
    /// length; when `out` is given, writes the text right-aligned so that it ends at `end`.
    @discardableResult
    static func groupDigits(_ digits: UnsafeBufferPointer<UInt8>, group: Int, sep: UInt8, minWidth: Int,
                            into out: UnsafeMutableBufferPointer<UInt8>?, end: Int) -> Int {
        var remaining = digits.count
        var minW = max(0, minWidth)
        var pos = digits.count
        var at = end
        var count = 0
        var useSep = false
        var broken = false
        @inline(__always) func emit(_ nChars: Int, _ nZeros: Int) {
            count += (useSep ? 1 : 0) + nChars + nZeros
            guard let out else { return }
            if useSep { at -= 1; out[at] = sep }
            for _ in 0 ..< nChars { pos -= 1; at -= 1; out[at] = digits[pos] }
            for _ in 0 ..< nZeros { at -= 1; out[at] = 48 }
        }
        if group > 0 {
            while true {
                let len = min(group, max(remaining, minW, 1))
                emit(max(0, min(remaining, len)), max(0, len - remaining))
                useSep = true
                remaining -= max(0, min(remaining, len))
                minW -= len
                if remaining <= 0 && minW <= 0 { broken = true; break }
                minW -= 1
            }
        }
        if !broken {
            let len = max(remaining, minW, 1)
            emit(max(0, min(remaining, len)), max(0, len - remaining))
        }
        return count
    }

    /// Port of `calc_number_widths` + `fill_number`:
    /// `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`, written straight into
    /// the result string. `prefix` is 0, 2 ASCII bytes packed as `p0 | p1 << 8` (0 = none).
    static func assembleNumber(negative: Bool, prefix: UInt16, digits: UnsafeBufferPointer<UInt8>, hasDecimal: Bool,
                               remainder: UnsafeBufferPointer<UInt8>, remainderChars: Int, spec: FormatSpec,
                               align: UInt8, group: Int, sep: UInt8) throws(PyErrorMessage) -> String {
        var signChar: UInt8 = 0
        switch spec.sign {
        case 43: signChar = negative ? 45 : 43
        case 32: signChar = negative ? 45 : 32
        default: if negative { signChar = 45 }
        }
        let width = spec.width
        if width > maxOutputLength { throw memoryError() }
        let nPrefix = prefix == 0 ? 0 : 2
        let nonDigit = (signChar != 0 ? 1 : 0) + nPrefix + (hasDecimal ? 1 : 0) + remainderChars
        let minWidth = (spec.fill == "0" && align == 61) ? width - nonDigit : 0
        // Grouped digits: zero-extended plain digits, or a counting pass of the grouping.
        var zeros = 0
        var groupedCount = 0
        if !digits.isEmpty {
            if group == 0 {
                zeros = max(0, minWidth - digits.count)
                groupedCount = digits.count + zeros
            } else {
                groupedCount = groupDigits(digits, group: group, sep: sep, minWidth: minWidth, into: nil, end: 0)
            }
        }
        let padding = width - (nonDigit + groupedCount)
        var lpad = 0, spad = 0, rpad = 0
        if padding > 0 {
            switch align {
            case 60: rpad = padding
            case 94: lpad = padding / 2; rpad = padding - lpad
            case 61: spad = padding
            default: lpad = padding
            }
        }
        let (fillBits, fillLen) = encodeScalar(spec.fill)
        let total = (lpad + spad + rpad) * fillLen + (signChar != 0 ? 1 : 0) + nPrefix + groupedCount
            + (hasDecimal ? 1 : 0) + remainder.count
        return String(unsafeUninitializedCapacity: total) { buf in
            var i = 0
            @inline(__always) func pad(_ n: Int) {
                for _ in 0 ..< n {
                    var f = fillBits
                    for _ in 0 ..< fillLen { buf[i] = UInt8(truncatingIfNeeded: f); f >>= 8; i += 1 }
                }
            }
            pad(lpad)
            if signChar != 0 { buf[i] = signChar; i += 1 }
            if prefix != 0 {
                buf[i] = UInt8(truncatingIfNeeded: prefix); buf[i + 1] = UInt8(truncatingIfNeeded: prefix >> 8); i += 2
            }
            pad(spad)
            if group == 0 {
                for _ in 0 ..< zeros { buf[i] = 48; i += 1 }
                for c in digits { buf[i] = c; i += 1 }
            } else if groupedCount > 0 {
                groupDigits(digits, group: group, sep: sep, minWidth: minWidth, into: buf, end: i + groupedCount)
                i += groupedCount
            }
            if hasDecimal { buf[i] = 46; i += 1 }
            for c in remainder { buf[i] = c; i += 1 }
            pad(rpad)
            return i
        }
    }

    /// UTF-8 encoding of a scalar packed little-endian into a UInt32, and its length.
    @inline(__always)
    static func encodeScalar(_ u: Unicode.Scalar) -> (UInt32, Int) {
        let v = u.value
        if v < 0x80 { return (v, 1) }
        if v < 0x800 { return ((0xC0 | v >> 6) | (0x80 | v & 0x3F) << 8, 2) }
        if v < 0x10000 {
            return ((0xE0 | v >> 12) | (0x80 | (v >> 6) & 0x3F) << 8 | (0x80 | v & 0x3F) << 16, 3)
        }
        return ((0xF0 | v >> 18) | (0x80 | (v >> 12) & 0x3F) << 8 | (0x80 | (v >> 6) & 0x3F) << 16
                | (0x80 | v & 0x3F) << 24, 4)
    }

    /// Throws CPython's thousands-separator/type compatibility error.
    static func checkGrouping(_ spec: FormatSpec, type: UInt32) throws(PyErrorMessage) {
        guard spec.grouping != 0 else { return }
        switch type {
        case 100, 101, 102, 103, 69, 71, 37, 70, 0: return          // d e f g E G % F none
        case 98, 111, 120, 88: if spec.grouping == 95 { return }     // b o x X with '_'
        default: break
        }
        let sep = spec.grouping == 44 ? "," : "_"
        let shown = type > 32 && type < 128 ? String(UnicodeScalar(UInt8(type))) : "\\x" + String(type, radix: 16)
        throw PyErrorMessage(.valueError, "Cannot specify '\(sep)' with '\(shown)'.")
    }

    /// `Unknown format code 'd' for object of type 'float'`.
    static func unknownType(_ type: UInt32, _ typeName: String) -> PyErrorMessage {
        let shown = type > 32 && type < 128 ? String(UnicodeScalar(UInt8(type))) : "\\x" + String(type, radix: 16)
        return PyErrorMessage(.valueError, "Unknown format code '\(shown)' for object of type '\(typeName)'")
    }

    /// Numeric alignment: explicit, else `=` after the `0` flag, else `>`.
    @inline(__always)
    static func numericAlign(_ spec: FormatSpec) -> UInt8 {
        spec.align != 0 ? spec.align : (spec.zeroFlag ? 61 : 62)
    }

    // MARK: - format(float)

    /// `format(x, spec)` for a float: types `e E f F g G n %` and none (repr when no
    /// precision, else `g` keeping a `.0`), `#`, grouping, `z`, inf/nan, default precision 6.
    static func format(_ v: Double, spec: FormatSpec) throws(PyErrorMessage) -> String {
        try spec.validate(typeName: "float")
        let t = spec.type?.value ?? 0
        try checkGrouping(spec, type: t)
        switch t {
        case 0, 101, 69, 102, 70, 103, 71, 110, 37: break
        default: throw unknownType(t, "float")
        }
        if t == 0 && spec.precision < 0 && spec.width < 0 && spec.sign == 0 && !spec.alternate
            && spec.grouping == 0 && !spec.noNegZero {
            return floatRepr(v)  // no type, no precision: same as repr
        }
        return try formatFloatInternal(v, spec: spec)
    }

    /// Port of `format_float_internal` (type already validated).
    static func formatFloatInternal(_ value: Double, spec: FormatSpec) throws(PyErrorMessage) -> String {
        if spec.precision > Int(Int32.max) { throw PyErrorMessage(.valueError, "precision too big") }
        let t = spec.type?.value ?? 0
        var precision = spec.precision
        var defaultPrecision = 6
        var code: UInt8
        var addDot0 = false
        var val = value
        var addPct = false
        switch t {
        case 0: addDot0 = true; code = 114; defaultPrecision = 0   // 'r'
        case 110: code = 103                                       // 'n' → 'g'
        case 37: code = 102; val *= 100; addPct = true              // '%' → 'f'
        default: code = UInt8(truncatingIfNeeded: t)
        }
        if precision < 0 { precision = defaultPrecision } else if code == 114 { code = 103 }
        if (code == 102 || code == 70) && !addPct && !spec.alternate && !spec.noNegZero && spec.width < 0
            && spec.grouping == 0 && spec.sign != 43 && spec.sign != 32,
           let text = plainFixed(val, precision: precision) {
            return text
        }
        var body: [UInt8] = []
        let negative = try doubleToText(val, code: code, precision: precision, alt: spec.alternate,
                                        addDot0: addDot0, noNegZero: spec.noNegZero, into: &body)
        if addPct { body.append(37) }
        if spec.width < 0 && spec.grouping == 0 && spec.sign != 43 && spec.sign != 32 {
            if negative { body.insert(45, at: 0) }
            return String(decoding: body, as: UTF8.self)
        }
        var nd = 0
        while nd < body.count && body[nd] >= 48 && body[nd] <= 57 { nd += 1 }
        let hasDecimal = nd < body.count && body[nd] == 46
        let restStart = hasDecimal ? nd + 1 : nd
        let group = (t == 110 || spec.grouping == 0) ? 0 : 3
        let result = body.withUnsafeBufferPointer { b -> Result<String, PyErrorMessage> in
            Result { () throws(PyErrorMessage) -> String in
                try assembleNumber(negative: negative, prefix: 0, digits: UnsafeBufferPointer(rebasing: b[0 ..< nd]),
                                   hasDecimal: hasDecimal, remainder: UnsafeBufferPointer(rebasing: b[restStart...]),
                                   remainderChars: b.count - restStart, spec: spec,
                                   align: numericAlign(spec), group: group, sep: spec.grouping)
            }
        }
        return try result.get()
    }

    /// `digits` (ASCII) with a minus sign when `negative`, padded to `width`: zeros after the
    /// sign with `zeros`, else spaces before it.
    static func padInteger(_ digits: UnsafeBufferPointer<UInt8>, negative: Bool, width: Int, zeros: Bool) -> String {
        let signLength = negative ? 1 : 0
        let length = Swift.max(width, digits.count &+ signLength)
        let padding = length &- digits.count &- signLength
        return String(unsafeUninitializedCapacity: length) { out -> Int in
            var at = 0
            if !zeros {
                for _ in 0..<padding { out[at] = 32; at &+= 1 }
            }
            if negative { out[at] = 45; at &+= 1 }
            if zeros {
                for _ in 0..<padding { out[at] = 48; at &+= 1 }
            }
            for d in digits { out[at] = d; at &+= 1 }
            return at
        }
    }

    /// `format(x, '.Nf')` with nothing but a precision (the usual `f"{price:.2f}"`): the
    /// value times 10^N, correctly rounded to an integer (``NumberText/scaledRoundSmall(_:_:_:)``,
    /// the same rounding the general path's digits come from), written out with the point
    /// inserted, without the digit and layout arrays of the general path. Nil when the scaled
    /// value does not fit in 64 bits (or `x` is not finite): the general path takes those.
    static func plainFixed(_ x: Double, precision: Int) -> String? {
        guard x.isFinite, precision >= 0, precision <= 17 else { return nil }
        let q: UInt64
        if x == 0 {
            q = 0
        } else {
            let (m, e) = decompose(x.magnitude)
            guard let r = scaledRoundSmall(m, e, precision) else { return nil }
            q = r
        }
        // q's digits, at least precision + 1 of them (leading zeros: 0.05 → "005").
        var digits = 1
        var t = q
        while t >= 10 { t /= 10; digits += 1 }
        let width = Swift.max(digits, precision &+ 1)
        let negative = x.sign == .minus
        let length = width &+ (precision > 0 ? 1 : 0) &+ (negative ? 1 : 0)
        return String(unsafeUninitializedCapacity: length) { out -> Int in
            var at = length
            var v = q
            for i in 0..<width {
                if precision > 0 && i == precision {
                    at &-= 1
                    out[at] = 46
                }
                at &-= 1
                out[at] = 48 &+ UInt8(truncatingIfNeeded: v % 10)
                v /= 10
            }
            if negative { out[0] = 45 }
            return length
        }
    }

    // MARK: - format(int)

    /// `format(n, spec)` for an int (`bool` is formatted by the caller as int): types
    /// `b c d o x X n` and none; `e E f F g G %` convert to float first.
    static func format(_ v: BigInt, spec: FormatSpec) throws(PyErrorMessage) -> String {
        if let i = Int(exactly: v) { return try format(i, spec: spec) }
        return try formatInteger(small: nil, big: v, spec: spec)
    }

    /// Fast `Int` overload of `format(_: BigInt, spec:)`; `typeName` is the type errors name
    /// (`bool` for a bool formatted as its int).
    static func format(_ v: Int, spec: FormatSpec, typeName: String = "int") throws(PyErrorMessage) -> String {
        try formatInteger(small: v, big: nil, spec: spec, typeName: typeName)
    }

    /// Port of `_PyLong_FormatAdvancedWriter` + `format_long_internal` for either representation.
    private static func formatInteger(small: Int?, big: BigInt?, spec: FormatSpec, typeName: String = "int") throws(PyErrorMessage) -> String {
        try spec.validate(typeName: typeName)
        let t = spec.type?.value ?? 100
        try checkGrouping(spec, type: t)
        switch t {
        case 98, 99, 100, 111, 120, 88, 110: break
        case 101, 69, 102, 70, 103, 71, 37:
            let d: Double
            if let s = small { d = Double(s) } else if let b = big { d = try toDouble(b) } else { d = 0 }
            return try formatFloatInternal(d, spec: spec)
        default: throw unknownType(t, typeName)
        }
        if spec.precision != -1 {
            throw PyErrorMessage(.valueError, "Precision not allowed in integer format specifier")
        }
        if spec.noNegZero {
            throw PyErrorMessage(.valueError, "Negative zero coercion (z) not allowed in integer format specifier")
        }
        let negative = small.map { $0 < 0 } ?? (big?.sign == .minus)
        if t == 99 {  // 'c'
            if spec.sign != 0 {
                throw PyErrorMessage(.valueError, "Sign not allowed with integer format specifier 'c'")
            }
            if spec.alternate {
                throw PyErrorMessage(.valueError, "Alternate form (#) not allowed with integer format specifier 'c'")
            }
            guard let x = small else {
                throw PyErrorMessage(.overflowError, "Python int too large to convert to C long")
            }
            guard x >= 0 && x <= 0x10FFFF else {
                throw PyErrorMessage(.overflowError, "%c arg not in range(0x110000)")
            }
            let ch = utf8Bytes(Unicode.Scalar(UInt32(x)) ?? "\u{FFFD}")
            let result = ch.withUnsafeBufferPointer { c -> Result<String, PyErrorMessage> in
                Result { () throws(PyErrorMessage) -> String in
                    try assembleNumber(negative: false, prefix: 0, digits: UnsafeBufferPointer(start: nil, count: 0),
                                       hasDecimal: false, remainder: c, remainderChars: 1, spec: spec,
                                       align: numericAlign(spec), group: 0, sep: 0)
                }
            }
            return try result.get()
        }
        let radix: Int
        var prefix: UInt16
        switch t {
        case 98: radix = 2; prefix = 48 | 98 << 8        // 0b
        case 111: radix = 8; prefix = 48 | 111 << 8      // 0o
        case 120: radix = 16; prefix = 48 | 120 << 8     // 0x
        case 88: radix = 16; prefix = 48 | 88 << 8       // 0X
        default: radix = 10; prefix = 0
        }
        if !spec.alternate { prefix = 0 }
        let upper = t == 88
        let group = (t == 110 || spec.grouping == 0) ? 0 : (radix == 10 ? 3 : 4)
        if let s = small {
            // Digits into a stack buffer: no heap allocation besides the result.
            let result = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buf -> Result<String, PyErrorMessage> in
                var x = s.magnitude
                var i = 64
                let r = UInt(radix)
                repeat {
                    let (q, d) = x.quotientAndRemainder(dividingBy: r)
                    i -= 1
                    buf[i] = d < 10 ? UInt8(d) + 48 : UInt8(d) + (upper ? 55 : 87)
                    x = q
                } while x > 0
                let digits = UnsafeBufferPointer(rebasing: buf[i...])
                if spec.width < 0 && spec.grouping == 0 && spec.sign != 43 && spec.sign != 32 && prefix == 0 && s >= 0 {
                    return .success(String(decoding: digits, as: UTF8.self))
                }
                if spec.align == 0 && spec.grouping == 0 && spec.sign != 43 && spec.sign != 32 && prefix == 0
                    && spec.width >= 0 && spec.width <= 64 {
                    // `{n:5d}` and `{n:05d}`: right-aligned in spaces, or zeros between the sign
                    // and the digits (the `0` flag's `=` alignment), written in one pass.
                    return .success(padInteger(digits, negative: negative, width: spec.width, zeros: spec.zeroFlag))
                }
                return Result { () throws(PyErrorMessage) -> String in
                    try assembleNumber(negative: negative, prefix: prefix, digits: digits, hasDecimal: false,
                                       remainder: UnsafeBufferPointer(start: nil, count: 0), remainderChars: 0, spec: spec,
                                       align: numericAlign(spec), group: group, sep: spec.grouping)
                }
            }
            return try result.get()
        }
        guard let b = big else { return "0" }
        var digits: [UInt8]
        if radix == 10 {
            if b.magnitude.bitWidth > 14_300 { throw limitErrorToStr() }
            digits = decimalBytes(b.magnitude)
            if digits.count > maxStrDigits { throw limitErrorToStr() }
        } else {
            digits = Array(String(b.magnitude, radix: radix, uppercase: upper).utf8)
        }
        let result = digits.withUnsafeBufferPointer { d -> Result<String, PyErrorMessage> in
            Result { () throws(PyErrorMessage) -> String in
                try assembleNumber(negative: negative, prefix: prefix, digits: d, hasDecimal: false,
                                   remainder: UnsafeBufferPointer(start: nil, count: 0), remainderChars: 0, spec: spec,
                                   align: numericAlign(spec), group: group, sep: spec.grouping)
            }
        }
        return try result.get()
    }

    // MARK: - format(str)

    /// `format(s, spec)` for a str: type `s` or none, precision truncates, default left
    /// alignment; CPython's errors for sign, `z`, `#`, `=` and grouping.
    static func format(_ s: String, spec: FormatSpec) throws(PyErrorMessage) -> String {
        try spec.validate(typeName: "str")
        let t = spec.type?.value ?? 115
        try checkGrouping(spec, type: t)
        guard t == 115 else { throw unknownType(t, "str") }
        if spec.sign != 0 {
            throw PyErrorMessage(.valueError, spec.sign == 32 ? "Space not allowed in string format specifier"
                                                             : "Sign not allowed in string format specifier")
        }
        if spec.noNegZero {
            throw PyErrorMessage(.valueError, "Negative zero coercion (z) not allowed in string format specifier")
        }
        if spec.alternate {
            throw PyErrorMessage(.valueError, "Alternate form (#) not allowed in string format specifier")
        }
        if spec.align == 61 {
            throw PyErrorMessage(.valueError, "'=' alignment not allowed in string format specifier")
        }
        if spec.width < 0 && spec.precision < 0 { return s }
        let len = s.unicodeScalars.count
        if (spec.width < 0 || spec.width <= len) && (spec.precision < 0 || spec.precision >= len) { return s }
        var body = Substring(s)
        var n = len
        if spec.precision >= 0 && len >= spec.precision {
            n = spec.precision
            body = Substring(s.unicodeScalars.prefix(n))
        }
        return try pad(body, chars: n, width: spec.width, align: spec.align == 0 ? 60 : spec.align, fill: spec.fill)
    }

    /// Port of `calc_padding` + `fill_padding` for already-formatted text.
    static func pad(_ body: Substring, chars: Int, width: Int, align: UInt8, fill: Unicode.Scalar) throws(PyErrorMessage) -> String {
        guard width > chars else { return String(body) }
        if width > maxOutputLength { throw memoryError() }
        let total = width - chars
        let left = align == 62 ? total : (align == 94 ? total / 2 : 0)
        let (fillBits, fillLen) = encodeScalar(fill)
        let bodyUTF8 = body.utf8
        return String(unsafeUninitializedCapacity: total * fillLen + bodyUTF8.count) { buf in
            var i = 0
            @inline(__always) func pad(_ n: Int) {
                for _ in 0 ..< n {
                    var f = fillBits
                    for _ in 0 ..< fillLen { buf[i] = UInt8(truncatingIfNeeded: f); f >>= 8; i += 1 }
                }
            }
            pad(left)
            for c in bodyUTF8 { buf[i] = c; i += 1 }
            pad(total - left)
            return i
        }
    }

    // MARK: - %-formatting

    /// Parses a printf-style template into literal text and conversions; `%%` becomes a
    /// literal `%`. Stops at the first error and returns it with the pieces before it, so a
    /// caller can process those first (as CPython does) and then throw.
    /// Errors: `incomplete format`, `incomplete format key`, `width too big`, `precision too big`.
    static func parsePercentPieces(_ template: String) -> (pieces: [PercentPiece], error: PyErrorMessage?) {
        var pieces: [PercentPiece] = []
        let u = Array(template.utf8)
        let n = u.count
        var lit: [UInt8] = []
        var i = 0
        var cpPos = 0, cpCount = 0  // code points in u[0..<cpPos]
        func codePointIndex(_ p: Int) -> Int {
            while cpPos < p { if u[cpPos] & 0xC0 != 0x80 { cpCount += 1 }; cpPos += 1 }
            return cpCount
        }
        func flush() {
            if !lit.isEmpty { pieces.append(.literal(String(decoding: lit, as: UTF8.self))); lit.removeAll(keepingCapacity: true) }
        }
        let incomplete = PyErrorMessage(.valueError, "incomplete format")
        while i < n {
            var litEnd = i
            while litEnd < n && u[litEnd] != 37 { litEnd += 1 }
            lit.append(contentsOf: u[i ..< litEnd])
            i = litEnd
            if i >= n { break }
            i += 1  // past '%'
            if i < n && u[i] == 37 { lit.append(37); i += 1; continue }
            flush()
            var spec = PercentSpec()
            var ch: UInt8 = 37
            var exhausted = false
            @inline(__always) func read() { if i < n { ch = u[i]; i += 1 } else { exhausted = true } }
            if i < n && u[i] == 40 {  // '(' key
                i += 1
                let keyStart = i
                var depth = 1
                while depth > 0 && i < n {
                    ch = u[i]
                    if ch == 41 { depth -= 1 } else if ch == 40 { depth += 1 }
                    i += 1
                }
                if depth > 0 { return (pieces, PyErrorMessage(.valueError, "incomplete format key")) }
                spec.key = String(decoding: u[keyStart ..< (i - 1)], as: UTF8.self)
            }
            flags: while true {
                read()
                if exhausted { break }
                switch ch {
                case 45: spec.leftAdjust = true
                case 43: spec.plusSign = true
                case 32: spec.blank = true
                case 35: spec.alternate = true
                case 48: spec.zeroPad = true
                default: break flags
                }
            }
            if !exhausted && ch == 42 {
                spec.width = .star
                read()
            } else if !exhausted && ch >= 48 && ch <= 57 {
                var w = Int(ch - 48)
                while true {
                    read()
                    if exhausted || ch < 48 || ch > 57 { break }
                    let d = Int(ch - 48)
                    if w > (Int.max - d) / 10 { return (pieces, PyErrorMessage(.valueError, "width too big")) }
                    w = w * 10 + d
                }
                spec.width = .value(w)
            }
            if !exhausted && ch == 46 {
                spec.precision = .value(0)
                read()
                if !exhausted && ch == 42 {
                    spec.precision = .star
                    read()
                } else if !exhausted && ch >= 48 && ch <= 57 {
                    var p = Int(ch - 48)
                    while true {
                        read()
                        if exhausted || ch < 48 || ch > 57 { break }
                        let d = Int(ch - 48)
                        if p > (Int(Int32.max) - d) / 10 { return (pieces, PyErrorMessage(.valueError, "precision too big")) }
                        p = p * 10 + d
                    }
                    spec.precision = .value(p)
                }
            }
            if !exhausted && (ch == 104 || ch == 108 || ch == 76) { read() }
            if exhausted { return (pieces, incomplete) }
            let convStart = i - 1
            spec.index = codePointIndex(convStart)
            if ch < 0x80 {
                spec.conversion = Unicode.Scalar(ch)
            } else {
                var end = i
                while end < n && u[end] & 0xC0 == 0x80 { end += 1 }
                let text = String(decoding: u[convStart ..< end], as: UTF8.self)
                spec.conversion = text.unicodeScalars.first ?? "\u{FFFD}"
                i = end
            }
            pieces.append(.spec(spec))
        }
        flush()
        return (pieces, nil)
    }

    /// Throwing form of `parsePercentPieces`: the pieces, or the first parse error.
    static func parsePercent(_ template: String) throws(PyErrorMessage) -> [PercentPiece] {
        let (pieces, error) = parsePercentPieces(template)
        if let e = error { throw e }
        return pieces
    }

    /// Normalizes a `*`-supplied width (negative means left-adjust) and precision (negative means 0).
    private static func normalize(_ spec: PercentSpec, _ width: Int?, _ precision: Int?) -> (PercentSpec, Int, Int) {
        var s = spec
        var w = width ?? -1
        if let given = width, given < 0 {
            s.leftAdjust = true
            w = given == Int.min ? Int.max : -given
        }
        var p = precision ?? -1
        if let given = precision, given < 0 { p = 0 }
        return (s, w, p)
    }

    /// Port of `unicode_format_arg_output` for numeric conversions (ASCII `str`, sign handling).
    private static func percentNumericOutput(_ str: UnsafeBufferPointer<UInt8>, spec: PercentSpec, width: Int,
                                             precision: Int) throws(PyErrorMessage) -> String {
        var len = str.count
        var w = width
        if (w == -1 || w <= len) && (precision == -1 || precision >= len) && !(spec.plusSign || spec.blank) {
            return String(decoding: str, as: UTF8.self)
        }
        if w > maxOutputLength { throw memoryError() }
        let fill: UInt8 = spec.zeroPad ? 48 : 32
        var pindex = 0
        var signChar: UInt8 = 0
        var sign = true
        if str.first == 45 || str.first == 43 {
            signChar = str[0]; len -= 1; pindex = 1
        } else if spec.plusSign {
            signChar = 43
        } else if spec.blank {
            signChar = 32
        } else {
            sign = false
        }
        if w < len { w = len }
        let conv = spec.conversion
        let altPrefix = spec.alternate && (conv == "x" || conv == "X" || conv == "o")
        let capacity = max(w, len) + 3
        return String(unsafeUninitializedCapacity: capacity) { out in
            var i = 0
            @inline(__always) func put(_ c: UInt8) { out[i] = c; i += 1 }
            if sign {
                if fill != 32 { put(signChar) }
                if w > len { w -= 1 }
            }
            if altPrefix {
                if fill != 32 { put(48); put(UInt8(conv.value)); pindex += 2 }
                w -= 2
                if w < 0 { w = 0 }
                len -= 2
            }
            if w > len && !spec.leftAdjust {
                for _ in 0 ..< (w - len) { put(fill) }
                w = len
            }
            if fill == 32 {
                if sign { put(signChar) }
                if altPrefix { put(48); put(UInt8(conv.value)); pindex += 2 }
            }
            if len > 0 { for k in pindex ..< pindex + len { put(str[k]) } }
            if w > len { for _ in 0 ..< (w - len) { put(32) } }
            return i
        }
    }

    /// `%d %i %u %x %X %o` of an int (the caller converts floats with `int()` where CPython does).
    /// `width`/`precision` are the resolved amounts (nil = absent; a negative `*` width
    /// left-adjusts, a negative `*` precision counts as 0). Decimal output obeys the 4300-digit limit.
    static func percentInt(_ v: BigInt, spec: PercentSpec, width: Int?, precision: Int?) throws(PyErrorMessage) -> String {
        if let i = Int(exactly: v) { return try percentInt(i, spec: spec, width: width, precision: precision) }
        let conv = spec.conversion
        let digits: [UInt8]
        if conv == "x" || conv == "X" {
            digits = Array(String(v.magnitude, radix: 16).utf8)
        } else if conv == "o" {
            digits = Array(String(v.magnitude, radix: 8).utf8)
        } else {
            if v.magnitude.bitWidth > 14_300 { throw limitErrorToStr() }
            digits = decimalBytes(v.magnitude)
            if digits.count > maxStrDigits { throw limitErrorToStr() }
        }
        return try percentIntCore(negative: v.sign == .minus, digits: digits, spec: spec, width: width, precision: precision)
    }

    /// `Int` overload of `percentInt`.
    static func percentInt(_ v: Int, spec: PercentSpec, width: Int?, precision: Int?) throws(PyErrorMessage) -> String {
        let conv = spec.conversion
        let radix = conv == "x" || conv == "X" ? 16 : (conv == "o" ? 8 : 10)
        let digits = radix == 10 ? decimalBytes(UInt64(v.magnitude)) : Array(String(v.magnitude, radix: radix).utf8)
        return try percentIntCore(negative: v < 0, digits: digits, spec: spec, width: width, precision: precision)
    }

    /// Port of `_PyUnicode_FormatLong` (sign, `0x`/`0o` prefix, precision zeros, case) + output.
    private static func percentIntCore(negative: Bool, digits: [UInt8], spec: PercentSpec, width: Int?,
                                       precision: Int?) throws(PyErrorMessage) -> String {
        let (spec, w, prec) = normalize(spec, width, precision)
        if prec > Int(Int32.max) - 3 { throw PyErrorMessage(.overflowError, "precision too large") }
        if prec > maxOutputLength { throw memoryError() }
        let conv = spec.conversion
        var str: [UInt8] = []
        str.reserveCapacity(digits.count + 3 + max(0, prec - digits.count))
        if negative { str.append(45) }
        if spec.alternate && (conv == "x" || conv == "X") { str.append(48); str.append(120) }
        if spec.alternate && conv == "o" { str.append(48); str.append(111) }
        if prec > digits.count { str.append(contentsOf: repeatElement(48, count: prec - digits.count)) }
        str.append(contentsOf: digits)
        if conv == "X" { for k in str.indices where str[k] >= 97 && str[k] <= 120 { str[k] -= 32 } }
        let result = str.withUnsafeBufferPointer { b -> Result<String, PyErrorMessage> in
            Result { () throws(PyErrorMessage) -> String in
                try percentNumericOutput(b, spec: spec, width: w, precision: prec)
            }
        }
        return try result.get()
    }

    /// `%e %E %f %F %g %G` of a float (default precision 6, `#` alternate form).
    static func percentFloat(_ v: Double, spec: PercentSpec, width: Int?, precision: Int?) throws(PyErrorMessage) -> String {
        let (spec, w, given) = normalize(spec, width, precision)
        let p = min(given, Int(Int32.max))  // CPython's precision is a C int; keeps the arithmetic trap-free
        let code = UInt8(truncatingIfNeeded: spec.conversion.value)
        // `"%.2f" % x` with no width or flags: the same one-pass writer as `format(x, '.2f')`.
        if (code == 102 || code == 70) && w < 0 && !spec.alternate && !spec.plusSign && !spec.blank,
           let text = plainFixed(v, precision: p < 0 ? 6 : p) {
            return text
        }
        var body: [UInt8] = []
        let negative = try doubleToText(v, code: code, precision: p < 0 ? 6 : p, alt: spec.alternate,
                                        addDot0: false, noNegZero: false, into: &body)
        if negative { body.insert(45, at: 0) }
        let result = body.withUnsafeBufferPointer { b -> Result<String, PyErrorMessage> in
            Result { () throws(PyErrorMessage) -> String in try percentNumericOutput(b, spec: spec, width: w, precision: p) }
        }
        return try result.get()
    }

    /// `%s %r %a` (text already converted by the caller with str/repr/ascii; precision
    /// truncates) and `%c` (a one-character string). Padding uses spaces; `-` left-adjusts.
    static func percentString(_ s: String, spec: PercentSpec, width: Int?, precision: Int?) throws(PyErrorMessage) -> String {
        let (spec, w, p) = normalize(spec, width, precision)
        if w < 0 && p < 0 { return s }
        let len = s.unicodeScalars.count
        if (w == -1 || w <= len) && (p == -1 || p >= len) { return s }
        var body = Substring(s)
        var n = len
        if spec.conversion != "c" && p >= 0 && len > p {
            n = p
            body = Substring(s.unicodeScalars.prefix(n))
        }
        return try pad(body, chars: n, width: w, align: spec.leftAdjust ? 60 : 62, fill: " ")
    }
}
