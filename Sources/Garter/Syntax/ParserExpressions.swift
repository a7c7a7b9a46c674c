/// Expression grammar: from `star_expressions` down to atoms, calls, subscripts,
/// comprehensions and string literals (including f-strings).
extension Parser {
    /// `star_expressions`: an expression list that becomes a tuple when it has a comma.
    mutating func parseStarExpressions(allowYield: Bool = false) throws(CompileError) -> Expr {
        if allowYield && kind == .kwYield { return try parseYield() }
        let t = position
        let first = try parseStarOrNamed()
        if kind != .comma { return first }
        var items = [first]
        while accept(.comma) {
            if isExpressionEnd() { break }
            items.append(try parseStarOrNamed())
        }
        return node(.tuple(items), line: t.line, column: t.column)
    }

    func isExpressionEnd() -> Bool {
        switch kind {
        case .newline, .semi, .endMarker, .equal, .rpar, .rsqb, .rbrace, .colon, .kwIn, .kwFor, .kwIf, .kwAs:
            return true
        default:
            return Parser.augmentedOperator(kind) != nil
        }
    }

    /// Inside brackets, two adjacent expressions mean a forgotten comma (CPython's hint).
    func missingCommaError(after first: Expr) -> CompileError? {
        switch kind {
        case .name, .number, .lpar, .lsqb, .lbrace, .kwNone, .kwTrue, .kwFalse:
            break
        case .string:
            if case .name = first.kind { return nil }
        default:
            return nil
        }
        return CompileError.syntax("invalid syntax. Perhaps you forgot a comma?", line: first.line, column: first.column + 1).ending(at: current)
    }

    /// CPython's `invalid_named_expression`, for a `=` right after a named expression where
    /// `==` or `:=` was meant (`if x = 1:`, `[x = 1]`): a name gets "Maybe you meant '==' or
    /// ':='", another single-operand expression "cannot assign to ... here"; nil when the
    /// next token is not `=`, the expression is a comparison, boolean, tuple or list, or the
    /// value after `=` is itself followed by `=` or `:=`. Consumes the `=` and the value.
    mutating func invalidNamedExpressionError(_ e: Expr) throws(CompileError) -> CompileError? {
        guard kind == .equal, peekKind() != .equal else { return nil }
        var what = Parser.describe(e)
        switch e.kind {
        case .name: break
        case .attribute: what = "attribute"
        case .subscript: what = "subscript"
        case .compare, .boolean, .ifExpression, .lambda, .namedExpression, .tuple, .list, .listComprehension,
             .generatorExpression, .starred, .yield, .yieldFrom:
            return nil
        case .unary(let op, _) where op == .not:
            return nil
        case .constant(let c):
            switch c {
            case .none, .bool: return nil
            default: break
            }
        default: break
        }
        skip()
        let value = try parseBitwiseOr()
        if kind == .equal || kind == .colonEqual { return nil }
        if case .name = e.kind {
            return CompileError.syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", line: e.line, column: e.column + 1).spanning(value)
        }
        return CompileError.syntax("cannot assign to \(what) here. Maybe you meant '==' instead of '='?", line: e.line, column: e.column + 1).spanning(e)
    }

    mutating func parseStarOrNamed() throws(CompileError) -> Expr {
        if kind == .star {
            let s = advance()
            let inner = try parseBitwiseOr()
            return node(.starred(inner), line: s.line, column: s.column)
        }
        return try parseNamedExpression()
    }

    mutating func parseYield() throws(CompileError) -> Expr {
        let t = advance()
        if accept(.kwFrom) {
            let v = try parseExpression()
            return node(.yieldFrom(v), line: t.line, column: t.column)
        }
        if isExpressionEnd() || kind == .rpar {
            return node(.yield(nil), line: t.line, column: t.column)
        }
        let v = try parseStarExpressions()
        return node(.yield(v), line: t.line, column: t.column)
    }

