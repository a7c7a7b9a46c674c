import BigInt

/// Serializes a paused VM.
///
/// Layout (after the `GRTR` magic and a little-endian u16 version):
/// 1. units: the compiled sources (`mode`, file name, source text), recompiled on load;
/// 2. imported modules by name, in import order (re-imported on load);
/// 3. run state: limits, counters, output so far, time left;
/// 4. main globals, the handled exception, the frame stack and the pause, as values (an idle
///    session has no frames and pause kind 3);
/// 5. the virtual OS state: working directory, virtual time slept, seeded entropy state.
///
/// Values are written inline; heap objects get an index on first sight so shared and cyclic
/// references survive. Mutable containers are registered before their contents are written,
/// so a cycle always meets an already-created object on load. Code objects are written as
/// (unit, index in a depth-first walk of the unit's constants); objects that a fresh import
/// recreates (builtins, module-level functions and classes) are written as paths.
struct SnapshotEncoder {
    var w = ByteWriter()
    let vm: VM
    let units: [CodeUnit]
    private var objectIndex: [ObjectIdentifier: Int] = [:]
    private var codeRefs: [ObjectIdentifier: (Int, Int)] = [:]
    private var paths: [ObjectIdentifier: String] = [:]
    private var moduleDicts: [ObjectIdentifier: String] = [:]
    private var moduleNames: [String] = []

    init(vm: VM, units: [CodeUnit]) {
        self.vm = vm
        self.units = units
    }

    static func codeTable(_ root: CodeObject) -> [CodeObject] {
        var out: [CodeObject] = []
        var stack = [root]
        while let c = stack.popLast() {
            out.append(c)
            for i in stride(from: c.constantCount - 1, through: 0, by: -1) {
                if case .object(let o) = c.constants[i], o.kind == .code {
                    stack.append(unsafeDowncast(o, to: PyCode.self).code)
                }
            }
        }
        return out
    }

    /// Paths of the builtins and their methods: the same in every run, computed once.
    static let builtinPaths: [String: Value] = {
        var paths: [String: Value] = [:]
        func addType(_ prefix: String, _ t: PyType) {
            for (k, v) in t.dict.items { if case .str(let s) = k { paths[prefix + "." + s.value] = v } }
        }
        for (k, v) in Builtins.shared.dict.items {
            guard case .str(let s) = k else { continue }
            paths["builtins:" + s.value] = v
            if let t = v.asType { addType("builtins:" + s.value, t) }
        }
        let b = Builtins.shared
        for (name, t) in [("function", b.function), ("builtin_function", b.builtinFunction), ("method", b.method),
                          ("generator", b.generator), ("coroutine", b.coroutine), ("module", b.module),
                          ("NoneType", b.noneType), ("host_coroutine", PyExternalCoroutine.type),
                          ("async_generator", PyAsyncGenerator.type), ("async_generator_asend", PyAsyncGenAwaitable.asendType),
                          ("async_generator_athrow", PyAsyncGenAwaitable.athrowType)] {
            paths["types:" + name] = .object(t)
            addType("types:" + name, t)
        }
        return paths
    }()

    /// The inverse of ``builtinPaths`` (the smallest path of each object).
    static let builtinObjectPaths: [ObjectIdentifier: String] = {
        var out: [ObjectIdentifier: String] = [:]
        for (p, v) in builtinPaths {
            if case .object(let o) = v { out[ObjectIdentifier(o)] = out[ObjectIdentifier(o)].map { min($0, p) } ?? p }
        }
        return out
    }()

    /// Paths of what each imported module defines at its top level (a fresh import recreates
    /// them), and the modules' dicts.
    static func registry(vm: VM, modules: [String]) -> (paths: [String: Value], dicts: [String: PyDict]) {
        var paths: [String: Value] = [:]
        func addType(_ prefix: String, _ t: PyType) {
            for (k, v) in t.dict.items { if case .str(let s) = k { paths[prefix + "." + s.value] = v } }
        }
        var dicts: [String: PyDict] = [:]
        for name in modules {
            guard let m = vm.modules[name] else { continue }
            dicts[name] = m.dict
            for (k, v) in m.dict.items {
                guard case .str(let s) = k, case .object(let o) = v else { continue }
                switch o.kind {
                case .function:
                    if unsafeDowncast(o, to: PyFunction.self).globals === m.dict { paths[name + ":" + s.value] = v }
                case .type:
                    let t = unsafeDowncast(o, to: PyType.self)
                    if t.isBuiltin || t.module == name {
                        paths[name + ":" + s.value] = v
                        if t.isBuiltin { addType(name + ":" + s.value, t) }
                    }
                case .builtinFunction, .external:
                    paths[name + ":" + s.value] = v
                default:
                    break
                }
            }
        }
        return (paths, dicts)
    }

