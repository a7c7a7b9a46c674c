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
    case bigInt(String, radix: Int)
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
struct Token: Sendable {
    var kind: TokenKind
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    /// Identifier text for ``TokenKind/name``.
    var text: String = ""
    var number: NumberLiteral? = nil
    var string: StringLiteral? = nil
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

    static let keywords: [String: TokenKind] = [
        "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
        "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
        "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel,
        "elif": .kwElif, "else": .kwElse, "except": .kwExcept, "finally": .kwFinally,
        "for": .kwFor, "from": .kwFrom, "global": .kwGlobal, "if": .kwIf, "import": .kwImport,
        "in": .kwIn, "is": .kwIs, "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot,
        "or": .kwOr, "pass": .kwPass, "raise": .kwRaise, "return": .kwReturn, "try": .kwTry,
        "while": .kwWhile, "with": .kwWith, "yield": .kwYield,
    ]
}