    /// `named_expression`: `NAME := expression` or an expression.
    mutating func parseNamedExpression() throws(CompileError) -> Expr {
        if kind == .name && peekKind() == .colonEqual {
            let t = advance()
            skip()
            let value = try parseExpression()
            return node(.namedExpression(target: t.text, value: value), line: t.line, column: t.column)
        }
        let e = try parseExpression()
        if kind == .colonEqual {
            throw CompileError.syntax("cannot use assignment expressions with \(Parser.describe(e))", line: e.line, column: e.column + 1)
        }
        return e
    }

    /// `expression`: conditional expressions and lambdas.
    mutating func parseExpression() throws(CompileError) -> Expr {
        try enter()
        defer { leave() }
        if kind == .kwLambda { return try parseLambda() }
        let t = position
        let body = try parseDisjunction()
        if kind == .kwIf {
            skip()
            let test = try parseDisjunction()
            guard accept(.kwElse) else {
                throw CompileError.syntax("expected 'else' after 'if' expression", line: t.line, column: t.column + 1)
            }
            let orElse = try parseExpression()
            return node(.ifExpression(test: test, body: body, orElse: orElse), line: t.line, column: t.column)
        }
        return body
    }

    mutating func parseLambda() throws(CompileError) -> Expr {
        let t = advance()
        let args = try parseParameters(closing: .colon, allowAnnotations: false)
        _ = try expect(.colon)
        let body = try parseExpression()
        return node(.lambda(args, body), line: t.line, column: t.column)
    }

    /// `disjunction`. Most operands are one `bitwise_or` with no comparison, `not`, `and` or
    /// `or` around it: that operand is parsed first and returned as it is when the next
    /// token cannot continue it, instead of descending through the four levels between.
    mutating func parseDisjunction() throws(CompileError) -> Expr {
        let t = position
        let first: Expr
        if kind == .kwNot {
            first = try parseConjunction()
        } else {
            let operand = try parseBitwiseOr()
            if !Parser.continuesOperand(kind) { return operand }
            first = try parseConjunction(leading: operand, start: t)
        }
        if kind != .kwOr { return first }
        var items = [first]
        while accept(.kwOr) { items.append(try parseConjunction()) }
        return node(.boolean(isAnd: false, items), line: t.line, column: t.column)
    }

    /// True when `kind` continues an operand into a comparison or a boolean operation.
    @inline(__always)
    static func continuesOperand(_ kind: TokenKind) -> Bool {
        switch kind {
        case .eqEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .kwIn, .kwIs, .kwNot, .kwAnd, .kwOr:
            return true
        default:
            return false
        }
    }

    /// `conjunction`; `leading` is its first comparison's first operand when the caller
    /// has parsed it already (starting at `start`).
    mutating func parseConjunction(leading: Expr? = nil, start: TokenPosition? = nil) throws(CompileError) -> Expr {
        let t = start ?? position
        let first: Expr
        if let leading {
            first = try parseComparison(leading: leading, start: t)
        } else {
            first = try parseInversion()
        }
        if kind != .kwAnd { return first }
        var items = [first]
        while accept(.kwAnd) { items.append(try parseInversion()) }
        return node(.boolean(isAnd: true, items), line: t.line, column: t.column)
    }

    mutating func parseInversion() throws(CompileError) -> Expr {
        if kind == .kwNot {
            try enter()
            defer { leave() }
            let t = advance()
            let operand = try parseInversion()
            return node(.unary(.not, operand), line: t.line, column: t.column)
        }
        return try parseComparison()
    }

