/// Expression compilation: operators, calls, displays, comprehensions, f-strings, lambdas.
extension Compiler {
    /// Compiles `e` with its instructions located at `e`'s span; the enclosing span is
    /// restored afterwards (CPython's `SET_LOC` in `compiler_visit_expr`).
    func compileExpression(_ e: Expr) throws(CompileError) {
        try checkStack(e.line, e.column)
        let saved = builder.span
        builder.span = SourceSpan(e)
        defer { builder.span = saved }
        try compileExpressionKind(e)
    }

    /// The span of `LOAD_ATTR`/`LOAD_METHOD` for an attribute: when the attribute spans
    /// lines (`(obj\n  .method)`), it starts at the name on the last line
    /// (CPython's `update_start_location_to_match_attr`).
    func attributeSpan(_ e: Expr, within outer: SourceSpan) -> SourceSpan {
        guard e.line != e.endLine, case .attribute(_, let name) = e.kind else { return outer }
        var s = outer
        s.line = Int32(truncatingIfNeeded: e.endLine)
        let length = name.unicodeScalars.count
        if length <= e.endColumn {
            s.column = Int32(truncatingIfNeeded: e.endColumn - length)
        } else {
            s.column = -1
            s.endColumn = -1
        }
        s.endLine = max(s.line, s.endLine)
        if s.line == s.endLine && s.column >= 0 { s.endColumn = max(s.column, s.endColumn) }
        return s
    }

