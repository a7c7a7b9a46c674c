/// A hand-written recursive-descent parser for the Python 3.11 grammar.
///
/// Every recursive entry point counts nesting depth and checks the native stack
/// (``StackGuard``), so adversarial input ends in a clean error, never a stack overflow.
/// Errors use CPython's wording where it has a specific message (`expected ':'`,
/// `'(' was never closed`, `expected an indented block after 'if' statement on line 3`).
struct Parser {
    static let maxDepth = 1000

    var tokens: [Token]
    var pos = 0
    var depth = 0

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole module.
    static func parseModule(_ source: String) throws(CompileError) -> [Stmt] {
        let (tokens, tokenizerError, unclosed) = Lexer.tokenizeDeferringError(source)
        var parser = Parser(tokens: tokens)
        let body: [Stmt]
        do {
            body = try parser.parseFile()
        } catch {
            // CPython's choice (pegen's _PyPegen_set_syntax_error): the parser reaching the
            // bad token raises the tokenizer's error; "unexpected indent" stands; otherwise
            // the rest of the source is tokenized and a tokenizer error found there wins (an
            // unclosed bracket only when the parse error is on a later line).
            guard let tokenizerError else { throw error }
            if parser.kind == .endMarker { throw tokenizerError }
            if error.typeName == "IndentationError" && error.message == "unexpected indent" { throw error }
            // pegen compares with the line of the last token it read.
            if !unclosed || max(error.line, parser.current.line) > tokenizerError.line { throw tokenizerError }
            throw error
        }
        if let tokenizerError { throw tokenizerError }
        return body
    }

    // MARK: - Token helpers

    var current: Token { tokens[pos] }

    /// Where the current token starts, without copying the token (tokens carry strings,
    /// and a copy retains them).
    var position: TokenPosition { TokenPosition(kind: tokens[pos].kind, line: tokens[pos].line, column: tokens[pos].column) }
    var kind: TokenKind { tokens[pos].kind }

    func peekKind(_ offset: Int = 1) -> TokenKind {
        let i = pos + offset
        return i < tokens.count ? tokens[i].kind : .endMarker
    }

