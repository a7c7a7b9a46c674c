/// Turns Python source (UTF-8 bytes) into tokens, following CPython's tokenizer:
/// indentation as INDENT/DEDENT, implicit line joining inside brackets, backslash
/// continuation, every string prefix, and numeric literals with underscores.
///
/// The lexer works on bytes, never `Character`s, and caps bracket nesting at 200 like
/// CPython (`too many nested parentheses`) so adversarial input cannot exhaust the stack later.
struct Lexer {
    static let maxBracketDepth = 200

    private let src: SourceBytes
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    private var tokens: [Token] = []
    /// The indentation levels of the enclosing blocks, not counting the module's level 0
    /// (kept implicit: a source without indented blocks allocates no stack).
    private var indents: [Int] = []
    /// The indentation levels measured with tabs as one column (CPython's `altindstack`):
    /// disagreeing with `indents` is a TabError.
    private var altIndents: [Int] = []
    private var brackets: [(kind: UInt8, line: Int, column: Int)] = []
    private var atLineStart = true
    /// Set when the source ended inside brackets (every token was read).
    private var unclosedAtEnd = false
    /// Where a comment on the current line starts (the NEWLINE token starts there).
    private var commentColumn: Int? = nil

    private init(_ src: SourceBytes) {
        self.src = src
        tokens.reserveCapacity(src.count / 3 + 4)
    }

    /// Calls `body` with the UTF-8 bytes of `source` after any byte order mark, borrowed from
    /// the string (``StrOps/withBytes(_:_:)``: a bridged string is made native first).
    private static func withSourceBytes<R, E: Error>(_ source: String, _ body: (SourceBytes) throws(E) -> R) throws(E) -> R {
        // Through a `Result`: `withBytes` rethrows untyped errors.
        try StrOps.withBytes(source) { buffer -> Result<R, E> in
            var bytes = buffer
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
                bytes = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            return Result { () throws(E) -> R in try body(SourceBytes(bytes)) }
        }.get()
    }

    /// Tokenizes the whole source.
    static func tokenize(_ source: String) throws(CompileError) -> [Token] {
        try withSourceBytes(source) { (bytes) throws(CompileError) -> [Token] in
            var lexer = Lexer(bytes)
            return try lexer.run()
        }
    }

    /// Tokenizes up to the first tokenizer error, which comes back instead of being thrown,
    /// the tokens ending there in an ENDMARKER. CPython's tokenizer runs as the parser asks
    /// for tokens, so a syntax error before the bad token is the one reported.
    /// `unclosed` tells an unclosed bracket at the end of the source (CPython reports it
    /// over a parse error only on a later line) from an error in the middle.
    static func tokenizeDeferringError(_ source: String) -> (tokens: [Token], error: CompileError?, unclosed: Bool) {
        withSourceBytes(source) { (bytes) throws(Never) -> (tokens: [Token], error: CompileError?, unclosed: Bool) in
            var lexer = Lexer(bytes)
            do throws(CompileError) {
                return (try lexer.run(), nil, false)
            } catch {
                var tokens = lexer.tokens
                let line = max(error.line, tokens.last?.endLine ?? 1)
                tokens.append(Token(kind: .endMarker, line: line, column: 0, endLine: line, endColumn: 0))
                return (tokens, error, lexer.unclosedAtEnd)
            }
        }
    }

    private func peek(_ offset: Int = 0) -> UInt8 {
        let i = pos + offset
        return i < src.count ? src[i] : 0
    }

    private var column: Int { pos - lineStart }

    /// A tokenizer error. CPython's tokenizer reports columns in characters (the parser's
    /// own errors are in bytes), so a column on the current line is converted.
    private func error(_ message: String, line: Int? = nil, column: Int? = nil) -> CompileError {
        let byteColumn = column ?? self.column
        let col = line == nil || line == self.line ? characterColumn(byteColumn) : byteColumn
        return .syntax(message, line: line ?? self.line, column: col + 1)
    }