    mutating func encode(pause: VMPause?, buffer: BufferedOutput, remaining: UInt64?) throws(SnapshotError) -> [UInt8] {
        w.bytes.append(contentsOf: SnapshotFormat.magic)
        w.u8(UInt8(SnapshotFormat.version & 0xFF))
        w.u8(UInt8(SnapshotFormat.version >> 8))
        // 1. units
        w.uint(units.count)
        for (ui, u) in units.enumerated() {
            w.u8(u.mode == .module ? 0 : u.mode == .lastExpression ? 1 : 2)
            w.string(u.filename)
            w.string(u.source)
            for (ci, c) in Self.codeTable(u.code).enumerated() { codeRefs[ObjectIdentifier(c)] = (ui, ci) }
        }
        // 2. modules (in a stable order; re-importing a module imports its dependencies)
        moduleNames = vm.moduleOrder.filter { vm.modules[$0] != nil }
        w.uint(moduleNames.count)
        for (mi, name) in moduleNames.enumerated() {
            w.string(name)
            if case .source(let src)? = ModuleRegistry.definitions[name], let code = try? ModuleRegistry.code(for: name, source: src) {
                for (ci, c) in Self.codeTable(code).enumerated() { codeRefs[ObjectIdentifier(c)] = (units.count + mi, ci) }
            }
        }
        let reg = Self.registry(vm: vm, modules: moduleNames)
        paths = Self.builtinObjectPaths
        for (p, v) in reg.paths { if case .object(let o) = v { paths[ObjectIdentifier(o)] = paths[ObjectIdentifier(o)].map { min($0, p) } ?? p } }
        for (name, d) in reg.dicts { moduleDicts[ObjectIdentifier(d)] = name }
        // 3. run state
        w.uint(vm.recursionLimit)
        w.int(vm.maxHostCalls)
        w.int(vm.maxOutputBytes)
        w.int(vm.memoryLimit)
        w.uint(vm.outputBytes)
        w.uint(vm.hostCallCount)
        w.uint(vm.nextExternalCallID)
        w.string(buffer.stdout)
        w.string(buffer.stderr)
        if let r = remaining { w.u8(1); w.varint(r) } else { w.u8(0) }
        // 4. values
        try value(.object(vm.mainGlobals))
        try value(vm.handledException)
        try frames()
        try encodePause(pause)
        // 5. virtual OS state
        let os = vm.osState
        w.string(os.cwd)
        w.int(Int(os.virtualNanoseconds))
        if let s = os.seededState { w.u8(1); w.varint(s) } else { w.u8(0) }
        return w.bytes
    }

    private mutating func frames() throws(SnapshotError) {
        w.uint(vm.frameCount)
        for i in 0..<vm.frameCount {
            let f = vm.frames[i]
            try codeRef(f.code)
            // (A generator's frame borrows the generator's function.)
            try value((f.function ?? f.generator?.function).map { .object($0) } ?? .none)
            try value(.object(f.globals))
            try value(f.namespace.map { .object($0) } ?? .none)
            w.uint(f.pc)
            w.u8(f.isEntry ? 1 : 0)
            w.u8(f.resumeMode)
            try value(f.generator.map { .object($0) } ?? .none)
            let n = f.sp - f.locals
            w.uint(n)
            for j in 0..<n { try value(f.locals[j]) }
            // The callee slot a returning call overwrites (plain calls and __init__).
            if i + 1 < vm.frameCount {
                if vm.frames[i + 1].resumeMode == 0 || vm.frames[i + 1].resumeMode == 3 {
                    w.u8(1)
                    try value(f.sp.pointee)
                } else {
                    w.u8(0)
                }
            }
        }
    }

