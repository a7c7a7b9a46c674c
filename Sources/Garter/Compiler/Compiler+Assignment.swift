/// Assignment targets (store, delete, augmented assignment) and `with` statements.
extension Compiler {
    // MARK: Assignment

    /// Stores TOS into `target`; the store instructions are located at the target.
    func compileStore(_ target: Expr) throws(CompileError) {
        let saved = builder.span
        builder.span = SourceSpan(target)
        defer { builder.span = saved }
        switch target.kind {
        case .name(let n):
            storeName(n)
        case .attribute(let obj, let attr):
            try compileExpression(obj)
            builder.span = attributeSpan(target, within: SourceSpan(target))
            emit(.storeAttr, builder.name(unit.scope.mangle(attr)))
        case .subscript(let obj, let index):
            try compileExpression(obj)
            if let (lower, upper) = Compiler.simpleSlice(index) {
                try compileSliceBounds(lower, upper)
                emit(.storeSlice)
                return
            }
            try compileExpression(index)
            emit(.storeSubscript)
        case .tuple(let items), .list(let items):
            if let star = items.firstIndex(where: { if case .starred = $0.kind { return true }; return false }) {
                let after = items.count - star - 1
                if items[(star + 1)...].contains(where: { if case .starred = $0.kind { return true }; return false }) {
                    throw error("multiple starred expressions in assignment", target.line, target.column).spanning(target)
                }
                if star > 0xFFFF || after > 0xFFFF {
                    throw error("too many expressions in star-unpacking assignment", target.line, target.column)
                }
                emit(.unpackEx, star | (after << 16))
            } else {
                emit(.unpackSequence, items.count)
            }
            for item in items {
                if case .starred(let inner) = item.kind {
                    try compileStore(inner)
                } else {
                    try compileStore(item)
                }
            }
        case .starred:
            throw error("starred assignment target must be in a list or tuple", target.line, target.column)
        default:
            throw error("cannot assign to \(Parser.describe(target))", target.line, target.column).spanning(target)
        }
    }

    func compileDelete(_ target: Expr) throws(CompileError) {
        let saved = builder.span
        builder.span = SourceSpan(target)
        defer { builder.span = saved }
        switch target.kind {
        case .name(let n): deleteName(n)
        case .attribute(let obj, let attr):
            try compileExpression(obj)
            emit(.deleteAttr, builder.name(unit.scope.mangle(attr)))
        case .subscript(let obj, let index):
            try compileExpression(obj)
            try compileExpression(index)
            emit(.deleteSubscript)
        case .tuple(let items), .list(let items):
            for i in items { try compileDelete(i) }
        default:
            throw error("cannot delete \(Parser.describe(target))", target.line, target.column)
        }
    }

    /// The bounds of `x[lower:upper]` (no step), which compiles to `BINARY_SLICE` /
    /// `STORE_SLICE` so the common slices of lists, tuples and strings build no slice object.
    static func simpleSlice(_ index: Expr) -> (Expr?, Expr?)? {
        if case .slice(let lower, let upper, nil) = index.kind { return (lower, upper) }
        return nil
    }

    /// Pushes a slice's bounds, `None` for an omitted one.
    func compileSliceBounds(_ lower: Expr?, _ upper: Expr?) throws(CompileError) {
        if let lower { try compileExpression(lower) } else { loadConst(.none) }
        if let upper { try compileExpression(upper) } else { loadConst(.none) }
    }

    /// Calls the context manager's exit on top of the stack with `(None, None, None)` and
    /// drops its result (awaited first for `async with`): the normal end of a `with` body,
    /// and a `return`/`break` leaving it.
    func emitExitWithoutException(isAsync: Bool) throws(CompileError) {
        if isAsync {
            emit(.callExitNone, 1)
            emit(.getAwaitable)
            try emitDelegation()
            emit(.popTop)
        } else {
            emit(.callExitNone)
        }
    }

    /// `target op= value`: the target is read and written at the target's span, the
    /// operator runs at the statement's (CPython's `compiler_augassign`).
    func compileAugmentedAssign(_ target: Expr, _ op: BinaryOperator, _ value: Expr) throws(CompileError) {
        let statementSpan = builder.span
        let targetSpan = SourceSpan(target)
        defer { builder.span = statementSpan }
        switch target.kind {
        case .name(let n):
            builder.span = targetSpan
            loadName(n)
            builder.span = statementSpan
            try compileExpression(value)
            emit(.inplaceOp, Int(op.rawValue))
            builder.span = targetSpan
            storeName(n)
        case .attribute(let obj, let attr):
            builder.span = targetSpan
            try compileExpression(obj)
            emit(.copy, 1)
            builder.span = attributeSpan(target, within: targetSpan)
            emit(.loadAttr, builder.name(unit.scope.mangle(attr)))
            builder.span = statementSpan
            try compileExpression(value)
            emit(.inplaceOp, Int(op.rawValue))
            builder.span = attributeSpan(target, within: targetSpan)
            emit(.swap, 2)
            emit(.storeAttr, builder.name(unit.scope.mangle(attr)))
        case .subscript(let obj, let index):
            builder.span = targetSpan
            try compileExpression(obj)
            try compileExpression(index)
            emit(.copy, 2)
            emit(.copy, 2)
            emit(.binarySubscript)
            builder.span = statementSpan
            try compileExpression(value)
            emit(.inplaceOp, Int(op.rawValue))
            builder.span = targetSpan
            // Stack: obj, index, result → result, obj, index
            emit(.swap, 3)
            emit(.swap, 2)
            emit(.storeSubscript)
        default:
            throw error("'\(Parser.describe(target))' is an illegal expression for augmented assignment", target.line, target.column).spanning(target)
        }
    }

    // MARK: with

    func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], _ s: Stmt, isAsync: Bool = false) throws(CompileError) {
        guard let item = items.first else {
            try compileStatements(body)
            return
        }
        let exceptional = newLabel()
        let cleanup = newLabel()
        let end = newLabel()
        try compileExpression(item.context)
        emit(.beforeWith, isAsync ? 1 : 0)  // [exit, value] (async: [aexit, awaitable of aenter])
        if isAsync {
            emit(.getAwaitable)
            try emitDelegation()
        }
        // The handler depth must include `exit` but not the enter value.
        builder.depth -= 1
        builder.pushHandler(exceptional)
        builder.depth += 1
        unit.fblocks.append(FBlock(kind: .with(isAsync: isAsync), handlerHeight: builder.handlerStack.count - 1))
        if let target = item.target {
            try compileStore(target)
        } else {
            emit(.popTop)
        }
        try compileWith(items.dropFirst(), body, s, isAsync: isAsync)
        unit.fblocks.removeLast()
        builder.popHandler()
        builder.span = SourceSpan(s)
        if builder.reachable {
            try emitExitWithoutException(isAsync: isAsync)
            emitJump(.jump, end)
        }
        // Exceptional exit: [exit, exc]
        bind(exceptional)
        emit(.pushExcInfo)  // [exit, prev, exc]
        builder.pushHandler(cleanup)
        emit(.withExceptStart)  // [exit, prev, exc, result]
        if isAsync {
            emit(.getAwaitable)
            try emitDelegation()
        }
        let suppress = newLabel()
        emitJump(.popJumpIfTrue, suppress)
        emit(.reraise)
        bind(suppress)
        builder.popHandler()
        emit(.popTop)  // exc
        emit(.popExcept)  // prev
        emit(.popTop)  // exit
        emitJump(.jump, end)
        bind(cleanup)  // [exit, prev, exc2]
        emit(.popExceptAndReraise)
        bind(end)
    }
}