    /// `comparison`; `leading` is its first operand when the caller has parsed it already
    /// (starting at `start`).
    mutating func parseComparison(leading: Expr? = nil, start: TokenPosition? = nil) throws(CompileError) -> Expr {
        let t = start ?? position
        let first: Expr
        if let leading {
            first = leading
        } else {
            first = try parseBitwiseOr()
        }
        var ops: [CompareOperator] = []
        var rest: [Expr] = []
        while true {
            var op: CompareOperator
            switch kind {
            case .eqEqual: op = .eq
            case .notEqual: op = .ne
            case .less: op = .lt
            case .lessEqual: op = .le
            case .greater: op = .gt
            case .greaterEqual: op = .ge
            case .kwIn: op = .in
            case .kwIs:
                skip()
                if accept(.kwNot) { ops.append(.isNot) } else { ops.append(.is) }
                rest.append(try parseBitwiseOr())
                continue
            case .kwNot:
                if peekKind() == .kwIn {
                    skip(); skip()
                    ops.append(.notIn)
                    rest.append(try parseBitwiseOr())
                    continue
                }
                return ops.isEmpty ? first : node(.compare(first, ops, rest), line: t.line, column: t.column)
            default:
                return ops.isEmpty ? first : node(.compare(first, ops, rest), line: t.line, column: t.column)
            }
            skip()
            ops.append(op)
            rest.append(try parseBitwiseOr())
        }
    }

    /// The binary operator `kind` spells and its precedence level, from 0 (`|`) to 5 (`*`,
    /// `/`, `//`, `%`, `@`); nil for any other token.
    @inline(__always)
    static func binaryOperator(_ kind: TokenKind) -> (op: BinaryOperator, level: Int)? {
        switch kind {
        case .vbar: return (.or, 0)
        case .circumflex: return (.xor, 1)
        case .amper: return (.and, 2)
        case .leftShift: return (.lshift, 3)
        case .rightShift: return (.rshift, 3)
        case .plus: return (.add, 4)
        case .minus: return (.sub, 4)
        case .star: return (.mul, 5)
        case .slash: return (.truediv, 5)
        case .doubleSlash: return (.floordiv, 5)
        case .percent: return (.mod, 5)
        case .at: return (.matmul, 5)
        default: return nil
        }
    }

    /// The left-associative binary operators of `level` and above, by precedence climbing:
    /// one call per operand instead of one per precedence level and operand.
    mutating func parseBinary(level minimum: Int) throws(CompileError) -> Expr {
        let t = position
        var left = try parseFactor()
        var chain = 0
        while let (op, level) = Parser.binaryOperator(kind), level >= minimum {
            skip()
            // A long operator chain builds a deep left-leaning tree: count it as nesting.
            chain += 1
            try enter()
            let right = try parseBinary(level: level + 1)
            left = node(.binary(op, left, right), line: t.line, column: t.column)
        }
        depth -= chain
        return left
    }

    mutating func parseBitwiseOr() throws(CompileError) -> Expr {
        try parseBinary(level: 0)
    }

    mutating func parseFactor() throws(CompileError) -> Expr {
        let t = position
        let op: UnaryOperator
        switch kind {
        case .plus: op = .positive
        case .minus: op = .negative
        case .tilde: op = .invert
        default: return try parsePower()
        }
        try enter()
        defer { leave() }
        skip()
        let operand = try parseFactor()
        return node(.unary(op, operand), line: t.line, column: t.column)
    }

    mutating func parsePower() throws(CompileError) -> Expr {
        let t = position
        var base: Expr
        if kind == .kwAwait {
            skip()
            let inner = try parsePrimary()
            base = node(.await(inner), line: t.line, column: t.column)
        } else {
            base = try parsePrimary()
        }
        if accept(.doubleStar) {
            try enter()
            defer { leave() }
            let exp = try parseFactor()
            base = node(.binary(.pow, base, exp), line: t.line, column: t.column)
        }
        return base
    }

    mutating func parsePrimary() throws(CompileError) -> Expr {
        let t = position
        var e = try parseAtom()
        var trailers = 0
        defer { depth -= trailers }
        while true {
            switch kind {
            case .dot:
                skip()
                guard kind == .name else { throw invalidSyntax() }
                let name = advance().text
                e = node(.attribute(e, name), line: t.line, column: t.column)
            case .lpar:
                skip()
                let (args, keywords) = try parseCallArguments()
                _ = try expect(.rpar)
                e = node(.call(function: e, args: args, keywords: keywords), line: t.line, column: t.column)
            case .lsqb:
                skip()
                let index = try parseSubscriptList()
                _ = try expect(.rsqb)
                e = node(.subscript(e, index), line: t.line, column: t.column)
            default:
                return e
            }
            trailers += 1
            try enter()
        }
    }