    private mutating func encodePause(_ pause: VMPause?) throws(SnapshotError) {
        guard let pause else {
            // An idle session.
            w.u8(3)
            return
        }
        switch pause {
        case .call(let c), .startCoroutine(let c):
            if case .call = pause { w.u8(0) } else { w.u8(1) }
            w.uint(c.id)
            try value(.object(c.function))
            w.uint(c.args.count)
            for a in c.args { try value(a) }
            w.uint(c.keywords.count)
            for (k, v) in c.keywords {
                w.string(k)
                try value(v)
            }
        case .wait(let ids, let timeout):
            w.u8(2)
            w.uint(ids.count)
            for i in ids { w.int(i) }
            if let t = timeout { w.u8(1); w.double(t) } else { w.u8(0) }
        case .os(let operation):
            w.u8(4)
            w.osOperation(operation)
            let answers = vm.osState.hostFiles?.answers ?? [:]
            w.uint(answers.count)
            for (op, answer) in answers {
                w.osOperation(op)
                w.osAnswer(answer)
            }
        }
    }

    private mutating func codeRef(_ c: CodeObject) throws(SnapshotError) {
        guard let (u, i) = codeRefs[ObjectIdentifier(c)] else {
            throw SnapshotError("code object \(c.qualname) does not belong to the program or a module")
        }
        w.uint(u)
        w.uint(i)
    }

    mutating func value(_ v: Value) throws(SnapshotError) {
        switch v {
        case .none: w.u8(SnapshotFormat.Tag.none.rawValue)
        case .bool(let b): w.u8(b ? SnapshotFormat.Tag.trueValue.rawValue : SnapshotFormat.Tag.falseValue.rawValue)
        case .int(let i): w.u8(SnapshotFormat.Tag.int.rawValue); w.int(i)
        case .float(let d): w.u8(SnapshotFormat.Tag.float.rawValue); w.double(d)
        case .str(let s): w.u8(SnapshotFormat.Tag.str.rawValue); w.string(s.value)
        case .unbound: w.u8(SnapshotFormat.Tag.unbound.rawValue)
        case .object(let o):
            let id = ObjectIdentifier(o)
            if let i = objectIndex[id] {
                w.u8(SnapshotFormat.Tag.ref.rawValue)
                w.uint(i)
                return
            }
            guard StackGuard.hasRoom() else { throw SnapshotError("data nested too deeply") }
            w.u8(SnapshotFormat.Tag.object.rawValue)
            try object(o)
        }
    }

    /// A dict owned by a type or instance: registered (others may share it) and written in place.
    private mutating func inlineDict(_ d: PyDict) throws(SnapshotError) {
        register(d)
        let items = d.items
        w.uint(items.count)
        for (k, v) in items {
            try value(k)
            try value(v)
        }
    }

    private mutating func register(_ o: PyObject) {
        objectIndex[ObjectIdentifier(o)] = objectIndex.count
    }

    private mutating func kind(_ k: SnapshotFormat.Kind) { w.u8(k.rawValue) }

