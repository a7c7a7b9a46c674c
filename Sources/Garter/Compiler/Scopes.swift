/// The resolver (CPython's `symtable`): decides for every name in every scope whether it is a
/// fast local, a cell, a free variable, a global, or a class-body name.

/// Identifies the AST node that opened a scope (nodes are values, so position + kind is used).
struct ScopeKey: Hashable {
    let line: Int
    let column: Int
    let tag: UInt8
}

final class Scope {
    enum Kind { case module, classBody, function, lambda, comprehension }

    struct Flags: OptionSet {
        let rawValue: UInt16
        static let assigned = Flags(rawValue: 1)
        static let parameter = Flags(rawValue: 2)
        static let used = Flags(rawValue: 4)
        static let declaredGlobal = Flags(rawValue: 8)
        static let declaredNonlocal = Flags(rawValue: 16)
        static let deleted = Flags(rawValue: 32)
    }

    enum Resolution: Equatable {
        case fast(Int)
        /// A slot holding a cell (own cell variable or free variable), index into fast slots.
        case deref(Int)
        case global
        /// Class body and module-level lookup through the namespace dict.
        case name
        /// Class body reading a free variable: namespace dict first, then the cell.
        case classDeref(Int)
    }

    let kind: Kind
    let name: String
    weak var parent: Scope?
    @exclusivity(unchecked) var symbols = [String: Flags]()
    /// The `nonlocal` statement declaring each nonlocal name (where its errors point).
    @exclusivity(unchecked) var nonlocalStatements = [String: Stmt]()
    @exclusivity(unchecked) var parameterOrder: [String] = []
    @exclusivity(unchecked) var children: [Scope] = []
    @exclusivity(unchecked) var isGenerator = false
    @exclusivity(unchecked) var isCoroutine = false
    @exclusivity(unchecked) var needsClassCell = false
    @exclusivity(unchecked) var usesClassCell = false
    @exclusivity(unchecked) var line = 0

