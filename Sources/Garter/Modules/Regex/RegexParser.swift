// A port of CPython 3.11's `re._parser`: same grammar, same error messages and positions.

/// One pattern token: a character, or a backslash escape (`escaped`, `c` is the escaped char).
struct ReToken: Equatable {
    let c: UInt32
    let escaped: Bool

    var length: Int { escaped ? 2 : 1 }

    /// The token as Python's tokenizer sees it (`"\\d"` for an escape).
    var text: String {
        let ch = ReText.string(c)
        return escaped ? "\\" + ch : ch
    }

    func isChar(_ ch: UInt32) -> Bool { !escaped && c == ch }
}

/// Small helpers on code points.
enum ReText {
    static func string(_ c: UInt32) -> String {
        if let s = Unicode.Scalar(c) { return String(Character(s)) }
        return "\u{FFFD}"
    }

    static func string<S: Sequence>(_ cs: S) -> String where S.Element == UInt32 {
        var v = String.UnicodeScalarView()
        for c in cs { v.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        return String(v)
    }

    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isOctDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x37 }
    static func isHexDigit(_ c: UInt32) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }
    static func isASCIILetter(_ c: UInt32) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    static func isWhitespace(_ c: UInt32) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    static func hexValue(_ cs: [UInt32]) -> UInt32? {
        var v: UInt32 = 0
        for c in cs {
            guard let d = hexDigit(c) else { return nil }
            v = v &* 16 &+ d
        }
        return v
    }

    static func hexDigit(_ c: UInt32) -> UInt32? {
        if isDigit(c) { return c - 0x30 }
        if c >= 0x41 && c <= 0x46 { return c - 0x41 + 10 }
        if c >= 0x61 && c <= 0x66 { return c - 0x61 + 10 }
        return nil
    }

    /// Python `int(s)` for a group number: ASCII digits with an optional sign and surrounding
    /// whitespace; nil when it does not parse. Values too large saturate.
    static func parseInt(_ s: String) -> Int? {
        var cs = Array(s.unicodeScalars.map { $0.value })
        while let f = cs.first, isWhitespace(f) { cs.removeFirst() }
        while let l = cs.last, isWhitespace(l) { cs.removeLast() }
        var negative = false
        if let f = cs.first, f == 0x2B || f == 0x2D {
            negative = f == 0x2D
            cs.removeFirst()
        }
        guard !cs.isEmpty else { return nil }
        var v = 0
        var previousUnderscore = true
        for c in cs {
            if c == 0x5F {
                if previousUnderscore { return nil }
                previousUnderscore = true
                continue
            }
            guard let d = StrOps.decimalValue(Unicode.Scalar(c) ?? " ") else { return nil }
            previousUnderscore = false
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(d)
            v = (o1 || o2) ? Int.max / 2 : a
        }
        if previousUnderscore { return nil }
        return negative ? -v : v
    }

    /// Python `repr(str)`.
    static func repr(_ s: String) -> String { StrOps.repr(s) }
}

/// CPython's `Tokenizer`.
struct ReTokenizer {
    let s: [UInt32]
    var index = 0
    var next: ReToken? = nil

    init(_ s: [UInt32]) throws(ReCompileError) {
        self.s = s
        try advance()
    }

    mutating func advance() throws(ReCompileError) {
        let i = index
        guard i < s.count else {
            next = nil
            return
        }
        let ch = s[i]
        if ch == 0x5C {
            guard i + 1 < s.count else {
                throw ReCompileError("bad escape (end of pattern)", position: s.count - 1)
            }
            next = ReToken(c: s[i + 1], escaped: true)
            index = i + 2
        } else {
            next = ReToken(c: ch, escaped: false)
            index = i + 1
        }
    }

    /// Consumes the next token if it is the plain character `ch`.
    mutating func match(_ ch: UInt32) throws(ReCompileError) -> Bool {
        if let n = next, n.isChar(ch) {
            try advance()
            return true
        }
        return false
    }

