// Character predicates, case folding and character sets with sre's semantics.

enum ReUnicode {
    /// Characters whose lowercase forms are case-insensitively equal to others
    /// (CPython's `re._casefix`), mapped to one representative of their class.
    static let caseFixes: [UInt32: UInt32] = [
        0x131: 0x69, 0x17f: 0x73, 0x3b9: 0x345, 0x3bc: 0xb5, 0x3c3: 0x3c2, 0x3d0: 0x3b2,
        0x3d1: 0x3b8, 0x3d5: 0x3c6, 0x3d6: 0x3c0, 0x3f0: 0x3ba, 0x3f1: 0x3c1, 0x3f5: 0x3b5,
        0x1c80: 0x432, 0x1c81: 0x434, 0x1c82: 0x43e, 0x1c83: 0x441, 0x1c84: 0x442, 0x1c85: 0x442,
        0x1c86: 0x44a, 0x1c87: 0x463, 0x1e9b: 0x1e61, 0x1fbe: 0x345, 0x1fd3: 0x390, 0x1fe3: 0x3b0,
        0xa64b: 0x1c88, 0xfb06: 0xfb05,
    ]

    /// The members of each case-fix class, by representative.
    static let caseFixClasses: [UInt32: [UInt32]] = {
        var out: [UInt32: [UInt32]] = [:]
        for (k, v) in caseFixes {
            out[v, default: [v]].append(k)
        }
        return out
    }()

    @inline(__always) static func asciiLower(_ c: UInt32) -> UInt32 {
        c >= 0x41 && c <= 0x5A ? c | 0x20 : c
    }

    @inline(__always) static func asciiUpper(_ c: UInt32) -> UInt32 {
        c >= 0x61 && c <= 0x7A ? c & ~0x20 : c
    }

    /// CPython's `_PyUnicode_ToLowercase`: the lowercase mapping, or the first character of
    /// a multi-character one (U+0130 maps to "i").
    static func lower(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return asciiLower(c) }
        guard let s = Unicode.Scalar(c) else { return c }
        let p = s.properties
        guard StrOps.assignedInPython(p), p.changesWhenLowercased else { return c }
        return p.lowercaseMapping.unicodeScalars.first?.value ?? c
    }

    /// CPython's `_PyUnicode_ToUppercase` (first character of a multi-character mapping).
    static func upper(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return asciiUpper(c) }
        guard let s = Unicode.Scalar(c) else { return c }
        let p = s.properties
        guard StrOps.assignedInPython(p), p.changesWhenUppercased, !StrOps.lostUppercaseMapping(c) else { return c }
        return p.uppercaseMapping.unicodeScalars.first?.value ?? c
    }

    /// The case-insensitive identity of a character.
    @inline(__always) static func fold(_ c: UInt32, unicode: Bool) -> UInt32 {
        if !unicode { return asciiLower(c) }
        let l = lower(c)
        if l < 0x131 { return l }
        return caseFixes[l] ?? l
    }

    /// Whether a character has other case forms (`_sre.unicode_iscased` / `ascii_iscased`).
    static func isCased(_ c: UInt32, unicode: Bool) -> Bool {
        if !unicode { return c < 0x80 && ReText.isASCIILetter(c) }
        return lower(c) != c || upper(c) != c || caseFixes[c] != nil || caseFixClasses[c] != nil
    }

    @inline(__always) static func isWord(_ c: UInt32, unicode: Bool) -> Bool {
        if c < 0x80 {
            return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A || (c >= 0x30 && c <= 0x39) || c == 0x5F
        }
        guard unicode, let s = Unicode.Scalar(c) else { return false }
        return StrOps.isAlnum(s)
    }

    @inline(__always) static func isDigit(_ c: UInt32, unicode: Bool) -> Bool {
        if c < 0x80 { return c >= 0x30 && c <= 0x39 }
        guard unicode, let s = Unicode.Scalar(c) else { return false }
        return StrOps.isDecimal(s)
    }

    @inline(__always) static func isSpace(_ c: UInt32, unicode: Bool) -> Bool {
        if !unicode { return c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        return StrOps.isSpace(c)
    }

    static func category(_ cat: ReCategory, _ c: UInt32, unicode: Bool) -> Bool {
        switch cat {
        case .digit: return isDigit(c, unicode: unicode)
        case .notDigit: return !isDigit(c, unicode: unicode)
        case .space: return isSpace(c, unicode: unicode)
        case .notSpace: return !isSpace(c, unicode: unicode)
        case .word: return isWord(c, unicode: unicode)
        case .notWord: return !isWord(c, unicode: unicode)
        }
    }
}

/// A compiled character set (`[...]`, `\d`, or a case-insensitive literal).
final class ReCharClass: @unchecked Sendable {
    let items: [ReSetItem]
    let negated: Bool
    let ignoreCase: Bool
    let unicode: Bool
    /// Case-insensitive mode: folded forms of the literals and of the members of small ranges.
    private var folded: Set<UInt32> = []
    /// Case-insensitive mode: ranges too large to expand.
    private var bigRanges: [(UInt32, UInt32)] = []
    /// Membership of the 256 Latin-1 characters, precomputed (4 words).
    private(set) var latin1: [UInt64] = [0, 0, 0, 0]

    init(items: [ReSetItem], negated: Bool, ignoreCase: Bool, unicode: Bool) {
        self.items = items
        self.negated = negated
        self.ignoreCase = ignoreCase
        self.unicode = unicode
        if ignoreCase {
            for item in items {
                switch item {
                case .literal(let c):
                    folded.insert(ReUnicode.fold(c, unicode: unicode))
                case .range(let lo, let hi):
                    if hi - lo < 512 {
                        for c in lo...hi { folded.insert(ReUnicode.fold(c, unicode: unicode)) }
                    } else {
                        bigRanges.append((lo, hi))
                    }
                case .category:
                    break
                }
            }
        }
        var bits: [UInt64] = [0, 0, 0, 0]
        for c in UInt32(0)..<256 where slowContains(c) {
            bits[Int(c >> 6)] |= UInt64(1) << UInt64(c & 63)
        }
        latin1 = bits
    }

    func contains(_ c: UInt32) -> Bool {
        if c < 256 { return latin1[Int(c >> 6)] & (UInt64(1) << UInt64(c & 63)) != 0 }
        return slowContains(c)
    }

    func slowContains(_ c: UInt32) -> Bool {
        matchesItems(c) != negated
    }

    private func matchesItems(_ c: UInt32) -> Bool {
        if !ignoreCase {
            for item in items {
                switch item {
                case .literal(let v): if v == c { return true }
                case .range(let lo, let hi): if c >= lo && c <= hi { return true }
                case .category(let cat): if ReUnicode.category(cat, c, unicode: unicode) { return true }
                }
            }
            return false
        }
        if folded.contains(ReUnicode.fold(c, unicode: unicode)) { return true }
        let l = unicode ? ReUnicode.lower(c) : ReUnicode.asciiLower(c)
        for (lo, hi) in bigRanges {
            if c >= lo && c <= hi { return true }
            if l >= lo && l <= hi { return true }
            let u = unicode ? ReUnicode.upper(l) : ReUnicode.asciiUpper(l)
            if u >= lo && u <= hi { return true }
        }
        for item in items {
            if case .category(let cat) = item, ReUnicode.category(cat, l, unicode: unicode) { return true }
        }
        return false
    }
}
