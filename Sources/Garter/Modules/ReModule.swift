/// `re`: regular expressions with CPython's semantics, on Garter's own backtracking engine
/// (`Modules/Regex/`). Patterns compile once per process into an immutable program shared
/// through a cache; `Pattern` and `Match` objects are native objects (`PyNativeObject`).
enum ReModule {
    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("re")
        let flags: [(String, Int)] = [
            ("A", ReFlag.ascii), ("ASCII", ReFlag.ascii),
            ("I", ReFlag.ignoreCase), ("IGNORECASE", ReFlag.ignoreCase),
            ("L", ReFlag.locale), ("LOCALE", ReFlag.locale),
            ("M", ReFlag.multiline), ("MULTILINE", ReFlag.multiline),
            ("S", ReFlag.dotAll), ("DOTALL", ReFlag.dotAll),
            ("U", ReFlag.unicode), ("UNICODE", ReFlag.unicode),
            ("X", ReFlag.verbose), ("VERBOSE", ReFlag.verbose),
            ("T", ReFlag.template), ("TEMPLATE", ReFlag.template),
            ("DEBUG", ReFlag.debug), ("NOFLAG", 0),
        ]
        for (name, value) in flags { m.value(name, .int(value)) }
        let types = ReTypes.shared
        m.value("Pattern", .object(types.pattern))
        m.value("Match", .object(types.match))