    mutating func get() throws(ReCompileError) -> ReToken? {
        let t = next
        try advance()
        return t
    }

    /// Up to `n` plain characters satisfying `accept`.
    mutating func getWhile(_ n: Int, _ accept: (UInt32) -> Bool) throws(ReCompileError) -> [UInt32] {
        var result: [UInt32] = []
        for _ in 0..<n {
            guard let t = next, !t.escaped, accept(t.c) else { break }
            result.append(t.c)
            try advance()
        }
        return result
    }

    mutating func getUntil(_ terminator: UInt32, _ name: String) throws(ReCompileError) -> String {
        var result = ""
        var count = 0
        while true {
            let c = next
            try advance()
            guard let c else {
                if count == 0 { throw error("missing " + name) }
                throw error("missing \(ReText.string(terminator)), unterminated name", count)
            }
            if c.isChar(terminator) {
                if count == 0 { throw error("missing " + name, 1) }
                break
            }
            result += c.text
            count += c.length
        }
        return result
    }

    var tell: Int { index - (next?.length ?? 0) }

    mutating func seek(_ i: Int) throws(ReCompileError) {
        index = i
        try advance()
    }

    func error(_ message: String, _ offset: Int = 0) -> ReCompileError {
        ReCompileError(message, position: tell - offset)
    }

    func checkGroupName(_ name: String, _ offset: Int) throws(ReCompileError) {
        if !StrOps.isidentifier(name) {
            throw error("bad character in group name \(ReText.repr(name))", name.unicodeScalars.count + offset)
        }
    }
}

/// The result of parsing a pattern.
struct ReParsed {
    var nodes: [ReNode]
    /// Final flags (inline global flags included, `UNICODE` added for str patterns).
    var flags: Int
    /// Number of capturing groups.
    var groups: Int
    /// Group names in definition order.
    var groupNames: [(String, Int)]
    var groupWidths: [(Int, Int)?]
}

/// CPython's `_parser.parse` state and recursive-descent functions.
struct ReParser {
    var source: ReTokenizer
    var flags: Int
    var groupDict: [String: Int] = [:]
    var groupNames: [(String, Int)] = []
    var groupWidths: [(Int, Int)?] = [nil]
    var lookbehindGroups: Int? = nil
    var groupRefPos: [Int: Int] = [:]
    var groupRefOrder: [Int] = []
    /// Guards the parser's own recursion (nested groups).
    var depth = 0

    var groups: Int { groupWidths.count }

    static func parse(_ pattern: [UInt32], flags: Int) throws(ReCompileError) -> ReParsed {
        var p = ReParser(source: try ReTokenizer(pattern), flags: flags)
        let nodes = try p.parseSub(verbose: flags & ReFlag.verbose != 0, nested: 0)
        var final = p.flags
        // fix_flags for a str pattern
        if final & ReFlag.locale != 0 {
            throw ReCompileError("cannot use LOCALE flag with a str pattern", kind: .valueError)
        }
        if final & ReFlag.ascii == 0 {
            final |= ReFlag.unicode
        } else if final & ReFlag.unicode != 0 {
            throw ReCompileError("ASCII and UNICODE flags are incompatible", kind: .valueError)
        }
        if p.source.next != nil {
            throw p.source.error("unbalanced parenthesis")
        }
        for g in p.groupRefOrder where g >= p.groups {
            throw ReCompileError("invalid group reference \(g)", position: p.groupRefPos[g])
        }
        return ReParsed(nodes: nodes, flags: final, groups: p.groups - 1, groupNames: p.groupNames, groupWidths: p.groupWidths)
    }

    // MARK: State

    mutating func openGroup(_ name: String?) throws(ReCompileError) -> Int {
        let gid = groups
        groupWidths.append(nil)
        if groups > ReLimits.maxGroups { throw ReCompileError("too many groups") }
        if let name {
            if let ogid = groupDict[name] {
                throw ReCompileError("redefinition of group name \(ReText.repr(name)) as group \(gid); was group \(ogid)")
            }
            groupDict[name] = gid
            groupNames.append((name, gid))
        }
        return gid
    }

