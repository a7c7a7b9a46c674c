/// The abstract syntax tree produced by ``Parser``: Python 3.11's `ast` module, minus the
/// parts Garter does not support. Every node carries the 1-based line and 0-based column
/// where it starts.

/// A constant appearing in source.
enum Constant: Sendable {
    case none
    case bool(Bool)
    case ellipsis
    case int(Int)
    /// Boxed: inline, its two fields would make every ``Expr`` 8 bytes larger.
    indirect case bigInt(String, radix: Int)
    case float(Double)
    case str(String)
    case bytes([UInt8])
    /// An imaginary literal (`2.5j`): the value of its imaginary part.
    case imaginary(Double)
}

enum BinaryOperator: UInt8, Sendable {
    case add, sub, mul, matmul, truediv, floordiv, mod, pow, lshift, rshift, or, xor, and

    /// The operator as written, for error messages (`unsupported operand type(s) for +`).
    var symbol: String {
        switch self {
        case .add: return "+"
        case .sub: return "-"
        case .mul: return "*"
        case .matmul: return "@"
        case .truediv: return "/"
        case .floordiv: return "//"
        case .mod: return "%"
        case .pow: return "**"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .or: return "|"
        case .xor: return "^"
        case .and: return "&"
        }
    }
}

enum UnaryOperator: UInt8, Sendable {
    case not, invert, negative, positive
}

enum CompareOperator: UInt8, Sendable {
    case eq, ne, lt, le, gt, ge, `is`, isNot, `in`, notIn

    var symbol: String {
        switch self {
        case .eq: return "=="
        case .ne: return "!="
        case .lt: return "<"
        case .le: return "<="
        case .gt: return ">"
        case .ge: return ">="
        case .is: return "is"
        case .isNot: return "is not"
        case .in: return "in"
        case .notIn: return "not in"
        }
    }
}

/// An expression node. `column`/`endColumn` are UTF-8 byte offsets, like CPython's
/// `col_offset`/`end_col_offset`; the end is exclusive. Nodes the parser did not produce
/// from source text have `endColumn == -1` (no known end).
/// Positions are ``NodePositions`` (32-bit), to keep the node and its arrays small.
struct Expr: Sendable, CompactPositions {
    var kind: ExprKind
    var positions: NodePositions

    init(_ kind: __owned ExprKind, line: Int, column: Int) {
        self.kind = kind
        self.positions = NodePositions(line: line, column: column, endLine: line, endColumn: -1)
    }
}

/// One `for ... in ... if ...` clause of a comprehension.
struct Comprehension: Sendable {
    var target: Expr
    var iter: Expr
    var ifs: [Expr]
    var isAsync: Bool
}

/// A keyword argument in a call; `name == nil` means `**mapping`.
struct Keyword: Sendable {
    var name: String?
    var value: Expr
    var line: Int
    var column: Int
}

/// One piece of an f-string.
enum FStringPart: Sendable {
    case literal(String)
    /// `{value!conversion:spec}`; `spec` is itself an f-string (a ``ExprKind/joinedString``).
    case formatted(value: Expr, conversion: UInt8?, spec: Expr?)
}

/// The kinds of expression. Only the cases that hold an ``Expr`` directly are boxed: names,
/// constants and the array-holding kinds are stored inline, so a leaf node (most nodes)
/// costs no allocation.
enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    case joinedString([FStringPart])
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    /// `keys[i] == nil` means `**values[i]`.
    case dict(keys: [Expr?], values: [Expr])
    indirect case starred(Expr)
    indirect case attribute(Expr, String)
    indirect case `subscript`(Expr, Expr)
    indirect case slice(lower: Expr?, upper: Expr?, step: Expr?)
    indirect case call(function: Expr, args: [Expr], keywords: [Keyword])
    indirect case unary(UnaryOperator, Expr)
    indirect case binary(BinaryOperator, Expr, Expr)
    case boolean(isAnd: Bool, [Expr])
    indirect case compare(Expr, [CompareOperator], [Expr])
    indirect case ifExpression(test: Expr, body: Expr, orElse: Expr)
    indirect case lambda(ParameterList, Expr)
    indirect case listComprehension(Expr, [Comprehension])
    indirect case setComprehension(Expr, [Comprehension])
    indirect case generatorExpression(Expr, [Comprehension])
    indirect case dictComprehension(key: Expr, value: Expr, [Comprehension])
    indirect case namedExpression(target: String, value: Expr)
    indirect case yield(Expr?)
    indirect case yieldFrom(Expr)
    indirect case await(Expr)
}

/// A function parameter.
struct Parameter: Sendable {
    var name: String
    var annotation: Expr?
    var line: Int
    var column: Int
}