        m.function("compile") { vm, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "compile", ["pattern", "flags"], required: 1, style: .function)
            return .object(try ReModule.pattern(vm, a[0], flags: a[1]))
        }
        for (name, mode) in [("match", ReSearchMode.match), ("search", .search), ("fullmatch", .fullmatch)] {
            m.function(name) { vm, args throws(PythonError) in
                let a = try ReArgs.parse(vm, args, name, ["pattern", "string", "flags"], required: 2, style: .function)
                let p = try ReModule.pattern(vm, a[0], flags: a[2])
                return try ReModule.matchValue(vm, p, a[1], pos: nil, endpos: nil, mode: mode)
            }
        }
        m.function("findall") { vm, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "findall", ["pattern", "string", "flags"], required: 2, style: .function)
            return try ReModule.findall(vm, try ReModule.pattern(vm, a[0], flags: a[2]), a[1], pos: nil, endpos: nil)
        }
        m.function("finditer") { vm, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "finditer", ["pattern", "string", "flags"], required: 2, style: .function)
            return try ReModule.finditer(vm, try ReModule.pattern(vm, a[0], flags: a[2]), a[1], pos: nil, endpos: nil)
        }
        for (name, isSubn) in [("sub", false), ("subn", true)] {
            m.function(name) { vm, args throws(PythonError) in
                let a = try ReArgs.parse(vm, args, name, ["pattern", "repl", "string", "count", "flags"], required: 3, style: .function)
                let p = try ReModule.pattern(vm, a[0], flags: a[4])
                return try ReModule.sub(vm, p, repl: a[1], a[2], count: a[3], subn: isSubn)
            }
        }
        m.function("split") { vm, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "split", ["pattern", "string", "maxsplit", "flags"], required: 2, style: .function)
            return try ReModule.split(vm, try ReModule.pattern(vm, a[0], flags: a[3]), a[1], maxsplit: a[2])
        }
        m.function("escape") { vm, args throws(PythonError) in
            let a = try ReArgs.parse(vm, args, "escape", ["pattern"], required: 1, style: .function)
            guard case .str(let s) = a[0] ?? .none else {
                throw vm.makeError(Builtins.shared.typeError, "decoding to str: need a bytes-like object, \(vm.typeName(a[0] ?? .none)) found")
            }
            return .str(PyStr(ReModule.escape(s.value)))
        }
        m.function("purge") { vm, args throws(PythonError) in
            _ = try ReArgs.parse(vm, args, "purge", [], required: 0, style: .function)
            ReCache.shared.clear()
            return .none
        }

        // `re.error` is a Python class, like CPython's (message formatting included).
        let code = try ModuleRegistry.code(for: "re<error>", source: ReModule.errorSource)
        try vm.runModuleCode(code, globals: m.module.dict)
        return m.module
    }

    static let errorSource = """
        class error(Exception):
            __module__ = 're'

            def __init__(self, msg, pattern=None, pos=None):
                self.msg = msg
                self.pattern = pattern
                self.pos = pos
                if pattern is not None and pos is not None:
                    msg = '%s at position %d' % (msg, pos)
                    newline = '\\n'
                    self.lineno = pattern.count(newline, 0, pos) + 1
                    self.colno = pos - pattern.rfind(newline, 0, pos)
                    if newline in pattern:
                        msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
                else:
                    self.lineno = self.colno = None
                super().__init__(msg)

        """

    // MARK: Errors

    /// A Python exception for a pattern or template error (`re.error` and friends).
    static func error(_ vm: VM, _ e: ReCompileError, pattern: String) -> PythonError {
        let b = Builtins.shared
        switch e.kind {
        case .overflowError: return vm.makeError(b.overflowError, e.message)
        case .valueError: return vm.makeError(b.valueError, e.message)
        case .indexError: return vm.makeError(b.indexError, e.message)
        case .recursionError: return vm.makeError(b.recursionError, e.message)
        case .reError: break
        }
        guard let cls = vm.modules["re"]?.dict.getString("error") else {
            return vm.makeError(b.valueError, e.message)
        }
        do {
            var args: [Value] = [.str(PyStr(e.message))]
            if let pos = e.position { args += [.str(PyStr(pattern)), .int(pos)] }
            let exc = try vm.callValue(cls, args)
            if let inst = exc.asInstance, inst.exception != nil { return PythonError(inst) }
            return vm.makeError(b.valueError, e.message)
        } catch {
            return error
        }
    }

    // MARK: Compiling

    /// The Pattern for a `pattern` argument (a str or a compiled Pattern).
    static func pattern(_ vm: VM, _ value: Value?, flags: Value?) throws(PythonError) -> RePatternObject {
        let value = value ?? .none
        var f = 0
        if let flags, !flags.isNone { f = try vm.indexValue(flags) }
        if case .object(let o) = value, let p = o as? RePatternObject {
            if f != 0 {
                throw vm.makeError(Builtins.shared.valueError, "cannot process flags argument with a compiled pattern")
            }
            return p
        }
        guard case .str(let s) = value else {
            if value.asBytes != nil {
                throw vm.makeError(Builtins.shared.notImplementedError, "bytes patterns are not supported by Garter's re module")
            }
            throw vm.makeError(Builtins.shared.typeError, "first argument must be string or compiled pattern")
        }
        return RePatternObject(try compiled(vm, s.value, flags: f), source: s)
    }

    static func compiled(_ vm: VM, _ pattern: String, flags: Int) throws(PythonError) -> ReCompiled {
        if let c = ReCache.shared.get(pattern, flags) { return c }
        do {
            let c = try ReCompiled.compile(pattern, flags: flags)
            ReCache.shared.put(pattern, flags, c)
            return c
        } catch {
            throw ReModule.error(vm, error, pattern: pattern)
        }
    }

    static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "(", ")", "[", "]", "{", "}", "?", "*", "+", "-", "|", "^", "$", "\\", ".", "&", "~", "#",
                 " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}":
                out.append("\\")
            default:
                break
            }
            out.append(c)
        }
        return String(out)
    }

    // MARK: Subjects and positions

    static func subject(_ vm: VM, _ value: Value?) throws(PythonError) -> ReSubject {
        let value = value ?? .none
        guard case .str(let s) = value else {
            if value.asBytes != nil {
                throw vm.makeError(Builtins.shared.typeError, "cannot use a string pattern on a bytes-like object")
            }
            throw vm.makeError(Builtins.shared.typeError, "expected string or bytes-like object, got '\(vm.typeName(value))'")
        }
        return ReSubject(s)
    }

    /// CPython's `state_init` clamping of `pos` and `endpos`.
    static func bounds(_ vm: VM, _ subject: ReSubject, pos: Value?, endpos: Value?) throws(PythonError) -> (Int, Int) {
        let n = subject.count
        var start = 0, end = n
        if let pos, !pos.isNone { start = try vm.indexValue(pos) }
        if let endpos, !endpos.isNone { end = try vm.indexValue(endpos) }
        start = Swift.max(0, Swift.min(start, n))
        end = Swift.max(0, Swift.min(end, n))
        return (start, end)
    }

    static func matcher(_ vm: VM, _ p: RePatternObject) -> ReMatcher {
        ReMatcher(program: p.compiled.program) { () throws(PythonError) in try vm.checkLimits() }
    }

    // MARK: Operations

    static func matchValue(_ vm: VM, _ p: RePatternObject, _ string: Value?, pos: Value?, endpos: Value?, mode: ReSearchMode) throws(PythonError) -> Value {
        let subject = try ReModule.subject(vm, string)
        let (start, end) = try bounds(vm, subject, pos: pos, endpos: endpos)
        let m = matcher(vm, p)
        let found = try subject.run(m, start: start, end: end, search: mode == .search, matchAll: mode == .fullmatch)
        if !found { return .none }
        return .object(ReMatchObject(pattern: p, subject: subject, slots: m.slots, lastIndex: m.lastIndex, pos: start, endpos: end))
    }

    /// Runs successive searches like CPython's scanner (empty matches never repeat a position).
    static func scan(_ vm: VM, _ p: RePatternObject, _ subject: ReSubject, start: Int, end: Int,
                     limit: Int = 0, _ body: (ReMatcher) throws(PythonError) -> Void) throws(PythonError) {
        let m = matcher(vm, p)
        var pos = start
        var mustAdvance = false
        var n = 0
        while pos <= end && (limit == 0 || n < limit) {
            guard try subject.run(m, start: pos, end: end, search: true, mustAdvance: mustAdvance) else { break }
            try body(m)
            n += 1
            let matchEnd = m.slots[1]
            mustAdvance = matchEnd == m.slots[0]
            pos = matchEnd
        }
    }

    static func findall(_ vm: VM, _ p: RePatternObject, _ string: Value?, pos: Value?, endpos: Value?) throws(PythonError) -> Value {
        let subject = try ReModule.subject(vm, string)
        let (start, end) = try bounds(vm, subject, pos: pos, endpos: endpos)
        let groups = p.compiled.groups
        var out: [Value] = []
        try scan(vm, p, subject, start: start, end: end) { m throws(PythonError) in
            let s = m.slots
            func group(_ g: Int) -> Value {
                let a = s[2 * g], b = s[2 * g + 1]
                if a < 0 || b < a { return .str(PyStr.empty) }
                return .str(subject.slice(a, b))
            }
            switch groups {
            case 0: out.append(.str(subject.slice(s[0], s[1])))
            case 1: out.append(group(1))
            default: out.append(.object(PyTuple((1...groups).map(group))))
            }
        }
        return .object(PyList(out))
    }

    static func finditer(_ vm: VM, _ p: RePatternObject, _ string: Value?, pos: Value?, endpos: Value?) throws(PythonError) -> Value {
        let subject = try ReModule.subject(vm, string)
        let (start, end) = try bounds(vm, subject, pos: pos, endpos: endpos)
        let m = matcher(vm, p)
        var next = start
        var mustAdvance = false
        var done = false
        return vm.nativeIterator(.callableIterator) { vm throws(PythonError) in
            if done || next > end { return nil }
            guard try subject.run(m, start: next, end: end, search: true, mustAdvance: mustAdvance) else {
                done = true
                return nil
            }
            let s = m.slots
            mustAdvance = s[1] == s[0]
            next = s[1]
            return .object(ReMatchObject(pattern: p, subject: subject, slots: s, lastIndex: m.lastIndex, pos: start, endpos: end))
        }
    }

    static func split(_ vm: VM, _ p: RePatternObject, _ string: Value?, maxsplit: Value?) throws(PythonError) -> Value {
        let subject = try ReModule.subject(vm, string)
        var limit = 0
        if let maxsplit, !maxsplit.isNone { limit = try vm.indexValue(maxsplit) }
        var out: [Value] = []
        var last = 0
        let groups = p.compiled.groups
        if limit >= 0 {
            try scan(vm, p, subject, start: 0, end: subject.count, limit: limit) { m throws(PythonError) in
                let s = m.slots
                out.append(.str(subject.slice(last, s[0])))
                if groups > 0 {
                    for g in 1...groups {
                        let a = s[2 * g], b = s[2 * g + 1]
                        out.append(a < 0 || b < a ? .none : .str(subject.slice(a, b)))
                    }
                }
                last = s[1]
            }
        }
        out.append(.str(subject.slice(last, subject.count)))
        return .object(PyList(out))
    }

    static func template(_ vm: VM, _ p: RePatternObject, _ text: String) throws(PythonError) -> ReTemplate {
        do {
            return try ReTemplate.parse(text, groups: p.compiled.groups, groupIndex: p.compiled.groupNames)
        } catch {
            throw ReModule.error(vm, error, pattern: text)
        }
    }

    static func expand(_ t: ReTemplate, slots: [Int], subject: ReSubject, into out: inout String) {
        for piece in t.pieces {
            switch piece {
            case .literal(let s): out += s
            case .group(let g):
                let a = slots[2 * g], b = slots[2 * g + 1]
                if a >= 0 && b >= a { out += subject.slice(a, b).value }
            }
        }
    }

    static func sub(_ vm: VM, _ p: RePatternObject, repl: Value?, _ string: Value?, count: Value?, subn: Bool) throws(PythonError) -> Value {
        let repl = repl ?? .none
        var template: ReTemplate? = nil
        if case .str(let r) = repl {
            template = try ReModule.template(vm, p, r.value)
        } else if repl.asBytes != nil || !ReModule.isCallable(repl) {
            throw vm.makeError(Builtins.shared.typeError, "decoding to str: need a bytes-like object, \(vm.typeName(repl)) found")
        }
        let subject = try ReModule.subject(vm, string)
        var limit = 0
        if let count, !count.isNone { limit = try vm.indexValue(count) }
        var out = ""
        var last = 0
        var n = 0
        var pieces = 0
        if limit >= 0 {
            try scan(vm, p, subject, start: 0, end: subject.count, limit: limit) { m throws(PythonError) in
                let s = m.slots
                // Most substitutions keep the text about as long: room for all of it up
                // front, instead of growing by doubling (up to twice the result's size).
                if n == 0 { out.reserveCapacity(subject.str.value.utf8.count) }
                if s[0] > last {
                    out += subject.slice(last, s[0]).value
                    pieces += 1
                }
                if let t = template {
                    ReModule.expand(t, slots: s, subject: subject, into: &out)
                    pieces += 1
                } else {
                    let match = ReMatchObject(pattern: p, subject: subject, slots: s, lastIndex: m.lastIndex, pos: 0, endpos: subject.count)
                    let r = try vm.callValue(repl, with: .object(match))
                    switch r {
                    case .none: break
                    case .str(let text):
                        out += text.value
                        pieces += 1
                    default:
                        throw vm.makeError(Builtins.shared.typeError, "sequence item \(pieces): expected str instance, \(vm.typeName(r)) found")
                    }
                }
                n += 1
                last = s[1]
                if out.utf8.count > 200_000_000 { throw vm.makeError(Builtins.shared.memoryError, "") }
            }
        }
        if n == 0 {
            let whole: Value = .str(subject.str)
            return subn ? .object(PyTuple([whole, .int(0)])) : whole
        }
        out += subject.slice(last, subject.count).value
        if out.utf8.count > 15 && out.utf8.count < subject.str.value.utf8.count / 2 {
            // Much shorter than the room taken for it: an exact copy frees the rest.
            out = StrOps.withBytes(out) { String(decoding: $0, as: UTF8.self) }
        }
        let result: Value = .str(PyStr(out))
        return subn ? .object(PyTuple([result, .int(n)])) : result
    }

    static func isCallable(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        switch o.kind {
        case .function, .builtinFunction, .boundMethod, .type, .staticMethod, .classMethod: return true
        case .instance: return unsafeDowncast(o, to: PyInstance.self).cls.lookup(Names.call) != nil
        default: return false
        }
    }
}