    mutating func closeGroup(_ gid: Int, _ p: [ReNode]) {
        groupWidths[gid] = ReWidth(groupWidths: groupWidths).width(p)
    }

    func checkGroup(_ gid: Int) -> Bool {
        gid < groups && groupWidths[gid] != nil
    }

    func checkLookbehindGroup(_ gid: Int) throws(ReCompileError) {
        if let lb = lookbehindGroups {
            if !checkGroup(gid) { throw source.error("cannot refer to an open group") }
            if gid >= lb { throw source.error("cannot refer to group defined in the same lookbehind subpattern") }
        }
    }

    // MARK: Escapes

    enum EscapeCode {
        case literal(UInt32)
        case category(ReCategory)
        case at(ReAt)
        case groupRef(Int)
    }

    static func categoryEscape(_ c: UInt32) -> EscapeCode? {
        switch c {
        case 0x41: return .at(.beginningString)   // A
        case 0x62: return .at(.boundary)          // b
        case 0x42: return .at(.nonBoundary)       // B
        case 0x64: return .category(.digit)       // d
        case 0x44: return .category(.notDigit)    // D
        case 0x73: return .category(.space)       // s
        case 0x53: return .category(.notSpace)    // S
        case 0x77: return .category(.word)        // w
        case 0x57: return .category(.notWord)     // W
        case 0x5A: return .at(.endString)         // Z
        default: return nil
        }
    }

