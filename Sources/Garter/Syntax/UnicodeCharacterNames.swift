/// Unicode character names, as `"\N{...}"` escapes and `unicodedata.lookup` resolve them.
///
/// The names come from the standard library's Unicode data (`Unicode.Scalar.Properties`),
/// so no table of our own is carried. A lookup is a scan of the assigned planes: names are
/// rare in programs, and the common ones (Latin, Greek, punctuation, symbols) sit near the
/// start. The algorithmic names (CJK ideographs, Hangul syllables) go straight to their
/// block.
enum UnicodeCharacterNames {
    /// The scalar named `name` (case-insensitive, as in CPython), or nil.
    static func scalar(named name: String) -> Unicode.Scalar? {
        let wanted = name.uppercased()
        guard !wanted.isEmpty, wanted.utf8.count <= 128 else { return nil }
        for prefix in ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"] where wanted.hasPrefix(prefix) {
            let hex = wanted.dropFirst(prefix.count)
            guard (4...5).contains(hex.count), let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v),
                  u.properties.name == wanted else { return nil }
            return u
        }
        if wanted.hasPrefix("HANGUL SYLLABLE ") {
            return first(in: 0xAC00...0xD7A3, named: wanted)
        }
        return first(in: 0...0x3FFFF, named: wanted) ?? first(in: 0xE0000...0xE01EF, named: wanted)
    }

    private static func first(in range: ClosedRange<UInt32>, named wanted: String) -> Unicode.Scalar? {
        for v in range {
            guard let u = Unicode.Scalar(v) else { continue }
            let p = u.properties
            if p.name == wanted || p.nameAlias == wanted { return u }
        }
        return nil
    }
}
