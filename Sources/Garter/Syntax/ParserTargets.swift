/// Validation of assignment, deletion and annotation targets, with CPython's messages.
extension Parser {
    // MARK: - Target validation (CPython's messages)

    static func describe(_ e: Expr) -> String {
        switch e.kind {
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .bool(let b): return b ? "True" : "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .joinedString: return "f-string expression"
        case .call: return "function call"
        case .binary, .unary: return "expression"
        case .boolean: return "expression"
        case .compare: return "comparison"
        case .ifExpression: return "conditional expression"
        case .lambda: return "lambda"
        case .listComprehension: return "list comprehension"
        case .setComprehension: return "set comprehension"
        case .dictComprehension: return "dict comprehension"
        case .generatorExpression: return "generator expression"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .namedExpression: return "named expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .tuple: return "tuple"
        case .list: return "list"
        case .starred: return "starred"
        default: return "expression"
        }
    }

    func checkAssignTarget(_ e: Expr, inAssignment: Bool) throws(CompileError) {
        switch e.kind {
        case .name, .attribute, .subscript: return
        case .starred(let inner): try checkAssignTarget(inner, inAssignment: inAssignment)
        case .tuple(let items), .list(let items):
            for item in items { try checkAssignTarget(item, inAssignment: inAssignment) }
        default:
            let what = Parser.describe(e)
            var suffix = ""
            if inAssignment {
                switch e.kind {
                case .constant, .call, .binary, .unary, .boolean, .compare, .attribute, .subscript, .joinedString:
                    suffix = " here. Maybe you meant '==' instead of '='?"
                default: break
                }
                if case .constant(let c) = e.kind, case .bool = c { suffix = "" }
                if case .constant(.none) = e.kind { suffix = "" }
                if case .constant(.ellipsis) = e.kind { suffix = " here. Maybe you meant '==' instead of '='?" }
            }
            throw CompileError.syntax("cannot assign to \(what)\(suffix)", line: e.line, column: e.column + 1).spanning(e)
        }
    }

    func checkDeleteTarget(_ e: Expr) throws(CompileError) {
        switch e.kind {
        case .name, .attribute, .subscript: return
        case .tuple(let items), .list(let items):
            for item in items { try checkDeleteTarget(item) }
        default:
            throw CompileError.syntax("cannot delete \(Parser.describe(e))", line: e.line, column: e.column + 1).spanning(e)
        }
    }

    func checkAugmentedTarget(_ e: Expr, _ op: Token) throws(CompileError) {
        switch e.kind {
        case .name, .attribute, .subscript: return
        default:
            throw CompileError.syntax("'\(Parser.describe(e))' is an illegal expression for augmented assignment", line: e.line, column: e.column + 1).spanning(e)
        }
    }

    func checkAnnotationTarget(_ e: Expr) throws(CompileError) {
        switch e.kind {
        case .name, .attribute, .subscript: return
        case .tuple:
            throw CompileError.syntax("only single target (not tuple) can be annotated", line: e.line, column: e.column + 1)
        case .list:
            throw CompileError.syntax("only single target (not list) can be annotated", line: e.line, column: e.column + 1)
        default:
            throw CompileError.syntax("illegal target for annotation", line: e.line, column: e.column + 1)
        }
    }
}
