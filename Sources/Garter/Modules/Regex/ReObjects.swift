// `re.Pattern` and `re.Match` objects.

/// A compiled pattern (`re.compile(...)`).
final class RePatternObject: PyNativeObject, @unchecked Sendable {
    let compiled: ReCompiled
    let source: PyStr

    init(_ compiled: ReCompiled, source: PyStr) {
        self.compiled = compiled
        self.source = source
        super.init(type: ReTypes.shared.pattern)
    }
}

/// A successful match.
final class ReMatchObject: PyNativeObject, @unchecked Sendable {
    let pattern: RePatternObject
    let subject: ReSubject
    /// Spans: 2 slots per group, -1 when the group did not participate.
    let slots: [Int]
    let lastIndex: Int
    let pos: Int
    let endpos: Int

    init(pattern: RePatternObject, subject: ReSubject, slots: [Int], lastIndex: Int, pos: Int, endpos: Int) {
        self.pattern = pattern
        self.subject = subject
        self.slots = slots
        self.lastIndex = lastIndex
        self.pos = pos
        self.endpos = endpos
        super.init(type: ReTypes.shared.match)
    }

    var groupCount: Int { pattern.compiled.groups }

    func span(_ g: Int) -> (Int, Int) {
        let a = slots[2 * g], b = slots[2 * g + 1]
        if a < 0 || b < a { return (-1, -1) }
        return (a, b)
    }

    func group(_ g: Int, default d: Value = .none) -> Value {
        let (a, b) = span(g)
        if a < 0 { return d }
        return .str(subject.slice(a, b))
    }

    /// CPython's `match_getindex`: a group number or name, else IndexError.
    func index(_ vm: VM, _ v: Value) throws(PythonError) -> Int {
        var i = -1
        switch v {
        case .int(let n): i = n
        case .bool(let b): i = b ? 1 : 0
        case .str(let s):
            if let g = pattern.compiled.groupNames.first(where: { stringsEqual($0.0, s.value) })?.1 { i = g }
        case .object(let o) where o.kind == .instance:
            if vm.lookupSpecial(v, Names.index) != nil { i = try vm.indexValue(v) }
        default:
            break
        }
        if i < 0 || i > groupCount {
            throw vm.makeError(Builtins.shared.indexError, "no such group")
        }
        return i
    }
}

/// The `Pattern` and `Match` types, created once per process.
final class ReTypes: @unchecked Sendable {
    static let shared = ReTypes()

    let pattern: PyType
    let match: PyType

    private init() {
        let object = Builtins.shared.object
        pattern = PyType(name: "Pattern", bases: [object], isBuiltin: true, module: "re")
        pattern.mro = [pattern, object]
        match = PyType(name: "Match", bases: [object], isBuiltin: true, module: "re")
        match.mro = [match, object]
        pattern.dict.setString(PyType.tpNameKey, .str(PyStr("re.Pattern")))
        match.dict.setString(PyType.tpNameKey, .str(PyStr("re.Match")))
        installPatternMethods()
        installMatchMethods()
    }

    private static func method<T: PyNativeObject>(_ type: PyType, _ name: String, _ cls: T.Type,
                                                  _ body: @escaping (VM, T, Arguments) throws(PythonError) -> Value) {
        let f = PyBuiltinFunction(name: name, owner: type.name) { vm, args throws(PythonError) in
            guard args.count > 0, case .object(let o) = args[0], let obj = o as? T else {
                let got = args.count > 0 ? vm.typeName(args[0]) : "nothing"
                throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' for 're.\(type.name)' objects doesn't apply to a '\(got)' object")
            }
            return try body(vm, obj, args)
        }
        type.dict.setString(PyStr(frozen: name), .object(f))
    }

    private static func property<T: PyNativeObject>(_ type: PyType, _ name: String, _ cls: T.Type,
                                                    _ body: @escaping (VM, T) throws(PythonError) -> Value) {
        let getter = PyBuiltinFunction(name: name, owner: type.name) { vm, args throws(PythonError) in
            guard args.count > 0, case .object(let o) = args[0], let obj = o as? T else {
                throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' doesn't apply here")
            }
            return try body(vm, obj)
        }
        type.dict.setString(PyStr(frozen: name), .object(PyProperty(getter: .object(getter), setter: .none, deleter: .none, doc: .none)))
    }

