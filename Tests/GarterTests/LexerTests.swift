import Testing
@testable import Garter

/// The lexer's keyword recognition (names packed into an integer and matched by a switch).
struct LexerTests {
    /// Python 3.11's `keyword.kwlist`.
    static let keywords = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ]

    @Test func everyKeywordIsRecognized() throws {
        for word in Self.keywords {
            #expect(TokenKind.keyword(word)?.spelling == word, "\(word)")
            let tokens = try Lexer.tokenize(word)
            #expect(tokens.first?.kind == TokenKind.keyword(word), "\(word)")
        }
    }

    /// Names that share a keyword's first bytes, differ in case, or extend it are names.
    @Test func nearMissesAreNames() throws {
        let names = ["i", "iff", "If", "none", "nonlocals", "nonloca", "continued", "classes", "_if",
                     "Falsey", "awaits", "lambda_", "yields", "match", "case", "_", "type", "print",
                     "\u{FF49}\u{FF46}"]
        for name in names {
            #expect(TokenKind.keyword(name) == nil, "\(name)")
            let tokens = try Lexer.tokenize(name)
            #expect(tokens.first?.kind == .name && tokens.first?.text == name, "\(name)")
        }
    }

    /// Tokens stay small (the lexer appends and the parser reads every one): a string
    /// literal's details and big-int digits are boxed, positions are 32-bit.
    @Test func tokensStaySmall() {
        #expect(MemoryLayout<Token>.size <= 64)
        #expect(MemoryLayout<NodePositions>.size == 16)
    }

    /// Positions past the 32-bit range (a source over 2 GB) saturate instead of wrapping to
    /// negative columns, which error reports would use as counts.
    @Test func positionsSaturate() {
        var e = Expr(.name("x"), line: Int(Int32.max) + 10, column: 1 << 40)
        #expect(e.line == Int(Int32.max) && e.column == Int(Int32.max) && e.endColumn == -1)
        e.endColumn = Int(Int32.max) * 4
        #expect(e.endColumn == Int(Int32.max))
        let t = Token(kind: .name, line: 1, column: Int.max, endLine: 1, endColumn: Int.min)
        #expect(t.column == Int(Int32.max) && t.endColumn == Int(Int32.min))
    }
}