enum ReSearchMode { case match, search, fullmatch }

/// The string a pattern runs over, in the form the matcher reads.
final class ReSubject {
    let str: PyStr
    let isASCII: Bool
    /// The code points of a non-ASCII subject (empty for ASCII, which is matched on the
    /// string's own UTF-8 bytes: no copy of a megabyte subject per call).
    private let scalars: [Unicode.Scalar]
    let count: Int

    init(_ s: PyStr) {
        str = s
        isASCII = s.isASCII
        if isASCII {
            scalars = []
            count = s.value.utf8.count
        } else {
            scalars = s.scalars
            count = scalars.count
        }
    }

    func slice(_ a: Int, _ b: Int) -> PyStr {
        let a = Swift.max(0, Swift.min(a, count)), b = Swift.max(a, Swift.min(b, count))
        if a == 0 && b == count { return str }
        if isASCII {
            return StrOps.withBytes(str.value) { bytes in StrValueOps.part(bytes, a, b, ascii: true) }
        }
        if b - a == 1 { return PyStr.character(scalars[a]) }
        return PyStr(String(String.UnicodeScalarView(scalars[a..<b])))
    }

    func run(_ m: ReMatcher, start: Int, end: Int, search: Bool, matchAll: Bool = false, mustAdvance: Bool = false) throws(PythonError) -> Bool {
        var result: Result<Bool, PythonError> = .success(false)
        if isASCII {
            StrOps.withBytes(str.value) { buf in
                do throws(PythonError) {
                    result = .success(try m.run(ReASCIIInput(base: buf), start: start, end: end, search: search, matchAll: matchAll, mustAdvance: mustAdvance))
                } catch {
                    result = .failure(error)
                }
            }
        } else {
            scalars.withUnsafeBufferPointer { buf in
                do throws(PythonError) {
                    result = .success(try m.run(ReScalarInput(base: buf), start: start, end: end, search: search, matchAll: matchAll, mustAdvance: mustAdvance))
                } catch {
                    result = .failure(error)
                }
            }
        }
        return try result.get()
    }
}