    /// Characters in the first `byteColumn` bytes of the current line.
    private func characterColumn(_ byteColumn: Int) -> Int {
        var n = 0
        var i = lineStart
        let end = min(src.count, lineStart + max(0, byteColumn))
        while i < end {
            if src[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n + max(0, lineStart + byteColumn - end)
    }

    private mutating func add(_ kind: TokenKind, startLine: Int, startCol: Int) {
        tokens.append(Token(kind: kind, line: startLine, column: startCol, endLine: line, endColumn: column))
    }

    mutating func run() throws(CompileError) -> [Token] {
        while true {
            if atLineStart {
                atLineStart = false
                if try handleIndentation() { continue }
            }
            if pos >= src.count { break }
            let c = src[pos]
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0C:
                pos += 1
            case UInt8(ascii: "#"):
                commentColumn = column
                while pos < src.count && src[pos] != 0x0A && src[pos] != 0x0D { pos += 1 }
            case 0x0A, 0x0D:
                let startCol = column
                if c == 0x0D && peek(1) == 0x0A { pos += 1 }
                pos += 1
                if brackets.isEmpty {
                    // Like CPython's NEWLINE token, it covers a comment ending the line.
                    if let comment = commentColumn {
                        tokens.append(Token(kind: .newline, line: line, column: comment, endLine: line, endColumn: startCol))
                    } else {
                        tokens.append(Token(kind: .newline, line: line, column: startCol, endLine: line, endColumn: startCol + 1))
                    }
                    atLineStart = true
                }
                commentColumn = nil
                line += 1
                lineStart = pos
            case UInt8(ascii: "\\"):
                // Explicit line joining.
                var p = pos + 1
                if p < src.count && src[p] == 0x0D { p += 1 }
                if p < src.count && src[p] == 0x0A { p += 1 }
                // CPython points just past the backslash, on its line (also when the source
                // ends after the line break).
                if p >= src.count { throw error("unexpected EOF while parsing", column: column + 1) }
                if p == pos + 1 { throw error("unexpected character after line continuation character", column: column + 1) }
                pos = p
                line += 1
                lineStart = pos
            default:
                try lexToken()
            }
        }
        if let open = brackets.last {
            let ch = String(UnicodeScalar(open.kind))
            unclosedAtEnd = true
            throw CompileError.syntax("'\(ch)' was never closed", line: open.line, column: open.column + 1)
        }
        // The kind read in place: `tokens.last` would copy the token (retaining its fields).
        if !tokens.isEmpty, case let lastKind = tokens[tokens.count - 1].kind, lastKind != .newline && lastKind != .dedent && lastKind != .indent {
            tokens.append(Token(kind: .newline, line: line, column: column, endLine: line, endColumn: column + 1))
        }
        while !indents.isEmpty {
            indents.removeLast()
            altIndents.removeLast()
            tokens.append(Token(kind: .dedent, line: line, column: 0, endLine: line, endColumn: 0))
        }
        tokens.append(Token(kind: .endMarker, line: line, column: 0, endLine: line, endColumn: 0))
        return tokens
    }

    /// Measures the indentation of a new logical line and emits INDENT/DEDENT tokens.
    /// Returns true when the line was blank or a comment (and was consumed).
    private mutating func handleIndentation() throws(CompileError) -> Bool {
        var width = 0
        var altWidth = 0
        var p = pos
        while p < src.count {
            let c = src[p]
            if c == UInt8(ascii: " ") { width += 1; altWidth += 1 }
            else if c == UInt8(ascii: "\t") { width = (width / 8 + 1) * 8; altWidth += 1 }
            else if c == 0x0C { width = 0; altWidth = 0 }
            else { break }
            p += 1
        }
        pos = p
        if p >= src.count { return false }
        let c = src[p]
        if c == UInt8(ascii: "#") || c == 0x0A || c == 0x0D {
            // Blank or comment-only line: no indentation change, no NEWLINE token.
            while pos < src.count && src[pos] != 0x0A && src[pos] != 0x0D { pos += 1 }
            if pos < src.count {
                if src[pos] == 0x0D && peek(1) == 0x0A { pos += 1 }
                pos += 1
                line += 1
                lineStart = pos
            }
            atLineStart = true
            return true
        }
        if c == UInt8(ascii: "\\") {
            // A continuation at the start of a line; treat as ordinary content.
            return false
        }
        let current = indents.last ?? 0
        let currentAlt = altIndents.last ?? 0
        func tabError() -> CompileError {
            CompileError(typeName: "TabError", message: "inconsistent use of tabs and spaces in indentation", line: line, column: 0)
        }
        if width == current {
            if altWidth != currentAlt { throw tabError() }
        } else if width > current {
            if indents.count >= 99 {
                throw CompileError.indentation("too many levels of indentation", line: line, column: width + 1)
            }
            if altWidth <= currentAlt { throw tabError() }
            indents.append(width)
            altIndents.append(altWidth)
            tokens.append(Token(kind: .indent, line: line, column: 0, endLine: line, endColumn: width))
        } else if width < current {
            while let top = indents.last, width < top {
                indents.removeLast()
                altIndents.removeLast()
                tokens.append(Token(kind: .dedent, line: line, column: width, endLine: line, endColumn: width))
            }
            if width != (indents.last ?? 0) {
                // CPython points past the end of the line.
                var end = pos
                while end < src.count && src[end] != 0x0A && src[end] != 0x0D { end += 1 }
                throw CompileError.indentation("unindent does not match any outer indentation level", line: line, column: end - lineStart + 1)
            }
            if altWidth != (altIndents.last ?? 0) { throw tabError() }
        }
        return false
    }

    private static func isIdentStart(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || c == 0x5F || c >= 0x80
    }

    private static func isIdentContinue(_ c: UInt8) -> Bool {
        isIdentStart(c) || (c >= 0x30 && c <= 0x39)
    }

    private mutating func lexToken() throws(CompileError) {
        let c = src[pos]
        let startLine = line
        let startCol = column
        if Lexer.isIdentStart(c) {
            // String prefixes.
            var p = pos
            while p < src.count && p - pos < 3 && Lexer.isPrefixLetter(src[p]) { p += 1 }
            if p < src.count && (src[p] == UInt8(ascii: "'") || src[p] == UInt8(ascii: "\"")) && p > pos {
                if let prefix = Lexer.parsePrefix(src[pos..<p]) {
                    pos = p
                    try lexString(prefix: prefix, startLine: startLine, startCol: startCol)
                    return
                }
            }
            try lexName(startLine: startLine, startCol: startCol)
            return
        }
        if c >= 0x30 && c <= 0x39 || (c == UInt8(ascii: ".") && peek(1) >= 0x30 && peek(1) <= 0x39) {
            try lexNumber(startLine: startLine, startCol: startCol)
            return
        }
        if c == UInt8(ascii: "'") || c == UInt8(ascii: "\"") {
            try lexString(prefix: (false, false, false), startLine: startLine, startCol: startCol)
            return
        }
        try lexOperator(startLine: startLine, startCol: startCol)
    }

    private static func isPrefixLetter(_ c: UInt8) -> Bool {
        switch c | 0x20 {
        case UInt8(ascii: "r"), UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "u"): return true
        default: return false
        }
    }