    private func compileExpressionKind(_ e: Expr) throws(CompileError) {
        switch e.kind {
        case .name(let n):
            // `__debug__` is the constant True (CPython folds it in `ast_opt.c`; no -O here).
            if n == "__debug__" {
                loadConst(.bool(true))
                return
            }
            loadName(n)
        case .constant(let c):
            loadConst(c)
        case .joinedString(let parts):
            try compileJoinedString(parts)
        case .tuple(let items):
            if items.contains(where: Compiler.isStarred) {
                try compileStarredList(items)
                emit(.listToTuple)
            } else {
                let mark = builder.foldMark
                for i in items { try compileExpression(i) }
                if foldOperands(since: mark, count: items.count, ConstantFolder.tuple) { return }
                emit(.buildTuple, items.count)
            }
        case .list(let items):
            if items.contains(where: Compiler.isStarred) {
                try compileStarredList(items)
            } else {
                for i in items { try compileExpression(i) }
                emit(.buildList, items.count)
            }
        case .set(let items):
            if items.contains(where: Compiler.isStarred) {
                emit(.buildSet, 0)
                for i in items {
                    if case .starred(let inner) = i.kind {
                        try compileExpression(inner)
                        emit(.setUpdate, 1)
                    } else {
                        try compileExpression(i)
                        emit(.setAdd, 1)
                    }
                }
            } else {
                for i in items { try compileExpression(i) }
                emit(.buildSet, items.count)
            }
        case .dict(let keys, let values):
            if keys.contains(where: { $0 == nil }) {
                emit(.buildMap, 0)
                for (k, v) in zip(keys, values) {
                    if let k {
                        try compileExpression(k)
                        try compileExpression(v)
                        emit(.mapAdd, 1)
                    } else {
                        try compileExpression(v)
                        emit(.dictUpdate, 1)
                    }
                }
            } else if let template = constantKeyTemplate(keys) {
                for v in values { try compileExpression(v) }
                emit(.buildConstKeyMap, keys.count | template << 16)
            } else {
                for (k, v) in zip(keys, values) {
                    try compileExpression(k!)
                    try compileExpression(v)
                }
                emit(.buildMap, keys.count)
            }
        case .starred:
            throw error("can't use starred expression here", e.line, e.column).spanning(e)
        case .attribute(let obj, let name):
            try compileExpression(obj)
            builder.span = attributeSpan(e, within: builder.span)
            emit(.loadAttr, builder.name(unit.scope.mangle(name)))
        case .subscript(let obj, let index):
            let mark = builder.foldMark
            try compileExpression(obj)
            if let (lower, upper) = Compiler.simpleSlice(index) {
                try compileSliceBounds(lower, upper)
                emit(.binarySlice)
                return
            }
            if case .slice(let lower, let upper, let step?) = index.kind {
                // Same evaluation order as BUILD_SLICE + BINARY_SUBSCR, without the slice object.
                try compileSliceBounds(lower, upper)
                try compileExpression(step)
                emit(.binarySlice, 1)
                return
            }
            try compileExpression(index)
            if foldOperands(since: mark, ConstantFolder.item) { return }
            emit(.binarySubscript)
        case .slice(let lower, let upper, let step):
            if let lower { try compileExpression(lower) } else { loadConst(.none) }
            if let upper { try compileExpression(upper) } else { loadConst(.none) }
            if let step {
                try compileExpression(step)
                emit(.buildSlice, 3)
            } else {
                emit(.buildSlice, 2)
            }
        case .call(let function, let args, let keywords):
            try compileCall(function, args, keywords, e)
        case .unary(let op, let operand):
            if op == .not, case .compare(let first, let ops, let rest) = operand.kind, ops.count == 1,
               let negated = Compiler.negatedComparison(ops[0]) {
                // `not a in b` is `a not in b` (CPython's `fold_unaryop`): one instruction,
                // located at the comparison.
                var comparison = operand
                comparison.kind = .compare(first, [negated], rest)
                try compileExpression(comparison)
                return
            }
            let mark = builder.foldMark
            try compileExpression(operand)
            if foldOperand(since: mark, { ConstantFolder.unary(op, $0) }) { return }
            switch op {
            case .not: emit(.unaryNot)
            case .negative: emit(.unaryNegative)
            case .positive: emit(.unaryPositive)
            case .invert: emit(.unaryInvert)
            }
        case .binary(let op, let left, let right):
            let mark = builder.foldMark
            try compileExpression(left)
            try compileExpression(right)
            if foldOperands(since: mark, { ConstantFolder.binary(op, $0, $1) }) { return }
            emit(.binaryOp, Int(op.rawValue))
        case .boolean(let isAnd, let items):
            let end = newLabel()
            for (i, item) in items.enumerated() {
                try compileExpression(item)
                if i < items.count - 1 {
                    emitJump(isAnd ? .jumpIfFalseOrPop : .jumpIfTrueOrPop, end)
                }
            }
            bind(end)
        case .compare(let first, let ops, let rest):
            try compileExpression(first)
            if ops.count == 1 {
                try compileComparand(rest[0], ops[0])
                emitCompare(ops[0])
                return
            }
            let cleanup = newLabel()
            let end = newLabel()
            for (i, op) in ops.enumerated() {
                if i < ops.count - 1 {
                    try compileExpression(rest[i])
                    emit(.copy, 1)
                    emit(.swap, 3)
                    emit(.swap, 2)
                    emitCompare(op)
                    emitJump(.jumpIfFalseOrPop, cleanup)
                } else {
                    try compileComparand(rest[i], op)
                    emitCompare(op)
                }
            }
            emitJump(.jump, end)
            bind(cleanup)
            emit(.swap, 2)
            emit(.popTop)
            bind(end)
        case .ifExpression(let test, let body, let orElse):
            let elseLabel = newLabel()
            let end = newLabel()
            try compileCondition(test, jumpIfTrue: false, to: elseLabel)
            try compileExpression(body)
            emitJump(.jump, end)
            bind(elseLabel)
            try compileExpression(orElse)
            bind(end)
        case .lambda(let args, let body):
            guard let scope = scopes[ScopeKey(line: e.line, column: e.column, tag: 3)] else {
                throw error("internal error: missing lambda scope", e.line, e.column)
            }
            let flags = try compileDefaults(args)
            pushUnit(scope: scope, name: "<lambda>", qualname: childQualname("<lambda>"))
            builder.span = SourceSpan(e)
            _ = builder.addConstant(.none)
            try compileExpression(body)
            if scope.isGenerator {
                emit(.popTop)
                loadConst(.none)
            }
            emit(.returnValue)
            let code = try finishUnit(argCount: args.positionalOnly.count + args.positional.count, positionalOnly: args.positionalOnly.count, keywordOnly: args.keywordOnly.count, varArgs: args.varArgs != nil, varKeywords: args.varKeywords != nil, firstLine: e.line)
            popUnit()
            try emitMakeFunction(code, scope: scope, flags: flags)
        case .listComprehension(let element, let gens):
            try compileComprehension(e, tag: 4, name: "<listcomp>", element: element, value: nil, gens)
        case .setComprehension(let element, let gens):
            try compileComprehension(e, tag: 5, name: "<setcomp>", element: element, value: nil, gens)
        case .generatorExpression(let element, let gens):
            try compileComprehension(e, tag: 6, name: "<genexpr>", element: element, value: nil, gens)
        case .dictComprehension(let key, let value, let gens):
            try compileComprehension(e, tag: 7, name: "<dictcomp>", element: key, value: value, gens)
        case .namedExpression(let target, let value):
            try compileExpression(value)
            emit(.copy, 1)
            storeName(target)
        case .yield(let value):
            guard unit.scope.isFunctionLike else { throw error("'yield' outside function", e.line, e.column).spanning(e) }
            if let value { try compileExpression(value) } else { loadConst(.none) }
            if unit.scope.isCoroutine { emit(.asyncGenWrap) }
            emit(.yieldValue)
        case .yieldFrom(let value):
            guard unit.scope.isFunctionLike else { throw error("'yield' outside function", e.line, e.column).spanning(e) }
            if unit.scope.isCoroutine {
                throw error("'yield from' inside async function", e.line, e.column)
            }
            try compileExpression(value)
            emit(.getYieldFromIter)
            try emitDelegation()
        case .await(let value):
            if !unit.scope.isCoroutine {
                if unit.scope.kind == .module {
                    throw error("'await' outside function", e.line, e.column).spanning(e)
                }
                throw error("'await' outside async function", e.line, e.column)
            }
            try compileExpression(value)
            emit(.getAwaitable)
            try emitDelegation()
        }
    }

