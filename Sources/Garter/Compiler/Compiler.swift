/// Compiles a parsed module into ``CodeObject``s: statements and control flow here,
/// expressions in `CompilerExpressions.swift`, `match` in `CompilerPatterns.swift`.
final class Compiler {
    /// What the top-level code returns.
    enum Mode {
        /// A script: returns None.
        case module
        /// Returns the value of the last statement when it is an expression (host API).
        case lastExpression
        /// Interactive: expression statements print their repr.
        case interactive
    }

    enum FBlockKind {
        case whileLoop(continueLabel: Int, breakLabel: Int)
        case forLoop(continueLabel: Int, breakLabel: Int)
        case tryExcept
        case finallyTry(body: [Stmt])
        case finallyEnd
        case handlerCleanup(name: String?)
        case with(isAsync: Bool)
        /// A value kept on the stack (a pending return value while a finally body runs).
        case popValue
    }

    struct FBlock {
        let kind: FBlockKind
        /// The handler stack height when this block was entered.
        let handlerHeight: Int
    }

    struct Unit {
        var builder = CodeBuilder()
        let scope: Scope
        var fblocks: [FBlock] = []
        let qualname: String
        let name: String
    }

    let filename: String
    let scopes: [ScopeKey: Scope]
    @exclusivity(unchecked) var unit: Unit
    @exclusivity(unchecked) var units: [Unit] = []
    let mode: Mode
    /// Numbers the instructions that use the run's inline caches.
    var cacheSlots = InlineCacheSlots()
    /// `from __future__ import annotations` is in effect: annotations are stored as their
    /// source text instead of being evaluated.
    var postponedAnnotations = false

    init(filename: String, scopes: [ScopeKey: Scope], module: Scope, mode: Mode) {
        self.filename = filename
        self.scopes = scopes
        self.mode = mode
        self.unit = Unit(scope: module, qualname: "<module>", name: "<module>")
    }

    /// Parses, resolves and compiles a module.
    static func compile(source: String, filename: String, mode: Mode = .module) throws(CompileError) -> CodeObject {
        do {
            let body = try Parser.parseModule(source)
            let (module, scopes) = try ScopeBuilder.build(body)
            let compiler = Compiler(filename: filename, scopes: scopes, module: module, mode: mode)
            let code = try compiler.compileModule(body)
            compiler.cacheSlots.commit()
            return code
        } catch {
            var e = error
            e.filename = filename
            if e.sourceLine == nil {
                let lines = TracebackMarkers.lines(of: source)
                if e.line >= 1 && e.line <= lines.count {
                    e.sourceLine = String(lines[e.line - 1])
                }
            }
            throw e
        }
    }

    func compileModule(_ body: [Stmt]) throws(CompileError) -> CodeObject {
        postponedAnnotations = Compiler.hasFutureAnnotations(body)
        // The last statement read in place: `body.last` would copy it (an outlined switch over
        // every statement kind that retains its payload).
        let last = body.count - 1
        // A leading plain string is the module's docstring, stored as `__doc__` as in CPython:
        // not in interactive input, nor when it is the value a `.lastExpression` run returns.
        let mayHaveDocstring = mode != .interactive && body.count > (mode == .lastExpression ? 1 : 0)
        var first = 0
        if mayHaveDocstring, case .expression(let e) = body[0].kind, case .constant(.str) = e.kind {
            unit.builder.span = SourceSpan(body[0])
            try compileExpression(e)
            storeName("__doc__")
            first = 1
        }
        if mode == .lastExpression, last >= first, case .expression(let e) = body[last].kind {
            for i in first..<last { try compileStatement(body[i]) }
            unit.builder.span = SourceSpan(body[last])
            try compileExpression(e)
            unit.builder.emit(.returnValue)
        } else {
            try compileStatements(first == 0 ? body : Array(body[first...]))
        }
        if unit.builder.reachable {
            unit.builder.emit(.loadConst, unit.builder.constant(.none))
            unit.builder.emit(.returnValue)
        }
        return try finishUnit(argCount: 0, positionalOnly: 0, keywordOnly: 0, varArgs: false, varKeywords: false, firstLine: 1)
    }

    // MARK: Units

