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
    /// The lexer reads the source string's own bytes (no copy): tokens and errors that end
    /// at the last byte of the source, with CPython's columns (the tokenizer points at the
    /// character before the one it stopped at). Expected results from CPython 3.11's
    /// `compile`.
    @Test func tokensAtTheEndOfTheSource() throws {
        #expect(try Program(source: "b\"ab\\x41\"").run().value == .bytes([0x61, 0x62, 0x41]))
        #expect(try Program(source: "r\"a\\n\"").run().value == .string("a\\n"))
        #expect(try Program(source: "x = \"\u{E9}\" + '\\u00e9'\nx").run().value == .string("\u{E9}\u{E9}"))
        let errors: [(source: String, message: String, line: Int, column: Int)] = [
            ("\"abc", "unterminated string literal (detected at line 1)", 1, 1),
            ("1_", "invalid decimal literal", 1, 2),
            ("0x", "invalid hexadecimal literal", 1, 2),
            ("'''abc", "unterminated triple-quoted string literal (detected at line 1)", 1, 1),
            ("abc\\", "unexpected EOF while parsing", 1, 5),
            ("1__2", "invalid decimal literal", 1, 2),
            ("0b1_", "invalid binary literal", 1, 4),
            ("0x1__2", "invalid hexadecimal literal", 1, 4),
            ("1e", "invalid decimal literal", 1, 1),
            ("1e+", "invalid decimal literal", 1, 3),
            ("0x1g", "invalid hexadecimal literal", 1, 3),
            ("abc\\ ", "unexpected character after line continuation character", 1, 5),
            ("x = 1 + \\\n", "unexpected EOF while parsing", 1, 10),
            ("\u{E9} = 1 + \\ ", "unexpected character after line continuation character", 1, 10),
        ]
        Self.expectSyntaxErrors(errors)
    }

    /// Escape errors in string literals: CPython's messages, byte positions within the
    /// literal's body and location (just past the literal), including named escapes.
    @Test func escapeErrorsPointPastTheLiteral() {
        let errors: [(source: String, message: String, line: Int, column: Int)] = [
            ("x = \"\\N{NO SUCH}\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-10: unknown Unicode character name", 1, 18),
            ("x = \"ab\\N\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-3: malformed \\N character escape", 1, 11),
            ("x = \"\\N{\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 10),
            ("x = \"\\Nx\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", 1, 10),
            ("x = \"\\N{}\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", 1, 11),
            ("x = f\"a\\N{NOPE}\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 1-8: unknown Unicode character name", 1, 17),
            ("x = \"\\N{BULLET\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: malformed \\N character escape", 1, 16),
            ("x = \"\\x4\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 10),
            ("x = \"\\xg\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", 1, 10),
            ("x = \"\\x4g\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 11),
            ("x = \"\\u12g4\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", 1, 13),
            ("x = \"\\U0011ffff\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", 1, 17),
            ("x = \"\\U12\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\UXXXXXXXX escape", 1, 11),
            ("x = b\"\\x4\"",
             "(value error) invalid \\x escape at position 0", 1, 11),
            ("x = \"\"\"a\n\\x4\"\"\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape", 2, 7),
            ("x = (\"a\"\n  \"\\x4\")",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 2, 8),
            ("x = f\"ab{1}\\N{NOPE}\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name", 1, 21),
            ("y = 1; x = \"ab\" \"\\x4\"",
             "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 22),
        ]
        Self.expectSyntaxErrors(errors)
    }

    /// Each source fails to compile with a SyntaxError of exactly this message and location
    /// (the expected values come from python3's `compile`).
    static func expectSyntaxErrors(_ errors: [(source: String, message: String, line: Int, column: Int)]) {
        for e in errors {
            do {
                _ = try Program(source: e.source)
                Issue.record("\(e.source): no error")
            } catch {
                #expect(error.typeName == "SyntaxError" && error.message == e.message && error.line == e.line && error.column == e.column, "\(e.source): \(error)")
            }
        }
    }

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