    /// The constant index of a template dict holding `keys`, when they are distinct string
    /// literals (the keys of every dict the display makes: see ``Opcode/buildConstKeyMap``);
    /// nil for any other keys, or when the index and count do not fit the instruction.
    private func constantKeyTemplate(_ keys: [Expr?]) -> Int? {
        guard !keys.isEmpty, keys.count <= 0xFFFF, builder.constants.count < 0x7FFF else { return nil }
        var strings: [PyStr] = []
        strings.reserveCapacity(keys.count)
        for k in keys {
            guard let k, case .constant(.str(let s)) = k.kind else { return nil }
            strings.append(CodeBuilder.stringConstant(s))
        }
        let template = PyDict.template(keys: strings)
        // A repeated key: the display's later value replaces the earlier one.
        guard template.count == keys.count else { return nil }
        return builder.addConstant(.object(template))
    }

    /// The `yield from` / `await` delegation loop over the iterator on top of the stack.
    func emitDelegation() throws(CompileError) {
        loadConst(.none)
        let top = newLabel()
        let exit = newLabel()
        bind(top)
        emitJump(.send, exit)
        emit(.yieldValue)
        emitJump(.jump, top)
        bind(exit)
    }

    static func isStarred(_ e: Expr) -> Bool {
        if case .starred = e.kind { return true }
        return false
    }

    func compileStarredList(_ items: [Expr]) throws(CompileError) {
        emit(.buildList, 0)
        for i in items {
            if case .starred(let inner) = i.kind {
                try compileExpression(inner)
                emit(.listExtend, 1)
            } else {
                try compileExpression(i)
                emit(.listAppend, 1)
            }
        }
    }

    /// The right operand of the last operator `op` of a comparison: only searched when `op`
    /// is `in`/`not in` (CPython's `fold_compare` looks at the last operator only).
    func compileComparand(_ e: Expr, _ op: CompareOperator) throws(CompileError) {
        if op == .in || op == .notIn {
            try compileIterable(e)
        } else {
            try compileExpression(e)
        }
    }

