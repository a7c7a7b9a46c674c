/// The `match` statement and its pattern grammar (PEP 634).
extension Parser {
    /// Parses a `match` statement if the tokens form one; otherwise restores the position and
    /// returns nil so `match` is treated as an ordinary name (it is a soft keyword).
    mutating func tryParseMatch() throws(CompileError) -> Stmt? {
        let save = pos
        let saveDepth = depth
        let t = advance()
        switch kind {
        case .equal, .dot, .newline, .endMarker, .comma, .rpar, .colon, .semi:
            pos = save
            return nil
        default:
            if Parser.augmentedOperator(kind) != nil { pos = save; return nil }
        }
        let subject: Expr
        do {
            let first = try parseStarOrNamed()
            if kind == .comma {
                var items = [first]
                while accept(.comma) {
                    if kind == .colon { break }
                    items.append(try parseStarOrNamed())
                }
                subject = node(.tuple(items), line: first.line, column: first.column)
            } else {
                subject = first
            }
            guard kind == .colon, peekKind() == .newline else {
                pos = save
                depth = saveDepth
                return nil
            }
        } catch {
            pos = save
            depth = saveDepth
            return nil
        }
        skip()  // ':'
        skip()  // NEWLINE
        guard accept(.indent) else {
            throw CompileError.indentation("expected an indented block after 'match' statement on line \(t.line)", line: current.line, column: current.column + 1)
        }
        var cases: [MatchCase] = []
        while kind != .dedent && kind != .endMarker {
            if accept(.newline) { continue }
            guard isName("case") else { throw invalidSyntax() }
            let c = advance()
            let pattern = try parsePatterns()
            var guardExpr: Expr? = nil
            if accept(.kwIf) { guardExpr = try parseNamedExpression() }
            let body = try parseBlock(after: "'case' statement", line: c.line)
            cases.append(MatchCase(pattern: pattern, guardExpression: guardExpr, body: body, line: c.line))
        }
        _ = accept(.dedent)
        if cases.isEmpty { throw invalidSyntax() }
        return statement(.match(subject: subject, cases: cases), line: t.line, column: t.column)
    }

    /// `patterns`: an open sequence pattern (`case a, b:`) or a single pattern.
    mutating func parsePatterns() throws(CompileError) -> Pattern {
        let first = try parseMaybeStarPattern()
        if kind != .comma {
            if case .star = first { throw invalidSyntax() }
            return first
        }
        var items = [first]
        while accept(.comma) {
            if kind == .colon || kind == .kwIf { break }
            items.append(try parseMaybeStarPattern())
        }
        return .sequence(items)
    }

    mutating func parseMaybeStarPattern() throws(CompileError) -> Pattern {
        if accept(.star) {
            guard kind == .name else { throw invalidSyntax() }
            let name = advance().text
            return .star(name == "_" ? nil : name)
        }
        return try parsePattern()
    }

    mutating func parsePattern() throws(CompileError) -> Pattern {
        try enter()
        defer { leave() }
        let orPattern = try parseOrPattern()
        if accept(.kwAs) {
            guard kind == .name else { throw invalidSyntax() }
            let nameTok = advance()
            if nameTok.text == "_" {
                throw CompileError.syntax("cannot use '_' as a target", line: nameTok.line, column: nameTok.column + 1)
            }
            return .asPattern(orPattern, nameTok.text)
        }
        return orPattern
    }

    mutating func parseOrPattern() throws(CompileError) -> Pattern {
        let first = try parseClosedPattern()
        if kind != .vbar { return first }
        var alts = [first]
        while accept(.vbar) { alts.append(try parseClosedPattern()) }
        return .or(alts)
    }