    // Results of analysis.
    @exclusivity(unchecked) var varnames: [String] = []
    @exclusivity(unchecked) var cellvars: [String] = []
    @exclusivity(unchecked) var freevars: [String] = []
    @exclusivity(unchecked) var globalNames = Set<String>()
    @exclusivity(unchecked) private var localSet = Set<String>()

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .lambda || kind == .comprehension }

    /// The innermost enclosing class's name (this scope's own name for a class body): private
    /// names `__x` used in its code are mangled to `_Class__x`.
    var privateName: String?

    /// CPython's `_Py_Mangle`: `__spam` inside class `Ham` is `_Ham__spam`; dunder names,
    /// dotted names and names outside classes are unchanged.
    func mangle(_ name: String) -> String {
        guard let cls = privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
        let stripped = cls.drop { $0 == "_" }
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }

    func add(_ name: String, _ flags: Flags) {
        symbols[mangle(name), default: []].formUnion(flags)
    }

    /// Index of a name among the fast slots: varnames, then cellvars, then freevars.
    func resolve(_ name: String) -> Resolution {
        let name = mangle(name)
        if kind == .module { return .global }
        if kind == .classBody {
            if let i = freevars.firstIndex(of: name) {
                if symbols[name]?.contains(.assigned) == true { return .name }
                return .classDeref(varnames.count + cellvars.count + i)
            }
            if globalNames.contains(name) && symbols[name]?.contains(.declaredGlobal) == true { return .global }
            if name == "__class__", let i = cellvars.firstIndex(of: name) {
                return .deref(varnames.count + i)
            }
            return .name
        }
        if let i = cellvars.firstIndex(of: name) { return .deref(varnames.count + i) }
        if let i = freevars.firstIndex(of: name) { return .deref(varnames.count + cellvars.count + i) }
        if localSet.contains(name), let i = varnames.firstIndex(of: name) { return .fast(i) }
        return .global
    }

    /// The slot of a cell variable that is also a parameter, for copying the argument in.
    func cellParameterSlots() -> [(cell: Int, argument: Int)] {
        if cellvars.isEmpty { return [] }
        var out: [(cell: Int, argument: Int)] = []
        for (ci, name) in cellvars.enumerated() {
            if let ai = varnames.firstIndex(of: name) { out.append((ci, ai)) }
        }
        return out
    }

    // MARK: Analysis

    /// Resolves every scope below the module (run once on the module scope).
    func analyze() throws(CompileError) {
        try analyzeScope(enclosingFunctionNames: [])
    }

    /// `enclosing`: names bound as locals/cells/frees in enclosing function scopes.
    private func analyzeScope(enclosingFunctionNames enclosing: Set<String>) throws(CompileError) {
        var bound = Set<String>()
        // Decide locals.
        for (name, flags) in symbols {
            if flags.contains(.declaredGlobal) {
                globalNames.insert(name)
                continue
            }
            if flags.contains(.declaredNonlocal) {
                if kind == .module {
                    throw CompileError.syntax("nonlocal declaration not allowed at module level", line: line, column: 1)
                }
                if !enclosing.contains(name) {
                    if let s = nonlocalStatements[name] {
                        throw CompileError.syntax("no binding for nonlocal '\(name)' found", line: s.line, column: s.column + 1).spanning(s)
                    }
                    throw CompileError.syntax("no binding for nonlocal '\(name)' found", line: line, column: 1)
                }
                freevars.append(name)
                continue
            }
            if flags.contains(.assigned) || flags.contains(.parameter) {
                if kind != .module { bound.insert(name) }
            }
        }
        if isFunctionLike {
            // Parameters first, in order, then other locals in a stable order.
            varnames = parameterOrder
            for name in symbols.keys.sorted() where bound.contains(name) && !parameterOrder.contains(name) {
                varnames.append(name)
            }
            localSet = bound
        } else if kind == .classBody {
            localSet = []
        }
        // Free variables referenced but not bound here.
        if isFunctionLike {
            for (name, flags) in symbols where flags.contains(.used) && !bound.contains(name) && !flags.contains(.declaredGlobal) && !flags.contains(.declaredNonlocal) {
                if enclosing.contains(name) && !freevars.contains(name) { freevars.append(name) }
            }
        } else if kind == .classBody {
            for (name, flags) in symbols where flags.contains(.used) && !flags.contains(.declaredGlobal) {
                if enclosing.contains(name) && !freevars.contains(name) { freevars.append(name) }
            }
        }
        if usesClassCell && !freevars.contains("__class__") {
            freevars.append("__class__")
        }
        // Names visible to children as enclosing function bindings.
        var childEnclosing = enclosing
        if isFunctionLike {
            childEnclosing.formUnion(bound)
            childEnclosing.formUnion(freevars)
        }
        if kind == .classBody && needsClassCell {
            childEnclosing.insert("__class__")
        }
        if kind == .module {
            childEnclosing = []
        }
        for child in children {
            try child.analyzeScope(enclosingFunctionNames: childEnclosing)
        }
        // Our own names that children capture become cells; captured names we don't bind pass
        // through as our free variables.
        for child in children {
            for name in child.freevars {
                if isFunctionLike && bound.contains(name) {
                    if !cellvars.contains(name) { cellvars.append(name) }
                } else if kind == .classBody && name == "__class__" && needsClassCell {
                    if !cellvars.contains(name) { cellvars.append(name) }
                } else if kind != .module && !freevars.contains(name) && (enclosing.contains(name)) {
                    freevars.append(name)
                }
            }
        }
        if cellvars.count > 1 { cellvars.sort() }
        // A cell variable is not also a plain fast local, except parameters (copied in).
        if isFunctionLike {
            varnames = varnames.filter { !cellvars.contains($0) || parameterOrder.contains($0) }
            localSet.subtract(cellvars)
        }
    }
}

/// Builds the scope tree for a module.
struct ScopeBuilder {
    var scopes = [ScopeKey: Scope]()
    var current: Scope
    let module: Scope

    init() {
        module = Scope(kind: .module, name: "<module>", parent: nil)
        current = module
    }

    static func build(_ body: [Stmt]) throws(CompileError) -> (Scope, [ScopeKey: Scope]) {
        var b = ScopeBuilder()
        for s in body { try b.visit(s) }
        try b.module.analyze()
        return (b.module, b.scopes)
    }