    private static func parsePrefix(_ bytes: Slice<SourceBytes>) -> (raw: Bool, bytes: Bool, format: Bool)? {
        var raw = false, isBytes = false, format = false, unicode = false
        for b in bytes {
            switch b | 0x20 {
            case UInt8(ascii: "r"): if raw { return nil }; raw = true
            case UInt8(ascii: "b"): if isBytes { return nil }; isBytes = true
            case UInt8(ascii: "f"): if format { return nil }; format = true
            case UInt8(ascii: "u"): if unicode { return nil }; unicode = true
            default: return nil
            }
        }
        if unicode && (raw || isBytes || format) { return nil }
        if isBytes && format { return nil }
        return (raw, isBytes, format)
    }

    private mutating func lexName(startLine: Int, startCol: Int) throws(CompileError) {
        let start = pos
        var ascii = true
        // The first 8 bytes packed into an integer, to recognize keywords without a string.
        var packed: UInt64 = 0
        while pos < src.count && Lexer.isIdentContinue(src[pos]) {
            if src[pos] >= 0x80 { ascii = false }
            if pos - start < 8 { packed |= UInt64(src[pos]) << UInt64(8 * (pos - start)) }
            pos += 1
        }
        if pos - start <= 8, let kw = TokenKind.keyword(packed: packed) {
            add(kw, startLine: startLine, startCol: startCol)
            return
        }
        let text = String(decoding: src[start..<pos], as: UTF8.self)
        if !ascii {
            // Validate non-ASCII identifiers with Unicode's XID properties.
            var first = true
            for scalar in text.unicodeScalars {
                let ok = first ? (scalar.properties.isXIDStart || scalar == "_") : scalar.properties.isXIDContinue
                if !ok {
                    if scalar.value < 0x80 { break }
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    throw error("invalid character '\(scalar)' (U+\(padded))", column: startCol)
                }
                first = false
            }
        }
        // Filled in in place: a token filled in before the append is copied into the array
        // and then destroyed (an outlined copy of its three reference fields).
        tokens.append(Token(kind: .name, line: startLine, column: startCol, endLine: line, endColumn: column))
        tokens[tokens.count - 1].text = text
    }