    func pushUnit(scope: Scope, name: String, qualname: String) {
        units.append(unit)
        unit = Unit(scope: scope, qualname: qualname, name: name)
    }

    func popUnit() {
        unit = units.removeLast()
    }

    func finishUnit(argCount: Int, positionalOnly: Int, keywordOnly: Int, varArgs: Bool, varKeywords: Bool, firstLine: Int) throws(CompileError) -> CodeObject {
        // Read the builder in place: a local copy of it would retain and release every one
        // of its arrays (measurable in the start-up of small programs).
        if unit.builder.depthMismatch {
            throw CompileError(typeName: "SystemError", message: "internal compiler error: inconsistent stack depth in \(unit.qualname)", line: firstLine, column: 0)
        }
        let scope = unit.scope
        // Both through mutating calls: a non-mutating method called on the class's stored
        // builder runs on a copy of it. The exception table first: resolving moves the
        // instructions out of the builder.
        let exceptionTable = unit.builder.exceptionTable()
        var slots = cacheSlots
        let instructions = unit.builder.resolvedInstructions(slots: &slots)
        cacheSlots = slots
        let code = CodeObject(
            name: unit.name, qualname: unit.qualname, filename: filename, firstLine: firstLine,
            instructions: instructions, constants: unit.builder.constants, names: unit.builder.names,
            varnames: scope.varnames, cellvars: scope.cellvars, freevars: scope.freevars,
            argCount: argCount, positionalOnlyCount: positionalOnly, keywordOnlyCount: keywordOnly,
            hasVarArgs: varArgs, hasVarKeywords: varKeywords,
            isGenerator: scope.isGenerator, isCoroutine: scope.isCoroutine && !scope.isGenerator,
            maxStack: unit.builder.maxDepth + 2, spanRuns: unit.builder.spanRuns,
            exceptionTable: exceptionTable,
            cellParameters: scope.cellParameterSlots())
        code.isAsyncGenerator = scope.isCoroutine && scope.isGenerator
        return code
    }

    /// The current unit's builder, borrowed in place: a plain getter would copy the whole
    /// builder (retaining and releasing each of its arrays) for every `builder.span` read.
    var builder: CodeBuilder {
        _read { yield unit.builder }
        _modify { yield &unit.builder }
    }

    func emit(_ op: Opcode, _ arg: Int = 0) {
        unit.builder.emit(op, arg)
    }

    func emitJump(_ op: Opcode, _ label: Int) {
        unit.builder.emitJump(op, label)
    }

    func newLabel() -> Int { unit.builder.newLabel() }
    func bind(_ label: Int) { unit.builder.bind(label) }

    func loadConst(_ c: Constant) {
        emit(.loadConst, unit.builder.constant(c))
    }

    func error(_ message: String, _ line: Int, _ column: Int) -> CompileError {
        .syntax(message, line: line, column: column + 1)
    }

    func checkStack(_ line: Int, _ column: Int) throws(CompileError) {
        if !StackGuard.hasRoom() {
            throw CompileError(typeName: "RecursionError", message: "maximum recursion depth exceeded during compilation", line: line, column: column + 1)
        }
    }

    // MARK: Names

    func loadName(_ name: String) {
        let name = unit.scope.mangle(name)
        switch unit.scope.resolve(name) {
        case .fast(let i):
            let flags = unit.scope.symbols[name] ?? []
            if flags.contains(.parameter) && !flags.contains(.deleted) && !flags.contains(.assigned) {
                emit(.loadFast, i)
            } else {
                emit(.loadFastChecked, i)
            }
        case .deref(let i): emit(.loadDeref, i)
        case .global: emit(.loadGlobal, builder.name(name))
        case .name: emit(.loadName, builder.name(name))
        case .classDeref(let i): emit(.loadClassDeref, i)
        }
    }

    func storeName(_ name: String) {
        let name = unit.scope.mangle(name)
        switch unit.scope.resolve(name) {
        case .fast(let i): emit(.storeFast, i)
        case .deref(let i): emit(.storeDeref, i)
        case .global: emit(.storeGlobal, builder.name(name))
        case .name, .classDeref: emit(.storeName, builder.name(name))
        }
    }