    mutating func advance() -> Token {
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    /// Moves past the current token without copying it (tokens carry strings: a copy retains).
    @inline(__always)
    mutating func skip() {
        if pos < tokens.count - 1 { pos += 1 }
    }

    /// An expression node starting at (`line`, `column`) and ending where the last consumed
    /// token ends (CPython's `EXTRA` positions: a node created once all its tokens are read).
    func node(_ k: consuming ExprKind, line: Int, column: Int) -> Expr {
        // `consume`: an implicit copy of the kind (an outlined switch that retains its
        // payload) and the destruction of the original otherwise.
        var e = Expr(consume k, line: line, column: column)
        if pos > 0 {
            // Field reads, not a token copy (tokens carry strings: a copy retains them).
            e.endLine = tokens[pos - 1].endLine
            e.endColumn = tokens[pos - 1].endColumn
        }
        return e
    }

    /// A statement node ending at the last consumed token that is not a NEWLINE, INDENT or
    /// DEDENT (a compound statement ends with its body).
    func statement(_ k: consuming StmtKind, line: Int, column: Int) -> Stmt {
        var s = Stmt(consume k, line: line, column: column)
        var i = pos - 1
        while i > 0, tokens[i].kind == .newline || tokens[i].kind == .indent || tokens[i].kind == .dedent { i -= 1 }
        if i >= 0 {
            s.endLine = tokens[i].endLine
            s.endColumn = tokens[i].endColumn
        }
        return s
    }

    mutating func accept(_ k: TokenKind) -> Bool {
        if kind == k {
            skip()
            return true
        }
        return false
    }

    /// Consumes a `k` token or fails. A missing ':' is "expected ':'" where CPython says so:
    /// before the end of the line, or anywhere for a `forced` colon (pegen's `&&':'` after
    /// `def`, `try`, `else`, `finally`); other tokens there are "invalid syntax".
    mutating func expect(_ k: TokenKind, forced: Bool = false) throws(CompileError) -> Token {
        if kind == k { return advance() }
        if k == .colon || k == .rpar || k == .rsqb || k == .rbrace || k == .equal || k == .kwIn {
            if k == .colon {
                // pegen's forced token: the error covers the token found instead (a NEWLINE
                // starts where the line's code ends, or at a comment ending the line).
                let t = tokens[pos]
                if !forced && t.kind != .newline && t.kind != .endMarker { throw invalidSyntax() }
                if t.kind == .newline || t.kind == .endMarker, pos > 0, tokens[pos - 1].endLine == t.line, t.endColumn == t.column + 1 {
                    let prev = tokens[pos - 1]
                    throw CompileError.syntax("expected ':'", line: prev.endLine, column: prev.endColumn + 1)
                }
                throw CompileError.syntax("expected ':'", line: t.line, column: t.column + 1).ending(at: t)
            }
        }
        throw invalidSyntax()
    }

    func isName(_ text: String) -> Bool {
        kind == .name && current.text == text
    }

    func invalidSyntax(at token: Token? = nil) -> CompileError {
        let t = token ?? current
        if t.kind == .indent {
            return .indentation("unexpected indent", line: t.line, column: t.column + 1)
        }
        if t.kind == .endMarker {
            return .syntax("invalid syntax", line: t.line, column: t.column + 1)
        }
        return CompileError.syntax("invalid syntax", line: t.line, column: t.column + 1).ending(at: t)
    }

    func error(_ message: String, _ token: Token? = nil) -> CompileError {
        let t = token ?? current
        return CompileError.syntax(message, line: t.line, column: t.column + 1).ending(at: t)
    }

    mutating func enter() throws(CompileError) {
        depth += 1
        if depth > Parser.maxDepth || !StackGuard.hasRoom() {
            throw CompileError(typeName: "RecursionError", message: "maximum recursion depth exceeded during compilation", line: current.line, column: current.column + 1)
        }
    }

    mutating func leave() { depth -= 1 }

    // MARK: - Statements

    mutating func parseFile() throws(CompileError) -> [Stmt] {
        var body: [Stmt] = []
        while kind != .endMarker {
            if accept(.newline) { continue }
            try parseStatement(into: &body)
        }
        return body
    }

    /// Parses one statement line into `body`; simple statements separated by `;` are
    /// appended together. (Appending in place: returning an array per line cost an
    /// allocation per statement.)
    mutating func parseStatement(into body: inout [Stmt]) throws(CompileError) {
        try enter()
        defer { leave() }
        let t = position
        switch t.kind {
        case .kwIf: body.append(try parseIf())
        case .kwWhile: body.append(try parseWhile())
        case .kwFor: body.append(try parseFor(isAsync: false, start: current))
        case .kwTry: body.append(try parseTry())
        case .kwWith: body.append(try parseWith(isAsync: false, start: current))
        case .kwDef: body.append(try parseFunctionDef(decorators: [], isAsync: false, start: current))
        case .kwClass: body.append(try parseClassDef(decorators: []))
        case .at: body.append(try parseDecorated())
        case .kwAsync:
            let start = current
            skip()
            switch kind {
            case .kwDef: body.append(try parseFunctionDef(decorators: [], isAsync: true, start: start))
            case .kwFor: body.append(try parseFor(isAsync: true, start: start))
            case .kwWith: body.append(try parseWith(isAsync: true, start: start))
            default: throw invalidSyntax()
            }
        case .indent:
            throw CompileError.indentation("unexpected indent", line: t.line, column: t.column + 1)
        case .dedent:
            throw CompileError.indentation("unindent does not match any outer indentation level", line: t.line, column: t.column + 1)
        case .name where tokens[pos].text == "match":
            if let m = try tryParseMatch() {
                body.append(m)
            } else {
                try parseSimpleStatements(into: &body)
            }
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    mutating func parseSimpleStatements(into body: inout [Stmt]) throws(CompileError) {
        while true {
            body.append(try parseSimpleStatement())
            if accept(.semi) {
                if kind == .newline || kind == .endMarker { break }
                continue
            }
            break
        }
        if !accept(.newline) && kind != .endMarker { throw invalidSyntax() }
    }

    mutating func parseSimpleStatement() throws(CompileError) -> Stmt {
        let t = position
        switch t.kind {
        case .kwPass: skip(); return statement(.pass, line: t.line, column: t.column)
        case .kwBreak: skip(); return statement(.break, line: t.line, column: t.column)
        case .kwContinue: skip(); return statement(.continue, line: t.line, column: t.column)
        case .kwReturn:
            skip()
            var value: Expr? = nil
            if !isStatementEnd() { value = try parseStarExpressions() }
            return statement(.return(value), line: t.line, column: t.column)
        case .kwRaise:
            skip()
            var exc: Expr? = nil
            var cause: Expr? = nil
            if !isStatementEnd() {
                exc = try parseExpression()
                if accept(.kwFrom) { cause = try parseExpression() }
            }
            return statement(.raise(exception: exc, cause: cause), line: t.line, column: t.column)
        case .kwGlobal, .kwNonlocal:
            skip()
            var names: [String] = []
            repeat {
                guard kind == .name else { throw invalidSyntax() }
                names.append(advance().text)
            } while accept(.comma)
            return statement(t.kind == .kwGlobal ? .global(names) : .nonlocal(names), line: t.line, column: t.column)
        case .kwDel:
            skip()
            var targets: [Expr] = []
            repeat {
                if isStatementEnd() { break }
                let e = try parseBitwiseOr()
                try checkDeleteTarget(e)
                targets.append(e)
            } while accept(.comma)
            if targets.isEmpty { throw invalidSyntax() }
            return statement(.delete(targets), line: t.line, column: t.column)
        case .kwAssert:
            skip()
            let test = try parseExpression()
            var msg: Expr? = nil
            if accept(.comma) { msg = try parseExpression() }
            return statement(.assert(test: test, message: msg), line: t.line, column: t.column)
        case .kwImport:
            skip()
            var names: [ImportAlias] = []
            repeat {
                let name = try parseDottedName()
                var asName: String? = nil
                if accept(.kwAs) {
                    guard kind == .name else { throw invalidSyntax() }
                    asName = advance().text
                }
                names.append(ImportAlias(name: name, asName: asName))
            } while accept(.comma)
            return statement(.import(names), line: t.line, column: t.column)
        case .kwFrom:
            skip()
            var level = 0
            while kind == .dot || kind == .ellipsis {
                level += kind == .dot ? 1 : 3
                skip()
            }
            var module: String? = nil
            if kind != .kwImport { module = try parseDottedName() }
            _ = try expect(.kwImport)
            var names: [ImportAlias] = []
            if accept(.star) {
                names.append(ImportAlias(name: "*", asName: nil))
            } else {
                let paren = accept(.lpar)
                repeat {
                    if paren && kind == .rpar { break }
                    guard kind == .name else { throw invalidSyntax() }
                    let name = advance().text
                    var asName: String? = nil
                    if accept(.kwAs) {
                        guard kind == .name else { throw invalidSyntax() }
                        asName = advance().text
                    }
                    names.append(ImportAlias(name: name, asName: asName))
                } while accept(.comma)
                if paren { _ = try expect(.rpar) }
                else if names.isEmpty { throw invalidSyntax() }
            }
            return statement(.importFrom(module: module, names: names, level: level), line: t.line, column: t.column)
        default:
            return try parseExpressionStatement()
        }
    }

    func isStatementEnd() -> Bool {
        kind == .newline || kind == .semi || kind == .endMarker
    }

    mutating func parseDottedName() throws(CompileError) -> String {
        guard kind == .name else { throw invalidSyntax() }
        var name = advance().text
        while accept(.dot) {
            guard kind == .name else { throw invalidSyntax() }
            name += "." + advance().text
        }
        return name
    }

    mutating func parseExpressionStatement() throws(CompileError) -> Stmt {
        let t = position
        if t.kind == .name && tokens[pos].text == "print" && peekKind() == .string {
            throw CompileError.syntax("Missing parentheses in call to 'print'. Did you mean print(...)?", line: t.line, column: t.column + 1).ending(at: tokens[pos + 1])
        }
        let startIndex = pos
        let first = try parseStarExpressions(allowYield: true)
        if case .namedExpression = first.kind, t.kind == .name, startIndex + 1 < tokens.count {
            // `x := 1` needs parentheses as a statement.
            throw invalidSyntax(at: tokens[startIndex + 1])
        }
        // Annotated assignment.
        if kind == .colon {
            skip()
            try checkAnnotationTarget(first)
            let annotation = try parseExpression()
            var value: Expr? = nil
            if accept(.equal) { value = try parseStarExpressions(allowYield: true) }
            var simple = false
            if case .name = first.kind { simple = true }
            return statement(.annotatedAssign(target: first, annotation: annotation, value: value, simple: simple), line: t.line, column: t.column)
        }
        if let op = Parser.augmentedOperator(kind) {
            let opToken = advance()
            try checkAugmentedTarget(first, opToken)
            let value = try parseStarExpressions(allowYield: true)
            return statement(.augmentedAssign(target: first, op: op, value: value), line: t.line, column: t.column)
        }
        if kind == .equal {
            var targets = [first]
            var value = first
            while accept(.equal) {
                value = try parseStarExpressions(allowYield: true)
                targets.append(value)
            }
            targets.removeLast()
            for target in targets { try checkAssignTarget(target, inAssignment: true) }
            return statement(.assign(targets: targets, value: value), line: t.line, column: t.column)
        }
        if case .starred = first.kind {
            throw CompileError.syntax("can't use starred expression here", line: first.line, column: first.column + 1).spanning(first)
        }
        if !isStatementEnd() {
            // `x = 1 2` or `print x`: CPython points at the junk.
            if case .name(let n) = first.kind, kind == .name || kind == .number || kind == .string {
                if n == "print" || n == "exec" {
                    throw CompileError.syntax("Missing parentheses in call to '\(n)'. Did you mean \(n)(...)?", line: t.line, column: t.column + 1)
                }
            }
            if kind == .kwIf || kind == .name || kind == .number || kind == .string {
                throw invalidSyntax()
            }
            throw invalidSyntax()
        }
        return statement(.expression(first), line: t.line, column: t.column)
    }

    static func augmentedOperator(_ k: TokenKind) -> BinaryOperator? {
        switch k {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mul
        case .atEqual: return .matmul
        case .slashEqual: return .truediv
        case .doubleSlashEqual: return .floordiv
        case .percentEqual: return .mod
        case .doubleStarEqual: return .pow
        case .leftShiftEqual: return .lshift
        case .rightShiftEqual: return .rshift
        case .vbarEqual: return .or
        case .circumflexEqual: return .xor
        case .amperEqual: return .and
        default: return nil
        }
    }

    // MARK: - Blocks

    /// Parses `: block` for a compound statement; `what` completes CPython's
    /// "expected an indented block after ..." message.
    mutating func parseBlock(after what: String, line: Int) throws(CompileError) -> [Stmt] {
        let forced = what == "function definition" || what == "'try' statement" || what == "'else' statement" || what == "'finally' statement"
        _ = try expect(.colon, forced: forced)
        if accept(.newline) {
            guard accept(.indent) else {
                if kind == .endMarker {
                    // At the end of the file CPython reports the header's line, without a caret.
                    throw CompileError.indentation("expected an indented block after \(what) on line \(line)", line: tokens[max(0, pos - 1)].line, column: 0)
                }
                throw CompileError.indentation("expected an indented block after \(what) on line \(line)", line: current.line, column: current.column + 1)
            }
            var body: [Stmt] = []
            while kind != .dedent && kind != .endMarker {
                if accept(.newline) { continue }
                try parseStatement(into: &body)
            }
            _ = accept(.dedent)
            return body
        }
        if kind == .endMarker {
            throw CompileError.indentation("expected an indented block after \(what) on line \(line)", line: current.line, column: current.column + 1)
        }
        var body: [Stmt] = []
        try parseSimpleStatements(into: &body)
        return body
    }

    mutating func parseIf() throws(CompileError) -> Stmt {
        let t = advance()
        let test = try parseNamedExpression()
        if let e = try invalidNamedExpressionError(test) { throw e }
        let body = try parseBlock(after: "'if' statement", line: t.line)
        var orElse: [Stmt] = []
        if kind == .kwElif {
            let elifToken = current
            var elifStmt = try parseIf()
            elifStmt.line = elifToken.line
            orElse = [elifStmt]
        } else if kind == .kwElse {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement", line: e.line)
        }
        return statement(.if(test: test, body: body, orElse: orElse), line: t.line, column: t.column)
    }

    mutating func parseWhile() throws(CompileError) -> Stmt {
        let t = advance()
        let test = try parseNamedExpression()
        if let e = try invalidNamedExpressionError(test) { throw e }
        let body = try parseBlock(after: "'while' statement", line: t.line)
        var orElse: [Stmt] = []
        if kind == .kwElse {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement", line: e.line)
        }
        return statement(.while(test: test, body: body, orElse: orElse), line: t.line, column: t.column)
    }

    mutating func parseFor(isAsync: Bool, start: Token) throws(CompileError) -> Stmt {
        let t = advance()
        let target = try parseTargetList()
        try checkAssignTarget(target, inAssignment: false)
        guard accept(.kwIn) else { throw invalidSyntax() }
        let iter = try parseStarExpressions()
        let body = try parseBlock(after: "'for' statement", line: t.line)
        var orElse: [Stmt] = []
        if kind == .kwElse {
            let e = advance()
            orElse = try parseBlock(after: "'else' statement", line: e.line)
        }
        return statement(.for(target: target, iter: iter, body: body, orElse: orElse, isAsync: isAsync), line: start.line, column: start.column)
    }

    /// Parses a `for` target: star_targets up to `in`.
    mutating func parseTargetList() throws(CompileError) -> Expr {
        let t = current
        var items: [Expr] = []
        var trailingComma = false
        repeat {
            if kind == .kwIn { trailingComma = true; break }
            if kind == .star {
                let s = advance()
                let inner = try parseBitwiseOr()
                items.append(node(.starred(inner), line: s.line, column: s.column))
            } else {
                items.append(try parseBitwiseOr())
            }
        } while accept(.comma)
        if items.count == 1 && !trailingComma && pos > 0 && tokens[pos - 1].kind != .comma {
            return items[0]
        }
        return node(.tuple(items), line: t.line, column: t.column)
    }

    mutating func parseTry() throws(CompileError) -> Stmt {
        let t = advance()
        let body = try parseBlock(after: "'try' statement", line: t.line)
        var handlers: [ExceptHandler] = []
        var orElse: [Stmt] = []
        var finalBody: [Stmt] = []
        var isStar = false
        var sawPlain = false
        while kind == .kwExcept {
            let e = advance()
            let star = accept(.star)
            if star { isStar = true } else { sawPlain = true }
            if isStar && sawPlain {
                throw CompileError.syntax("cannot have both 'except' and 'except*' on the same 'try'", line: e.line, column: e.column + 1).ending(at: e)
            }
            if star && kind == .colon {
                throw CompileError.syntax("expected one or more exception types", line: current.line, column: current.column + 1)
            }
            var type: Expr? = nil
            var name: String? = nil
            if kind != .colon {
                type = try parseExpression()
                if kind == .comma {
                    throw CompileError.syntax("multiple exception types must be parenthesized", line: type!.line, column: type!.column + 1)
                }
                if accept(.kwAs) {
                    guard kind == .name else { throw invalidSyntax() }
                    name = advance().text
                }
            }
            let hbody = try parseBlock(after: "'except' statement", line: e.line)
            handlers.append(ExceptHandler(type: type, name: name, body: hbody, line: e.line, column: e.column))
        }
        if kind == .kwElse {
            if handlers.isEmpty { throw invalidSyntax() }
            let e = advance()
            orElse = try parseBlock(after: "'else' statement", line: e.line)
        }
        if kind == .kwFinally {
            let f = advance()
            finalBody = try parseBlock(after: "'finally' statement", line: f.line)
        }
        if handlers.isEmpty && finalBody.isEmpty {
            throw CompileError.syntax("expected 'except' or 'finally' block", line: current.line, column: current.column + 1)
        }
        if isStar {
            for h in handlers { try ExceptStar.checkHandlerBody(h.body) }
            return ExceptStar.desugar(body: body, handlers: handlers, orElse: orElse, finally: finalBody, line: t.line, column: t.column)
        }
        return statement(.try(body: body, handlers: handlers, orElse: orElse, finally: finalBody, isStar: isStar), line: t.line, column: t.column)
    }

    mutating func parseWith(isAsync: Bool, start: Token) throws(CompileError) -> Stmt {
        let t = advance()
        var items: [WithItem] = []
        // Parenthesized form: with (a as b, c as d):
        var parenthesized = false
        if kind == .lpar {
            // Look ahead for the matching ')' followed by ':' to decide.
            var depthCount = 0
            var i = pos
            while i < tokens.count {
                switch tokens[i].kind {
                case .lpar, .lsqb, .lbrace: depthCount += 1
                case .rpar, .rsqb, .rbrace: depthCount -= 1
                default: break
                }
                if depthCount == 0 { break }
                i += 1
            }
            if i + 1 < tokens.count && tokens[i + 1].kind == .colon {
                // Contains 'as' or a comma at top level → parenthesized items.
                var hasAs = false
                var d = 0
                for j in pos..<i {
                    switch tokens[j].kind {
                    case .lpar, .lsqb, .lbrace: d += 1
                    case .rpar, .rsqb, .rbrace: d -= 1
                    case .kwAs where d == 1: hasAs = true
                    case .comma where d == 1: hasAs = true
                    default: break
                    }
                }
                parenthesized = hasAs
            }
        }
        if parenthesized {
            skip()
            repeat {
                if kind == .rpar { break }
                items.append(try parseWithItem())
            } while accept(.comma)
            _ = try expect(.rpar)
        } else {
            repeat {
                items.append(try parseWithItem())
            } while accept(.comma)
        }
        let body = try parseBlock(after: "'with' statement", line: t.line)
        return statement(.with(items: items, body: body, isAsync: isAsync), line: start.line, column: start.column)
    }

    mutating func parseWithItem() throws(CompileError) -> WithItem {
        let ctx = try parseExpression()
        var target: Expr? = nil
        if accept(.kwAs) {
            target = try parseTargetAtom()
            try checkAssignTarget(target!, inAssignment: false)
        }
        return WithItem(context: ctx, target: target)
    }

    /// A single assignment target (used after `as`).
    mutating func parseTargetAtom() throws(CompileError) -> Expr {
        if kind == .lpar || kind == .lsqb {
            return try parseBitwiseOr()
        }
        return try parseBitwiseOr()
    }

    mutating func parseDecorated() throws(CompileError) -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            guard accept(.newline) else { throw invalidSyntax() }
        }
        let t = current
        switch kind {
        case .kwDef: return try parseFunctionDef(decorators: decorators, isAsync: false, start: t)
        case .kwClass: return try parseClassDef(decorators: decorators)
        case .kwAsync:
            skip()
            guard kind == .kwDef else { throw invalidSyntax() }
            return try parseFunctionDef(decorators: decorators, isAsync: true, start: t)
        default: throw invalidSyntax()
        }
    }

    mutating func parseFunctionDef(decorators: [Expr], isAsync: Bool, start: Token) throws(CompileError) -> Stmt {
        let t = advance()  // def
        guard kind == .name else { throw invalidSyntax() }
        let name = advance().text
        guard accept(.lpar) else { throw error("expected '('") }
        let args = try parseParameters(closing: .rpar, allowAnnotations: true)
        _ = try expect(.rpar)
        var returns: Expr? = nil
        if accept(.arrow) { returns = try parseExpression() }
        let body = try parseBlock(after: "function definition", line: t.line)
        let def = FunctionDefinition(name: name, arguments: args, body: body, decorators: decorators, returns: returns, isAsync: isAsync)
        return statement(.functionDef(def), line: start.line, column: start.column)
    }

    mutating func parseClassDef(decorators: [Expr]) throws(CompileError) -> Stmt {
        let t = advance()
        guard kind == .name else { throw invalidSyntax() }
        let name = advance().text
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if accept(.lpar) {
            (bases, keywords) = try parseCallArguments()
            _ = try expect(.rpar)
        }
        let body = try parseBlock(after: "class definition", line: t.line)
        let def = ClassDefinition(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return statement(.classDef(def), line: t.line, column: t.column)
    }

    /// Parses a parameter list up to (not including) `closing` (`)` for def, `:` for lambda).
    mutating func parseParameters(closing: TokenKind, allowAnnotations: Bool) throws(CompileError) -> ParameterList {
        var args = ParameterList()
        var seenDefault = false
        var seenStar = false
        var names = Set<String>()
        func checkName(_ p: Parameter, _ parser: Parser) throws(CompileError) {
            if names.contains(p.name) {
                throw CompileError.syntax("duplicate argument '\(p.name)' in function definition", line: p.line, column: p.column + 1)
            }
            names.insert(p.name)
        }
        while kind != closing {
            if accept(.slash) {
                if seenStar || !args.positionalOnly.isEmpty || args.positional.isEmpty {
                    if args.positional.isEmpty && args.positionalOnly.isEmpty {
                        throw error("at least one argument must precede /", tokens[pos - 1])
                    }
                    throw error("/ may appear only once", tokens[pos - 1])
                }
                args.positionalOnly = args.positional
                args.positional = []
            } else if kind == .star {
                let s = advance()
                if seenStar { throw error("* argument may appear only once", s) }
                seenStar = true
                if kind == .name {
                    let p = try parseParameter(allowAnnotations: allowAnnotations, allowStarAnnotation: true)
                    try checkName(p, self)
                    args.varArgs = p
                } else if kind == closing || kind == .comma && (peekKind() == closing) {
                    throw error("named arguments must follow bare *", s)
                }
            } else if kind == .doubleStar {
                skip()
                let p = try parseParameter(allowAnnotations: allowAnnotations, allowStarAnnotation: false)
                try checkName(p, self)
                args.varKeywords = p
                _ = accept(.comma)
                if kind != closing {
                    throw error("arguments cannot follow var-keyword argument")
                }
                break
            } else {
                let p = try parseParameter(allowAnnotations: allowAnnotations, allowStarAnnotation: false)
                try checkName(p, self)
                var def: Expr? = nil
                if accept(.equal) { def = try parseExpression() }
                if seenStar {
                    args.keywordOnly.append(p)
                    args.keywordDefaults.append(def)
                } else {
                    args.positional.append(p)
                    if let def {
                        args.defaults.append(def)
                        seenDefault = true
                    } else if seenDefault {
                        throw CompileError.syntax("non-default argument follows default argument", line: p.line, column: p.column + 1)
                    }
                }
            }
            if !accept(.comma) { break }
        }
        if seenStar && args.varArgs == nil && args.keywordOnly.isEmpty {
            throw error("named arguments must follow bare *")
        }
        return args
    }

    mutating func parseParameter(allowAnnotations: Bool, allowStarAnnotation: Bool) throws(CompileError) -> Parameter {
        guard kind == .name else { throw invalidSyntax() }
        let t = advance()
        var annotation: Expr? = nil
        if allowAnnotations && accept(.colon) {
            if allowStarAnnotation && kind == .star {
                skip()
                annotation = try parseExpression()
            } else {
                annotation = try parseExpression()
            }
        }
        return Parameter(name: t.text, annotation: annotation, line: t.line, column: t.column)
    }
}

/// A token's kind and start, for AST locations.
struct TokenPosition {
    let kind: TokenKind
    let line: Int
    let column: Int
}
