// Unicode character classification and case mapping with CPython 3.11 semantics.
//
// CPython 3.11 uses the Unicode 14.0 character database, while the Swift standard library
// ships a newer one. Every scalar whose `age` is newer than 14.0 is treated as unassigned
// (category Cn: no properties, identity case mappings), which makes the Swift database agree
// with CPython's over the whole code space (verified exhaustively against python3 3.11.7).

extension StrOps {
    // MARK: - Unicode 14.0 view of the Swift character database

    /// Whether CPython 3.11 (Unicode 14.0) knows `p`'s scalar as an assigned character.
    @inline(__always)
    static func assignedInPython(_ p: Unicode.Scalar.Properties) -> Bool {
        guard let age = p.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }

    /// The general category CPython 3.11 reports for `c` (`unicodedata.category`).
    static func generalCategory(_ c: Unicode.Scalar) -> Unicode.GeneralCategory {
        let p = c.properties
        guard assignedInPython(p) else { return .unassigned }
        switch c.value {
        case 0x295: return .lowercaseLetter      // Lo since Unicode 16
        case 0x1171E: return .nonspacingMark     // Mc since Unicode 16
        default: return p.generalCategory
        }
    }

    // Properties of Unicode 14.0 characters that later Unicode versions changed.

    /// Gained Lowercase/Cased after Unicode 14.0 (modifier letters).
    @inline(__always) static func lostLowercase(_ v: UInt32) -> Bool {
        v == 0x10FC || (v >= 0xA7F2 && v <= 0xA7F4) || v == 0xAB69
    }

    /// Gained an uppercase/titlecase mapping after Unicode 14.0.
    @inline(__always) static func lostUppercaseMapping(_ v: UInt32) -> Bool {
        v == 0x19B || v == 0x264 || v == 0xA7D3 || v == 0xA7D5
    }

