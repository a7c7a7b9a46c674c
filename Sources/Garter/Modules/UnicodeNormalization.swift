/// Unicode normalization (UAX #15) over CPython 3.11's data: NFC, NFD, NFKC and NFKD,
/// as `unicodedata.normalize` does them.
///
/// The tables (``UnicodeNormalizationData``, generated from CPython's `unicodedata`) are parsed
/// once per process, on first use. Hangul syllables are decomposed and composed
/// algorithmically, as the standard specifies.
enum UnicodeNormalization {
    /// A normalization form.
    enum Form: String {
        case nfc = "NFC", nfd = "NFD", nfkc = "NFKC", nfkd = "NFKD"

        var isCompatibility: Bool { self == .nfkc || self == .nfkd }
        var composes: Bool { self == .nfc || self == .nfkc }
    }

    /// `text` in normalization form `form`.
    static func normalize(_ text: String, _ form: Form) -> String {
        // ASCII is unchanged by every form.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        let data = Tables.shared
        for u in text.unicodeScalars { data.appendDecomposed(u.value, compatibility: form.isCompatibility, to: &scalars) }
        data.orderCanonically(&scalars)
        if form.composes { data.compose(&scalars) }
        var out = String.UnicodeScalarView()
        for v in scalars {
            // Every value comes from the input or the tables, which hold only scalars.
            if let u = Unicode.Scalar(v) { out.append(u) }
        }
        return String(out)
    }

    /// What `unicodedata.decomposition(c)` returns: the character's one-level mapping, with
    /// its `<tag>` when it is a compatibility mapping, or "" (also for Hangul syllables).
    static func decomposition(_ scalar: Unicode.Scalar) -> String {
        Tables.shared.text[scalar.value] ?? ""
    }

    /// The parsed tables.
    private final class Tables: Sendable {
        static let shared = Tables()

        /// One-level canonical mappings.
        let canonical: [UInt32: [UInt32]]
        /// One-level compatibility (tagged) mappings.
        let compatibility: [UInt32: [UInt32]]
        /// Each mapping as `unicodedata.decomposition` prints it.
        let text: [UInt32: String]
        /// Nonzero canonical combining classes.
        let combiningClass: [UInt32: UInt8]
        /// Primary composites by `first << 21 | second`.
        let composites: [UInt64: UInt32]

        private init() {
            var canonical: [UInt32: [UInt32]] = [:]
            var compatibility: [UInt32: [UInt32]] = [:]
            var text: [UInt32: String] = [:]
            for entry in Tables.entries(UnicodeNormalizationData.decompositions) {
                guard let colon = entry.firstIndex(of: ":"), let code = UInt32(entry[..<colon], radix: 16) else { continue }
                let mapping = entry[entry.index(after: colon)...]
                text[code] = String(mapping)
                var tagged = false
                var scalars: [UInt32] = []
                for part in mapping.split(separator: " ") {
                    if part.hasPrefix("<") {
                        tagged = true
                    } else if let v = UInt32(part, radix: 16) {
                        scalars.append(v)
                    }
                }
                if tagged { compatibility[code] = scalars } else { canonical[code] = scalars }
            }
            var excluded: Set<UInt32> = []
            for entry in Tables.entries(UnicodeNormalizationData.compositionExclusions) {
                if let v = UInt32(entry, radix: 16) { excluded.insert(v) }
            }
            var combiningClass: [UInt32: UInt8] = [:]
            for entry in Tables.entries(UnicodeNormalizationData.combiningClasses) {
                let parts = entry.split(whereSeparator: { $0 == "-" || $0 == ":" })
                guard parts.count == 3, let first = UInt32(parts[0], radix: 16), let last = UInt32(parts[1], radix: 16),
                      let value = UInt8(parts[2]), first <= last else { continue }
                for v in first...last { combiningClass[v] = value }
            }
            var composites: [UInt64: UInt32] = [:]
            for (code, pair) in canonical where pair.count == 2 && !excluded.contains(code) {
                composites[UInt64(pair[0]) << 21 | UInt64(pair[1])] = code
            }
            self.canonical = canonical
            self.compatibility = compatibility
            self.text = text
            self.combiningClass = combiningClass
            self.composites = composites
        }

        /// The `;`-separated entries of a generated literal (whose line breaks are not data).
        private static func entries(_ literal: String) -> [Substring] {
            String(literal.filter { $0 != "\n" }).split(separator: ";")
        }

        private static let hangulBase: UInt32 = 0xAC00, leadBase: UInt32 = 0x1100
        private static let vowelBase: UInt32 = 0x1161, trailBase: UInt32 = 0x11A7
        private static let vowelCount: UInt32 = 21, trailCount: UInt32 = 28
        private static let syllableCount: UInt32 = 11172, leadCount: UInt32 = 19

        @inline(__always) func combining(_ v: UInt32) -> UInt8 {
            v < 0x300 ? 0 : combiningClass[v] ?? 0
        }

        /// Appends the full decomposition of `v`.
        func appendDecomposed(_ v: UInt32, compatibility compat: Bool, to out: inout [UInt32]) {
            if v >= Tables.hangulBase && v < Tables.hangulBase + Tables.syllableCount {
                let index = v - Tables.hangulBase
                out.append(Tables.leadBase + index / (Tables.vowelCount * Tables.trailCount))
                out.append(Tables.vowelBase + (index % (Tables.vowelCount * Tables.trailCount)) / Tables.trailCount)
                let trail = index % Tables.trailCount
                if trail != 0 { out.append(Tables.trailBase + trail) }
                return
            }
            if v >= 0xA0, let mapping = canonical[v] ?? (compat ? compatibility[v] : nil) {
                for m in mapping { appendDecomposed(m, compatibility: compat, to: &out) }
                return
            }
            out.append(v)
        }

        /// Sorts each run of non-starters by combining class, keeping equal classes in order.
        func orderCanonically(_ s: inout [UInt32]) {
            var i = 1
            while i < s.count {
                let c = combining(s[i])
                if c != 0 {
                    var j = i
                    while j > 0 && combining(s[j - 1]) > c {
                        s.swapAt(j, j - 1)
                        j -= 1
                    }
                }
                i += 1
            }
        }

        /// The canonical composition algorithm: each character not blocked from the last
        /// starter is combined with it when they have a primary composite.
        func compose(_ s: inout [UInt32]) {
            var out: [UInt32] = []
            out.reserveCapacity(s.count)
            var starter: Int?
            var lastClass: UInt8 = 0
            for v in s {
                let c = combining(v)
                if let at = starter, out.count - 1 == at || (lastClass != 0 && lastClass < c),
                   let composite = composite(out[at], v) {
                    out[at] = composite
                    continue
                }
                out.append(v)
                if c == 0 {
                    starter = out.count - 1
                    lastClass = 0
                } else {
                    lastClass = c
                }
            }
            s = out
        }

        private func composite(_ first: UInt32, _ second: UInt32) -> UInt32? {
            if first >= Tables.leadBase && first < Tables.leadBase + Tables.leadCount
                && second >= Tables.vowelBase && second < Tables.vowelBase + Tables.vowelCount {
                return Tables.hangulBase + ((first - Tables.leadBase) * Tables.vowelCount + second - Tables.vowelBase) * Tables.trailCount
            }
            if first >= Tables.hangulBase && first < Tables.hangulBase + Tables.syllableCount
                && (first - Tables.hangulBase) % Tables.trailCount == 0
                && second > Tables.trailBase && second < Tables.trailBase + Tables.trailCount {
                return first + second - Tables.trailBase
            }
            return composites[UInt64(first) << 21 | UInt64(second)]
        }
    }
}