    mutating func push(_ kind: Scope.Kind, name: String, key: ScopeKey, line: Int) -> Scope {
        let s = Scope(kind: kind, name: name, parent: current)
        s.privateName = kind == .classBody ? name : current.privateName
        s.line = line
        current.children.append(s)
        scopes[key] = s
        current = s
        return s
    }

    mutating func pop() {
        current = current.parent!
    }

    mutating func bind(_ name: String) {
        current.add(name, .assigned)
    }

    mutating func declare(_ name: String, _ flag: Scope.Flags, line: Int, column: Int) throws(CompileError) {
        let name = current.mangle(name)
        let existing = current.symbols[name] ?? []
        let word = flag == .declaredGlobal ? "global" : "nonlocal"
        if existing.contains(.parameter) {
            throw CompileError.syntax("name '\(name)' is parameter and \(word)", line: line, column: column + 1)
        }
        if existing.contains(.assigned) {
            throw CompileError.syntax("name '\(name)' is assigned to before \(word) declaration", line: line, column: column + 1)
        }
        if existing.contains(.used) {
            throw CompileError.syntax("name '\(name)' is used prior to \(word) declaration", line: line, column: column + 1)
        }
        if flag == .declaredGlobal && existing.contains(.declaredNonlocal) || flag == .declaredNonlocal && existing.contains(.declaredGlobal) {
            throw CompileError.syntax("name '\(name)' is nonlocal and global", line: line, column: column + 1)
        }
        current.add(name, flag)
    }

