// Replacement templates for `sub`, `subn` and `Match.expand` (CPython's `parse_template`).

/// A parsed replacement template.
struct ReTemplate {
    enum Piece {
        case literal(String)
        case group(Int)
    }

    var pieces: [Piece]

    /// The replacement when it contains no group references.
    var literal: String? {
        if pieces.isEmpty { return "" }
        if pieces.count == 1, case .literal(let s) = pieces[0] { return s }
        return nil
    }

    static func parse(_ template: String, groups: Int, groupIndex: [(String, Int)]) throws(ReCompileError) -> ReTemplate {
        let cps = template.unicodeScalars.map { $0.value }
        // Fast path: no escapes at all.
        if !cps.contains(0x5C) { return ReTemplate(pieces: [.literal(template)]) }
        var s = try ReTokenizer(cps)
        var pieces: [Piece] = []
        var literal: [UInt32] = []

        func addGroup(_ index: Int, _ offset: Int, _ s: ReTokenizer) throws(ReCompileError) {
            if index > groups {
                throw s.error("invalid group reference \(index)", offset)
            }
            if !literal.isEmpty {
                pieces.append(.literal(ReText.string(literal)))
                literal.removeAll()
            }
            pieces.append(.group(index))
        }

        while let this = try s.get() {
            guard this.escaped else {
                literal.append(this.c)
                continue
            }
            let c = this.c
            if c == 0x67 {  // \g
                if !(try s.match(0x3C)) { throw s.error("missing <") }
                let name = try s.getUntil(0x3E, "group name")
                let len = name.unicodeScalars.count
                let index: Int
                if StrOps.isidentifier(name) {
                    guard let g = groupIndex.first(where: { stringsEqual($0.0, name) })?.1 else {
                        throw ReCompileError("unknown group name \(ReText.repr(name))", kind: .indexError)
                    }
                    index = g
                } else {
                    guard let g = ReText.parseInt(name), g >= 0 else {
                        throw s.error("bad character in group name \(ReText.repr(name))", len + 1)
                    }
                    if g >= ReLimits.maxGroups {
                        throw s.error("invalid group reference \(g)", len + 1)
                    }
                    index = g
                }
                try addGroup(index, len + 1, s)
            } else if c == 0x30 {  // \0
                var v: UInt32 = 0
                for _ in 0..<2 {
                    guard let n = s.next, !n.escaped, ReText.isOctDigit(n.c) else { break }
                    v = v * 8 + (n.c - 0x30)
                    try s.advance()
                }
                literal.append(v & 0xFF)
            } else if ReText.isDigit(c) {
                var digits: [UInt32] = [c]
                var isOctal = false
                if let n = s.next, !n.escaped, ReText.isDigit(n.c) {
                    digits.append(n.c)
                    try s.advance()
                    if ReText.isOctDigit(c) && ReText.isOctDigit(digits[1]),
                       let n2 = s.next, !n2.escaped, ReText.isOctDigit(n2.c) {
                        digits.append(n2.c)
                        try s.advance()
                        isOctal = true
                        var v: UInt32 = 0
                        for d in digits { v = v * 8 + (d - 0x30) }
                        if v > 0o377 {
                            throw s.error("octal escape value \\\(ReText.string(digits)) outside of range 0-0o377", digits.count + 1)
                        }
                        literal.append(v)
                    }
                }
                if !isOctal {
                    var g = 0
                    for d in digits { g = g * 10 + Int(d - 0x30) }
                    try addGroup(g, digits.count, s)
                }
            } else if let v = ReParser.simpleEscape(c) {
                literal.append(v)
            } else {
                if ReText.isASCIILetter(c) {
                    throw s.error("bad escape \(this.text)", 2)
                }
                literal.append(0x5C)
                literal.append(c)
            }
        }
        if !literal.isEmpty { pieces.append(.literal(ReText.string(literal))) }
        return ReTemplate(pieces: pieces)
    }
}
