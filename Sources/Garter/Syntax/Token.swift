/// The kinds of tokens produced by ``Lexer``.
///
/// Keywords and operators get their own kinds so the parser can switch on them cheaply;
/// soft keywords (`match`, `case`, `_`) stay ``name`` tokens.
enum TokenKind: UInt8, Sendable {
    case name, number, string, newline, indent, dedent, endMarker
    // Keywords
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield
    // Operators and delimiters
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace, colon, comma, semi, dot, ellipsis, arrow
    case plus, minus, star, slash, doubleSlash, percent, doubleStar, at
    case vbar, amper, circumflex, tilde, leftShift, rightShift
    case less, greater, equal, eqEqual, notEqual, lessEqual, greaterEqual, colonEqual
    case plusEqual, minusEqual, starEqual, slashEqual, doubleSlashEqual, percentEqual
    case doubleStarEqual, atEqual, vbarEqual, amperEqual, circumflexEqual
    case leftShiftEqual, rightShiftEqual
}

/// A decoded numeric literal.
enum NumberLiteral: Sendable {
    case int(Int)
    /// Boxed: inline, its two fields would double the size of every ``Token``.
    indirect case bigInt(String, radix: Int)
    case float(Double)
    case imaginary(Double)
}

/// One string literal piece as written in the source (adjacent pieces are joined by the parser).
struct StringLiteral: Sendable {
    var isBytes = false
    var isRaw = false
    var isFormat = false
    /// Decoded text for plain strings; the raw body (escapes undecoded) for f-strings.
    var text: String = ""
    /// Decoded bytes for bytes literals.
    var bytes: [UInt8] = []
    /// Line and column (1-based, in bytes) where the body starts, for f-string error locations.
    var bodyLine: Int = 0
    var bodyColumn: Int = 0
}

/// A token with its source location (1-based line, 0-based UTF-8 column like CPython's `col_offset`).
///
/// Kept small, because the lexer appends and the parser reads every token: positions are
/// stored as 32-bit numbers and a string literal's details are boxed (most tokens are
/// names and operators, which carry none).
struct Token: Sendable, CompactPositions {
    var kind: TokenKind
    var positions: NodePositions
    /// Identifier text for ``TokenKind/name``.
    var text: String = ""
    var number: NumberLiteral? = nil
    private var boxedString: BoxedStringLiteral? = nil

    init(kind: TokenKind, line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.kind = kind
        self.positions = NodePositions(line: line, column: column, endLine: endLine, endColumn: endColumn)
    }

    /// The literal of a ``TokenKind/string`` token.
    var string: StringLiteral? {
        get {
            guard case .some(.literal(let s)) = boxedString else { return nil }
            return s
        }
        set { boxedString = newValue.map { .literal($0) } }
    }
}

/// A string literal in a box of its own (see ``Token``).
private indirect enum BoxedStringLiteral: Sendable {
    case literal(StringLiteral)
}

extension TokenKind {
    /// The source spelling used in error messages (`'('`, `'if'`).
    var spelling: String {
        switch self {
        case .name: return "name"
        case .number: return "number"
        case .string: return "string"
        case .newline: return "newline"
        case .indent: return "indent"
        case .dedent: return "dedent"
        case .endMarker: return "end of file"
        case .kwFalse: return "False"
        case .kwNone: return "None"
        case .kwTrue: return "True"
        case .kwAnd: return "and"
        case .kwAs: return "as"
        case .kwAssert: return "assert"
        case .kwAsync: return "async"
        case .kwAwait: return "await"
        case .kwBreak: return "break"
        case .kwClass: return "class"
        case .kwContinue: return "continue"
        case .kwDef: return "def"
        case .kwDel: return "del"
        case .kwElif: return "elif"
        case .kwElse: return "else"
        case .kwExcept: return "except"
        case .kwFinally: return "finally"
        case .kwFor: return "for"
        case .kwFrom: return "from"
        case .kwGlobal: return "global"
        case .kwIf: return "if"
        case .kwImport: return "import"
        case .kwIn: return "in"
        case .kwIs: return "is"
        case .kwLambda: return "lambda"
        case .kwNonlocal: return "nonlocal"
        case .kwNot: return "not"
        case .kwOr: return "or"
        case .kwPass: return "pass"
        case .kwRaise: return "raise"
        case .kwReturn: return "return"
        case .kwTry: return "try"
        case .kwWhile: return "while"
        case .kwWith: return "with"
        case .kwYield: return "yield"
        case .lpar: return "("
        case .rpar: return ")"
        case .lsqb: return "["
        case .rsqb: return "]"
        case .lbrace: return "{"
        case .rbrace: return "}"
        case .colon: return ":"
        case .comma: return ","
        case .semi: return ";"
        case .dot: return "."
        case .ellipsis: return "..."
        case .arrow: return "->"
        case .plus: return "+"
        case .minus: return "-"
        case .star: return "*"
        case .slash: return "/"
        case .doubleSlash: return "//"
        case .percent: return "%"
        case .doubleStar: return "**"
        case .at: return "@"
        case .vbar: return "|"
        case .amper: return "&"
        case .circumflex: return "^"
        case .tilde: return "~"
        case .leftShift: return "<<"
        case .rightShift: return ">>"
        case .less: return "<"
        case .greater: return ">"
        case .equal: return "="
        case .eqEqual: return "=="
        case .notEqual: return "!="
        case .lessEqual: return "<="
        case .greaterEqual: return ">="
        case .colonEqual: return ":="
        case .plusEqual: return "+="
        case .minusEqual: return "-="
        case .starEqual: return "*="
        case .slashEqual: return "/="
        case .doubleSlashEqual: return "//="
        case .percentEqual: return "%="
        case .doubleStarEqual: return "**="
        case .atEqual: return "@="
        case .vbarEqual: return "|="
        case .amperEqual: return "&="
        case .circumflexEqual: return "^="
        case .leftShiftEqual: return "<<="
        case .rightShiftEqual: return ">>="
        }
    }