    func emitCompare(_ op: CompareOperator) {
        switch op {
        case .is: emit(.isOp, 0)
        case .isNot: emit(.isOp, 1)
        case .in: emit(.containsOp, 0)
        case .notIn: emit(.containsOp, 1)
        default: emit(.compareOp, Int(op.rawValue))
        }
    }

    /// Compiles a test and jumps to `label` when its truth equals `jumpIfTrue`.
    func compileCondition(_ e: Expr, jumpIfTrue: Bool, to label: Int) throws(CompileError) {
        try checkStack(e.line, e.column)
        switch e.kind {
        case .unary(.not, let operand):
            try compileCondition(operand, jumpIfTrue: !jumpIfTrue, to: label)
        case .boolean(let isAnd, let items):
            // `a and b` jumping on false: any false item jumps. Jumping on true: all must be true.
            if isAnd != jumpIfTrue {
                for item in items { try compileCondition(item, jumpIfTrue: jumpIfTrue, to: label) }
            } else {
                let next = newLabel()
                for item in items.dropLast() {
                    try compileCondition(item, jumpIfTrue: !jumpIfTrue, to: next)
                }
                try compileCondition(items[items.count - 1], jumpIfTrue: jumpIfTrue, to: label)
                bind(next)
            }
        default:
            try compileExpression(e)
            emitJump(jumpIfTrue ? .popJumpIfTrue : .popJumpIfFalse, label)
        }
    }

    func compileJoinedString(_ parts: [FStringPart]) throws(CompileError) {
        var count = 0
        for p in parts {
            switch p {
            case .literal(let s):
                if s.isEmpty { continue }
                loadConst(.str(s))
            case .formatted(let value, let conversion, let spec):
                try compileExpression(value)
                var flags = 0
                switch conversion {
                case UInt8(ascii: "s"): flags = 1
                case UInt8(ascii: "r"): flags = 2
                case UInt8(ascii: "a"): flags = 3
                default: flags = 0
                }
                if let spec {
                    if case .joinedString(let specParts) = spec.kind {
                        try compileJoinedString(specParts)
                    } else {
                        try compileExpression(spec)
                    }
                    flags |= 4
                }
                emit(.formatValue, flags)
            }
            count += 1
        }
        if count == 0 {
            loadConst(.str(""))
        } else if count > 1 {
            emit(.buildString, count)
        }
    }

    func compileCall(_ function: Expr, _ args: [Expr], _ keywords: [Keyword], _ e: Expr) throws(CompileError) {
        let hasStar = args.contains(where: Compiler.isStarred) || keywords.contains { $0.name == nil }
        if hasStar {
            try compileExpression(function)
            if args.count == 1, case .starred(let only) = args[0].kind {
                // A lone `*x` goes to the call as is (CPython's message names the callee).
                try compileExpression(only)
            } else if args.contains(where: Compiler.isStarred) {
                try compileStarredList(args)
                emit(.listToTuple)
            } else {
                for a in args { try compileExpression(a) }
                emit(.buildTuple, args.count)
            }
            if !keywords.isEmpty {
                emit(.buildMap, 0)
                var afterDoubleStar = false
                for k in keywords {
                    if let name = k.name {
                        if afterDoubleStar {
                            // Merged like a `**` mapping, so a name a previous `**x` gave is
                            // "got multiple values for keyword argument".
                            emit(.buildMap, 0)
                            loadConst(.str(name))
                            try compileExpression(k.value)
                            emit(.mapAdd, 1)
                            emit(.dictMerge, 1)
                        } else {
                            loadConst(.str(name))
                            try compileExpression(k.value)
                            emit(.mapAdd, 1)
                        }
                    } else {
                        try compileExpression(k.value)
                        emit(.dictMerge, 1)
                        afterDoubleStar = true
                    }
                }
                emit(.callFunctionEx, 1)
            } else {
                emit(.callFunctionEx, 0)
            }
            return
        }
        // Duplicate keyword names are a SyntaxError.
        var seen = Set<String>()
        for k in keywords {
            if let n = k.name {
                if seen.contains(n) {
                    throw CompileError.syntax("keyword argument repeated: \(n)", line: k.line, column: k.column + 1)
                }
                seen.insert(n)
            }
        }
        // CPython optimizes `obj.name(...)` without * or ** arguments into a method call whose
        // `CALL` starts at the name when the attribute spans lines.
        let callSpan = attributeSpan(function, within: builder.span)
        if case .attribute(let obj, let name) = function.kind, keywords.isEmpty {
            try compileExpression(obj)
            builder.span = attributeSpan(function, within: SourceSpan(function))
            emit(.loadMethod, builder.name(unit.scope.mangle(name)))
            for a in args { try compileExpression(a) }
            builder.span = callSpan
            emit(.callMethod, args.count)
            return
        }
        try compileExpression(function)
        for a in args { try compileExpression(a) }
        builder.span = callSpan
        if keywords.isEmpty {
            emit(.call, args.count)
        } else {
            for k in keywords { try compileExpression(k.value) }
            // Interned, as parameter names are: binding then matches them by identity.
            let names = PyTuple(keywords.map { .str(Interned.str($0.name!)) })
            emit(.loadConst, builder.addConstant(.object(names)))
            emit(.callKw, args.count + keywords.count)
        }
    }