    mutating func parseSubscriptList() throws(CompileError) -> Expr {
        let t = position
        let first = try parseSliceItem()
        if kind != .comma { return first }
        var items = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            items.append(try parseSliceItem())
        }
        return node(.tuple(items), line: t.line, column: t.column)
    }

    mutating func parseSliceItem() throws(CompileError) -> Expr {
        let t = position
        var lower: Expr? = nil
        if kind != .colon {
            if kind == .star {
                let s = advance()
                let inner = try parseBitwiseOr()
                return node(.starred(inner), line: s.line, column: s.column)
            }
            let e = try parseNamedExpression()
            if kind != .colon { return e }
            lower = e
        }
        _ = try expect(.colon)
        var upper: Expr? = nil
        var step: Expr? = nil
        if kind != .colon && kind != .rsqb && kind != .comma { upper = try parseExpression() }
        if accept(.colon) {
            if kind != .rsqb && kind != .comma { step = try parseExpression() }
        }
        return node(.slice(lower: lower, upper: upper, step: step), line: t.line, column: t.column)
    }

    /// Parses call arguments up to (not including) `)`.
    mutating func parseCallArguments() throws(CompileError) -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var seenKeyword = false
        var seenDoubleStar = false
        while kind != .rpar {
            let t = current
            if kind == .star {
                skip()
                let v = try parseExpression()
                if seenDoubleStar {
                    throw CompileError.syntax("iterable argument unpacking follows keyword argument unpacking", line: t.line, column: t.column + 1)
                }
                args.append(node(.starred(v), line: t.line, column: t.column))
            } else if kind == .doubleStar {
                skip()
                let v = try parseExpression()
                keywords.append(Keyword(name: nil, value: v, line: t.line, column: t.column))
                seenDoubleStar = true
            } else if kind == .name && peekKind() == .equal {
                let name = advance().text
                skip()
                let v = try parseExpression()
                keywords.append(Keyword(name: name, value: v, line: t.line, column: t.column))
                seenKeyword = true
            } else {
                var v = try parseNamedExpression()
                if kind == .kwFor || kind == .kwAsync {
                    let comps = try parseComprehensionClauses()
                    v = node(.generatorExpression(v, comps), line: v.line, column: v.column)
                    if !args.isEmpty || !keywords.isEmpty || kind == .comma && peekKind() != .rpar {
                        throw CompileError.syntax("Generator expression must be parenthesized", line: v.line, column: v.column + 1).spanning(v)
                    }
                }
                if kind == .equal {
                    throw CompileError.syntax("expression cannot contain assignment, perhaps you meant \"==\"?", line: v.line, column: v.column + 1).ending(at: current)
                }
                if seenDoubleStar {
                    throw error("positional argument follows keyword argument unpacking")
                }
                if seenKeyword {
                    throw error("positional argument follows keyword argument")
                }
                args.append(v)
            }
            if !accept(.comma) {
                if kind != .rpar, let last = keywords.last?.value ?? args.last, let e = missingCommaError(after: last) { throw e }
                break
            }
        }
        return (args, keywords)
    }

    mutating func parseComprehensionClauses() throws(CompileError) -> [Comprehension] {
        var comps: [Comprehension] = []
        while kind == .kwFor || (kind == .kwAsync && peekKind() == .kwFor) {
            let isAsync = accept(.kwAsync)
            skip()
            let target = try parseTargetList()
            try checkAssignTarget(target, inAssignment: false)
            guard accept(.kwIn) else { throw invalidSyntax() }
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try parseDisjunction()) }
            comps.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return comps
    }

    mutating func parseAtom() throws(CompileError) -> Expr {
        // The position only: a copy of the token would retain its strings.
        let t = position
        switch t.kind {
        case .name:
            let name = tokens[pos].text
            skip()
            return node(.name(name), line: t.line, column: t.column)
        case .number:
            let number = tokens[pos].number!
            skip()
            switch number {
            case .int(let v): return node(.constant(.int(v)), line: t.line, column: t.column)
            case .bigInt(let s, let r): return node(.constant(.bigInt(s, radix: r)), line: t.line, column: t.column)
            case .float(let d): return node(.constant(.float(d)), line: t.line, column: t.column)
            case .imaginary(let d): return node(.constant(.imaginary(d)), line: t.line, column: t.column)
            }
        case .string:
            return try parseStrings()
        case .kwNone: skip(); return node(.constant(.none), line: t.line, column: t.column)
        case .kwTrue: skip(); return node(.constant(.bool(true)), line: t.line, column: t.column)
        case .kwFalse: skip(); return node(.constant(.bool(false)), line: t.line, column: t.column)
        case .ellipsis: skip(); return node(.constant(.ellipsis), line: t.line, column: t.column)
        case .lpar:
            try enter()
            defer { leave() }
            skip()
            if accept(.rpar) { return node(.tuple([]), line: t.line, column: t.column) }
            if kind == .kwYield {
                let y = try parseYield()
                _ = try expect(.rpar)
                return y
            }
            let first = try parseStarOrNamed()
            if kind == .kwFor || kind == .kwAsync {
                let comps = try parseComprehensionClauses()
                _ = try expect(.rpar)
                return node(.generatorExpression(first, comps), line: t.line, column: t.column)
            }
            if accept(.rpar) {
                if case .starred = first.kind {
                    throw CompileError.syntax("cannot use starred expression here", line: first.line, column: first.column + 1)
                }
                return first
            }
            guard kind == .comma else {
                if let e = missingCommaError(after: first) { throw e }
                if let e = try invalidNamedExpressionError(first) { throw e }
                throw invalidSyntax()
            }
            var items = [first]
            while accept(.comma) {
                if kind == .rpar { break }
                items.append(try parseStarOrNamed())
            }
            if kind != .rpar, let e = missingCommaError(after: items[items.count - 1]) { throw e }
            _ = try expect(.rpar)
            return node(.tuple(items), line: t.line, column: t.column)
        case .lsqb:
            try enter()
            defer { leave() }
            skip()
            if accept(.rsqb) { return node(.list([]), line: t.line, column: t.column) }
            let first = try parseStarOrNamed()
            if kind == .kwFor || kind == .kwAsync {
                let comps = try parseComprehensionClauses()
                _ = try expect(.rsqb)
                return node(.listComprehension(first, comps), line: t.line, column: t.column)
            }
            var items = [first]
            while accept(.comma) {
                if kind == .rsqb { break }
                items.append(try parseStarOrNamed())
            }
            if kind != .rsqb, let e = missingCommaError(after: items[items.count - 1]) { throw e }
            if let e = try invalidNamedExpressionError(items[items.count - 1]) { throw e }
            _ = try expect(.rsqb)
            return node(.list(items), line: t.line, column: t.column)
        case .lbrace:
            try enter()
            defer { leave() }
            return try parseBraces()
        default:
            throw invalidSyntax()
        }
    }

    mutating func parseBraces() throws(CompileError) -> Expr {
        let t = advance()
        if accept(.rbrace) { return node(.dict(keys: [], values: []), line: t.line, column: t.column) }
        if kind == .doubleStar {
            return try parseDictRest(t, firstKey: nil, firstValue: nil)
        }
        let first = try parseStarOrNamed()
        if accept(.colon) {
            let value = try parseExpression()
            if kind == .kwFor || kind == .kwAsync {
                let comps = try parseComprehensionClauses()
                _ = try expect(.rbrace)
                return node(.dictComprehension(key: first, value: value, comps), line: t.line, column: t.column)
            }
            return try parseDictRest(t, firstKey: first, firstValue: value)
        }
        if kind == .kwFor || kind == .kwAsync {
            let comps = try parseComprehensionClauses()
            _ = try expect(.rbrace)
            return node(.setComprehension(first, comps), line: t.line, column: t.column)
        }
        var items = [first]
        while accept(.comma) {
            if kind == .rbrace { break }
            items.append(try parseStarOrNamed())
        }
        _ = try expect(.rbrace)
        return node(.set(items), line: t.line, column: t.column)
    }

    mutating func parseDictRest(_ t: Token, firstKey: Expr?, firstValue: Expr?) throws(CompileError) -> Expr {
        var keys: [Expr?] = []
        var values: [Expr] = []
        if let firstValue {
            keys.append(firstKey)
            values.append(firstValue)
            if !accept(.comma) {
                _ = try expect(.rbrace)
                return node(.dict(keys: keys, values: values), line: t.line, column: t.column)
            }
        }
        while kind != .rbrace {
            if accept(.doubleStar) {
                keys.append(nil)
                values.append(try parseBitwiseOr())
            } else {
                let k = try parseExpression()
                guard accept(.colon) else {
                    throw CompileError.syntax("':' expected after dictionary key", line: k.line, column: k.column + 1)
                }
                keys.append(k)
                values.append(try parseExpression())
            }
            if !accept(.comma) { break }
        }
        _ = try expect(.rbrace)
        return node(.dict(keys: keys, values: values), line: t.line, column: t.column)
    }

    // MARK: - Strings

    /// Joins adjacent string literals (`'a' "b" f'{c}'`) into one constant or f-string.
    mutating func parseStrings() throws(CompileError) -> Expr {
        let t = position
        var parts: [FStringPart] = []
        var isBytes: Bool? = nil
        var bytes: [UInt8] = []
        var hasFormat = false
        var literal = ""
        while kind == .string {
            let tok = advance()
            let lit = tok.string!
            if let b = isBytes, b != lit.isBytes {
                throw CompileError.syntax("cannot mix bytes and nonbytes literals", line: t.line, column: t.column + 1)
            }
            isBytes = lit.isBytes
            if lit.isBytes {
                bytes.append(contentsOf: lit.bytes)
            } else if lit.isFormat {
                hasFormat = true
                var fparser = FStringParser(body: Array(lit.text.utf8), raw: lit.isRaw, line: lit.bodyLine, column: lit.bodyColumn, depth: depth, end: (tok.endLine, tok.endColumn))
                let fparts = try fparser.parse()
                for p in fparts {
                    if case .literal(let s) = p {
                        literal += s
                    } else {
                        if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
                        parts.append(p)
                    }
                }
            } else {
                literal += lit.text
            }
        }
        if isBytes == true {
            return node(.constant(.bytes(bytes)), line: t.line, column: t.column)
        }
        if !hasFormat {
            return node(.constant(.str(literal)), line: t.line, column: t.column)
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return node(.joinedString(parts), line: t.line, column: t.column)
    }

    /// Parses the text of an expression embedded in an f-string.
    static func parseEmbeddedExpression(_ text: String, line: Int, column: Int, depth: Int) throws(CompileError) -> Expr {
        var tokens: [Token]
        do {
            tokens = try Lexer.tokenize("(" + text + ")")
        } catch {
            var e = error
            e.line = line
            if e.message.hasPrefix("'(' was never closed") || e.message.hasPrefix("unmatched") {
                e.message = "f-string: " + e.message
            } else if !e.message.hasPrefix("f-string") {
                e.message = "f-string: " + e.message
            }
            throw e
        }
        // Re-base token positions onto the field's place in the source (the text was
        // wrapped in '(' so first-line columns are shifted by one).
        for i in tokens.indices {
            if tokens[i].line == 1 {
                tokens[i].column = column + tokens[i].column - 1
            }
            if tokens[i].endLine == 1 {
                tokens[i].endColumn = column + tokens[i].endColumn - 1
            }
            tokens[i].line = line + tokens[i].line - 1
            tokens[i].endLine = line + tokens[i].endLine - 1
        }
        var parser = Parser(tokens: tokens)
        parser.depth = depth
        do throws(CompileError) {
            _ = try parser.expect(.lpar)
            let e: Expr
            if parser.kind == .kwYield {
                e = try parser.parseYield()
            } else {
                e = try parser.parseStarExpressions()
            }
            _ = try parser.expect(.rpar)
            while parser.kind == .newline { _ = parser.advance() }
            if parser.kind != .endMarker { throw parser.invalidSyntax() }
            return e
        } catch {
            var err = error
            if !err.message.hasPrefix("f-string") && err.typeName == "SyntaxError" {
                err.message = "f-string: " + err.message
            }
            throw err
        }
    }
}