    func deleteName(_ name: String) {
        let name = unit.scope.mangle(name)
        switch unit.scope.resolve(name) {
        case .fast(let i): emit(.deleteFast, i)
        case .deref(let i): emit(.deleteDeref, i)
        case .global: emit(.deleteGlobal, builder.name(name))
        case .name, .classDeref: emit(.deleteName, builder.name(name))
        }
    }

    // MARK: Statements

    func compileStatements(_ body: [Stmt]) throws(CompileError) {
        for s in body { try compileStatement(s) }
    }

    func compileStatement(_ s: Stmt) throws(CompileError) {
        try checkStack(s.line, s.column)
        builder.span = SourceSpan(s)
        switch s.kind {
        case .expression(let e):
            if mode == .interactive && unit.scope.kind == .module {
                try compileExpression(e)
                emit(.printExpression)
            } else if case .constant = e.kind {
                // Docstrings and bare constants compile to nothing.
            } else {
                try compileExpression(e)
                emit(.popTop)
            }
        case .assign(let targets, let value):
            try compileExpression(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { emit(.copy, 1) }
                try compileStore(t)
            }
        case .augmentedAssign(let target, let op, let value):
            try compileAugmentedAssign(target, op, value)
        case .annotatedAssign(let target, let annotation, let value, let simple):
            if let value {
                try compileExpression(value)
                try compileStore(target)
            } else if !simple {
                // `obj.attr: int` evaluates the object.
                if case .attribute(let obj, _) = target.kind {
                    try compileExpression(obj)
                    emit(.popTop)
                }
            }
            if unit.scope.kind == .module || unit.scope.kind == .classBody, case .name(let n) = target.kind {
                // Record __annotations__ like CPython (module and class level only).
                emit(.setupAnnotations)
                loadConst(.str(unit.scope.mangle(n)))
                try compileAnnotation(annotation)
                emit(.mapAdd, 1)
                emit(.popTop)
            }
        case .delete(let targets):
            for t in targets { try compileDelete(t) }
        case .pass:
            break
        case .break:
            try compileBreakContinue(isBreak: true, s)
        case .continue:
            try compileBreakContinue(isBreak: false, s)
        case .return(let value):
            guard unit.scope.isFunctionLike else {
                throw error("'return' outside function", s.line, s.column).spanning(s)
            }
            if unit.scope.isGenerator && unit.scope.isCoroutine, value != nil {
                throw error("'return' with value in async generator", s.line, s.column)
            }
            if let value {
                try compileExpression(value)
            } else {
                loadConst(.none)
            }
            try unwindFBlocks(preserveTop: true, stopAtLoop: false)
            builder.span = SourceSpan(s)
            emit(.returnValue)
        case .raise(let exc, let cause):
            if let exc {
                try compileExpression(exc)
                if let cause {
                    try compileExpression(cause)
                    emit(.raiseVarargs, 2)
                } else {
                    emit(.raiseVarargs, 1)
                }
            } else {
                emit(.raiseVarargs, 0)
            }
        case .global, .nonlocal:
            break
        case .assert(let test, let message):
            let end = newLabel()
            try compileCondition(test, jumpIfTrue: true, to: end)
            // CPython locates the raised AssertionError at the test.
            builder.span = SourceSpan(test)
            emit(.loadAssertionError)
            if let message {
                try compileExpression(message)
                emit(.call, 1)
            }
            emit(.raiseVarargs, 1)
            bind(end)
        case .if(let test, let body, let orElse):
            let elseLabel = newLabel()
            let end = newLabel()
            try compileCondition(test, jumpIfTrue: false, to: elseLabel)
            try compileStatements(body)
            if !orElse.isEmpty {
                if builder.reachable { emitJump(.jump, end) }
                bind(elseLabel)
                try compileStatements(orElse)
            } else {
                bind(elseLabel)
            }
            bind(end)
        case .while(let test, let body, let orElse):
            let top = newLabel()
            let elseLabel = newLabel()
            let end = newLabel()
            bind(top)
            try compileCondition(test, jumpIfTrue: false, to: elseLabel)
            unit.fblocks.append(FBlock(kind: .whileLoop(continueLabel: top, breakLabel: end), handlerHeight: builder.handlerStack.count))
            try compileStatements(body)
            unit.fblocks.removeLast()
            if builder.reachable { emitJump(.jump, top) }
            bind(elseLabel)
            try compileStatements(orElse)
            bind(end)
        case .for(let target, let iter, let body, let orElse, let isAsync) where isAsync:
            guard unit.scope.isCoroutine else { throw error("'async for' outside async function", s.line, s.column) }
            try compileExpression(iter)
            emit(.getAIter)
            let top = newLabel()
            let stop = newLabel()
            let end = newLabel()
            bind(top)
            // StopAsyncIteration from the awaited anext() ends the loop (the handler keeps
            // the iterator below the exception: [aiter, exc]).
            builder.pushHandler(stop)
            emit(.getANext)
            try emitDelegation()
            builder.popHandler()
            try compileStore(target)
            unit.fblocks.append(FBlock(kind: .forLoop(continueLabel: top, breakLabel: end), handlerHeight: builder.handlerStack.count))
            try compileStatements(body)
            unit.fblocks.removeLast()
            builder.span = SourceSpan(s)
            if builder.reachable { emitJump(.jump, top) }
            bind(stop)
            emit(.endAsyncFor)
            try compileStatements(orElse)
            bind(end)
        case .for(let target, let iter, let body, let orElse, _):
            try compileIterable(iter)
            emit(.getIter)
            let top = newLabel()
            let cleanup = newLabel()
            let end = newLabel()
            bind(top)
            emitJump(.forIter, cleanup)
            try compileStore(target)
            unit.fblocks.append(FBlock(kind: .forLoop(continueLabel: top, breakLabel: end), handlerHeight: builder.handlerStack.count))
            try compileStatements(body)
            unit.fblocks.removeLast()
            builder.span = SourceSpan(s)
            if builder.reachable { emitJump(.jump, top) }
            bind(cleanup)
            try compileStatements(orElse)
            bind(end)
        case .with(let items, let body, let isAsync):
            if isAsync && !unit.scope.isCoroutine {
                throw error("'async with' outside async function", s.line, s.column + 1)
            }
            try compileWith(items[...], body, s, isAsync: isAsync)
        case .try(let body, let handlers, let orElse, let finalBody, _):
            if finalBody.isEmpty {
                try compileTryExcept(body, handlers, orElse, s)
            } else {
                try compileTryFinally(body, handlers, orElse, finalBody, s)
            }
        case .functionDef(let def):
            try compileFunctionDef(def, s)
        case .classDef(let def):
            try compileClassDef(def, s)
        case .import(let names):
            for alias in names {
                emit(.importName, builder.addConstant(.str(PyStr(frozen: alias.name))))
                if let asName = alias.asName {
                    // `import a.b as c` binds the submodule (`importName` yields the
                    // named module itself, not the top-level package).
                    storeName(asName)
                } else {
                    // `import a.b` binds `a` (the top-level package).
                    let top = String(alias.name.split(separator: ".").first ?? Substring(alias.name))
                    if top != alias.name {
                        emit(.popTop)
                        emit(.importName, builder.addConstant(.str(PyStr(frozen: top))))
                    }
                    storeName(top)
                }
            }
        case .importFrom(let module, let names, let level):
            if level > 0 {
                throw CompileError.unsupported("relative import", line: s.line, column: s.column + 1)
            }
            emit(.importName, builder.addConstant(.str(PyStr(frozen: module ?? ""))))
            if names.count == 1 && names[0].name == "*" {
                if unit.scope.kind != .module {
                    throw error("import * only allowed at module level", s.line, s.column)
                }
                emit(.importStar)
            } else {
                for alias in names {
                    emit(.importFrom, builder.name(alias.name))
                    storeName(alias.asName ?? alias.name)
                }
                emit(.popTop)
            }
        case .match(let subject, let cases):
            try compileMatch(subject, cases, s)
        }
    }