    func compileComprehension(_ e: Expr, tag: UInt8, name: String, element: Expr, value: Expr?, _ gens: [Comprehension]) throws(CompileError) {
        guard let scope = scopes[ScopeKey(line: e.line, column: e.column, tag: tag)] else {
            throw error("internal error: missing comprehension scope", e.line, e.column)
        }
        pushUnit(scope: scope, name: name, qualname: childQualname(name))
        builder.span = SourceSpan(e)
        _ = builder.addConstant(.none)
        switch tag {
        case 4: emit(.buildList, 0)
        case 5: emit(.buildSet, 0)
        case 7: emit(.buildMap, 0)
        default: break
        }
        try compileComprehensionLoop(gens, 0, tag: tag, element: element, value: value)
        if tag == 6 { loadConst(.none) }
        emit(.returnValue)
        let code = try finishUnit(argCount: 1, positionalOnly: 0, keywordOnly: 0, varArgs: false, varKeywords: false, firstLine: e.line)
        popUnit()
        try emitMakeFunction(code, scope: scope, flags: 0)
        try compileIterable(gens[0].iter)
        emit(gens[0].isAsync ? .getAIter : .getIter)
        emit(.call, 1)
        if scope.isCoroutine && tag != 6 {
            // An asynchronous list/set/dict comprehension is a coroutine: await it here.
            emit(.getAwaitable)
            try emitDelegation()
        }
    }

    func compileComprehensionLoop(_ gens: [Comprehension], _ i: Int, tag: UInt8, element: Expr, value: Expr?) throws(CompileError) {
        let gen = gens[i]
        if i == 0 {
            emit(.loadFast, 0)
        } else {
            try compileIterable(gen.iter)
        }
        let top = newLabel()
        let end = newLabel()
        if gen.isAsync {
            if i > 0 { emit(.getAIter) }
            bind(top)
            builder.pushHandler(end)
            emit(.getANext)
            try emitDelegation()
            builder.popHandler()
        } else {
            if i > 0 { emit(.getIter) }
            bind(top)
            emitJump(.forIter, end)
        }
        try compileStore(gen.target)
        for cond in gen.ifs {
            try compileCondition(cond, jumpIfTrue: false, to: top)
        }
        if i + 1 < gens.count {
            try compileComprehensionLoop(gens, i + 1, tag: tag, element: element, value: value)
        } else {
            let depth = gens.count + 1
            switch tag {
            case 4:
                try compileExpression(element)
                emit(.listAppend, depth)
            case 5:
                try compileExpression(element)
                emit(.setAdd, depth)
            case 7:
                try compileExpression(element)
                try compileExpression(value!)
                emit(.mapAdd, depth)
            default:
                try compileExpression(element)
                if unit.scope.isCoroutine { emit(.asyncGenWrap) }
                emit(.yieldValue)
                emit(.popTop)
            }
        }
        emitJump(.jump, top)
        bind(end)
        // The async loop ends in its handler: [aiter, exc] → StopAsyncIteration pops both.
        if gen.isAsync { emit(.endAsyncFor) }
    }
}