    /// Gained a Unihan numeric value after Unicode 14.0.
    static func lostNumeric(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E24, 0x4EAC, 0x4FE9, 0x5006, 0x62D0, 0x6D1E, 0x7695, 0x79ED, 0x920E, 0x94A9,
             0x12038, 0x12039, 0x12079, 0x12226, 0x1222B, 0x1230B, 0x1230D, 0x12399:
            return true
        default:
            return false
        }
    }

    // MARK: - Per-scalar predicates (CPython's Py_UNICODE_IS* macros)

    /// CPython `Py_UNICODE_ISPRINTABLE`: false for categories Cc Cf Cs Co Cn Zl Zp Zs, except U+0020.
    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 0x20 && v != 0x7F }
        if v < 0x10000 { return bmpPrintable[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return isPrintableSlow(c)
    }

    /// `isPrintable` for the BMP as a bitmap (built on first use).
    static let bmpPrintable: [UInt64] = {
        var t = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in 0..<0x10000 {
            if let u = Unicode.Scalar(UInt32(v)), isPrintableSlow(u) { t[v >> 6] |= 1 << UInt64(v & 63) }
        }
        return t
    }()

    static func isPrintableSlow(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x20 && c.value != 0x7F }
        switch generalCategory(c) {
        case .control, .format, .surrogate, .privateUse, .unassigned,
             .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    /// CPython `Py_UNICODE_ISSPACE` (bidirectional class WS/B/S or category Zs).
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        if v < 0x80 { return (v >= 0x09 && v <= 0x0D) || (v >= 0x1C && v <= 0x20) }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// CPython `Py_UNICODE_ISLINEBREAK` (the boundaries used by `str.splitlines`).
    @inline(__always)
    static func isLineBreak(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// CPython `Py_UNICODE_ISALPHA`: general category Lu, Ll, Lt, Lm or Lo.
    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
        switch generalCategory(c) {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// CPython `Py_UNICODE_ISDECIMAL`: the character has a decimal digit value (category Nd).
    static func isDecimal(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        let p = c.properties
        return assignedInPython(p) && p.numericType == .decimal
    }

    /// CPython `Py_UNICODE_ISDIGIT`: numeric type Decimal or Digit.
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        let p = c.properties
        guard assignedInPython(p), let t = p.numericType else { return false }
        return t == .decimal || t == .digit
    }

    /// CPython `Py_UNICODE_ISNUMERIC`: any numeric type (including Unihan numeric values).
    static func isNumeric(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        let p = c.properties
        return assignedInPython(p) && p.numericType != nil && !lostNumeric(c.value)
    }

    /// CPython `Py_UNICODE_ISALNUM`: alpha, decimal, digit or numeric.
    static func isAlnum(_ c: Unicode.Scalar) -> Bool {
        isAlpha(c) || isNumeric(c)
    }

    /// CPython `Py_UNICODE_TODECIMAL`: the decimal digit value of `c`, or nil.
    static func decimalValue(_ c: Unicode.Scalar) -> Int? {
        let v = c.value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 ? Int(v - 0x30) : nil }
        let p = c.properties
        guard assignedInPython(p), p.numericType == .decimal, let d = p.numericValue else { return nil }
        return Int(d)
    }

    /// CPython `Py_UNICODE_ISUPPER` (derived property Uppercase).
    static func isUpperChar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
        let p = c.properties
        return assignedInPython(p) && p.isUppercase
    }

    /// CPython `Py_UNICODE_ISLOWER` (derived property Lowercase).
    static func isLowerChar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x61 && c.value <= 0x7A }
        let p = c.properties
        guard assignedInPython(p) else { return false }
        if c.value == 0x295 { return true }
        return p.isLowercase && !lostLowercase(c.value)
    }

    /// CPython `Py_UNICODE_ISTITLE` (general category Lt).
    static func isTitleChar(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x80 && generalCategory(c) == .titlecaseLetter
    }

    /// CPython `_PyUnicode_IsCased` (derived property Cased).
    static func isCased(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        let p = c.properties
        guard assignedInPython(p) else { return false }
        if c.value == 0x295 { return true }
        return p.isCased && !lostLowercase(c.value)
    }

    /// CPython `_PyUnicode_IsCaseIgnorable` (derived property Case_Ignorable).
    static func isCaseIgnorable(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x27 || v == 0x2E || v == 0x3A || v == 0x5E || v == 0x60 }
        let p = c.properties
        return assignedInPython(p) && (p.isCaseIgnorable || v == 0x1171E)
    }

    /// CPython `_PyUnicode_IsXidStart` (derived property XID_Start).
    static func isXIDStart(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return isAlpha(c) }
        let p = c.properties
        return assignedInPython(p) && p.isXIDStart
    }

    /// CPython `_PyUnicode_IsXidContinue` (derived property XID_Continue).
    static func isXIDContinue(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return isAlpha(c) || (v >= 0x30 && v <= 0x39) || v == 0x5F }
        let p = c.properties
        guard assignedInPython(p) else { return false }
        return p.isXIDContinue && v != 0x200C && v != 0x200D && v != 0x30FB && v != 0xFF65
    }

    // MARK: - Full case mappings (CPython's _PyUnicode_To*Full)

    /// Appends the UTF-8 encoding of scalar value `v` to `out`.
    @inline(__always)
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | (v >> 6))); out.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | (v >> 12))); out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (v >> 18))); out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F))); out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    enum CaseMapping: Int { case lower, upper, title, fold }

    /// Single-scalar case mappings of U+0080..U+07FF (Latin, Greek, Cyrillic, ...), indexed by
    /// `mapping.rawValue * 0x780 + (v - 0x80)`; `UInt32.max` marks multi-scalar mappings.
    static let twoByteCaseTable: [UInt32] = {
        var t = [UInt32](repeating: UInt32.max, count: 4 * 0x780)
        for m in [CaseMapping.lower, .upper, .title, .fold] {
            for v in UInt32(0x80)..<0x800 {
                var out: [UInt8] = []
                appendCaseMappingSlow(Unicode.Scalar(v)!, m, to: &out)
                let mapped = String(decoding: out, as: UTF8.self).unicodeScalars
                if mapped.count == 1 { t[m.rawValue * 0x780 + Int(v - 0x80)] = mapped.first!.value }
            }
        }
        return t
    }()

    /// Appends the full `mapping` of `c` (lower/upper/title/casefold, as CPython) to `out`.
    @inline(__always)
    static func appendCaseMapping(_ c: Unicode.Scalar, _ mapping: CaseMapping, to out: inout [UInt8]) {
        let v = c.value
        if v >= 0x80 && v < 0x800 {
            let m = twoByteCaseTable[mapping.rawValue * 0x780 + Int(v - 0x80)]
            if m != UInt32.max { appendUTF8(m, to: &out); return }
        }
        appendCaseMappingSlow(c, mapping, to: &out)
    }

    static func appendCaseMappingSlow(_ c: Unicode.Scalar, _ mapping: CaseMapping, to out: inout [UInt8]) {
        let v = c.value
        if v < 0x80 {
            var b = UInt8(v)
            if mapping == .lower || mapping == .fold {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            } else if b >= 0x61 && b <= 0x7A {
                b &= ~0x20
            }
            out.append(b)
            return
        }
        let p = c.properties
        let changes: Bool
        switch mapping {
        case .lower: changes = p.changesWhenLowercased
        case .upper: changes = p.changesWhenUppercased && !lostUppercaseMapping(v)
        case .title: changes = p.changesWhenTitlecased && !lostUppercaseMapping(v)
        case .fold: changes = p.changesWhenCaseFolded || foldsThroughUpper(v)  // CWCF looks at NFD (U+01F0)
        }
        guard changes, assignedInPython(p) else {
            appendUTF8(v, to: &out); return
        }
        let mapped: String
        switch mapping {
        case .lower: mapped = p.lowercaseMapping
        case .upper: mapped = p.uppercaseMapping
        case .title: mapped = p.titlecaseMapping
        case .fold:
            if v == 0x1E9E { out.append(0x73); out.append(0x73); return }
            if (0x13A0...0x13F5).contains(v) || (0x13F8...0x13FD).contains(v) || (0xAB70...0xABBF).contains(v) {
                mapped = p.uppercaseMapping   // Cherokee folds to its uppercase letters
            } else if foldsThroughUpper(v) {
                var tmp: [UInt8] = []
                for u in p.uppercaseMapping.unicodeScalars { appendCaseMappingSlow(u, .lower, to: &tmp) }
                out.append(contentsOf: tmp)
                return
            } else {
                mapped = p.lowercaseMapping
            }
        }
        out.append(contentsOf: mapped.utf8)
    }

    /// Scalars whose CaseFolding.txt full folding differs from their lowercase mapping and equals
    /// lower(upper(c)) (the Greek iota-subscript forms, ligatures, ß, ſ, µ, ...). From CPython 3.11.
    static func foldsThroughUpper(_ v: UInt32) -> Bool {
        if v < 0xB5 || v > 0xFB17 { return false }
        switch v {
        case 0xB5, 0xDF, 0x149, 0x17F, 0x1F0, 0x345, 0x390, 0x3B0, 0x3C2, 0x3D0...0x3D1, 0x3D5...0x3D6,
             0x3F0...0x3F1, 0x3F5, 0x587, 0x1C80...0x1C88, 0x1E96...0x1E9B, 0x1F50, 0x1F52, 0x1F54,
             0x1F56, 0x1F80...0x1FAF, 0x1FB2...0x1FB4, 0x1FB6...0x1FB7, 0x1FBC, 0x1FBE, 0x1FC2...0x1FC4,
             0x1FC6...0x1FC7, 0x1FCC, 0x1FD2...0x1FD3, 0x1FD6...0x1FD7, 0x1FE2...0x1FE4, 0x1FE6...0x1FE7,
             0x1FF2...0x1FF4, 0x1FF6...0x1FF7, 0x1FFC, 0xFB00...0xFB06, 0xFB13...0xFB17:
            return true
        default:
            return false
        }
    }

    /// CPython's `handle_capital_sigma` for the U+03A3 occupying bytes `i..<j` of `b`: whether it is
    /// preceded by a cased letter (skipping case-ignorables) and not followed by one.
    static func isFinalSigma(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> Bool {
        var k = i
        var c: Unicode.Scalar? = nil
        while k > 0 {
            let (v, l) = decodeBefore(b, k)
            k -= l
            let u = Unicode.Scalar(v)!
            if !isCaseIgnorable(u) { c = u; break }
        }
        guard let before = c, isCased(before) else { return false }
        k = j
        while k < b.count {
            let (v, l) = decode(b, k)
            k += l
            let u = Unicode.Scalar(v)!
            if !isCaseIgnorable(u) { return !isCased(u) }
        }
        return true
    }

    /// CPython's `lower_ucs4` for the scalar `v` at bytes `i..<i+l`: lowercase with Final_Sigma.
    @inline(__always)
    static func appendLower(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ v: UInt32, _ l: Int, to out: inout [UInt8]) {
        if v == 0x3A3 {
            appendUTF8(isFinalSigma(b, i, i + l) ? 0x3C2 : 0x3C3, to: &out)
        } else {
            appendCaseMapping(Unicode.Scalar(v)!, .lower, to: &out)
        }
    }

    // MARK: - String case conversion

    /// Runs `body(bytes, i, scalar, length, &out)` over every code point of `b` and builds the result.
    /// ASCII bytes are passed with length 1; the body appends the mapped UTF-8.
    @inline(__always)
    static func mapScalars(_ b: UnsafeBufferPointer<UInt8>,
                           _ body: (UnsafeBufferPointer<UInt8>, Int, UInt32, Int, inout [UInt8]) -> Void) -> String {
        var out = [UInt8](); out.reserveCapacity(b.count + 8)
        var i = 0
        while i < b.count {
            let x = b[i]
            if x < 0x80 {
                body(b, i, UInt32(x), 1, &out); i += 1
            } else {
                let (v, l) = decode(b, i)
                body(b, i, v, l, &out); i += l
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) static func asciiLower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
    @inline(__always) static func asciiUpper(_ b: UInt8) -> UInt8 { b >= 0x61 && b <= 0x7A ? b & ~0x20 : b }
    @inline(__always) static func asciiIsLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// Bit 7 set in each byte of `w` that lies in `lo...hi`, every other bit clear. Every byte
    /// of `w` must be ASCII (below 0x80), so the additions carry into no neighbouring byte.
    @inline(__always)
    static func asciiRangeBits(_ w: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastLo = w &+ ones &* UInt64(0x80 &- lo)
        let aboveHi = w &+ ones &* UInt64(0x7F &- hi)
        return atLeastLo & ~aboveHi & (ones &* 0x80)
    }

    /// Whether the all-ASCII buffer `b` holds a byte in `lo...hi`, eight bytes per step.
    static func asciiContains(_ b: UnsafeBufferPointer<UInt8>, in lo: UInt8, _ hi: UInt8) -> Bool {
        guard let base = b.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let n = b.count
        var i = 0
        while i &+ 8 <= n {
            if asciiRangeBits(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self), lo, hi) != 0 { return true }
            i &+= 8
        }
        while i < n {
            if base[i] >= lo && base[i] <= hi { return true }
            i &+= 1
        }
        return false
    }

    /// The all-ASCII buffer `b` with the case of its letters in `lo...hi` flipped (`A...Z`
    /// for `lower()`, `a...z` for `upper()`), eight bytes per step.
    static func asciiFlipCase(_ b: UnsafeBufferPointer<UInt8>, _ lo: UInt8, _ hi: UInt8) -> String {
        String(unsafeUninitializedCapacity: b.count) { out in
            guard let src = b.baseAddress, let dst = out.baseAddress else { return 0 }
            let from = UnsafeRawPointer(src), to = UnsafeMutableRawPointer(dst)
            let n = b.count
            var i = 0
            while i &+ 8 <= n {
                let w = from.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                // Bit 7 of each letter moved down to bit 5, the ASCII case bit.
                to.storeBytes(of: w ^ (asciiRangeBits(w, lo, hi) >> 2), toByteOffset: i, as: UInt64.self)
                i &+= 8
            }
            while i < n {
                let x = src[i]
                dst[i] = x >= lo && x <= hi ? x ^ 0x20 : x
                i &+= 1
            }
            return n
        }
    }

    /// Maps an all-ASCII buffer byte by byte straight into a new string.
    @inline(__always)
    static func asciiTransform(_ b: UnsafeBufferPointer<UInt8>, _ f: (Int, UInt8) -> UInt8) -> String {
        String(unsafeUninitializedCapacity: b.count) { out in
            for i in 0..<b.count { out[i] = f(i, b[i]) }
            return b.count
        }
    }

    /// `str.lower()` (full mappings, Final_Sigma handling for U+03A3).
    static func lower(_ s: String) -> String {
        withBytes(s) { b in
            if isASCII(b) {
                return asciiContains(b, in: 0x41, 0x5A) ? asciiFlipCase(b, 0x41, 0x5A) : s
            }
            return mapScalars(b) { b, i, v, l, out in
                if v < 0x80 { out.append(asciiLower(UInt8(v))) } else { appendLower(b, i, v, l, to: &out) }
            }
        }
    }

    /// `str.upper()` (full mappings: `'ß'.upper() == 'SS'`).
    static func upper(_ s: String) -> String {
        withBytes(s) { b in
            if isASCII(b) {
                return asciiContains(b, in: 0x61, 0x7A) ? asciiFlipCase(b, 0x61, 0x7A) : s
            }
            return mapScalars(b) { _, _, v, _, out in
                if v < 0x80 { out.append(asciiUpper(UInt8(v))) } else { appendCaseMapping(Unicode.Scalar(v)!, .upper, to: &out) }
            }
        }
    }

    /// `str.casefold()` (CaseFolding.txt full folding).
    static func casefold(_ s: String) -> String {
        withBytes(s) { b in
            if isASCII(b) {
                return asciiContains(b, in: 0x41, 0x5A) ? asciiFlipCase(b, 0x41, 0x5A) : s
            }
            return mapScalars(b) { _, _, v, _, out in
                if v < 0x80 { out.append(asciiLower(UInt8(v))) } else { appendCaseMapping(Unicode.Scalar(v)!, .fold, to: &out) }
            }
        }
    }

    /// `str.swapcase()`: Uppercase chars are lowered (with Final_Sigma), Lowercase chars uppered.
    static func swapcase(_ s: String) -> String {
        withBytes(s) { b in
            if isASCII(b) { return asciiTransform(b) { _, x in asciiIsLetter(x) ? x ^ 0x20 : x } }
            return mapScalars(b) { b, i, v, l, out in
                if v < 0x80 {
                    let x = UInt8(v)
                    out.append(asciiIsLetter(x) ? x ^ 0x20 : x)
                    return
                }
                let c = Unicode.Scalar(v)!
                if isUpperChar(c) { appendLower(b, i, v, l, to: &out) }
                else if isLowerChar(c) { appendCaseMapping(c, .upper, to: &out) }
                else { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<i + l])) }
            }
        }
    }

    /// `str.title()`: a character following a cased character is lowered, any other is titlecased.
    static func title(_ s: String) -> String {
        withBytes(s) { b in
            if isASCII(b) {
                return asciiTransform(b) { i, x in
                    i > 0 && asciiIsLetter(b[i - 1]) ? asciiLower(x) : asciiUpper(x)
                }
            }
            var prevCased = false
            return mapScalars(b) { b, i, v, l, out in
                if v < 0x80 {
                    let x = UInt8(v)
                    out.append(prevCased ? asciiLower(x) : asciiUpper(x))
                    prevCased = asciiIsLetter(x)
                    return
                }
                if prevCased { appendLower(b, i, v, l, to: &out) } else { appendCaseMapping(Unicode.Scalar(v)!, .title, to: &out) }
                prevCased = isCased(Unicode.Scalar(v)!)
            }
        }
    }

    /// `str.capitalize()`: first character titlecased, the rest lowered (CPython >= 3.8).
    static func capitalize(_ s: String) -> String {
        withBytes(s) { b in
            if isASCII(b) { return asciiTransform(b) { i, x in i == 0 ? asciiUpper(x) : asciiLower(x) } }
            return mapScalars(b) { b, i, v, l, out in
            if i == 0 {
                appendCaseMapping(Unicode.Scalar(v)!, .title, to: &out)
            } else if v < 0x80 {
                out.append(asciiLower(UInt8(v)))
            } else {
                appendLower(b, i, v, l, to: &out)
            }
        }
        }
    }

    // MARK: - String predicates (str.is*)

    /// Shared driver: false for "", ASCII bytes go to `ascii`, other scalars to `scalar`.
    @inline(__always)
    static func allScalars(_ s: String, ascii: (UInt8) -> Bool, scalar: (Unicode.Scalar) -> Bool) -> Bool {
        withBytes(s) { b in
            if b.isEmpty { return false }
            if isASCII(b) { return b.allSatisfy(ascii) }
            for c in s.unicodeScalars where !scalar(c) { return false }
            return true
        }
    }

    /// `str.isdecimal()`.
    static func isdecimal(_ s: String) -> Bool { allScalars(s, ascii: { $0 >= 0x30 && $0 <= 0x39 }, scalar: isDecimal) }
    /// `str.isdigit()`.
    static func isdigit(_ s: String) -> Bool { allScalars(s, ascii: { $0 >= 0x30 && $0 <= 0x39 }, scalar: isDigit) }
    /// `str.isnumeric()`.
    static func isnumeric(_ s: String) -> Bool { allScalars(s, ascii: { $0 >= 0x30 && $0 <= 0x39 }, scalar: isNumeric) }
    /// `str.isalpha()`.
    static func isalpha(_ s: String) -> Bool { allScalars(s, ascii: asciiIsLetter, scalar: isAlpha) }
    /// `str.isalnum()`.
    static func isalnum(_ s: String) -> Bool {
        allScalars(s, ascii: { asciiIsLetter($0) || ($0 >= 0x30 && $0 <= 0x39) }, scalar: isAlnum)
    }
    /// `str.isspace()`.
    static func isspace(_ s: String) -> Bool {
        allScalars(s, ascii: { isSpace(UInt32($0)) }, scalar: { isSpace($0.value) })
    }
    /// `str.isprintable()` (true for "").
    static func isprintable(_ s: String) -> Bool {
        s.isEmpty || allScalars(s, ascii: { $0 >= 0x20 && $0 < 0x7F }, scalar: isPrintable)
    }
    /// `str.isascii()` (true for "").
    static func isascii(_ s: String) -> Bool { withBytes(s) { isASCII($0) } }

    /// `str.isupper()`: at least one cased character and no Lowercase/Titlecase ones.
    static func isupper(_ s: String) -> Bool {
        var cased = false
        for c in s.unicodeScalars {
            if isLowerChar(c) || isTitleChar(c) { return false }
            if !cased && isUpperChar(c) { cased = true }
        }
        return cased
    }

    /// `str.islower()`: at least one cased character and no Uppercase/Titlecase ones.
    static func islower(_ s: String) -> Bool {
        var cased = false
        for c in s.unicodeScalars {
            if isUpperChar(c) || isTitleChar(c) { return false }
            if !cased && isLowerChar(c) { cased = true }
        }
        return cased
    }

    /// `str.istitle()`: uppercase/titlecase only after uncased, lowercase only after cased chars.
    static func istitle(_ s: String) -> Bool {
        var cased = false, previousIsCased = false
        for c in s.unicodeScalars {
            if isUpperChar(c) || isTitleChar(c) {
                if previousIsCased { return false }
                previousIsCased = true; cased = true
            } else if isLowerChar(c) {
                if !previousIsCased { return false }
                previousIsCased = true; cased = true
            } else {
                previousIsCased = false
            }
        }
        return cased
    }

    /// `str.isidentifier()`: XID_Start or '_' followed by XID_Continue characters.
    static func isidentifier(_ s: String) -> Bool {
        var first = true
        for c in s.unicodeScalars {
            if first {
                if !(isXIDStart(c) || c.value == 0x5F) { return false }
                first = false
            } else if !isXIDContinue(c) {
                return false
            }
        }
        return !first
    }
}

extension String {
    /// The text without leading and trailing ASCII whitespace (C's `isspace` in the "C"
    /// locale: space, tab, newline, vertical tab, form feed, carriage return).
    func trimmingASCIISpace() -> Substring {
        // On UTF-8 bytes: the bytes around the kept text are ASCII, so both ends fall on
        // scalar boundaries (a "\r\n" pair is one Character, which a Character test would miss).
        guard let first = utf8.firstIndex(where: { !NumberText.isCSpace($0) }),
              let last = utf8.lastIndex(where: { !NumberText.isCSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first..<utf8.index(after: last)]
    }
}