    private mutating func lexNumber(startLine: Int, startCol: Int) throws(CompileError) {
        let start = pos
        // An underscore not followed by a digit is an error pointing at the underscore, as in
        // CPython (whose tokenizer reports the column before the character it stopped at).
        func digits(_ valid: (UInt8) -> Bool, _ lexer: inout Lexer, kind: String = "decimal") throws(CompileError) -> String {
            var out = ""
            var lastUnderscore = false
            while lexer.pos < lexer.src.count {
                let ch = lexer.src[lexer.pos]
                if ch == UInt8(ascii: "_") {
                    if lastUnderscore || out.isEmpty { throw lexer.error("invalid \(kind) literal", column: lexer.column - 1) }
                    lastUnderscore = true
                } else if valid(ch) {
                    out.unicodeScalars.append(UnicodeScalar(ch))
                    lastUnderscore = false
                } else {
                    break
                }
                lexer.pos += 1
            }
            if lastUnderscore { throw lexer.error("invalid \(kind) literal", column: lexer.column - 1) }
            return out
        }
        let isDec: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        // The literal's value; the token is appended and filled in in place (a token value
        // built first would be copied into the array and destroyed).
        var number = NumberLiteral.int(0)
        if src[pos] == UInt8(ascii: "0") && (peek(1) | 0x20 == UInt8(ascii: "x") || peek(1) | 0x20 == UInt8(ascii: "o") || peek(1) | 0x20 == UInt8(ascii: "b")) {
            let kind = peek(1) | 0x20
            pos += 2
            if peek() == UInt8(ascii: "_") { pos += 1 }
            let radix: Int
            let valid: (UInt8) -> Bool
            let name: String
            switch kind {
            case UInt8(ascii: "x"):
                radix = 16; name = "hexadecimal"
                valid = { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }
            case UInt8(ascii: "o"):
                radix = 8; name = "octal"
                valid = { $0 >= 0x30 && $0 <= 0x37 }
            default:
                radix = 2; name = "binary"
                valid = { $0 == 0x30 || $0 == 0x31 }
            }
            let d = try digits(valid, &self, kind: name)
            if d.isEmpty || (pos < src.count && (Lexer.isIdentContinue(src[pos]))) {
                if pos < src.count && isDec(src[pos]) {
                    throw error("invalid digit '\(UnicodeScalar(src[pos]))' in \(name) literal")
                }
                // CPython points at the character before the one that ends the literal.
                throw error("invalid \(name) literal", column: column - 1)
            }
            if let v = Int(d, radix: radix) { number = .int(v) } else { number = .bigInt(d, radix: radix) }
        } else {
            // Fast path: a plain decimal integer of up to 18 digits (no leading zero, no `_`,
            // not followed by `.`, an exponent, `j` or a name), by far the common literal.
            var end = pos
            var value = 0
            while end < src.count, end - pos < 18, isDec(src[end]) {
                value = value &* 10 &+ Int(src[end] &- 0x30)
                end += 1
            }
            let next: UInt8 = end < src.count ? src[end] : 0
            if end > pos && (src[pos] != UInt8(ascii: "0") || end - pos == 1) && !isDec(next)
                && next != UInt8(ascii: ".") && next != UInt8(ascii: "_") && next | 0x20 != UInt8(ascii: "e")
                && next | 0x20 != UInt8(ascii: "j") && !Lexer.isIdentStart(next) {
                pos = end
                tokens.append(Token(kind: .number, line: startLine, column: startCol, endLine: line, endColumn: column))
                tokens[tokens.count - 1].number = .int(value)
                return
            }
            var intPart = ""
            if src[pos] != UInt8(ascii: ".") { intPart = try digits(isDec, &self) }
            var isFloat = false
            var text = intPart
            if peek() == UInt8(ascii: ".") {
                isFloat = true
                pos += 1
                text += "."
                if isDec(peek()) { text += try digits(isDec, &self) }
            }
            if peek() | 0x20 == UInt8(ascii: "e") {
                let save = pos
                pos += 1
                var exp = "e"
                var signed = false
                if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") {
                    exp.unicodeScalars.append(UnicodeScalar(src[pos])); pos += 1
                    signed = true
                }
                if isDec(peek()) {
                    exp += try digits(isDec, &self)
                    text += exp
                    isFloat = true
                } else {
                    // CPython points at the sign's character (`1e+`), or before the `e` (`1e`).
                    let at = signed ? column - 1 : save - lineStart - 1
                    pos = save
                    throw error("invalid decimal literal", column: at)
                }
            }
            if peek() | 0x20 == UInt8(ascii: "j") {
                pos += 1
                number = .imaginary(Double(text) ?? 0)
            } else if isFloat {
                number = .float(Double(text) ?? .infinity)
            } else {
                if intPart.count > 1 && intPart.first == "0" && intPart.contains(where: { $0 != "0" }) {
                    throw CompileError.syntax("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line: startLine, column: startCol + 1)
                }
                if let v = Int(intPart) { number = .int(v) } else { number = .bigInt(intPart, radix: 10) }
            }
            if pos < src.count && Lexer.isIdentStart(src[pos]) {
                _ = start
                // CPython points at the number's last character.
                throw error("invalid decimal literal", column: column - 1)
            }
        }
        tokens.append(Token(kind: .number, line: startLine, column: startCol, endLine: line, endColumn: column))
        tokens[tokens.count - 1].number = number
    }