/// Process-wide cache of compiled patterns (CPython keeps 512).
final class ReCache: @unchecked Sendable {
    static let shared = ReCache()
    static let maxPatternLength = 4096
    private let lock = Lock()

    struct Key: Hashable {
        let pattern: String
        let flags: Int
        static func == (a: Key, b: Key) -> Bool { a.flags == b.flags && stringsEqual(a.pattern, b.pattern) }
        func hash(into h: inout Hasher) {
            h.combine(flags)
            h.combine(pattern.utf8.count)
            for b in pattern.utf8.prefix(64) { h.combine(b) }
        }
    }

    private var table: [Key: ReCompiled] = [:]

    func get(_ pattern: String, _ flags: Int) -> ReCompiled? {
        lock.lock()
        defer { lock.unlock() }
        return table[Key(pattern: pattern, flags: flags)]
    }

    func put(_ pattern: String, _ flags: Int, _ c: ReCompiled) {
        // Shared by every run in the process: long patterns are not kept, so the cache
        // stays small whatever programs compile.
        if pattern.utf8.count > ReCache.maxPatternLength { return }
        lock.lock()
        defer { lock.unlock() }
        if table.count >= 512 { table.removeAll() }
        table[Key(pattern: pattern, flags: flags)] = c
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        table.removeAll()
    }
}