/// A function's parameter list.
struct ParameterList: Sendable {
    var positionalOnly: [Parameter] = []
    var positional: [Parameter] = []
    var varArgs: Parameter? = nil
    var keywordOnly: [Parameter] = []
    /// One entry per keyword-only parameter; `nil` when it has no default.
    var keywordDefaults: [Expr?] = []
    var varKeywords: Parameter? = nil
    /// Defaults for the last `defaults.count` of positionalOnly + positional.
    var defaults: [Expr] = []

    var allNames: [String] {
        // CPython's co_varnames order: positional, keyword-only, *args, **kwargs.
        var names = positionalOnly.map(\.name) + positional.map(\.name) + keywordOnly.map(\.name)
        if let v = varArgs { names.append(v.name) }
        if let k = varKeywords { names.append(k.name) }
        return names
    }
}

/// A statement node; positions as in ``Expr`` (a compound statement ends where its last
/// body statement ends).
struct Stmt: Sendable, CompactPositions {
    var kind: StmtKind
    var positions: NodePositions

    init(_ kind: __owned StmtKind, line: Int, column: Int) {
        self.kind = kind
        self.positions = NodePositions(line: line, column: column, endLine: line, endColumn: -1)
    }
}

struct ExceptHandler: Sendable {
    var type: Expr?
    var name: String?
    var body: [Stmt]
    var line: Int
    var column: Int
}

struct WithItem: Sendable {
    var context: Expr
    var target: Expr?
}

struct ImportAlias: Sendable {
    var name: String
    var asName: String?
}

struct FunctionDefinition: Sendable {
    var name: String
    var arguments: ParameterList
    var body: [Stmt]
    var decorators: [Expr]
    var returns: Expr?
    var isAsync: Bool
}

struct ClassDefinition: Sendable {
    var name: String
    var bases: [Expr]
    var keywords: [Keyword]
    var body: [Stmt]
    var decorators: [Expr]
}

indirect enum Pattern: Sendable {
    /// A literal or dotted-name value compared with `==`.
    case value(Expr)
    /// `None`, `True`, `False`, compared with `is`.
    case singleton(Constant)
    case sequence([Pattern])
    /// `*name` inside a sequence pattern; nil for `*_`.
    case star(String?)
    case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case classPattern(cls: Expr, patterns: [Pattern], keywordNames: [String], keywordPatterns: [Pattern])
    /// `pattern as name`; `(nil, name)` is a capture, `(nil, nil)` the wildcard `_`.
    case asPattern(Pattern?, String?)
    case or([Pattern])
}

struct MatchCase: Sendable {
    var pattern: Pattern
    var guardExpression: Expr?
    var body: [Stmt]
    var line: Int
}

/// The kinds of statement. The simple statements that hold an expression directly (an
/// expression statement, an assignment, `return`) are stored inline: no allocation for the
/// commonest statements; the others are boxed to keep ``Stmt`` small.
enum StmtKind: Sendable {
    case expression(Expr)
    case assign(targets: [Expr], value: Expr)
    indirect case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
    indirect case annotatedAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case delete([Expr])
    case pass
    case `break`
    case `continue`
    case `return`(Expr?)
    indirect case raise(exception: Expr?, cause: Expr?)
    case global([String])
    case nonlocal([String])
    indirect case assert(test: Expr, message: Expr?)
    indirect case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
    indirect case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
    indirect case `for`(target: Expr, iter: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
    indirect case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    indirect case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt], isStar: Bool)
    indirect case functionDef(FunctionDefinition)
    indirect case classDef(ClassDefinition)
    case `import`([ImportAlias])
    case importFrom(module: String?, names: [ImportAlias], level: Int)
    indirect case match(subject: Expr, cases: [MatchCase])
}

/// The start and end of a node or token, stored as 32-bit numbers to keep nodes, tokens and
/// their arrays small. Values past the 32-bit range (a line or column of a source over 2 GB)
/// saturate, so a position never turns negative.
struct NodePositions: Sendable {
    var line: Int32
    var column: Int32
    var endLine: Int32
    var endColumn: Int32

    init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = Int32(clamping: line)
        self.column = Int32(clamping: column)
        self.endLine = Int32(clamping: endLine)
        self.endColumn = Int32(clamping: endColumn)
    }
}

/// A node or token whose positions are ``NodePositions``, read and written as `Int`s.
protocol CompactPositions {
    var positions: NodePositions { get set }
}

extension CompactPositions {
    var line: Int {
        get { Int(positions.line) }
        set { positions.line = Int32(clamping: newValue) }
    }
    var column: Int {
        get { Int(positions.column) }
        set { positions.column = Int32(clamping: newValue) }
    }
    var endLine: Int {
        get { Int(positions.endLine) }
        set { positions.endLine = Int32(clamping: newValue) }
    }
    var endColumn: Int {
        get { Int(positions.endColumn) }
        set { positions.endColumn = Int32(clamping: newValue) }
    }
}
