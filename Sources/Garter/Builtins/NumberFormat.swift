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
        var r = FormatSpec()
        if spec.isEmpty { return r }
        let s = Array(spec.unicodeScalars)
        let end = s.count
        var pos = 0
        @inline(__always) func isAlign(_ u: Unicode.Scalar) -> Bool {
            u == "<" || u == ">" || u == "=" || u == "^"
        }
        var fillSpecified = false
        if end >= 2 && isAlign(s[1]) {
            r.align = UInt8(s[1].value)
            r.fill = s[0]
            fillSpecified = true
            pos = 2
        } else if end >= 1 && isAlign(s[0]) {
            r.align = UInt8(s[0].value)
            pos = 1
        }
        if pos < end && (s[pos] == " " || s[pos] == "+" || s[pos] == "-") {
            r.sign = UInt8(s[pos].value)
            pos += 1
        }
        if pos < end && s[pos] == "z" { r.noNegZero = true; pos += 1 }
        if pos < end && s[pos] == "#" { r.alternate = true; pos += 1 }
        if !fillSpecified && pos < end && s[pos] == "0" {
            r.fill = "0"
            r.zeroFlag = r.align == 0
            pos += 1
        }
        if let w = try readInteger(s, &pos) { r.width = w }
        if pos < end && s[pos] == "," { r.grouping = 44; pos += 1 }
        if pos < end && s[pos] == "_" {
            if r.grouping != 0 { throw PyErrorMessage(.valueError, "Cannot specify both ',' and '_'.") }
            r.grouping = 95
            pos += 1
        }
        if pos < end && s[pos] == "," && r.grouping == 95 {
            throw PyErrorMessage(.valueError, "Cannot specify both ',' and '_'.")
        }
        if pos < end && s[pos] == "." {
            pos += 1
            guard let p = try readInteger(s, &pos) else {
                throw PyErrorMessage(.valueError, "Format specifier missing precision")
            }
            r.precision = p
        }
        if end - pos > 1 {
            r.invalidSpec = spec
            return r
        }
        if end - pos == 1 { r.type = s[pos] }
        return r
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
    private static func readInteger(_ s: [Unicode.Scalar], _ pos: inout Int) throws(PyErrorMessage) -> Int? {
        var acc = 0
        var count = 0
        while pos < s.count, let d = NumberText.unicodeDecimal(s[pos]) {
            if acc > (Int.max - d) / 10 {
                throw PyErrorMessage(.valueError, "Too many decimal digits in format string")
            }
            acc = acc * 10 + d
            count += 1
            pos += 1
        }
        return count == 0 ? nil : acc
    }
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
    /// digits (0 = none), zero-extended to at least `minWidth` characters.
    static func groupDigits(_ digits: ArraySlice<UInt8>, group: Int, sep: UInt8, minWidth: Int) -> [UInt8] {
        if minWidth <= digits.count && (group == 0 || digits.count <= group) { return Array(digits) }
        var out: [UInt8] = []
        out.reserveCapacity(max(minWidth, digits.count) * 4 / 3 + 2)
        var remaining = digits.count
        var minW = max(0, minWidth)
        var pos = digits.endIndex
        var useSep = false
        var broken = false
        @inline(__always) func emit(_ nChars: Int, _ nZeros: Int) {
            if useSep { out.append(sep) }
            var k = pos
            for _ in 0 ..< nChars { k -= 1; out.append(digits[k]) }
            pos = k
            out.append(contentsOf: repeatElement(48, count: nZeros))
        }
        if group > 0 {
            while true {
                let len = min(group, max(remaining, minW, 1))
                let nZeros = max(0, len - remaining)
                let nChars = max(0, min(remaining, len))
                emit(nChars, nZeros)
                useSep = true
                remaining -= nChars
                minW -= len
                if remaining <= 0 && minW <= 0 { broken = true; break }
                minW -= 1
            }
        }
        if !broken {
            let len = max(remaining, minW, 1)
            emit(max(0, min(remaining, len)), max(0, len - remaining))
        }
        out.reverse()
        return out
    }

    /// Port of `calc_number_widths` + `fill_number`:
    /// `<lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>`.
    static func assembleNumber(negative: Bool, prefix: [UInt8], digits: ArraySlice<UInt8>, hasDecimal: Bool,
                               remainder: ArraySlice<UInt8>, remainderChars: Int, spec: FormatSpec,
                               align: UInt8, group: Int, sep: UInt8) throws(PyErrorMessage) -> String {
        var signChar: UInt8 = 0
        switch spec.sign {
        case 43: signChar = negative ? 45 : 43
        case 32: signChar = negative ? 45 : 32
        default: if negative { signChar = 45 }
        }
        let width = spec.width
        if width > maxOutputLength { throw memoryError() }
        let nonDigit = (signChar != 0 ? 1 : 0) + prefix.count + (hasDecimal ? 1 : 0) + remainderChars
        let minWidth = (spec.fill == "0" && align == 61) ? width - nonDigit : 0
        let grouped: [UInt8] = digits.isEmpty ? [] : groupDigits(digits, group: group, sep: sep, minWidth: minWidth)
        let padding = width - (nonDigit + grouped.count)
        var lpad = 0, spad = 0, rpad = 0
        if padding > 0 {
            switch align {
            case 60: rpad = padding
            case 94: lpad = padding / 2; rpad = padding - lpad
            case 61: spad = padding
            default: lpad = padding
            }
        }
        var out: [UInt8] = []
        let fill = utf8Bytes(spec.fill)
        out.reserveCapacity(nonDigit + grouped.count + remainder.count + (lpad + spad + rpad) * fill.count)
        @inline(__always) func pad(_ n: Int) {
            if n <= 0 { return }
            if fill.count == 1 { out.append(contentsOf: repeatElement(fill[0], count: n)) }
            else { for _ in 0 ..< n { out.append(contentsOf: fill) } }
        }
        pad(lpad)
        if signChar != 0 { out.append(signChar) }
        out.append(contentsOf: prefix)
        pad(spad)
        out.append(contentsOf: grouped)
        if hasDecimal { out.append(46) }
        out.append(contentsOf: remainder)
        pad(rpad)
        return String(decoding: out, as: UTF8.self)
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
        let rest = body[(hasDecimal ? nd + 1 : nd)...]
        let group = (t == 110 || spec.grouping == 0) ? 0 : 3
        return try assembleNumber(negative: negative, prefix: [], digits: body[0 ..< nd], hasDecimal: hasDecimal,
                                  remainder: rest, remainderChars: rest.count, spec: spec,
                                  align: numericAlign(spec), group: group, sep: spec.grouping)
    }

    // MARK: - format(int)

    /// `format(n, spec)` for an int (`bool` is formatted by the caller as int): types
    /// `b c d o x X n` and none; `e E f F g G %` convert to float first.
    static func format(_ v: BigInt, spec: FormatSpec) throws(PyErrorMessage) -> String {
        if let i = Int(exactly: v) { return try format(i, spec: spec) }
        return try formatInteger(small: nil, big: v, spec: spec)
    }

    /// Fast `Int` overload of `format(_: BigInt, spec:)`.
    static func format(_ v: Int, spec: FormatSpec) throws(PyErrorMessage) -> String {
        try formatInteger(small: v, big: nil, spec: spec)
    }

    private static func formatInteger(small: Int?, big: BigInt?, spec: FormatSpec) throws(PyErrorMessage) -> String {
        try spec.validate(typeName: "int")
        let t = spec.type?.value ?? 100
        try checkGrouping(spec, type: t)
        switch t {
        case 98, 99, 100, 111, 120, 88, 110: break
        case 101, 69, 102, 70, 103, 71, 37:
            let d: Double
            if let s = small { d = Double(s) } else if let b = big { d = try toDouble(b) } else { d = 0 }
            return try formatFloatInternal(d, spec: spec)
        default: throw unknownType(t, "int")
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
            return try assembleNumber(negative: false, prefix: [], digits: [], hasDecimal: false,
                                      remainder: ch[...], remainderChars: 1, spec: spec,
                                      align: numericAlign(spec), group: 0, sep: 0)
        }
        let radix: Int
        var prefix: [UInt8] = []
        switch t {
        case 98: radix = 2; prefix = [48, 98]
        case 111: radix = 8; prefix = [48, 111]
        case 120: radix = 16; prefix = [48, 120]
        case 88: radix = 16; prefix = [48, 88]
        default: radix = 10
        }
        if !spec.alternate { prefix = [] }
        var digits: [UInt8]
        if let s = small {
            digits = radix == 10 ? decimalBytes(UInt64(s.magnitude)) : Array(String(s.magnitude, radix: radix).utf8)
        } else if let b = big {
            if radix == 10 {
                var text = try decimalString(b)
                if negative { text.removeFirst() }
                digits = Array(text.utf8)
            } else {
                digits = Array(String(b.magnitude, radix: radix).utf8)
            }
        } else { digits = [48] }
        if t == 88 { for k in digits.indices where digits[k] >= 97 { digits[k] -= 32 } }
        if spec.width < 0 && spec.grouping == 0 && spec.sign != 43 && spec.sign != 32 {
            if prefix.isEmpty && !negative { return String(decoding: digits, as: UTF8.self) }
            return String(decoding: (negative ? [45] : []) + prefix + digits, as: UTF8.self)
        }
        let group = (t == 110 || spec.grouping == 0) ? 0 : (radix == 10 ? 3 : 4)
        return try assembleNumber(negative: negative, prefix: prefix, digits: digits[...], hasDecimal: false,
                                  remainder: [], remainderChars: 0, spec: spec,
                                  align: numericAlign(spec), group: group, sep: spec.grouping)
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
        let f = utf8Bytes(fill)
        var out: [UInt8] = []
        out.reserveCapacity(body.utf8.count + total * f.count)
        for _ in 0 ..< left { out.append(contentsOf: f) }
        out.append(contentsOf: body.utf8)
        for _ in 0 ..< (total - left) { out.append(contentsOf: f) }
        return String(decoding: out, as: UTF8.self)
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
    private static func percentNumericOutput(_ str: [UInt8], spec: PercentSpec, width: Int, precision: Int) throws(PyErrorMessage) -> String {
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
        var out: [UInt8] = []
        out.reserveCapacity(w + 2)
        if sign {
            if fill != 32 { out.append(signChar) }
            if w > len { w -= 1 }
        }
        let conv = spec.conversion
        let altPrefix = spec.alternate && (conv == "x" || conv == "X" || conv == "o")
        if altPrefix {
            if fill != 32 { out.append(48); out.append(UInt8(conv.value)); pindex += 2 }
            w -= 2
            if w < 0 { w = 0 }
            len -= 2
        }
        if w > len && !spec.leftAdjust {
            out.append(contentsOf: repeatElement(fill, count: w - len))
            w = len
        }
        if fill == 32 {
            if sign { out.append(signChar) }
            if altPrefix { out.append(48); out.append(UInt8(conv.value)); pindex += 2 }
        }
        if len > 0 { out.append(contentsOf: str[pindex ..< pindex + len]) }
        if w > len { out.append(contentsOf: repeatElement(32, count: w - len)) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `%d %i %u %x %X %o` of an int (the caller converts floats with `int()` where CPython does).
    /// `width`/`precision` are the resolved amounts (nil = absent; a negative `*` width left-adjusts).
    static func percentInt(_ v: BigInt, spec: PercentSpec, width: Int?, precision: Int?) throws(PyErrorMessage) -> String {
        let (spec, w, prec) = normalize(spec, width, precision)
        if prec > Int(Int32.max) - 3 { throw PyErrorMessage(.overflowError, "precision too large") }
        if prec > maxOutputLength { throw memoryError() }
        let conv = spec.conversion
        let negative = v.sign == .minus
        var digits: [UInt8]
        var prefix: [UInt8] = []
        if conv == "x" || conv == "X" {
            digits = Array(String(v.magnitude, radix: 16).utf8)
            if spec.alternate { prefix = [48, 120] }
        } else if conv == "o" {
            digits = Array(String(v.magnitude, radix: 8).utf8)
            if spec.alternate { prefix = [48, 111] }
        } else if let i = Int(exactly: v) {
            digits = decimalBytes(UInt64(i.magnitude))
        } else {
            var text = try decimalString(v)
            if negative { text.removeFirst() }
            digits = Array(text.utf8)
        }
        var str: [UInt8] = negative ? [45] : []
        str.append(contentsOf: prefix)
        if prec > digits.count { str.append(contentsOf: repeatElement(48, count: prec - digits.count)) }
        str.append(contentsOf: digits)
        if conv == "X" { for k in str.indices where str[k] >= 97 && str[k] <= 120 { str[k] -= 32 } }
        return try percentNumericOutput(str, spec: spec, width: w, precision: prec)
    }

    /// `Int` overload of `percentInt`.
    static func percentInt(_ v: Int, spec: PercentSpec, width: Int?, precision: Int?) throws(PyErrorMessage) -> String {
        try percentInt(BigInt(v), spec: spec, width: width, precision: precision)
    }

    /// `%e %E %f %F %g %G` of a float (default precision 6, `#` alternate form).
    static func percentFloat(_ v: Double, spec: PercentSpec, width: Int?, precision: Int?) throws(PyErrorMessage) -> String {
        let (spec, w, p) = normalize(spec, width, precision)
        var body: [UInt8] = []
        let code = UInt8(truncatingIfNeeded: spec.conversion.value)
        let negative = try doubleToText(v, code: code, precision: p < 0 ? 6 : p, alt: spec.alternate,
                                        addDot0: false, noNegZero: false, into: &body)
        if negative { body.insert(45, at: 0) }
        return try percentNumericOutput(body, spec: spec, width: w, precision: p)
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