    private func installPatternMethods() {
        let t = pattern, P = RePatternObject.self
        // Patterns and matches are immutable: copies are the object itself, as in CPython.
        for (type, name) in [(pattern, "__copy__"), (pattern, "__deepcopy__"), (match, "__copy__"), (match, "__deepcopy__")] {
            let arity = name == "__copy__" ? 1 : 2
            type.dict.setString(PyStr(frozen: name), .object(PyBuiltinFunction(name: name, owner: type.name) { vm, args throws(PythonError) in
                guard args.count == arity else {
                    let what = arity == 1 ? "takes no arguments" : "takes exactly one argument"
                    throw vm.makeError(Builtins.shared.typeError, "\(type.name).\(name)() \(what) (\(args.count - 1) given)")
                }
                return args[0]
            }))
        }
        for (name, mode) in [("match", ReSearchMode.match), ("search", .search), ("fullmatch", .fullmatch)] {
            ReTypes.method(t, name, P) { vm, p, args throws(PythonError) in
                let a = try ReArgs.parse(vm, args, name, ["string", "pos", "endpos"], required: 1, style: .method, offset: 1)
                return try ReModule.matchValue(vm, p, a[0], pos: a[1], endpos: a[2], mode: mode)
            }
        }
        ReTypes.method(t, "findall", P) { vm, p, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "findall", ["string", "pos", "endpos"], required: 1, style: .method, offset: 1)
            return try ReModule.findall(vm, p, a[0], pos: a[1], endpos: a[2])
        }
        ReTypes.method(t, "finditer", P) { vm, p, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "finditer", ["string", "pos", "endpos"], required: 1, style: .method, offset: 1)
            return try ReModule.finditer(vm, p, a[0], pos: a[1], endpos: a[2])
        }
        for (name, isSubn) in [("sub", false), ("subn", true)] {
            ReTypes.method(t, name, P) { vm, p, args throws(PythonError) in
                let a = try ReArgs.parse(vm, args, name, ["repl", "string", "count"], required: 2, style: .method, offset: 1)
                return try ReModule.sub(vm, p, repl: a[0], a[1], count: a[2], subn: isSubn)
            }
        }
        ReTypes.method(t, "split", P) { vm, p, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "split", ["string", "maxsplit"], required: 1, style: .method, offset: 1)
            return try ReModule.split(vm, p, a[0], maxsplit: a[1])
        }
        ReTypes.method(t, "__repr__", P) { _, p, _ throws(PythonError) in
            .str(PyStr(ReTypes.patternRepr(p)))
        }
        ReTypes.method(t, "__eq__", P) { _, p, args throws(PythonError) in
            guard args.count > 1, case .object(let o) = args[1], let q = o as? RePatternObject else { return .notImplemented }
            return .bool(p === q || (p.compiled.flags == q.compiled.flags && stringsEqual(p.compiled.pattern, q.compiled.pattern)))
        }
        ReTypes.property(t, "pattern", P) { _, p throws(PythonError) in .str(p.source) }
        ReTypes.property(t, "flags", P) { _, p throws(PythonError) in .int(p.compiled.flags) }
        ReTypes.property(t, "groups", P) { _, p throws(PythonError) in .int(p.compiled.groups) }
        ReTypes.property(t, "groupindex", P) { vm, p throws(PythonError) in
            let d = PyDict()
            for (name, g) in p.compiled.groupNames { d.setString(PyStr(name), .int(g)) }
            return .object(d)
        }
    }

    static func patternRepr(_ p: RePatternObject) -> String {
        var text = StrOps.repr(p.source.value)
        let scalars = text.unicodeScalars
        if scalars.count > 200 { text = String(String.UnicodeScalarView(scalars.prefix(200))) }
        var flags = p.compiled.flags
        if flags & (ReFlag.locale | ReFlag.unicode | ReFlag.ascii) == ReFlag.unicode { flags &= ~ReFlag.unicode }
        let names: [(String, Int)] = [
            ("re.TEMPLATE", ReFlag.template), ("re.IGNORECASE", ReFlag.ignoreCase), ("re.LOCALE", ReFlag.locale),
            ("re.MULTILINE", ReFlag.multiline), ("re.DOTALL", ReFlag.dotAll), ("re.UNICODE", ReFlag.unicode),
            ("re.VERBOSE", ReFlag.verbose), ("re.DEBUG", ReFlag.debug), ("re.ASCII", ReFlag.ascii),
        ]
        var parts: [String] = []
        for (name, bit) in names where flags & bit != 0 {
            parts.append(name)
            flags &= ~bit
        }
        if flags != 0 { parts.append("0x" + String(flags, radix: 16)) }
        if parts.isEmpty { return "re.compile(\(text))" }
        return "re.compile(\(text), \(parts.joined(separator: "|")))"
    }

    private func installMatchMethods() {
        let t = match, M = ReMatchObject.self
        ReTypes.method(t, "group", M) { vm, m, args throws(PythonError) in
            if args.keywordCount != 0 {
                throw vm.makeError(Builtins.shared.typeError, "group() takes no keyword arguments")
            }
            let n = args.count - 1
            if n == 0 { return m.group(0) }
            if n == 1 { return m.group(try m.index(vm, args[1])) }
            var out: [Value] = []
            for i in 1...n { out.append(m.group(try m.index(vm, args[i]))) }
            return .object(PyTuple(out))
        }
        ReTypes.method(t, "__getitem__", M) { vm, m, args throws(PythonError) in
            guard args.count == 2 else {
                throw vm.makeError(Builtins.shared.typeError, "expected 1 argument, got \(args.count - 1)")
            }
            return m.group(try m.index(vm, args[1]))
        }
        // Subscriptable like a mapping, but not iterable (CPython has no sequence protocol).
        ReTypes.method(t, "__iter__", M) { vm, _, _ throws(PythonError) in
            throw vm.makeError(Builtins.shared.typeError, "'re.Match' object is not iterable")
        }
        ReTypes.method(t, "groups", M) { vm, m, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "groups", ["default"], required: 0, style: .method, offset: 1)
            let d = a[0] ?? .none
            if m.groupCount == 0 { return .emptyTuple }
            return .object(PyTuple((1...m.groupCount).map { m.group($0, default: d) }))
        }
        ReTypes.method(t, "groupdict", M) { vm, m, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "groupdict", ["default"], required: 0, style: .method, offset: 1)
            let d = a[0] ?? .none
            let out = PyDict()
            for (name, g) in m.pattern.compiled.groupNames { out.setString(PyStr(name), m.group(g, default: d)) }
            return .object(out)
        }
        for name in ["start", "end", "span"] {
            ReTypes.method(t, name, M) { vm, m, args throws(PythonError) in
                if args.keywordCount != 0 {
                    throw vm.makeError(Builtins.shared.typeError, "\(name)() takes no keyword arguments")
                }
                if args.count > 2 {
                    throw vm.makeError(Builtins.shared.typeError, "\(name) expected at most 1 argument, got \(args.count - 1)")
                }
                let g = args.count == 2 ? try m.index(vm, args[1]) : 0
                let (a, b) = m.span(g)
                switch name {
                case "start": return .int(a)
                case "end": return .int(b)
                default: return .object(PyTuple([.int(a), .int(b)]))
                }
            }
        }
        ReTypes.method(t, "expand", M) { vm, m, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "expand", ["template"], required: 1, style: .method, offset: 1)
            guard case .str(let s) = a[0] ?? .none else {
                throw vm.makeError(Builtins.shared.typeError, "decoding to str: need a bytes-like object, \(vm.typeName(a[0] ?? .none)) found")
            }
            let tpl = try ReModule.template(vm, m.pattern, s.value)
            var out = ""
            ReModule.expand(tpl, slots: m.slots, subject: m.subject, into: &out)
            return .str(PyStr(out))
        }
        ReTypes.method(t, "__repr__", M) { vm, m, _ throws(PythonError) in
            let (a, b) = m.span(0)
            var text = try vm.repr(m.group(0))
            let scalars = text.unicodeScalars
            if scalars.count > 50 { text = String(String.UnicodeScalarView(scalars.prefix(50))) }
            return .str(PyStr("<re.Match object; span=(\(a), \(b)), match=\(text)>"))
        }
        ReTypes.property(t, "string", M) { _, m throws(PythonError) in .str(m.subject.str) }
        ReTypes.property(t, "re", M) { _, m throws(PythonError) in .object(m.pattern) }
        ReTypes.property(t, "pos", M) { _, m throws(PythonError) in .int(m.pos) }
        ReTypes.property(t, "endpos", M) { _, m throws(PythonError) in .int(m.endpos) }
        ReTypes.property(t, "lastindex", M) { _, m throws(PythonError) in m.lastIndex > 0 ? .int(m.lastIndex) : .none }
        ReTypes.property(t, "lastgroup", M) { _, m throws(PythonError) in
            guard m.lastIndex > 0, let name = m.pattern.compiled.groupNames.first(where: { $0.1 == m.lastIndex })?.0 else { return .none }
            return .str(PyStr(name))
        }
        ReTypes.property(t, "regs", M) { _, m throws(PythonError) in
            .object(PyTuple((0...m.groupCount).map { g in
                let (a, b) = m.span(g)
                return .object(PyTuple([.int(a), .int(b)]))
            }))
        }
    }
}