    private mutating func object(_ o: PyObject) throws(SnapshotError) {
        typealias K = SnapshotFormat.Kind
        if let p = paths[ObjectIdentifier(o)] {
            kind(.builtin)
            w.string(p)
            register(o)
            return
        }
        switch o.kind {
        case .list:
            kind(.list)
            register(o)
            let items = unsafeDowncast(o, to: PyList.self).items
            w.uint(items.count)
            for v in items { try value(v) }
        case .tuple:
            kind(.tuple)
            register(o)
            let items = unsafeDowncast(o, to: PyTuple.self).items
            w.uint(items.count)
            for v in items { try value(v) }
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            kind(.dict)
            if let m = moduleDicts[ObjectIdentifier(o)] { w.u8(1); w.string(m) } else { w.u8(0) }
            register(o)
            let items = d.items
            w.uint(items.count)
            for (k, v) in items {
                try value(k)
                try value(v)
            }
        case .set, .frozenSet:
            kind(o.kind == .set ? .set : .frozenSet)
            register(o)
            let items = unsafeDowncast(o, to: PySet.self).elements
            w.uint(items.count)
            for v in items { try value(v) }
        case .bytes:
            kind(.bytes)
            w.raw(unsafeDowncast(o, to: PyBytes.self).bytes)
            register(o)
        case .bigInt:
            kind(.bigInt)
            w.string(String(unsafeDowncast(o, to: PyBigInt.self).value))
            register(o)
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            kind(.function)
            try codeRef(f.code)
            register(o)
            try value(.object(f.globals))
            w.uint(f.defaults.count)
            for v in f.defaults { try value(v) }
            w.uint(f.keywordDefaults.count)
            for (k, v) in f.keywordDefaults.sorted(by: { $0.key < $1.key }) {
                w.string(k)
                try value(v)
            }
            w.uint(f.closure.count)
            for c in f.closure { try value(.object(c)) }
            w.string(f.name)
            w.string(f.qualname)
            w.string(f.module)
            try value(f.doc)
            try value(f.attributes.map { .object($0) } ?? .none)
            try value(f.annotations.map { .object($0) } ?? .none)
        case .cell:
            kind(.cell)
            register(o)
            try value(unsafeDowncast(o, to: PyCell.self).value)
        case .type:
            let t = unsafeDowncast(o, to: PyType.self)
            guard !t.isBuiltin else { throw SnapshotError("built-in type \(t.name) is not importable by name") }
            kind(.type)
            w.string(t.name)
            w.string(t.qualname)
            w.string(t.module)
            w.uint(t.bases.count)
            for b in t.bases { try value(.object(b)) }
            try value(t.metaclass.map { .object($0) } ?? .none)
            register(o)
            w.uint(t.mro.count)
            for m in t.mro { try value(.object(m)) }
            try inlineDict(t.dict)
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            kind(.instance)
            try value(.object(inst.cls))
            register(o)
            try inlineDict(inst.attributes)
            try value(inst.builtinValue ?? .unbound)
            if let e = inst.exception {
                w.u8(1)
                w.uint(e.args.count)
                for a in e.args { try value(a) }
                try value(e.cause)
                try value(e.context)
                w.u8(e.suppressContext ? 1 : 0)
                w.uint(e.traceback.count)
                for t in e.traceback {
                    w.string(t.filename)
                    w.string(t.function)
                    w.uint(t.line)
                    let span = t.span
                    w.int(Int(span.endLine) - Int(span.line))
                    w.int(Int(span.column))
                    w.int(Int(span.endColumn))
                }
            } else {
                w.u8(0)
            }
        case .module:
            kind(.module)
            w.string(unsafeDowncast(o, to: PyModule.self).name)
            register(o)
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            kind(.boundMethod)
            try value(m.function)
            try value(m.receiver)
            register(o)
        case .range:
            let r = unsafeDowncast(o, to: PyRange.self)
            kind(.range)
            w.int(r.start)
            w.int(r.stop)
            w.int(r.step)
            register(o)
        case .slice:
            let s = unsafeDowncast(o, to: PySlice.self)
            kind(.slice)
            try value(s.start)
            try value(s.stop)
            try value(s.step)
            register(o)
        case .property:
            let p = unsafeDowncast(o, to: PyProperty.self)
            kind(.property)
            try value(p.getter)
            try value(p.setter)
            try value(p.deleter)
            try value(p.doc)
            try value(p.name.map { .str(PyStr($0)) } ?? .none)
            register(o)
        case .staticMethod, .classMethod:
            kind(o.kind == .staticMethod ? .staticMethod : .classMethod)
            try value(unsafeDowncast(o, to: PyMethodWrapper.self).function)
            register(o)
        case .generator:
            let g = unsafeDowncast(o, to: PyGenerator.self)
            kind(.generator)
            try value(.object(g.function))
            register(o)
            w.u8(g.state == .created ? 0 : g.state == .suspended ? 1 : g.state == .running ? 2 : 3)
            w.uint(g.pc)
            w.string(g.name)
            w.string(g.qualname)
            let saved = g.saved
            w.uint(saved.count)
            for v in saved { try value(v) }
        case .listIterator:
            let it = unsafeDowncast(o, to: PyListIterator.self)
            kind(.listIterator)
            try value(.object(it.list))
            w.uint(it.index)
            register(o)
        case .rangeIterator:
            let it = unsafeDowncast(o, to: PyRangeIterator.self)
            kind(.rangeIterator)
            w.int(it.next)
            w.int(it.step)
            w.int(it.remaining)
            register(o)
        case .dictView:
            let dv = unsafeDowncast(o, to: PyDictView.self)
            kind(.dictView)
            try value(.object(dv.dict))
            w.u8(dv.which == .keys ? 0 : dv.which == .values ? 1 : 2)
            register(o)
        case .external:
            let e = unsafeDowncast(o, to: PyExternalFunction.self)
            kind(.externalFunction)
            w.string(e.name)
            if let p = e.parameters {
                w.u8(1)
                w.uint(p.count)
                for s in p { w.string(s) }
            } else {
                w.u8(0)
            }
            w.u8(e.isAsync ? 1 : 0)
            w.u8(e.role.rawValue)
            register(o)
        case .code:
            kind(.code)
            try codeRef(unsafeDowncast(o, to: PyCode.self).code)
            register(o)
        case .notImplemented:
            kind(.notImplemented)
            register(o)
        case .ellipsis:
            kind(.ellipsis)
            register(o)
        case .native:
            if let c = o as? PyExternalCoroutine {
                kind(.externalCoroutine)
                try value(.object(c.function))
                w.uint(c.args.count)
                for a in c.args { try value(a) }
                w.uint(c.keywords.count)
                for (k, v) in c.keywords {
                    w.string(k)
                    try value(v)
                }
                w.u8(c.state.rawValue)
                register(o)
                return
            }
            if let a = o as? PyAsyncGenerator {
                kind(.asyncGenerator)
                try value(.object(a.gen))
                register(o)
                return
            }
            if let a = o as? PyAsyncGenAwaitable {
                kind(.asyncGenAwaitable)
                try value(.object(a.agen))
                switch a.action {
                case .send(let v):
                    w.u8(0)
                    try value(v)
                case .throwing(let e):
                    w.u8(1)
                    try value(.object(e))
                case .close:
                    w.u8(2)
                }
                w.u8(a.state.rawValue)
                register(o)
                return
            }
            if let c = o as? PyComplex {
                kind(.complex)
                w.double(c.real)
                w.double(c.imag)
                register(o)
                return
            }
            if let g = o as? PyGenericAlias {
                kind(.genericAlias)
                try value(g.origin)
                w.uint(g.args.count)
                for v in g.args { try value(v) }
                register(o)
                return
            }
            if let u = o as? PyUnion {
                kind(.unionType)
                w.uint(u.members.count)
                for v in u.members { try value(v) }
                register(o)
                return
            }
            if let p = o as? PyMappingProxy {
                kind(.mappingProxy)
                if let t = p.owner {
                    w.u8(0)
                    try value(.object(t))
                } else {
                    w.u8(1)
                    try value(p.target)
                }
                register(o)
                return
            }
            if let a = o as? PyAsyncGenWrapped {
                kind(.asyncGenWrapped)
                try value(a.value)
                register(o)
                return
            }
            let t = unsafeDowncast(o, to: PyNativeObject.self).type
            throw SnapshotError("a '\(t.module).\(t.name)' object cannot be saved")
        case .nativeIterator:
            let it = unsafeDowncast(o, to: PyNativeIterator.self)
            if let s = it.exhausted ? it.exhaustedState() : it.savedState() {
                kind(.nativeIterator)
                w.string(s.kind)
                w.uint(s.values.count)
                for v in s.values { try value(v) }
                w.uint(s.ints.count)
                for i in s.ints { w.int(i) }
                register(o)
                return
            }
            throw SnapshotError("a '\(unsafeDowncast(o, to: PyNativeIterator.self).type.name)' iterator cannot be saved")
        case .builtinFunction:
            throw SnapshotError("built-in function \(unsafeDowncast(o, to: PyBuiltinFunction.self).name) is not importable by name")
        case .superObject:
            throw SnapshotError("a 'super' object cannot be saved")
        }
    }
}