    static func simpleEscape(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x61: return 0x07   // \a
        case 0x62: return 0x08   // \b
        case 0x66: return 0x0C   // \f
        case 0x6E: return 0x0A   // \n
        case 0x72: return 0x0D   // \r
        case 0x74: return 0x09   // \t
        case 0x76: return 0x0B   // \v
        case 0x5C: return 0x5C   // \\
        default: return nil
        }
    }

    /// `\x`, `\u`, `\U` and `\N{...}`; nil for other escapes.
    mutating func unicodeEscape(_ c: UInt32) throws(ReCompileError) -> UInt32?? {
        var escape: [UInt32] = [0x5C, c]
        func text(_ e: [UInt32]) -> String { ReText.string(e) }
        switch c {
        case 0x78, 0x75, 0x55:  // x u U
            let n = c == 0x78 ? 2 : c == 0x75 ? 4 : 8
            escape += try source.getWhile(n, ReText.isHexDigit)
            if escape.count != n + 2 {
                throw source.error("incomplete escape \(text(escape))", escape.count)
            }
            guard let v = ReText.hexValue(Array(escape[2...])) else { return .some(nil) }
            if c == 0x55 && (v > 0x10FFFF) {
                throw source.error("bad escape \(text(escape))", escape.count)
            }
            return .some(v)
        case 0x4E:  // N
            if !(try source.match(0x7B)) { throw source.error("missing {") }
            let name = try source.getUntil(0x7D, "character name")
            if let v = ReUnicodeNames.lookup(name) { return .some(v) }
            throw source.error("undefined character name \(ReText.repr(name))", name.unicodeScalars.count + 4)
        default:
            return nil
        }
    }

    mutating func classEscape(_ tok: ReToken) throws(ReCompileError) -> EscapeCode {
        let c = tok.c
        if let v = ReParser.simpleEscape(c) { return .literal(v) }
        if let code = ReParser.categoryEscape(c), case .category = code { return code }
        if let u = try unicodeEscape(c) {
            if let v = u { return .literal(v) }
            throw source.error("bad escape \(tok.text)", 2)
        }
        if ReText.isOctDigit(c) {
            var escape: [UInt32] = [0x5C, c]
            escape += try source.getWhile(2, ReText.isOctDigit)
            var v: UInt32 = 0
            for d in escape[1...] { v = v * 8 + (d - 0x30) }
            if v > 0o377 {
                throw source.error("octal escape value \(ReText.string(escape)) outside of range 0-0o377", escape.count)
            }
            return .literal(v)
        }
        if ReText.isDigit(c) || ReText.isASCIILetter(c) {
            throw source.error("bad escape \(tok.text)", 2)
        }
        return .literal(c)
    }

    mutating func escape(_ tok: ReToken) throws(ReCompileError) -> EscapeCode {
        let c = tok.c
        if let code = ReParser.categoryEscape(c) { return code }
        if let v = ReParser.simpleEscape(c) { return .literal(v) }
        if let u = try unicodeEscape(c) {
            if let v = u { return .literal(v) }
            throw source.error("bad escape \(tok.text)", 2)
        }
        if c == 0x30 {
            var escape: [UInt32] = [0x5C, c]
            escape += try source.getWhile(2, ReText.isOctDigit)
            var v: UInt32 = 0
            for d in escape[1...] { v = v * 8 + (d - 0x30) }
            return .literal(v)
        }
        if ReText.isDigit(c) {
            var escape: [UInt32] = [0x5C, c]
            if let n = source.next, !n.escaped, ReText.isDigit(n.c) {
                escape.append(n.c)
                try source.advance()
                if ReText.isOctDigit(escape[1]) && ReText.isOctDigit(escape[2]),
                   let n2 = source.next, !n2.escaped, ReText.isOctDigit(n2.c) {
                    escape.append(n2.c)
                    try source.advance()
                    var v: UInt32 = 0
                    for d in escape[1...] { v = v * 8 + (d - 0x30) }
                    if v > 0o377 {
                        throw source.error("octal escape value \(ReText.string(escape)) outside of range 0-0o377", escape.count)
                    }
                    return .literal(v)
                }
            }
            var group = 0
            for d in escape[1...] { group = group * 10 + Int(d - 0x30) }
            if group < groups {
                if !checkGroup(group) { throw source.error("cannot refer to an open group", escape.count) }
                try checkLookbehindGroup(group)
                return .groupRef(group)
            }
            throw source.error("invalid group reference \(group)", escape.count - 1)
        }
        if ReText.isASCIILetter(c) {
            throw source.error("bad escape \(tok.text)", 2)
        }
        return .literal(c)
    }

    // MARK: Grammar

    mutating func parseSub(verbose: Bool, nested: Int) throws(ReCompileError) -> [ReNode] {
        var items: [[ReNode]] = []
        var verbose = verbose
        while true {
            items.append(try parse(verbose: verbose, nested: nested + 1, first: nested == 0 && items.isEmpty))
            if !(try source.match(0x7C)) { break }
            if nested == 0 { verbose = flags & ReFlag.verbose != 0 }
        }
        if items.count == 1 { return items[0] }
        var sub: [ReNode] = []
        // Move a prefix common to all alternatives out of the branch.
        var common = 0
        while common < items[0].count,
              items.allSatisfy({ common < $0.count && $0[common] == items[0][common] }) {
            sub.append(items[0][common])
            common += 1
        }
        if common > 0 {
            for i in items.indices { items[i].removeFirst(common) }
        }
        // Alternatives that are all single characters or sets become one set.
        var set: [ReSetItem] = []
        var mergeable = true
        for item in items {
            guard item.count == 1 else { mergeable = false; break }
            switch item[0] {
            case .literal(let c): set.append(.literal(c))
            case .set(let members, negated: false): set.append(contentsOf: members)
            default: mergeable = false
            }
            if !mergeable { break }
        }
        if mergeable {
            var uniq: [ReSetItem] = []
            for s in set where !uniq.contains(s) { uniq.append(s) }
            sub.append(.set(uniq, negated: false))
            return sub
        }
        sub.append(.branch(items))
        return sub
    }

    mutating func parse(verbose: Bool, nested: Int, first: Bool = false) throws(ReCompileError) -> [ReNode] {
        depth += 1
        defer { depth -= 1 }
        if depth > 500 || !StackGuard.hasRoom() {
            throw ReCompileError("maximum recursion depth exceeded", kind: .recursionError)
        }
        var sub: [ReNode] = []
        var verbose = verbose

        while true {
            guard let this = source.next else { break }
            if this.isChar(0x7C) || this.isChar(0x29) { break }
            try source.advance()

            if verbose && !this.escaped {
                if ReText.isWhitespace(this.c) { continue }
                if this.c == 0x23 {  // '#'
                    while true {
                        let t = try source.get()
                        if t == nil || t!.isChar(0x0A) { break }
                    }
                    continue
                }
            }

            if this.escaped {
                switch try escape(this) {
                case .literal(let v): sub.append(.literal(v))
                case .category(let cat): sub.append(.set([.category(cat)], negated: false))
                case .at(let a): sub.append(.at(a))
                case .groupRef(let g): sub.append(.groupRef(g))
                }
                continue
            }

            switch this.c {
            case 0x5B:  // '['
                try parseSet(&sub)
            case 0x2A, 0x2B, 0x3F, 0x7B:  // * + ? {
                try parseRepeat(this, &sub)
            case 0x2E:  // '.'
                sub.append(.any)
            case 0x28:  // '('
                if let node = try parseGroup(verbose: &verbose, nested: nested, first: first, subIsEmpty: sub.isEmpty) {
                    sub.append(node)
                }
            case 0x5E:  // '^'
                sub.append(.at(.beginning))
            case 0x24:  // '$'
                sub.append(.at(.end))
            default:
                sub.append(.literal(this.c))
            }
        }

        // unpack non-capturing groups
        var out: [ReNode] = []
        out.reserveCapacity(sub.count)
        for n in sub {
            if case .subpattern(nil, 0, 0, let p) = n {
                out.append(contentsOf: p)
            } else {
                out.append(n)
            }
        }
        return out
    }

    mutating func parseSet(_ sub: inout [ReNode]) throws(ReCompileError) {
        let here = source.tell - 1
        var set: [ReSetItem] = []
        let negate = try source.match(0x5E)
        enum Code { case literal(UInt32), category(ReCategory) }
        func item(_ c: Code) -> ReSetItem {
            switch c {
            case .literal(let v): return .literal(v)
            case .category(let cat): return .category(cat)
            }
        }
        while true {
            guard let this = try source.get() else {
                throw source.error("unterminated character set", source.tell - here)
            }
            if this.isChar(0x5D) && !set.isEmpty { break }
            let code1: Code
            if this.escaped {
                switch try classEscape(this) {
                case .literal(let v): code1 = .literal(v)
                case .category(let cat): code1 = .category(cat)
                default: throw source.error("bad escape \(this.text)", 2)
                }
            } else {
                code1 = .literal(this.c)
            }
            if try source.match(0x2D) {  // '-'
                guard let that = try source.get() else {
                    throw source.error("unterminated character set", source.tell - here)
                }
                if that.isChar(0x5D) {
                    set.append(item(code1))
                    set.append(.literal(0x2D))
                    break
                }
                let code2: Code
                if that.escaped {
                    switch try classEscape(that) {
                    case .literal(let v): code2 = .literal(v)
                    case .category(let cat): code2 = .category(cat)
                    default: throw source.error("bad escape \(that.text)", 2)
                    }
                } else {
                    code2 = .literal(that.c)
                }
                guard case .literal(let lo) = code1, case .literal(let hi) = code2, hi >= lo else {
                    throw source.error("bad character range \(this.text)-\(that.text)", this.length + 1 + that.length)
                }
                set.append(.range(lo, hi))
            } else {
                set.append(item(code1))
            }
        }
        var uniq: [ReSetItem] = []
        for s in set where !uniq.contains(s) { uniq.append(s) }
        if uniq.count == 1, case .literal(let v) = uniq[0] {
            sub.append(negate ? .notLiteral(v) : .literal(v))
        } else {
            sub.append(.set(uniq, negated: negate))
        }
    }

    /// Parses a decimal digit string like Python `int()`, saturating at MAXREPEAT.
    static func repeatNumber(_ digits: [UInt32]) -> Int {
        var v = 0
        for d in digits {
            v = v * 10 + Int(d - 0x30)
            if v >= ReLimits.maxRepeat { return ReLimits.maxRepeat }
        }
        return v
    }

    mutating func parseRepeat(_ this: ReToken, _ sub: inout [ReNode]) throws(ReCompileError) {
        let here = source.tell
        var mn = 0, mx = ReLimits.maxRepeat
        switch this.c {
        case 0x3F: mn = 0; mx = 1
        case 0x2A: mn = 0; mx = ReLimits.maxRepeat
        case 0x2B: mn = 1; mx = ReLimits.maxRepeat
        default:  // '{'
            if let n = source.next, n.isChar(0x7D) {
                sub.append(.literal(this.c))
                return
            }
            var lo: [UInt32] = [], hi: [UInt32] = []
            while let n = source.next, !n.escaped, ReText.isDigit(n.c) {
                lo.append(n.c)
                try source.advance()
            }
            if try source.match(0x2C) {
                while let n = source.next, !n.escaped, ReText.isDigit(n.c) {
                    hi.append(n.c)
                    try source.advance()
                }
            } else {
                hi = lo
            }
            if !(try source.match(0x7D)) {
                sub.append(.literal(this.c))
                try source.seek(here)
                return
            }
            if !lo.isEmpty {
                mn = ReParser.repeatNumber(lo)
                if mn >= ReLimits.maxRepeat {
                    throw ReCompileError("the repetition number is too large", kind: .overflowError)
                }
            }
            if !hi.isEmpty {
                mx = ReParser.repeatNumber(hi)
                if mx >= ReLimits.maxRepeat {
                    throw ReCompileError("the repetition number is too large", kind: .overflowError)
                }
                if mx < mn {
                    throw source.error("min repeat greater than max repeat", source.tell - here)
                }
            }
        }
        guard let last = sub.last else {
            throw source.error("nothing to repeat", source.tell - here + this.length)
        }
        if case .at = last {
            throw source.error("nothing to repeat", source.tell - here + this.length)
        }
        if case .repeatNode = last {
            throw source.error("multiple repeat", source.tell - here + this.length)
        }
        var item: [ReNode] = [last]
        if case .subpattern(nil, 0, 0, let p) = last { item = p }
        let kind: ReRepeatKind
        if try source.match(0x3F) {
            kind = .lazy
        } else if try source.match(0x2B) {
            kind = .possessive
        } else {
            kind = .greedy
        }
        sub[sub.count - 1] = .repeatNode(min: mn, max: mx, kind: kind, item)
    }

    /// Parses after `(`. Returns nil for constructs that add nothing (comments, global flags).
    mutating func parseGroup(verbose: inout Bool, nested: Int, first: Bool, subIsEmpty: Bool) throws(ReCompileError) -> ReNode? {
        let start = source.tell - 1
        var capture = true
        var atomic = false
        var name: String? = nil
        var addFlags = 0, delFlags = 0
        if try source.match(0x3F) {  // '?'
            guard let char = try source.get() else {
                throw source.error("unexpected end of pattern")
            }
            if char.isChar(0x50) {  // 'P'
                if try source.match(0x3C) {  // '<'
                    let n = try source.getUntil(0x3E, "group name")
                    try source.checkGroupName(n, 1)
                    name = n
                } else if try source.match(0x3D) {  // '='
                    let n = try source.getUntil(0x29, "group name")
                    try source.checkGroupName(n, 1)
                    let len = n.unicodeScalars.count
                    guard let gid = groupDict[n] else {
                        throw source.error("unknown group name \(ReText.repr(n))", len + 1)
                    }
                    if !checkGroup(gid) {
                        throw source.error("cannot refer to an open group", len + 1)
                    }
                    try checkLookbehindGroup(gid)
                    return .groupRef(gid)
                } else {
                    guard let c2 = try source.get() else {
                        throw source.error("unexpected end of pattern")
                    }
                    throw source.error("unknown extension ?P\(c2.text)", c2.length + 2)
                }
            } else if char.isChar(0x3A) {  // ':'
                capture = false
            } else if char.isChar(0x23) {  // '#'
                while true {
                    if source.next == nil {
                        throw source.error("missing ), unterminated comment", source.tell - start)
                    }
                    if let t = try source.get(), t.isChar(0x29) { break }
                }
                return nil
            } else if char.isChar(0x3D) || char.isChar(0x21) || char.isChar(0x3C) {  // = ! <
                var kindChar = char
                var behind = false
                var savedLookbehind: Int?? = nil
                if char.isChar(0x3C) {
                    guard let c2 = try source.get() else {
                        throw source.error("unexpected end of pattern")
                    }
                    if !(c2.isChar(0x3D) || c2.isChar(0x21)) {
                        throw source.error("unknown extension ?<\(c2.text)", c2.length + 2)
                    }
                    kindChar = c2
                    behind = true
                    savedLookbehind = .some(lookbehindGroups)
                    if lookbehindGroups == nil { lookbehindGroups = groups }
                }
                let p = try parseSub(verbose: verbose, nested: nested + 1)
                if behind, case .some(let saved) = savedLookbehind, saved == nil {
                    lookbehindGroups = nil
                }
                if !(try source.match(0x29)) {
                    throw source.error("missing ), unterminated subpattern", source.tell - start)
                }
                return .assertion(behind: behind, negated: kindChar.isChar(0x21), p)
            } else if char.isChar(0x28) {  // '(' conditional
                let condName = try source.getUntil(0x29, "group name")
                let len = condName.unicodeScalars.count
                let condGroup: Int
                if StrOps.isidentifier(condName) {
                    guard let g = groupDict[condName] else {
                        throw source.error("unknown group name \(ReText.repr(condName))", len + 1)
                    }
                    condGroup = g
                } else {
                    guard let g = ReText.parseInt(condName), g >= 0 else {
                        throw source.error("bad character in group name \(ReText.repr(condName))", len + 1)
                    }
                    if g == 0 { throw source.error("bad group number", len + 1) }
                    if g >= ReLimits.maxGroups {
                        throw source.error("invalid group reference \(g)", len + 1)
                    }
                    if groupRefPos[g] == nil {
                        groupRefPos[g] = source.tell - len - 1
                        groupRefOrder.append(g)
                    }
                    condGroup = g
                }
                try checkLookbehindGroup(condGroup)
                let yes = try parse(verbose: verbose, nested: nested + 1)
                var no: [ReNode]? = nil
                if try source.match(0x7C) {
                    no = try parse(verbose: verbose, nested: nested + 1)
                    if let n = source.next, n.isChar(0x7C) {
                        throw source.error("conditional backref with more than two branches")
                    }
                }
                if !(try source.match(0x29)) {
                    throw source.error("missing ), unterminated subpattern", source.tell - start)
                }
                return .groupRefExists(condGroup, yes: yes, no: no)
            } else if char.isChar(0x3E) {  // '>'
                capture = false
                atomic = true
            } else if (!char.escaped && ReFlag.letter(char.c) != nil) || char.isChar(0x2D) {
                guard let (add, del) = try parseFlags(char) else {
                    if !first || !subIsEmpty {
                        throw source.error("global flags not at the start of the expression", source.tell - start)
                    }
                    verbose = flags & ReFlag.verbose != 0
                    return nil
                }
                addFlags = add
                delFlags = del
                capture = false
            } else {
                throw source.error("unknown extension ?\(char.text)", char.length + 1)
            }
        }

        var group: Int? = nil
        if capture {
            do {
                group = try openGroup(name)
            } catch {
                throw source.error(error.message, (name?.unicodeScalars.count ?? 0) + 1)
            }
        }
        let subVerbose = (verbose || addFlags & ReFlag.verbose != 0) && delFlags & ReFlag.verbose == 0
        let p = try parseSub(verbose: subVerbose, nested: nested + 1)
        if !(try source.match(0x29)) {
            throw source.error("missing ), unterminated subpattern", source.tell - start)
        }
        if let g = group { closeGroup(g, p) }
        if atomic { return .atomic(p) }
        return .subpattern(group: group, addFlags: addFlags, delFlags: delFlags, p)
    }

    /// `_parse_flags`: nil for global flags `(?i)`, else the scoped (add, delete) flags.
    mutating func parseFlags(_ first: ReToken) throws(ReCompileError) -> (Int, Int)? {
        var add = 0, del = 0
        var char: ReToken? = first
        func isAlpha(_ t: ReToken) -> Bool {
            !t.escaped && StrOps.isAlpha(Unicode.Scalar(t.c) ?? " ")
        }
        if !first.isChar(0x2D) {
            while true {
                guard let ch = char, !ch.escaped, let flag = ReFlag.letter(ch.c) else { break }
                if ch.c == 0x4C {
                    throw source.error("bad inline flags: cannot use 'L' flag with a str pattern")
                }
                add |= flag
                if flag & ReFlag.typeFlags != 0 && add & ReFlag.typeFlags != flag {
                    throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                }
                char = try source.get()
                guard let c = char else { throw source.error("missing -, : or )") }
                if c.isChar(0x29) || c.isChar(0x2D) || c.isChar(0x3A) { break }
                if c.escaped || ReFlag.letter(c.c) == nil {
                    throw source.error(isAlpha(c) ? "unknown flag" : "missing -, : or )", c.length)
                }
            }
        }
        if let c = char, c.isChar(0x29) {
            flags |= add
            return nil
        }
        if add & ReFlag.globalFlags != 0 {
            throw source.error("bad inline flags: cannot turn on global flag", 1)
        }
        if let c = char, c.isChar(0x2D) {
            char = try source.get()
            guard let c2 = char else { throw source.error("missing flag") }
            if c2.escaped || ReFlag.letter(c2.c) == nil {
                throw source.error(isAlpha(c2) ? "unknown flag" : "missing flag", c2.length)
            }
            while true {
                guard let ch = char, !ch.escaped, let flag = ReFlag.letter(ch.c) else { break }
                if flag & ReFlag.typeFlags != 0 {
                    throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                }
                del |= flag
                char = try source.get()
                guard let c = char else { throw source.error("missing :") }
                if c.isChar(0x3A) { break }
                if c.escaped || ReFlag.letter(c.c) == nil {
                    throw source.error(isAlpha(c) ? "unknown flag" : "missing :", c.length)
                }
            }
        }
        if del & ReFlag.globalFlags != 0 {
            throw source.error("bad inline flags: cannot turn off global flag", 1)
        }
        if add & del != 0 {
            throw source.error("bad inline flags: flag turned on and off", 1)
        }
        return (add, del)
    }
}

/// `\N{NAME}` lookup (CPython's `unicodedata.lookup`, case-insensitive).
enum ReUnicodeNames {
    /// Names whose suffix is the code point in hex.
    static let hexNamed = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
                           "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]

    /// Every other character name and alias, built once on first use.
    static let table: [String: UInt32] = {
        var t: [String: UInt32] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x20...0x3FFFF, 0xE0000...0xE01EF]
        for r in ranges {
            for v in r {
                guard let s = Unicode.Scalar(v) else { continue }
                let p = s.properties
                guard StrOps.assignedInPython(p) else { continue }
                if let n = p.name, !hexNamed.contains(where: { n.hasPrefix($0) }) { t[n] = v }
                if let n = p.nameAlias { t[n] = v }
            }
        }
        return t
    }()

    static func lookup(_ name: String) -> UInt32? {
        let upper = name.uppercased()
        for prefix in hexNamed where upper.hasPrefix(prefix) {
            let hex = upper.dropFirst(prefix.count)
            guard hex.count >= 4, hex.count <= 5, let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v),
                  StrOps.assignedInPython(s.properties), s.properties.name == upper else { return nil }
            return v
        }
        return table[upper]
    }
}