    private mutating func lexString(prefix: (raw: Bool, bytes: Bool, format: Bool), startLine: Int, startCol: Int) throws(CompileError) {
        let quote = src[pos]
        var triple = false
        if peek(1) == quote && peek(2) == quote {
            triple = true
            pos += 3
        } else {
            pos += 1
        }
        let bodyStart = pos
        let bodyLine = line
        let bodyCol = column
        var bodyEnd = -1
        while pos < src.count {
            let c = src[pos]
            if c == UInt8(ascii: "\\") {
                pos += 1
                if pos < src.count {
                    if src[pos] == 0x0A || src[pos] == 0x0D {
                        if src[pos] == 0x0D && peek(1) == 0x0A { pos += 1 }
                        line += 1
                        lineStart = pos + 1
                    }
                    pos += 1
                }
                continue
            }
            if c == quote {
                if !triple {
                    bodyEnd = pos
                    pos += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    bodyEnd = pos
                    pos += 3
                    break
                }
            }
            if c == 0x0A || c == 0x0D {
                if !triple {
                    throw CompileError.syntax("unterminated string literal (detected at line \(startLine))", line: startLine, column: (startLine == line ? characterColumn(startCol) : startCol) + 1)
                }
                if c == 0x0D && peek(1) == 0x0A { pos += 1 }
                line += 1
                lineStart = pos + 1
            }
            pos += 1
        }
        if bodyEnd < 0 {
            if triple {
                let lastLine = src.last == 0x0A ? line - 1 : line
                throw CompileError.syntax("unterminated triple-quoted string literal (detected at line \(lastLine))", line: startLine, column: startCol + 1)
            }
            throw CompileError.syntax("unterminated string literal (detected at line \(startLine))", line: startLine, column: (startLine == line ? characterColumn(startCol) : startCol) + 1)
        }
        var lit = StringLiteral()
        lit.isBytes = prefix.bytes
        lit.isRaw = prefix.raw
        lit.isFormat = prefix.format
        lit.bodyLine = bodyLine
        lit.bodyColumn = bodyCol
        let body = src[bodyStart..<bodyEnd]
        if prefix.bytes {
            for b in body where b >= 0x80 {
                _ = b
                throw CompileError.syntax("bytes can only contain ASCII literal characters", line: startLine, column: startCol + 1)
            }
            // Escape errors point just past the literal, as CPython's do.
            lit.bytes = prefix.raw ? Array(body) : try Lexer.decodeEscapes(body, bytes: true, line: line, column: column).bytes
        } else if prefix.format || prefix.raw {
            lit.text = Lexer.normalizeNewlines(String(decoding: body, as: UTF8.self))
        } else {
            lit.text = try Lexer.decodeEscapes(body, bytes: false, line: line, column: column).text
        }
        tokens.append(Token(kind: .string, line: startLine, column: startCol, endLine: line, endColumn: column))
        tokens[tokens.count - 1].string = lit
    }