    mutating func visit(_ s: Stmt) throws(CompileError) {
        switch s.kind {
        case .expression(let e): try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try visitTarget(t) }
        case .augmentedAssign(let target, _, let value):
            try visit(value)
            if case .name(let n) = target.kind { current.add(n, [.assigned, .used]) } else { try visit(target) }
        case .annotatedAssign(let target, let annotation, let value, _):
            if let value { try visit(value) }
            if current.kind != .function && current.kind != .lambda { try visit(annotation) }
            if case .name(let n) = target.kind {
                if value != nil || current.isFunctionLike { bind(n) }
            } else {
                try visit(target)
            }
        case .delete(let targets):
            for t in targets {
                if case .name(let n) = t.kind { current.add(n, [.assigned, .deleted]) } else { try visitTarget(t) }
            }
        case .pass, .break, .continue: break
        case .return(let v): if let v { try visit(v) }
        case .raise(let e, let c):
            if let e { try visit(e) }
            if let c { try visit(c) }
        case .global(let names):
            for n in names { try declare(n, .declaredGlobal, line: s.line, column: s.column) }
        case .nonlocal(let names):
            if current.kind == .module {
                throw CompileError.syntax("nonlocal declaration not allowed at module level", line: s.line, column: s.column + 1).spanning(s)
            }
            for n in names {
                try declare(n, .declaredNonlocal, line: s.line, column: s.column)
                current.nonlocalStatements[n] = s
            }
        case .assert(let t, let m):
            try visit(t)
            if let m { try visit(m) }
        case .if(let test, let body, let orElse), .while(let test, let body, let orElse):
            try visit(test)
            for x in body { try visit(x) }
            for x in orElse { try visit(x) }
        case .for(let target, let iter, let body, let orElse, _):
            try visit(iter)
            try visitTarget(target)
            for x in body { try visit(x) }
            for x in orElse { try visit(x) }
        case .with(let items, let body, _):
            for item in items {
                try visit(item.context)
                if let t = item.target { try visitTarget(t) }
            }
            for x in body { try visit(x) }
        case .try(let body, let handlers, let orElse, let finalBody, _):
            for x in body { try visit(x) }
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { bind(n) }
                for x in h.body { try visit(x) }
            }
            for x in orElse { try visit(x) }
            for x in finalBody { try visit(x) }
        case .functionDef(let def):
            for d in def.decorators { try visit(d) }
            try visitArgumentDefaults(def.arguments)
            if let r = def.returns, current.kind != .function { _ = r }
            bind(def.name)
            let scope = push(.function, name: def.name, key: ScopeKey(line: s.line, column: s.column, tag: 1), line: s.line)
            scope.isCoroutine = def.isAsync
            declareParameters(def.arguments)
            for x in def.body { try visit(x) }
            pop()
        case .classDef(let def):
            for d in def.decorators { try visit(d) }
            for b in def.bases { try visit(b) }
            for k in def.keywords { try visit(k.value) }
            bind(def.name)
            _ = push(.classBody, name: def.name, key: ScopeKey(line: s.line, column: s.column, tag: 2), line: s.line)
            for x in def.body { try visit(x) }
            pop()
        case .import(let names):
            for a in names {
                let bound = a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
                bind(bound)
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { bind(a.asName ?? a.name) }
        case .match(let subject, let cases):
            try visit(subject)
            for c in cases {
                try visitPattern(c.pattern)
                if let g = c.guardExpression { try visit(g) }
                for x in c.body { try visit(x) }
            }
        }
    }

    mutating func visitArgumentDefaults(_ args: ParameterList) throws(CompileError) {
        for d in args.defaults { try visit(d) }
        for d in args.keywordDefaults { if let d { try visit(d) } }
        let params = args.positionalOnly + args.positional + args.keywordOnly + [args.varArgs, args.varKeywords].compactMap { $0 }
        for p in params { if let a = p.annotation { try visit(a) } }
    }

    mutating func declareParameters(_ args: ParameterList) {
        for n in args.allNames {
            current.add(n, .parameter)
            current.parameterOrder.append(current.mangle(n))
        }
    }

    mutating func visitPattern(_ p: Pattern) throws(CompileError) {
        switch p {
        case .value(let e): try visit(e)
        case .singleton: break
        case .sequence(let items): for i in items { try visitPattern(i) }
        case .star(let n): if let n { bind(n) }
        case .mapping(let keys, let patterns, let rest):
            for k in keys { try visit(k) }
            for x in patterns { try visitPattern(x) }
            if let rest { bind(rest) }
        case .classPattern(let cls, let patterns, _, let kw):
            try visit(cls)
            for x in patterns { try visitPattern(x) }
            for x in kw { try visitPattern(x) }
        case .asPattern(let inner, let name):
            if let inner { try visitPattern(inner) }
            if let name { bind(name) }
        case .or(let alts): for a in alts { try visitPattern(a) }
        }
    }

    mutating func visitTarget(_ e: Expr) throws(CompileError) {
        switch e.kind {
        case .name(let n): bind(n)
        case .tuple(let items), .list(let items): for i in items { try visitTarget(i) }
        case .starred(let inner): try visitTarget(inner)
        case .attribute(let obj, _): try visit(obj)
        case .subscript(let obj, let idx):
            try visit(obj)
            try visit(idx)
        default: try visit(e)
        }
    }

    mutating func visitComprehension(_ e: Expr, tag: UInt8, generators: [Comprehension], elements: [Expr]) throws(CompileError) {
        // The first iterable is evaluated in the enclosing scope.
        try visit(generators[0].iter)
        let enclosingIsAsync = current.isCoroutine
        let scope = push(.comprehension, name: "", key: ScopeKey(line: e.line, column: e.column, tag: tag), line: e.line)
        scope.add(".0", .parameter)
        scope.parameterOrder.append(".0")
        if tag == 6 { scope.isGenerator = true }
        // `async for` (or an `await`, see visit) makes an asynchronous comprehension: a
        // coroutine the enclosing code awaits, or for a generator expression an async generator.
        scope.isCoroutine = generators.contains { $0.isAsync }
        for (i, g) in generators.enumerated() {
            if i > 0 { try visit(g.iter) }
            try visitTarget(g.target)
            for cond in g.ifs { try visit(cond) }
        }
        for el in elements { try visit(el) }
        pop()
        if scope.isCoroutine && tag != 6 && !enclosingIsAsync {
            throw CompileError.syntax("asynchronous comprehension outside of an asynchronous function", line: e.line, column: e.column + 1)
        }
    }

    mutating func visit(_ e: Expr) throws(CompileError) {
        guard StackGuard.hasRoom() else {
            throw CompileError(typeName: "RecursionError", message: "maximum recursion depth exceeded during compilation", line: e.line, column: e.column + 1)
        }
        switch e.kind {
        case .name(let n):
            current.add(n, .used)
            if n == "super" && current.isFunctionLike {
                markClassCellUse()
            }
            if n == "__class__" && current.isFunctionLike { markClassCellUse() }
        case .constant: break
        case .joinedString(let parts):
            for p in parts {
                if case .formatted(let v, _, let spec) = p {
                    try visit(v)
                    if let spec { try visit(spec) }
                }
            }
        case .tuple(let items), .list(let items), .set(let items):
            for i in items { try visit(i) }
        case .dict(let keys, let values):
            for k in keys { if let k { try visit(k) } }
            for v in values { try visit(v) }
        case .starred(let v): try visit(v)
        case .attribute(let v, _): try visit(v)
        case .subscript(let a, let b):
            try visit(a)
            try visit(b)
        case .slice(let a, let b, let c):
            if let a { try visit(a) }
            if let b { try visit(b) }
            if let c { try visit(c) }
        case .call(let f, let args, let kws):
            try visit(f)
            for a in args { try visit(a) }
            for k in kws { try visit(k.value) }
        case .unary(_, let v): try visit(v)
        case .binary(_, let a, let b):
            try visit(a)
            try visit(b)
        case .boolean(_, let items): for i in items { try visit(i) }
        case .compare(let a, _, let rest):
            try visit(a)
            for r in rest { try visit(r) }
        case .ifExpression(let t, let b, let o):
            try visit(t)
            try visit(b)
            try visit(o)
        case .lambda(let args, let body):
            try visitArgumentDefaults(args)
            _ = push(.lambda, name: "<lambda>", key: ScopeKey(line: e.line, column: e.column, tag: 3), line: e.line)
            declareParameters(args)
            try visit(body)
            pop()
        case .listComprehension(let el, let gens):
            try visitComprehension(e, tag: 4, generators: gens, elements: [el])
        case .setComprehension(let el, let gens):
            try visitComprehension(e, tag: 5, generators: gens, elements: [el])
        case .generatorExpression(let el, let gens):
            try visitComprehension(e, tag: 6, generators: gens, elements: [el])
        case .dictComprehension(let k, let v, let gens):
            try visitComprehension(e, tag: 7, generators: gens, elements: [k, v])
        case .namedExpression(let target, let value):
            try visit(value)
            // Inside comprehensions the target binds in the nearest enclosing real scope.
            var scope: Scope = current
            while scope.kind == .comprehension, let p = scope.parent { scope = p }
            if scope !== current {
                if scope.kind == .classBody {
                    throw CompileError.syntax("assignment expression within a comprehension cannot be used in a class body", line: e.line, column: e.column + 1)
                }
                if scope.kind == .module {
                    scope.add(target, [.assigned, .declaredGlobal])
                    var s: Scope? = current
                    while let c = s, c !== scope {
                        c.add(target, .declaredGlobal)
                        s = c.parent
                    }
                } else {
                    scope.add(target, .assigned)
                    var s: Scope? = current
                    while let c = s, c !== scope {
                        c.add(target, [.declaredNonlocal])
                        s = c.parent
                    }
                }
            } else {
                bind(target)
            }
        case .yield(let v):
            if let v { try visit(v) }
            try markGenerator(e)
        case .yieldFrom(let v):
            try visit(v)
            try markGenerator(e)
        case .await(let v):
            try visit(v)
            if current.kind == .comprehension { current.isCoroutine = true }
        }
    }

    mutating func markGenerator(_ e: Expr) throws(CompileError) {
        switch current.kind {
        case .function, .lambda:
            if current.isCoroutine, case .yieldFrom = e.kind {
                throw CompileError.syntax("'yield from' inside async function", line: e.line, column: e.column + 1)
            }
            current.isGenerator = true
        case .comprehension:
            throw CompileError.syntax("'yield' inside \(current.isGenerator ? "generator expression" : "list comprehension")", line: e.line, column: e.column + 1)
        case .module, .classBody:
            throw CompileError.syntax("'yield' outside function", line: e.line, column: e.column + 1).spanning(e)
        }
    }

    /// `super()` / `__class__` in a method: the function closes over the class cell.
    mutating func markClassCellUse() {
        var s: Scope? = current
        var path: [Scope] = []
        while let c = s {
            if c.kind == .classBody {
                c.needsClassCell = true
                for p in path { p.usesClassCell = true }
                return
            }
            path.append(c)
            s = c.parent
        }
    }
}
