/// `match` statements (PEP 634). A pattern is compiled with the value to match on top of the
/// stack; on success the value is consumed, on failure the code jumps to a label with the
/// value (and anything the pattern pushed) popped.
extension Compiler {
    func compileMatch(_ subject: Expr, _ cases: [MatchCase], _ s: Stmt) throws(CompileError) {
        try compileExpression(subject)
        let end = newLabel()
        for (i, c) in cases.enumerated() {
            builder.currentLine = c.line
            let fail = newLabel()
            let isLast = i == cases.count - 1
            emit(.copy, 1)
            try compilePattern(c.pattern, fail: fail)
            if let g = c.guardExpression {
                try compileCondition(g, jumpIfTrue: false, to: fail)
            }
            emit(.popTop)
            try compileStatements(c.body)
            if builder.reachable { emitJump(.jump, end) }
            bind(fail)
            if isLast { emit(.popTop) }
        }
        bind(end)
    }

    /// Emits labels that pop `count` items then jump to `fail`; returns label i which pops i items.
    func failChain(_ count: Int, to fail: Int, body: (Compiler, [Int]) throws(CompileError) -> Void) throws(CompileError) {
        var labels = [fail]
        for _ in 0..<count { labels.append(newLabel()) }
        try body(self, labels)
        // Emit the chain after the success path (which must not fall through).
        let after = newLabel()
        if builder.reachable { emitJump(.jump, after) }
        for k in stride(from: count, through: 1, by: -1) {
            bind(labels[k])
            emit(.popTop)
            if k == 1 { emitJump(.jump, fail) }
        }
        bind(after)
    }

    func compilePattern(_ p: Pattern, fail: Int) throws(CompileError) {
        switch p {
        case .value(let e):
            try compileExpression(e)
            emit(.compareOp, Int(CompareOperator.eq.rawValue))
            emitJump(.popJumpIfFalse, fail)
        case .singleton(let c):
            loadConst(c)
            emit(.isOp, 0)
            emitJump(.popJumpIfFalse, fail)
        case .asPattern(nil, nil):
            emit(.popTop)
        case .asPattern(nil, let name?):
            storeName(name)
        case .asPattern(let inner?, let name):
            try failChain(1, to: fail) { (c, labels) throws(CompileError) in
                c.emit(.copy, 1)
                try c.compilePattern(inner, fail: labels[1])
                if let name { c.storeName(name) } else { c.emit(.popTop) }
            }
        case .or(let alts):
            let success = newLabel()
            let done = newLabel()
            for (i, alt) in alts.enumerated() {
                if i == alts.count - 1 {
                    try compilePattern(alt, fail: fail)
                    emitJump(.jump, done)
                } else {
                    let next = newLabel()
                    emit(.copy, 1)
                    try compilePattern(alt, fail: next)
                    emitJump(.jump, success)
                    bind(next)
                }
            }
            bind(success)
            emit(.popTop)
            bind(done)
        case .star:
            throw CompileError.syntax("can't use starred name here", line: builder.currentLine, column: 1)
        case .sequence(let items):
            try compileSequencePattern(items, fail: fail)
        case .mapping(let keys, let patterns, let rest):
            try compileMappingPattern(keys, patterns, rest, fail: fail)
        case .classPattern(let cls, let patterns, let names, let kwPatterns):
            try compileExpression(cls)
            let namesTuple = PyTuple(names.map { .str(PyStr(frozen: $0)) })
            emit(.loadConst, builder.addConstant(.object(namesTuple)))
            emit(.matchClass, patterns.count)  // [attrs or None]
            let all = patterns + kwPatterns
            emit(.copy, 1)
            let n = all.count
            try failChain(1, to: fail) { (c, labels) throws(CompileError) in
                c.emitJump(.popJumpIfNone, labels[1])
                if n == 0 {
                    c.emit(.popTop)
                    return
                }
                c.emit(.unpackSequence, n)
                try c.compileSubpatterns(all, outerPops: 0, fail: fail)
            }
        }
    }

    /// Matches items that were unpacked onto the stack (first item on top); after item k fails,
    /// the remaining items plus `outerPops` more must be popped.
    func compileSubpatterns(_ patterns: [Pattern], outerPops: Int, fail: Int) throws(CompileError) {
        let n = patterns.count
        try failChain(n - 1 + outerPops, to: fail) { (c, labels) throws(CompileError) in
            for (k, sub) in patterns.enumerated() {
                let remaining = n - 1 - k + outerPops
                try c.compilePattern(sub, fail: labels[remaining])
            }
        }
    }

    func compileSequencePattern(_ items: [Pattern], fail: Int) throws(CompileError) {
        let starIndex = items.firstIndex { if case .star = $0 { return true }; return false }
        let fixed = items.count - (starIndex == nil ? 0 : 1)
        try failChain(1, to: fail) { (c, labels) throws(CompileError) in
            c.emit(.matchSequence)
            c.emitJump(.popJumpIfFalse, labels[1])
            c.emit(.getLen)
            c.loadConst(.int(fixed))
            c.emit(.compareOp, Int((starIndex == nil ? CompareOperator.eq : CompareOperator.ge).rawValue))
            c.emitJump(.popJumpIfFalse, labels[1])
            if items.isEmpty {
                c.emit(.popTop)
                return
            }
            c.emit(.copy, 1)
            var subpatterns = items
            if let star = starIndex {
                c.emit(.unpackEx, star | ((items.count - star - 1) << 16))
                if case .star(let name) = items[star] {
                    subpatterns[star] = .asPattern(nil, name)
                }
            } else {
                c.emit(.unpackSequence, items.count)
            }
            try c.compileSubpatterns(subpatterns, outerPops: 1, fail: fail)
            c.emit(.popTop)
        }
    }

    func compileMappingPattern(_ keys: [Expr], _ patterns: [Pattern], _ rest: String?, fail: Int) throws(CompileError) {
        try failChain(1, to: fail) { (c, labels) throws(CompileError) in
            c.emit(.matchMapping)
            c.emitJump(.popJumpIfFalse, labels[1])
            if keys.isEmpty {
                if let rest {
                    c.emit(.buildTuple, 0)
                    c.emit(.copyDictWithoutKeys)
                    c.storeName(rest)
                }
                c.emit(.popTop)
                return
            }
            c.emit(.getLen)
            c.loadConst(.int(keys.count))
            c.emit(.compareOp, Int(CompareOperator.ge.rawValue))
            c.emitJump(.popJumpIfFalse, labels[1])
            for k in keys { try c.compileExpression(k) }
            c.emit(.buildTuple, keys.count)  // [v, keys]
            c.emit(.matchKeys)  // [v, keys, values or None]
            c.emit(.copy, 1)
            try c.failChain(2, to: labels[1]) { (c2, inner) throws(CompileError) in
                c2.emitJump(.popJumpIfNone, inner[2])
                c2.emit(.unpackSequence, keys.count)
                try c2.compileSubpatterns(patterns, outerPops: 1, fail: labels[1])
                if let rest {
                    c2.emit(.copyDictWithoutKeys)  // [v, rest]
                    c2.storeName(rest)
                } else {
                    c2.emit(.popTop)
                }
                c2.emit(.popTop)
            }
        }
    }
}