    static func normalizeNewlines(_ s: String) -> String {
        if !s.utf8.contains(0x0D) { return s }
        var out: [UInt8] = []
        var it = Array(s.utf8)[...]
        while let b = it.popFirst() {
            if b == 0x0D {
                out.append(0x0A)
                if it.first == 0x0A { it.removeFirst() }
            } else {
                out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes backslash escapes of a (non-raw) string or bytes literal body. Errors are
    /// reported at `line` and just after byte column `column`: the end of the literal.
    static func decodeEscapes<Bytes: RandomAccessCollection>(_ body: Bytes, bytes: Bool, line: Int, column: Int) throws(CompileError) -> (text: String, bytes: [UInt8]) where Bytes.Element == UInt8, Bytes.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var i = body.startIndex
        let end = body.endIndex
        func appendScalar(_ v: UInt32, _ out: inout [UInt8]) {
            let scalar = UnicodeScalar(v) ?? UnicodeScalar(0xFFFD)!
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
        // Where a truncated hex escape stops: after at most `limit` hex digits from `start`
        // (CPython's error positions end at the last digit it read).
        func hexRunEnd(from start: Int, limit: Int) -> Int {
            var k = start
            while k < end && k - start < limit && hexValue(body[k]) != nil { k += 1 }
            return k
        }
        func hexValue(_ b: UInt8) -> UInt32? {
            switch b {
            case 0x30...0x39: return UInt32(b - 0x30)
            case 0x61...0x66: return UInt32(b - 0x61 + 10)
            case 0x41...0x46: return UInt32(b - 0x41 + 10)
            default: return nil
            }
        }
        while i < end {
            let c = body[i]
            if c == 0x0D {
                out.append(0x0A)
                i += 1
                if i < end && body[i] == 0x0A { i += 1 }
                continue
            }
            if c != UInt8(ascii: "\\") || i + 1 >= end {
                out.append(c)
                i += 1
                continue
            }
            let e = body[i + 1]
            i += 2
            switch e {
            case 0x0A: break
            case 0x0D: if i < end && body[i] == 0x0A { i += 1 }
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "'"): out.append(0x27)
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "a"): out.append(0x07)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "v"): out.append(0x0B)
            case 0x30...0x37:
                var v = UInt32(e - 0x30)
                var n = 1
                while n < 3 && i < end && body[i] >= 0x30 && body[i] <= 0x37 {
                    v = v * 8 + UInt32(body[i] - 0x30)
                    i += 1
                    n += 1
                }
                if bytes { out.append(UInt8(truncatingIfNeeded: v)) } else { appendScalar(v, &out) }
            case UInt8(ascii: "x"):
                guard i + 1 < end, let h1 = hexValue(body[i]), let h2 = hexValue(body[i + 1]) else {
                    if bytes {
                        throw CompileError.syntax("(value error) invalid \\x escape at position \(i - 2 - body.startIndex)", line: line, column: column + 1)
                    }
                    throw CompileError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2 - body.startIndex)-\(hexRunEnd(from: i, limit: 2) - body.startIndex - 1): truncated \\xXX escape", line: line, column: column + 1)
                }
                i += 2
                let v = h1 * 16 + h2
                if bytes { out.append(UInt8(v)) } else { appendScalar(v, &out) }
            case UInt8(ascii: "u") where !bytes, UInt8(ascii: "U") where !bytes:
                let n = e == UInt8(ascii: "u") ? 4 : 8
                var v: UInt32 = 0
                var ok = i + n <= end
                if ok {
                    for k in 0..<n {
                        guard let h = hexValue(body[i + k]) else { ok = false; break }
                        v = v &* 16 &+ h
                    }
                }
                if !ok {
                    let esc = e == UInt8(ascii: "u") ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw CompileError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2 - body.startIndex)-\(hexRunEnd(from: i, limit: n) - body.startIndex - 1): truncated \(esc) escape", line: line, column: column + 1)
                }
                if v > 0x10FFFF {
                    throw CompileError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position \(i - 2 - body.startIndex)-\(i + n - body.startIndex - 1): illegal Unicode character", line: line, column: column + 1)
                }
                i += n
                appendScalar(v, &out)
            case UInt8(ascii: "N") where !bytes:
                // `\N{name}`. The error positions are CPython's: from the backslash to the
                // character where decoding stopped (the closing brace of an unknown name).
                let backslash = i - 2 - body.startIndex
                func malformed(at stop: Int) -> CompileError {
                    .syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position \(backslash)-\(stop - body.startIndex - 1): malformed \\N character escape", line: line, column: column + 1)
                }
                guard i < end, body[i] == UInt8(ascii: "{") else { throw malformed(at: i) }
                var close = i + 1
                while close < end && body[close] != UInt8(ascii: "}") { close += 1 }
                guard close < end, close > i + 1 else { throw malformed(at: close) }
                let name = String(decoding: body[(i + 1)..<close], as: UTF8.self)
                guard let scalar = UnicodeCharacterNames.scalar(named: name) else {
                    throw CompileError.syntax("(unicode error) 'unicodeescape' codec can't decode bytes in position \(backslash)-\(close - body.startIndex): unknown Unicode character name", line: line, column: column + 1)
                }
                appendScalar(scalar.value, &out)
                i = close + 1
            default:
                out.append(0x5C)
                out.append(e)
            }
        }
        if bytes { return ("", out) }
        return (String(decoding: out, as: UTF8.self), [])
    }

    private mutating func lexOperator(startLine: Int, startCol: Int) throws(CompileError) {
        let c = src[pos]
        let c1 = peek(1)
        let c2 = peek(2)
        var kind: TokenKind
        var len = 1
        switch c {
        case UInt8(ascii: "("): kind = .lpar
        case UInt8(ascii: ")"): kind = .rpar
        case UInt8(ascii: "["): kind = .lsqb
        case UInt8(ascii: "]"): kind = .rsqb
        case UInt8(ascii: "{"): kind = .lbrace
        case UInt8(ascii: "}"): kind = .rbrace
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: ";"): kind = .semi
        case UInt8(ascii: "~"): kind = .tilde
        case UInt8(ascii: ":"):
            if c1 == UInt8(ascii: "=") { kind = .colonEqual; len = 2 } else { kind = .colon }
        case UInt8(ascii: "."):
            if c1 == UInt8(ascii: ".") && c2 == UInt8(ascii: ".") { kind = .ellipsis; len = 3 } else { kind = .dot }
        case UInt8(ascii: "+"):
            if c1 == UInt8(ascii: "=") { kind = .plusEqual; len = 2 } else { kind = .plus }
        case UInt8(ascii: "-"):
            if c1 == UInt8(ascii: "=") { kind = .minusEqual; len = 2 }
            else if c1 == UInt8(ascii: ">") { kind = .arrow; len = 2 }
            else { kind = .minus }
        case UInt8(ascii: "*"):
            if c1 == UInt8(ascii: "*") {
                if c2 == UInt8(ascii: "=") { kind = .doubleStarEqual; len = 3 } else { kind = .doubleStar; len = 2 }
            } else if c1 == UInt8(ascii: "=") { kind = .starEqual; len = 2 } else { kind = .star }
        case UInt8(ascii: "/"):
            if c1 == UInt8(ascii: "/") {
                if c2 == UInt8(ascii: "=") { kind = .doubleSlashEqual; len = 3 } else { kind = .doubleSlash; len = 2 }
            } else if c1 == UInt8(ascii: "=") { kind = .slashEqual; len = 2 } else { kind = .slash }
        case UInt8(ascii: "%"):
            if c1 == UInt8(ascii: "=") { kind = .percentEqual; len = 2 } else { kind = .percent }
        case UInt8(ascii: "@"):
            if c1 == UInt8(ascii: "=") { kind = .atEqual; len = 2 } else { kind = .at }
        case UInt8(ascii: "|"):
            if c1 == UInt8(ascii: "=") { kind = .vbarEqual; len = 2 } else { kind = .vbar }
        case UInt8(ascii: "&"):
            if c1 == UInt8(ascii: "=") { kind = .amperEqual; len = 2 } else { kind = .amper }
        case UInt8(ascii: "^"):
            if c1 == UInt8(ascii: "=") { kind = .circumflexEqual; len = 2 } else { kind = .circumflex }
        case UInt8(ascii: "="):
            if c1 == UInt8(ascii: "=") { kind = .eqEqual; len = 2 } else { kind = .equal }
        case UInt8(ascii: "!"):
            if c1 == UInt8(ascii: "=") { kind = .notEqual; len = 2 } else { throw error("invalid syntax") }
        case UInt8(ascii: "<"):
            if c1 == UInt8(ascii: "<") {
                if c2 == UInt8(ascii: "=") { kind = .leftShiftEqual; len = 3 } else { kind = .leftShift; len = 2 }
            } else if c1 == UInt8(ascii: "=") { kind = .lessEqual; len = 2 }
            else if c1 == UInt8(ascii: ">") { throw error("invalid syntax") }
            else { kind = .less }
        case UInt8(ascii: ">"):
            if c1 == UInt8(ascii: ">") {
                if c2 == UInt8(ascii: "=") { kind = .rightShiftEqual; len = 3 } else { kind = .rightShift; len = 2 }
            } else if c1 == UInt8(ascii: "=") { kind = .greaterEqual; len = 2 } else { kind = .greater }
        default:
            if c == UInt8(ascii: "$") || c == UInt8(ascii: "?") || c == UInt8(ascii: "`") {
                throw error("invalid syntax")
            }
            // Decode the offending scalar for CPython's message.
            var p = pos + 1
            while p < src.count && src[p] & 0xC0 == 0x80 { p += 1 }
            let s = String(decoding: src[pos..<p], as: UTF8.self)
            let scalar = s.unicodeScalars.first ?? UnicodeScalar(0xFFFD)!
            if scalar.value < 0x20 || scalar.value == 0x7F {
                throw error("invalid non-printable character U+\(Lexer.hex4(scalar.value))")
            }
            throw error("invalid character '\(scalar)' (U+\(Lexer.hex4(scalar.value)))")
        }
        switch kind {
        case .lpar, .lsqb, .lbrace:
            if brackets.count >= Lexer.maxBracketDepth { throw error("too many nested parentheses") }
            brackets.append((c, startLine, startCol))
        case .rpar, .rsqb, .rbrace:
            guard let open = brackets.popLast() else {
                throw error("unmatched '\(UnicodeScalar(c))'")
            }
            let expected: UInt8 = open.kind == UInt8(ascii: "(") ? UInt8(ascii: ")") : open.kind == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if expected != c {
                if open.line != startLine {
                    throw error("closing parenthesis '\(UnicodeScalar(c))' does not match opening parenthesis '\(UnicodeScalar(open.kind))' on line \(open.line)")
                }
                throw error("closing parenthesis '\(UnicodeScalar(c))' does not match opening parenthesis '\(UnicodeScalar(open.kind))'")
            }
        default: break
        }
        pos += len
        add(kind, startLine: startLine, startCol: startCol)
    }

    static func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}

/// The source's UTF-8 bytes, borrowed from the string while it is tokenized: read with the
/// bounds check an array has (an index past the end stops the process rather than reading
/// beyond the string), without copying the source into an array of its own.
struct SourceBytes: RandomAccessCollection {
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var startIndex: Int { 0 }
    var endIndex: Int { bytes.count }

    @inline(__always)
    subscript(i: Int) -> UInt8 {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: bytes.count), "source index out of range")
        return bytes[i]
    }

    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R? {
        try body(bytes)
    }
}
