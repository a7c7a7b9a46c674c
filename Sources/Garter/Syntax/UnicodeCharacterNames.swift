/// Unicode character names, as `"\N{...}"` escapes and `unicodedata.lookup` resolve them.
///
/// The names come from the standard library's Unicode data (`Unicode.Scalar.Properties`), so
/// no table of names is carried. Names that end in the code point in hex (CJK, Tangut, Nushu
/// and Khitan ideographs) are checked directly; the others are found through an index of
/// name hashes, built on first use (about 50 k entries, 16 bytes each) so that a program full
/// of named escapes compiles in linear time rather than scanning the code space per name.
enum UnicodeCharacterNames {
    /// The scalar named `name`, or nil, as CPython 3.11 (Unicode 14.0) finds it: names are
    /// case-insensitive, except the two kinds CPython computes (`CJK UNIFIED IDEOGRAPH-4E00`
    /// with upper-case hex, `HANGUL SYLLABLE GAG`); Tangut ideographs, which CPython does not
    /// name, and characters assigned after Unicode 14.0 are not found.
    static func scalar(named name: String) -> Unicode.Scalar? {
        guard !name.isEmpty, name.utf8.count <= 128 else { return nil }
        let unified = "CJK UNIFIED IDEOGRAPH-"
        if name.hasPrefix(unified) {
            let hex = name.utf8.dropFirst(unified.utf8.count)
            guard (4...5).contains(hex.count), hex.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x46).contains($0) }),
                  let v = UInt32(String(decoding: hex, as: UTF8.self), radix: 16), let u = Unicode.Scalar(v),
                  u.properties.name == unified + String(v, radix: 16, uppercase: true), isKnownToCPython(u) else { return nil }
            return u
        }
        let syllable = "HANGUL SYLLABLE "
        if name.hasPrefix(syllable) {
            return hangulSyllable(Array(name.utf8.dropFirst(syllable.utf8.count)))
        }
        let wanted = name.uppercased()
        if wanted.hasPrefix(unified) || wanted.hasPrefix(syllable) || wanted.hasPrefix("TANGUT IDEOGRAPH-") {
            return nil
        }
        if let dash = wanted.lastIndex(of: "-") {
            let hex = wanted[wanted.index(after: dash)...]
            if (4...6).contains(hex.count), let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v),
               u.properties.name == wanted {
                return isKnownToCPython(u) ? u : nil
            }
        }
        let h = hash(wanted)
        let entries = index
        var low = 0
        var high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].hash < h { low = mid + 1 } else { high = mid }
        }
        while low < entries.count && entries[low].hash == h {
            if let u = Unicode.Scalar(entries[low].scalar), u.properties.name == wanted || u.properties.nameAlias == wanted {
                return isKnownToCPython(u) ? u : nil
            }
            low += 1
        }
        return nil
    }

    /// The name of `u` as CPython 3.11's `unicodedata.name` gives it (its corrected name
    /// when the standard library has no other), or nil.
    static func name(of u: Unicode.Scalar) -> String? {
        guard isKnownToCPython(u), let n = u.properties.name ?? u.properties.nameAlias,
              !n.hasPrefix("TANGUT IDEOGRAPH-") else { return nil }
        return n
    }

    /// Whether `u` was assigned by Unicode 14.0, the version of CPython 3.11's database.
    private static func isKnownToCPython(_ u: Unicode.Scalar) -> Bool {
        guard let age = u.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }

    /// A Hangul syllable from its jamo short names, parsed like CPython: at each of the
    /// three positions the longest matching name (the empty one included) is taken, and the
    /// names must use the whole text.
    private static func hangulSyllable(_ text: [UInt8]) -> Unicode.Scalar? {
        let leading = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"]
        let vowels = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"]
        let trailing = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]
        var at = 0
        func longest(_ names: [String]) -> Int {
            var best = -1
            var bestLength = -1
            for (i, n) in names.enumerated() where n.utf8.count > bestLength && text[at...].starts(with: n.utf8) {
                best = i
                bestLength = n.utf8.count
            }
            at += max(bestLength, 0)
            return best
        }
        let l = longest(leading)
        let v = longest(vowels)
        let t = longest(trailing)
        guard l >= 0, v >= 0, t >= 0, at == text.count else { return nil }
        return Unicode.Scalar(UInt32(0xAC00 + (l * vowels.count + v) * trailing.count + t))
    }

    private struct Entry {
        var hash: UInt64
        var scalar: UInt32
    }

    /// Every name and corrected name (NameAliases.txt "correction") of the assigned planes,
    /// by hash, except the names computed from the code point: those of the blocks skipped
    /// here (CJK and Tangut ideographs, Hangul syllables; the private-use area has none) and
    /// any other name ending in the code point in hex.
    private static let index: [Entry] = {
        let computed: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xE000...0xFAFF,
                                               0x17000...0x187F7, 0x18D00...0x18D08, 0x20000...0x323AF]
        var entries: [Entry] = []
        entries.reserveCapacity(1 << 16)
        for range in [UInt32(0)...0x3FFFF, 0xE0000...0xE01EF] {
            var v = range.lowerBound
            while v <= range.upperBound {
                if let skip = computed.first(where: { $0.contains(v) }) {
                    v = skip.upperBound + 1
                    continue
                }
                defer { v += 1 }
                guard let u = Unicode.Scalar(v) else { continue }
                let p = u.properties
                if let n = p.name, !n.hasSuffix("-" + String(v, radix: 16, uppercase: true)) {
                    entries.append(Entry(hash: hash(n), scalar: v))
                }
                if let a = p.nameAlias { entries.append(Entry(hash: hash(a), scalar: v)) }
            }
        }
        entries.sort { $0.hash < $1.hash }
        return entries
    }()

    /// FNV-1a over the name's UTF-8: stable across processes, unlike `Hasher`.
    private static func hash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 {
            h = (h ^ UInt64(b)) &* 0x100_0000_01b3
        }
        return h
    }
}