    var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue && rawValue <= TokenKind.kwYield.rawValue }

    /// The keyword spelled `text`, or nil.
    static func keyword(_ text: String) -> TokenKind? {
        let utf8 = text.utf8
        guard utf8.count <= 8 else { return nil }
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        for byte in utf8 {
            packed |= UInt64(byte) << shift
            shift += 8
        }
        return keyword(packed: packed)
    }

    /// The keyword whose UTF-8 bytes, packed little-endian into one integer (first byte
    /// lowest), are `packed`; nil for any other name. Every keyword has at most 8 bytes, none
    /// contains a zero byte, and the switch compiles to a search over constants: no hashing,
    /// no `String` for the lexer to make before it knows the name is not a keyword.
    static func keyword(packed: UInt64) -> TokenKind? {
        switch packed {
        case 0x00000065736C6146: return .kwFalse  // False
        case 0x00000000656E6F4E: return .kwNone  // None
        case 0x0000000065757254: return .kwTrue  // True
        case 0x0000000000646E61: return .kwAnd  // and
        case 0x0000000000007361: return .kwAs  // as
        case 0x0000747265737361: return .kwAssert  // assert
        case 0x000000636E797361: return .kwAsync  // async
        case 0x0000007469617761: return .kwAwait  // await
        case 0x0000006B61657262: return .kwBreak  // break
        case 0x0000007373616C63: return .kwClass  // class
        case 0x65756E69746E6F63: return .kwContinue  // continue
        case 0x0000000000666564: return .kwDef  // def
        case 0x00000000006C6564: return .kwDel  // del
        case 0x0000000066696C65: return .kwElif  // elif
        case 0x0000000065736C65: return .kwElse  // else
        case 0x0000747065637865: return .kwExcept  // except
        case 0x00796C6C616E6966: return .kwFinally  // finally
        case 0x0000000000726F66: return .kwFor  // for
        case 0x000000006D6F7266: return .kwFrom  // from
        case 0x00006C61626F6C67: return .kwGlobal  // global
        case 0x0000000000006669: return .kwIf  // if
        case 0x000074726F706D69: return .kwImport  // import
        case 0x0000000000006E69: return .kwIn  // in
        case 0x0000000000007369: return .kwIs  // is
        case 0x00006164626D616C: return .kwLambda  // lambda
        case 0x6C61636F6C6E6F6E: return .kwNonlocal  // nonlocal
        case 0x0000000000746F6E: return .kwNot  // not
        case 0x000000000000726F: return .kwOr  // or
        case 0x0000000073736170: return .kwPass  // pass
        case 0x0000006573696172: return .kwRaise  // raise
        case 0x00006E7275746572: return .kwReturn  // return
        case 0x0000000000797274: return .kwTry  // try
        case 0x000000656C696877: return .kwWhile  // while
        case 0x0000000068746977: return .kwWith  // with
        case 0x000000646C656979: return .kwYield  // yield
        default: return nil
        }
    }
}