    // MARK: Loops and unwinding

    func compileBreakContinue(isBreak: Bool, _ s: Stmt) throws(CompileError) {
        guard let loopIndex = unit.fblocks.lastIndex(where: {
            switch $0.kind {
            case .whileLoop, .forLoop: return true
            default: return false
            }
        }) else {
            throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s.line, s.column).spanning(s)
        }
        try unwindFBlocks(preserveTop: false, stopAtLoop: true)
        builder.span = SourceSpan(s)
        switch unit.fblocks[loopIndex].kind {
        case .whileLoop(let cont, let brk):
            emitJump(.jump, isBreak ? brk : cont)
        case .forLoop(let cont, let brk):
            if isBreak {
                emit(.popTop)  // the iterator
                emitJump(.jump, brk)
            } else {
                emitJump(.jump, cont)
            }
        default: break
        }
    }

    /// Emits the cleanup for every block being left by `return`/`break`/`continue`.
    /// For break/continue, stops at the innermost loop (whose own cleanup the caller emits).
    func unwindFBlocks(preserveTop: Bool, stopAtLoop: Bool) throws(CompileError) {
        let saved = unit.fblocks
        let savedHandlers = builder.handlerStack
        defer {
            unit.fblocks = saved
        }
        var i = unit.fblocks.count - 1
        while i >= 0 {
            let block = unit.fblocks[i]
            if stopAtLoop {
                if case .whileLoop = block.kind { break }
                if case .forLoop = block.kind { break }
            }
            // Cleanup code runs under the handler that was active outside this block.
            unit.fblocks.removeLast()
            builder.handlerStack = Array(savedHandlers.prefix(block.handlerHeight))
            switch block.kind {
            case .whileLoop: break
            case .forLoop:
                if preserveTop { emit(.swap, 2) }
                emit(.popTop)
            case .tryExcept: break
            case .finallyTry(let body):
                if preserveTop {
                    unit.fblocks.append(FBlock(kind: .popValue, handlerHeight: builder.handlerStack.count))
                }
                try compileStatements(body)
                if preserveTop { unit.fblocks.removeLast() }
            case .finallyEnd:
                if preserveTop { emit(.swap, 2) }
                emit(.popTop)  // the exception
                if preserveTop { emit(.swap, 2) }
                emit(.popExcept)
            case .handlerCleanup(let name):
                if preserveTop { emit(.swap, 2) }
                emit(.popExcept)
                if let name {
                    loadConst(.none)
                    storeName(name)
                    deleteName(name)
                }
            case .with(let isAsync):
                if preserveTop { emit(.swap, 2) }
                try emitExitWithoutException(isAsync: isAsync)
            case .popValue:
                if preserveTop { emit(.swap, 2) }
                emit(.popTop)
            }
            i -= 1
        }
        builder.handlerStack = savedHandlers
    }

    // MARK: try

    func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ s: Stmt) throws(CompileError) {
        let exceptLabel = newLabel()
        let end = newLabel()
        let cleanup = newLabel()
        builder.pushHandler(exceptLabel)
        unit.fblocks.append(FBlock(kind: .tryExcept, handlerHeight: builder.handlerStack.count - 1))
        try compileStatements(body)
        unit.fblocks.removeLast()
        builder.popHandler()
        try compileStatements(orElse)
        if builder.reachable { emitJump(.jump, end) }
        bind(exceptLabel)  // [exc]
        builder.currentLine = handlers.first?.line ?? s.line
        emit(.pushExcInfo)  // [prev, exc]
        builder.pushHandler(cleanup)
        let cleanupIndex = builder.handlerStack.last!
        let outerHeight = builder.handlerStack.count - 1
        for (i, handler) in handlers.enumerated() {
            builder.currentLine = handler.line
            if handler.type == nil && i != handlers.count - 1 {
                throw error("default 'except:' must be last", handler.line, handler.column)
            }
            let next = newLabel()
            if let type = handler.type {
                try compileExpression(type)
                emit(.checkExcMatch)
                emitJump(.popJumpIfFalse, next)
            }
            if let name = handler.name {
                storeName(name)  // [prev]
                let nameCleanup = newLabel()
                builder.pushHandler(nameCleanup)
                unit.fblocks.append(FBlock(kind: .handlerCleanup(name: name), handlerHeight: outerHeight))
                try compileStatements(handler.body)
                unit.fblocks.removeLast()
                builder.popHandler()
                if builder.reachable {
                    builder.popHandler()
                    emit(.popExcept)
                    loadConst(.none)
                    storeName(name)
                    deleteName(name)
                    emitJump(.jump, end)
                    builder.handlerStack.append(cleanupIndex)
                }
                bind(nameCleanup)  // [prev, exc2]
                loadConst(.none)
                storeName(name)
                deleteName(name)
                emit(.reraise)
            } else {
                emit(.popTop)  // [prev]
                unit.fblocks.append(FBlock(kind: .handlerCleanup(name: nil), handlerHeight: outerHeight))
                try compileStatements(handler.body)
                unit.fblocks.removeLast()
                if builder.reachable {
                    builder.popHandler()
                    emit(.popExcept)
                    emitJump(.jump, end)
                    builder.handlerStack.append(cleanupIndex)
                }
            }
            bind(next)
        }
        emit(.reraise)  // no handler matched: [prev, exc] → cleanup
        builder.popHandler()
        bind(cleanup)  // [prev, exc]
        emit(.popExceptAndReraise)
        bind(end)
    }

    func compileTryFinally(_ body: [Stmt], _ handlers: [ExceptHandler], _ orElse: [Stmt], _ finalBody: [Stmt], _ s: Stmt) throws(CompileError) {
        let finallyExc = newLabel()
        let cleanup = newLabel()
        let exit = newLabel()
        builder.pushHandler(finallyExc)
        unit.fblocks.append(FBlock(kind: .finallyTry(body: finalBody), handlerHeight: builder.handlerStack.count - 1))
        if handlers.isEmpty {
            try compileStatements(body)
        } else {
            try compileTryExcept(body, handlers, orElse, s)
        }
        unit.fblocks.removeLast()
        builder.popHandler()
        if builder.reachable {
            try compileStatements(finalBody)
            if builder.reachable { emitJump(.jump, exit) }
        }
        bind(finallyExc)  // [exc]
        emit(.pushExcInfo)  // [prev, exc]
        builder.pushHandler(cleanup)
        unit.fblocks.append(FBlock(kind: .finallyEnd, handlerHeight: builder.handlerStack.count - 1))
        try compileStatements(finalBody)
        unit.fblocks.removeLast()
        if builder.reachable { emit(.reraise) }
        builder.popHandler()
        bind(cleanup)
        emit(.popExceptAndReraise)
        bind(exit)
    }

    // MARK: Functions and classes

    func compileFunctionDef(_ def: FunctionDefinition, _ s: Stmt) throws(CompileError) {
        for d in def.decorators { try compileExpression(d) }
        guard let scope = scopes[ScopeKey(line: s.line, column: s.column, tag: 1)] else {
            throw error("internal error: missing scope for function '\(def.name)'", s.line, s.column)
        }
        let qualname = childQualname(def.name)
        builder.span = SourceSpan(s)
        var flags = try compileDefaults(def.arguments)
        flags |= try compileFunctionAnnotations(def)
        pushUnit(scope: scope, name: def.name, qualname: qualname)
        builder.span = SourceSpan(s)
        var body = def.body
        var doc: String? = nil
        if let first = body.first, case .expression(let e) = first.kind, case .constant(.str(let text)) = e.kind {
            doc = text
            body.removeFirst()
            if body.isEmpty { body = [Stmt(.pass, line: first.line, column: first.column)] }
        }
        // Docstring is constant 0 when present (CPython convention), else None.
        if let doc { _ = builder.addConstant(.str(PyStr(frozen: doc))) } else { _ = builder.addConstant(.none) }
        try compileStatements(body)
        if builder.reachable {
            loadConst(.none)
            emit(.returnValue)
        }
        let a = def.arguments
        let code = try finishUnit(argCount: a.positionalOnly.count + a.positional.count, positionalOnly: a.positionalOnly.count, keywordOnly: a.keywordOnly.count, varArgs: a.varArgs != nil, varKeywords: a.varKeywords != nil, firstLine: s.line)
        popUnit()
        try emitMakeFunction(code, scope: scope, flags: flags)
        try applyDecorators(def.decorators)
        storeName(def.name)
    }

    /// Calls the decorator functions on the stack, innermost first, each located at its
    /// decorator expression (CPython's `compiler_apply_decorators`).
    func applyDecorators(_ decorators: [Expr]) throws(CompileError) {
        let saved = builder.span
        defer { builder.span = saved }
        for d in decorators.reversed() {
            builder.span = SourceSpan(d)
            emit(.call, 1)
        }
    }

    func childQualname(_ name: String) -> String {
        switch unit.scope.kind {
        case .module: return name
        case .classBody: return unit.qualname + "." + name
        default: return unit.qualname + ".<locals>." + name
        }
    }

    /// Pushes the defaults tuple and keyword-defaults dict; returns MAKE_FUNCTION flags.
    func compileDefaults(_ args: ParameterList) throws(CompileError) -> Int {
        var flags = 0
        if !args.defaults.isEmpty {
            for d in args.defaults { try compileExpression(d) }
            emit(.buildTuple, args.defaults.count)
            flags |= 1
        }
        var kwCount = 0
        for (p, d) in zip(args.keywordOnly, args.keywordDefaults) {
            if let d {
                loadConst(.str(p.name))
                try compileExpression(d)
                kwCount += 1
            }
        }
        if kwCount > 0 {
            emit(.buildMap, kwCount)
            flags |= 2
        }
        return flags
    }

    func emitMakeFunction(_ code: CodeObject, scope: Scope, flags: Int) throws(CompileError) {
        var flags = flags
        if !code.freevars.isEmpty {
            for name in code.freevars {
                switch unit.scope.resolve(name) {
                case .deref(let i), .classDeref(let i):
                    emit(.loadClosure, i)
                default:
                    // The enclosing scope must hold the cell.
                    if let i = unit.scope.cellvars.firstIndex(of: name) {
                        emit(.loadClosure, unit.scope.varnames.count + i)
                    } else if let i = unit.scope.freevars.firstIndex(of: name) {
                        emit(.loadClosure, unit.scope.varnames.count + unit.scope.cellvars.count + i)
                    } else {
                        throw CompileError.syntax("internal error: no cell for free variable '\(name)'", line: builder.currentLine, column: 1)
                    }
                }
            }
            emit(.buildTuple, code.freevars.count)
            flags |= 8
        }
        emit(.loadConst, builder.addConstant(.object(PyCode(code))))
        emit(.makeFunction, flags)
    }

    func compileClassDef(_ def: ClassDefinition, _ s: Stmt) throws(CompileError) {
        for d in def.decorators { try compileExpression(d) }
        guard let scope = scopes[ScopeKey(line: s.line, column: s.column, tag: 2)] else {
            throw error("internal error: missing scope for class '\(def.name)'", s.line, s.column)
        }
        let qualname = childQualname(def.name)
        pushUnit(scope: scope, name: def.name, qualname: qualname)
        builder.span = SourceSpan(s)
        _ = builder.addConstant(.none)
        loadConst(.str(qualname))
        storeName("__qualname__")
        var body = def.body
        if let first = body.first, case .expression(let e) = first.kind, case .constant(.str) = e.kind {
            try compileExpression(e)
            storeName("__doc__")
            body.removeFirst()
        }
        try compileStatements(body)
        if let i = scope.cellvars.firstIndex(of: "__class__") {
            emit(.loadClosure, scope.varnames.count + i)
        } else {
            loadConst(.none)
        }
        emit(.returnValue)
        let code = try finishUnit(argCount: 0, positionalOnly: 0, keywordOnly: 0, varArgs: false, varKeywords: false, firstLine: s.line)
        popUnit()
        builder.span = SourceSpan(s)
        try emitMakeFunction(code, scope: scope, flags: 0)
        loadConst(.str(def.name))
        for b in def.bases {
            if case .starred = b.kind {
                throw CompileError.unsupported("star-unpacking in class bases", line: b.line, column: b.column + 1)
            }
            try compileExpression(b)
        }
        var arg = def.bases.count
        if !def.keywords.isEmpty {
            for k in def.keywords {
                guard let name = k.name else {
                    throw CompileError.unsupported("**kwargs in class definition", line: k.line, column: k.column + 1)
                }
                loadConst(.str(name))
                try compileExpression(k.value)
            }
            emit(.buildMap, def.keywords.count)
            arg |= 0x10000
        }
        emit(.buildClass, arg)
        try applyDecorators(def.decorators)
        storeName(def.name)
    }
}

/// A code object held as a Python value (constant of the enclosing code).
final class PyCode: PyObject, @unchecked Sendable {
    let code: CodeObject

    init(_ code: CodeObject) {
        self.code = code
        super.init(kind: .code)
    }
}