/// Argument parsing with CPython's messages for `re` functions and methods.
enum ReArgs {
    enum Style {
        /// A Python-level function (`re.match`): "missing 1 required positional argument".
        case function
        /// An Argument Clinic method (`Pattern.match`): "missing required argument 'string' (pos 1)".
        case method
    }

    static func parse(_ vm: VM, _ args: Arguments, _ name: String, _ names: [String], required: Int, style: Style, offset: Int = 0) throws(PythonError) -> [Value?] {
        var out = [Value?](repeating: nil, count: names.count)
        let positional = args.positionalCount - offset
        if positional > names.count {
            switch style {
            case .function:
                let takes = required == names.count ? "\(names.count)" : "from \(required) to \(names.count)"
                throw vm.makeError(Builtins.shared.typeError, "\(name)() takes \(takes) positional argument\(names.count == 1 ? "" : "s") but \(positional) were given")
            case .method:
                throw vm.makeError(Builtins.shared.typeError, "\(name)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(positional) given)")
            }
        }
        for i in 0..<positional { out[i] = args[offset + i] }
        for (k, kname) in args.keywordNames.enumerated() {
            guard let idx = names.firstIndex(of: kname.value) else {
                switch style {
                case .function:
                    throw vm.makeError(Builtins.shared.typeError, "\(name)() got an unexpected keyword argument '\(kname.value)'")
                case .method:
                    throw vm.makeError(Builtins.shared.typeError, "'\(kname.value)' is an invalid keyword argument for \(name)()")
                }
            }
            if out[idx] != nil {
                switch style {
                case .function:
                    throw vm.makeError(Builtins.shared.typeError, "\(name)() got multiple values for argument '\(kname.value)'")
                case .method:
                    throw vm.makeError(Builtins.shared.typeError, "argument for \(name)() given by name ('\(kname.value)') and position (\(idx + 1))")
                }
            }
            out[idx] = args[args.positionalCount + k]
        }
        var missing: [String] = []
        for i in 0..<required where out[i] == nil { missing.append(names[i]) }
        if let first = missing.first {
            switch style {
            case .function:
                let quoted = missing.map { "'\($0)'" }
                let list: String
                if quoted.count == 1 { list = quoted[0] }
                else if quoted.count == 2 { list = quoted[0] + " and " + quoted[1] }
                else { list = quoted.dropLast().joined(separator: ", ") + ", and " + (quoted.last ?? "") }
                throw vm.makeError(Builtins.shared.typeError, "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(list)")
            case .method:
                let idx = names.firstIndex(of: first) ?? 0
                throw vm.makeError(Builtins.shared.typeError, "\(name)() missing required argument '\(first)' (pos \(idx + 1))")
            }
        }
        return out
    }
}