    mutating func parseClosedPattern() throws(CompileError) -> Pattern {
        let t = current
        switch t.kind {
        case .kwNone: skip(); return .singleton(.none)
        case .kwTrue: skip(); return .singleton(.bool(true))
        case .kwFalse: skip(); return .singleton(.bool(false))
        case .number, .minus:
            let e = try parseSignedNumber()
            return .value(e)
        case .string:
            let e = try parseStrings()
            if case .joinedString = e.kind {
                throw CompileError.syntax("patterns may only match literals and attribute lookups", line: e.line, column: e.column + 1)
            }
            return .value(e)
        case .lpar:
            skip()
            if accept(.rpar) { return .sequence([]) }
            let first = try parseMaybeStarPattern()
            if accept(.rpar) {
                if case .star = first { return .sequence([first]) }
                return first
            }
            var items = [first]
            while accept(.comma) {
                if kind == .rpar { break }
                items.append(try parseMaybeStarPattern())
            }
            _ = try expect(.rpar)
            return .sequence(items)
        case .lsqb:
            skip()
            var items: [Pattern] = []
            while kind != .rsqb {
                items.append(try parseMaybeStarPattern())
                if !accept(.comma) { break }
            }
            _ = try expect(.rsqb)
            return .sequence(items)
        case .lbrace:
            return try parseMappingPattern()
        case .name:
            skip()
            var nameExpr = node(.name(t.text), line: t.line, column: t.column)
            var dotted = false
            while accept(.dot) {
                guard kind == .name else { throw invalidSyntax() }
                nameExpr = node(.attribute(nameExpr, advance().text), line: t.line, column: t.column)
                dotted = true
            }
            if kind == .lpar {
                return try parseClassPattern(nameExpr)
            }
            if dotted { return .value(nameExpr) }
            if t.text == "_" { return .asPattern(nil, nil) }
            return .asPattern(nil, t.text)
        default:
            throw invalidSyntax()
        }
    }

    mutating func parseSignedNumber() throws(CompileError) -> Expr {
        let t = position
        var negative = false
        if accept(.minus) { negative = true }
        guard kind == .number else { throw invalidSyntax() }
        var e = try parseAtom()
        if negative { e = node(.unary(.negative, e), line: t.line, column: t.column) }
        if kind == .plus || kind == .minus {
            // `real + imagj` / `real - imagj`: the right operand must be an imaginary literal.
            let op: BinaryOperator = advance().kind == .plus ? .add : .sub
            guard kind == .number, case .imaginary? = current.number else {
                throw CompileError.syntax("imaginary number required in complex literal", line: current.line, column: current.column + 1)
            }
            let imag = try parseAtom()
            e = node(.binary(op, e, imag), line: t.line, column: t.column)
        }
        return e
    }

    mutating func parseMappingPattern() throws(CompileError) -> Pattern {
        skip()
        var keys: [Expr] = []
        var patterns: [Pattern] = []
        var rest: String? = nil
        while kind != .rbrace {
            if accept(.doubleStar) {
                guard kind == .name else { throw invalidSyntax() }
                rest = advance().text
                _ = accept(.comma)
                break
            }
            let key: Expr
            switch kind {
            case .kwNone: let t = advance(); key = node(.constant(.none), line: t.line, column: t.column)
            case .kwTrue: let t = advance(); key = node(.constant(.bool(true)), line: t.line, column: t.column)
            case .kwFalse: let t = advance(); key = node(.constant(.bool(false)), line: t.line, column: t.column)
            case .string: key = try parseStrings()
            case .number, .minus: key = try parseSignedNumber()
            case .name:
                let t = advance()
                var e = node(.name(t.text), line: t.line, column: t.column)
                var dotted = false
                while accept(.dot) {
                    guard kind == .name else { throw invalidSyntax() }
                    e = node(.attribute(e, advance().text), line: t.line, column: t.column)
                    dotted = true
                }
                if !dotted { throw invalidSyntax(at: t) }
                key = e
            default: throw invalidSyntax()
            }
            _ = try expect(.colon)
            keys.append(key)
            patterns.append(try parsePattern())
            if !accept(.comma) { break }
        }
        _ = try expect(.rbrace)
        return .mapping(keys: keys, patterns: patterns, rest: rest)
    }

    mutating func parseClassPattern(_ cls: Expr) throws(CompileError) -> Pattern {
        skip()  // (
        var positional: [Pattern] = []
        var names: [String] = []
        var keywordPatterns: [Pattern] = []
        while kind != .rpar {
            if kind == .name && peekKind() == .equal {
                let n = advance()
                skip()
                names.append(n.text)
                keywordPatterns.append(try parsePattern())
            } else {
                if !names.isEmpty {
                    throw CompileError.syntax("positional patterns follow keyword patterns", line: current.line, column: current.column + 1)
                }
                positional.append(try parsePattern())
            }
            if !accept(.comma) { break }
        }
        _ = try expect(.rpar)
        return .classPattern(cls: cls, patterns: positional, keywordNames: names, keywordPatterns: keywordPatterns)
    }
}
