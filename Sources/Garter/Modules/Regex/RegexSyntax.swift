// The regular-expression syntax tree and flags, following CPython's `re._parser` (sre).

/// The `re` flag bits (CPython's SRE_FLAG_* values).
enum ReFlag {
    static let template = 1
    static let ignoreCase = 2
    static let locale = 4
    static let multiline = 8
    static let dotAll = 16
    static let unicode = 32
    static let verbose = 64
    static let debug = 128
    static let ascii = 256

    static let typeFlags = ascii | locale | unicode
    static let globalFlags = debug | template

    /// Inline flag letters (`(?i)`).
    static func letter(_ c: UInt32) -> Int? {
        switch c {
        case 0x69: return ignoreCase   // i
        case 0x4C: return locale       // L
        case 0x6D: return multiline    // m
        case 0x73: return dotAll       // s
        case 0x78: return verbose      // x
        case 0x61: return ascii        // a
        case 0x74: return template     // t
        case 0x75: return unicode      // u
        default: return nil
        }
    }
}

/// An error found while compiling a pattern or a replacement template.
struct ReCompileError: Error {
    enum Kind { case reError, overflowError, valueError, indexError, recursionError }
    let kind: Kind
    let message: String
    /// Position in the pattern (code points), when known.
    let position: Int?

    init(_ message: String, position: Int? = nil, kind: Kind = .reError) {
        self.message = message
        self.position = position
        self.kind = kind
    }
}

/// Zero-width assertions (`AT` codes).
enum ReAt: Equatable {
    case beginning, beginningLine, beginningString
    case end, endLine, endString
    case boundary, nonBoundary
}

/// Character categories (`\d`, `\w`, `\s` and their negations).
enum ReCategory: Equatable {
    case digit, notDigit, space, notSpace, word, notWord
}

/// One member of a character set.
enum ReSetItem: Equatable {
    case literal(UInt32)
    case range(UInt32, UInt32)
    case category(ReCategory)
}

enum ReRepeatKind: Equatable {
    case greedy, lazy, possessive
}

/// A node of the parsed pattern (CPython's `(opcode, argument)` pairs).
indirect enum ReNode: Equatable {
    case literal(UInt32)
    case notLiteral(UInt32)
    case any
    case set([ReSetItem], negated: Bool)
    case at(ReAt)
    case branch([[ReNode]])
    /// A group; `group` is nil for a non-capturing group with scoped flags.
    case subpattern(group: Int?, addFlags: Int, delFlags: Int, [ReNode])
    case atomic([ReNode])
    case repeatNode(min: Int, max: Int, kind: ReRepeatKind, [ReNode])
    case groupRef(Int)
    case groupRefExists(Int, yes: [ReNode], no: [ReNode]?)
    /// Lookaround: `behind` for `(?<=...)`, `negated` for `(?!...)`.
    case assertion(behind: Bool, negated: Bool, [ReNode])
}

/// Repeat counts: `MAXREPEAT` means unbounded.
enum ReLimits {
    static let maxRepeat = 4_294_967_295
    static let maxGroups = 1_073_741_823
    /// Widths saturate here (CPython's MAXWIDTH is 1 << 64).
    static let maxWidth = Int(1) << 62
}

/// Widths (minimum, maximum number of characters) of parsed subpatterns (`getwidth`).
struct ReWidth {
    /// Widths of closed groups by number (group 0 unused).
    var groupWidths: [(Int, Int)?]

    static func add(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? ReLimits.maxWidth : Swift.min(r, ReLimits.maxWidth)
    }

    static func mul(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? ReLimits.maxWidth : Swift.min(r, ReLimits.maxWidth)
    }

    func width(_ nodes: [ReNode]) -> (Int, Int) {
        var lo = 0, hi = 0
        for n in nodes {
            switch n {
            case .branch(let alts):
                var i = ReLimits.maxWidth, j = 0
                for a in alts {
                    let (l, h) = width(a)
                    i = Swift.min(i, l)
                    j = Swift.max(j, h)
                }
                lo = ReWidth.add(lo, i); hi = ReWidth.add(hi, j)
            case .atomic(let p), .subpattern(_, _, _, let p):
                let (l, h) = width(p)
                lo = ReWidth.add(lo, l); hi = ReWidth.add(hi, h)
            case .repeatNode(let mn, let mx, _, let p):
                let (l, h) = width(p)
                lo = ReWidth.add(lo, ReWidth.mul(l, mn))
                if mx == ReLimits.maxRepeat && h != 0 {
                    hi = ReLimits.maxWidth
                } else {
                    hi = ReWidth.add(hi, ReWidth.mul(h, mx))
                }
            case .any, .set, .literal, .notLiteral:
                lo = ReWidth.add(lo, 1); hi = ReWidth.add(hi, 1)
            case .groupRef(let g):
                if g < groupWidths.count, let w = groupWidths[g] {
                    lo = ReWidth.add(lo, w.0); hi = ReWidth.add(hi, w.1)
                }
            case .groupRefExists(_, let yes, let no):
                var (i, j) = width(yes)
                if let no {
                    let (l, h) = width(no)
                    i = Swift.min(i, l)
                    j = Swift.max(j, h)
                } else {
                    i = 0
                }
                lo = ReWidth.add(lo, i); hi = ReWidth.add(hi, j)
            case .at, .assertion:
                break
            }
        }
        return (Swift.min(lo, ReLimits.maxWidth), Swift.min(hi, ReLimits.maxWidth))
    }
}
