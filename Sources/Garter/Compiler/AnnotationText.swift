/// Source text of annotation expressions, as CPython's `ast.unparse` writes them: under
/// `from __future__ import annotations` every annotation is stored as this string instead of
/// being evaluated (`def f(x: Optional[int])` gives `{'x': 'Optional[int]'}`).
///
/// Covers the expressions annotations use (names, attributes, subscripts, tuples, lists,
/// constants, `|`, calls, unary and binary operators); anything rarer is written in a
/// simplified but valid form.
enum AnnotationText {
    /// Operator precedence levels of `ast.unparse` (higher binds tighter).
    private enum Level: Int {
        case tuple = 0, test = 2, or = 3, and = 4, not = 5, compare = 6, bor = 8, bxor = 9, band = 10,
             shift = 11, arith = 12, term = 13, factor = 14, power = 15, await_ = 16, atom = 17
    }

    /// The unparsed text of `e`.
    static func text(_ e: Expr) -> String { unparse(e, .test, depth: 0) }

    private static func level(of op: BinaryOperator) -> Level {
        switch op {
        case .or: return .bor
        case .xor: return .bxor
        case .and: return .band
        case .lshift, .rshift: return .shift
        case .add, .sub: return .arith
        case .mul, .matmul, .truediv, .floordiv, .mod: return .term
        case .pow: return .power
        }
    }

    private static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .ellipsis: return "..."
        case .int(let i): return String(i)
        case .bigInt(let digits, let radix):
            switch radix {
            case 16: return "0x" + digits
            case 8: return "0o" + digits
            case 2: return "0b" + digits
            default: return digits
            }
        case .float(let d): return NumberText.floatRepr(d)
        case .str(let s): return StrOps.repr(s)
        case .bytes(let b): return "b" + StrOps.repr(String(decoding: b, as: UTF8.self))
        case .imaginary(let d): return ComplexMath.part(d) + "j"
        }
    }

    private static func unparse(_ e: Expr, _ outer: Level, depth: Int) -> String {
        // Annotations nested 200 deep are already refused by the parser; this keeps the
        // recursion bounded whatever the tree.
        guard depth < 250 else { return "..." }
        let d = depth + 1
        func wrap(_ mine: Level, _ s: String) -> String { mine.rawValue < outer.rawValue ? "(" + s + ")" : s }
        switch e.kind {
        case .name(let n): return n
        case .constant(let c): return constant(c)
        case .attribute(let v, let attr): return unparse(v, .atom, depth: d) + "." + attr
        case .subscript(let v, let index):
            let inner: String
            if case .tuple(let items) = index.kind, !items.isEmpty {
                inner = items.map { unparse($0, .test, depth: d) }.joined(separator: ", ") + (items.count == 1 ? "," : "")
            } else {
                inner = unparse(index, .tuple, depth: d)
            }
            return unparse(v, .atom, depth: d) + "[" + inner + "]"
        case .tuple(let items):
            let body = items.map { unparse($0, .test, depth: d) }.joined(separator: ", ") + (items.count == 1 ? "," : "")
            return "(" + body + ")"
        case .list(let items): return "[" + items.map { unparse($0, .test, depth: d) }.joined(separator: ", ") + "]"
        case .set(let items): return "{" + items.map { unparse($0, .test, depth: d) }.joined(separator: ", ") + "}"
        case .starred(let v): return "*" + unparse(v, .bor, depth: d)
        case .binary(let op, let l, let r):
            let mine = level(of: op)
            // `**` is right-associative; every other operator is left-associative.
            let leftLevel = op == .pow ? Level(rawValue: mine.rawValue + 1) ?? .atom : mine
            let rightLevel = op == .pow ? mine : Level(rawValue: mine.rawValue + 1) ?? .atom
            return wrap(mine, unparse(l, leftLevel, depth: d) + " " + op.symbol + " " + unparse(r, rightLevel, depth: d))
        case .unary(let op, let v):
            switch op {
            case .not: return wrap(.not, "not " + unparse(v, .not, depth: d))
            case .invert: return wrap(.factor, "~" + unparse(v, .factor, depth: d))
            case .negative: return wrap(.factor, "-" + unparse(v, .factor, depth: d))
            case .positive: return wrap(.factor, "+" + unparse(v, .factor, depth: d))
            }
        case .boolean(let isAnd, let values):
            let mine: Level = isAnd ? .and : .or
            let next = Level(rawValue: mine.rawValue + 1) ?? .atom
            return wrap(mine, values.map { unparse($0, next, depth: d) }.joined(separator: isAnd ? " and " : " or "))
        case .compare(let l, let ops, let rights):
            var s = unparse(l, .bor, depth: d)
            for (op, r) in zip(ops, rights) { s += " " + op.symbol + " " + unparse(r, .bor, depth: d) }
            return wrap(.compare, s)
        case .call(let fn, let args, let keywords):
            var parts = args.map { unparse($0, .test, depth: d) }
            for k in keywords {
                if let n = k.name { parts.append(n + "=" + unparse(k.value, .test, depth: d)) } else { parts.append("**" + unparse(k.value, .test, depth: d)) }
            }
            return unparse(fn, .atom, depth: d) + "(" + parts.joined(separator: ", ") + ")"
        case .slice(let lower, let upper, let step):
            var s = (lower.map { unparse($0, .test, depth: d) } ?? "") + ":" + (upper.map { unparse($0, .test, depth: d) } ?? "")
            if let step { s += ":" + unparse(step, .test, depth: d) }
            return s
        case .ifExpression(let test, let body, let orElse):
            return wrap(.test, unparse(body, .or, depth: d) + " if " + unparse(test, .or, depth: d) + " else " + unparse(orElse, .test, depth: d))
        case .dict(let keys, let values):
            var parts: [String] = []
            for (k, v) in zip(keys, values) {
                if let k { parts.append(unparse(k, .test, depth: d) + ": " + unparse(v, .test, depth: d)) } else { parts.append("**" + unparse(v, .bor, depth: d)) }
            }
            return "{" + parts.joined(separator: ", ") + "}"
        case .await(let v): return wrap(.await_, "await " + unparse(v, .atom, depth: d))
        default:
            return "..."
        }
    }
}