/// Splits an f-string body into literal text and `{expression!conversion:spec}` fields.
struct FStringParser {
    let body: [UInt8]
    let raw: Bool
    let line: Int
    let column: Int
    let depth: Int
    /// The end of the literal's token, where escape errors point (as CPython's do).
    let end: (line: Int, column: Int)
    var pos = 0

    init(body: [UInt8], raw: Bool, line: Int, column: Int, depth: Int, end: (line: Int, column: Int)) {
        self.body = body
        self.raw = raw
        self.line = line
        self.column = column
        self.depth = depth
        self.end = end
    }

    func error(_ message: String) -> CompileError {
        .syntax("f-string: " + message, line: line, column: column + 1)
    }

    mutating func parse(nestedSpec: Bool = false, specDepth: Int = 0) throws(CompileError) -> [FStringPart] {
        var parts: [FStringPart] = []
        var text: [UInt8] = []
        func flush(_ parts: inout [FStringPart], _ text: inout [UInt8], raw: Bool, line: Int, column: Int) throws(CompileError) {
            if text.isEmpty { return }
            let s: String
            if raw {
                s = String(decoding: text, as: UTF8.self)
            } else {
                s = try Lexer.decodeEscapes(text[...], bytes: false, line: end.line, column: end.column).text
            }
            parts.append(.literal(s))
            text = []
        }
        while pos < body.count {
            let c = body[pos]
            if c == UInt8(ascii: "{") {
                if !nestedSpec && pos + 1 < body.count && body[pos + 1] == UInt8(ascii: "{") {
                    text.append(c)
                    pos += 2
                    continue
                }
                try flush(&parts, &text, raw: raw, line: line, column: column)
                pos += 1
                parts.append(contentsOf: try parseField(specDepth: specDepth))
                continue
            }
            if c == UInt8(ascii: "}") {
                if nestedSpec { break }
                if pos + 1 < body.count && body[pos + 1] == UInt8(ascii: "}") {
                    text.append(c)
                    pos += 2
                    continue
                }
                throw error("single '}' is not allowed")
            }
            if c == UInt8(ascii: "\\") && !raw && pos + 2 < body.count && body[pos + 1] == UInt8(ascii: "N") && body[pos + 2] == UInt8(ascii: "{") {
                // `\N{name}`: its braces are part of the escape, not a field.
                var close = pos + 3
                while close < body.count && body[close] != UInt8(ascii: "}") { close += 1 }
                let stop = min(close + 1, body.count)
                text.append(contentsOf: body[pos..<stop])
                pos = stop
                continue
            }
            if c == UInt8(ascii: "\\") && !raw && pos + 1 < body.count {
                // Keep the escape for decoding; skip the escaped byte so `\{` is not a field.
                text.append(c)
                text.append(body[pos + 1])
                pos += 2
                continue
            }
            text.append(c)
            pos += 1
        }
        try flush(&parts, &text, raw: raw, line: line, column: column)
        return parts
    }

    /// Parses one replacement field after its `{`.
    mutating func parseField(specDepth: Int) throws(CompileError) -> [FStringPart] {
        let start = pos
        var bracketDepth = 0
        var quote: UInt8 = 0
        var tripleQuote = false
        var exprEnd = -1
        var selfDocumenting = false
        while pos < body.count {
            let c = body[pos]
            if quote != 0 {
                if c == quote {
                    if tripleQuote {
                        if pos + 2 < body.count && body[pos + 1] == quote && body[pos + 2] == quote {
                            quote = 0
                            pos += 3
                            continue
                        }
                    } else {
                        quote = 0
                    }
                }
                pos += 1
                continue
            }
            switch c {
            case UInt8(ascii: "'"), UInt8(ascii: "\""):
                if pos + 2 < body.count && body[pos + 1] == c && body[pos + 2] == c {
                    tripleQuote = true
                    pos += 3
                } else {
                    tripleQuote = false
                    pos += 1
                }
                quote = c
                continue
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                bracketDepth += 1
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                bracketDepth -= 1
                if bracketDepth < 0 { throw error("unmatched '\(UnicodeScalar(c))'") }
            case UInt8(ascii: "}"):
                if bracketDepth == 0 { exprEnd = pos }
                else { bracketDepth -= 1 }
            case UInt8(ascii: "!"):
                if bracketDepth == 0 && !(pos + 1 < body.count && body[pos + 1] == UInt8(ascii: "=")) { exprEnd = pos }
            case UInt8(ascii: ":"):
                if bracketDepth == 0 { exprEnd = pos }
            case UInt8(ascii: "="):
                if bracketDepth == 0 {
                    let next = pos + 1 < body.count ? body[pos + 1] : 0
                    let prev = pos > start ? body[pos - 1] : 0
                    let isOperator = next == UInt8(ascii: "=") || prev == UInt8(ascii: "=") || prev == UInt8(ascii: "!") || prev == UInt8(ascii: "<") || prev == UInt8(ascii: ">")
                    if !isOperator {
                        selfDocumenting = true
                        exprEnd = pos
                    }
                }
            case UInt8(ascii: "\\"):
                throw error("expression part cannot include a backslash")
            case UInt8(ascii: "#"):
                throw error("expression part cannot include '#'")
            default: break
            }
            if exprEnd >= 0 { break }
            pos += 1
        }
        if quote != 0 { throw error("unterminated string") }
        if exprEnd < 0 { throw error("expecting '}'") }
        let exprBytes = body[start..<exprEnd]
        let exprText = String(decoding: exprBytes, as: UTF8.self)
        if exprText.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) {
            throw error("empty expression not allowed")
        }
        // Absolute position of the expression text, for locations and scope keys.
        var fieldLine = line
        var fieldColumn = column
        for b in body[0..<start] {
            if b == 0x0A { fieldLine += 1; fieldColumn = 0 } else { fieldColumn += 1 }
        }
        let value = try Parser.parseEmbeddedExpression(exprText, line: fieldLine, column: fieldColumn, depth: depth + 1)
        var parts: [FStringPart] = []
        pos = exprEnd
        var docText = ""
        if selfDocumenting {
            pos += 1
            // Keep whitespace after '=' as written.
            let wsStart = pos
            while pos < body.count && (body[pos] == UInt8(ascii: " ") || body[pos] == UInt8(ascii: "\t")) { pos += 1 }
            docText = exprText + "=" + String(decoding: body[wsStart..<pos], as: UTF8.self)
        }
        var conversion: UInt8? = nil
        if pos < body.count && body[pos] == UInt8(ascii: "!") {
            pos += 1
            guard pos < body.count else { throw error("expecting '}'") }
            let conv = body[pos]
            guard conv == UInt8(ascii: "r") || conv == UInt8(ascii: "s") || conv == UInt8(ascii: "a") else {
                if conv == UInt8(ascii: "}") || conv == UInt8(ascii: ":") {
                    throw error("missed conversion character")
                }
                throw error("invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = conv
            pos += 1
        }
        var spec: Expr? = nil
        if pos < body.count && body[pos] == UInt8(ascii: ":") {
            pos += 1
            if specDepth >= 1 {
                throw error("expressions nested too deeply")
            }
            let specParts = try parse(nestedSpec: true, specDepth: specDepth + 1)
            spec = Expr(.joinedString(specParts), line: line, column: column)
        }
        guard pos < body.count && body[pos] == UInt8(ascii: "}") else {
            throw error("expecting '}'")
        }
        pos += 1
        if selfDocumenting {
            parts.append(.literal(docText))
            if conversion == nil && spec == nil { conversion = UInt8(ascii: "r") }
        }
        parts.append(.formatted(value: value, conversion: conversion, spec: spec))
        return parts
    }
}
