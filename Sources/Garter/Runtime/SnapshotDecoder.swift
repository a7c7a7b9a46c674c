import BigInt

/// Rebuilds a paused VM from snapshot bytes (the inverse of ``SnapshotEncoder``), checking
/// everything it reads: indices, kinds, code positions and stack depths.
struct SnapshotDecoder {
    var r: ByteReader
    var vm: VM!
    var units: [CodeUnit] = []
    private var codeTables: [[CodeObject]] = []
    private var objects: [PyObject] = []
    private var paths: [String: Value] = [:]
    private var moduleDicts: [String: PyDict] = [:]
    /// Dicts and sets are filled at the end: hashing a key may need objects decoded later.
    private var pendingDicts: [(PyDict, [(Value, Value)])] = []
    private var pendingSets: [(PySet, [Value])] = []
    private var depthCache: [ObjectIdentifier: [Int]] = [:]
    /// Whether the top frame waits before its call instruction (see `pausedBeforeCall`).
    private var topFrameBeforeCall = false

    init(_ bytes: [UInt8]) {
        r = ByteReader(bytes)
    }

    struct Decoded {
        let vm: VM
        let units: [CodeUnit]
        let buffer: BufferedOutput
        /// Nil for an idle session.
        let pause: VMPause?
        let remaining: UInt64?
    }

    /// Decodes a paused run or an idle session. A session's recursion limit comes from the
    /// host (`recursionLimit`); a paused run keeps the one it was saved with, unless the host
    /// caps it (`recursionCap`: the lower of the two applies). `os` gives the restored run
    /// its files and policies (the run's own OS state comes from the bytes).
    mutating func decode(output: OutputSink?, recursionLimit hostRecursionLimit: Int? = nil, recursionCap: Int? = nil, os: OSConfiguration = OSConfiguration()) throws(SnapshotError) -> Decoded {
        do {
            return try decodeAll(output: output, hostRecursionLimit: hostRecursionLimit, recursionCap: recursionCap, os: os)
        } catch {
            // Objects decoded so far may form cycles that only the heap release can free.
            vm?.releaseHeap(extraRoots: objects)
            throw error
        }
    }

    private mutating func decodeAll(output: OutputSink?, hostRecursionLimit: Int?, recursionCap: Int?, os: OSConfiguration) throws(SnapshotError) -> Decoded {
        guard r.remaining >= 6, Array(r.bytes[0..<4]) == SnapshotFormat.magic else {
            throw SnapshotError("not a Garter snapshot (bad magic)")
        }
        r.position = 4
        let version = UInt16(try r.u8()) | UInt16(try r.u8()) << 8
        guard version == SnapshotFormat.version else {
            throw SnapshotError("unsupported snapshot version \(version) (this build reads version \(SnapshotFormat.version))")
        }
        // 1. units
        let unitCount = try r.count()
        for _ in 0..<unitCount {
            let modeByte = try r.u8()
            guard modeByte <= 2 else { throw SnapshotError("bad compile mode") }
            let mode: Compiler.Mode = modeByte == 0 ? .module : modeByte == 1 ? .lastExpression : .interactive
            let filename = try r.string()
            let source = try r.string()
            let code: CodeObject
            do {
                code = try CompiledCodeCache.shared.code(source: source, filename: filename, mode: mode)
            } catch {
                throw SnapshotError("the saved source of \(filename) does not compile: \(error.message)")
            }
            units.append(CodeUnit(source: source, filename: filename, mode: mode, code: code))
            codeTables.append(SnapshotEncoder.codeTable(code))
        }
        // 2. modules
        let moduleCount = try r.count()
        var moduleNames: [String] = []
        for _ in 0..<moduleCount { moduleNames.append(try r.string()) }
        // 3. run state
        let savedRecursionLimit = try r.uint(max: 1_000_000)
        var recursionLimit = hostRecursionLimit ?? savedRecursionLimit
        if let cap = recursionCap { recursionLimit = min(recursionLimit, max(cap, 1)) }
        let buffer = BufferedOutput()
        let vm = VM(output: output ?? buffer, recursionLimit: recursionLimit)
        vm.osState = OSRunState(config: os)
        self.vm = vm
        // The restored objects are charged to the run, so its memory limit counts them.
        let outerBudget = AllocationBudget.install(vm.allocationBudget)
        defer { AllocationBudget.restore(outerBudget) }
        vm.maxHostCalls = try r.int()
        vm.maxOutputBytes = try r.int()
        let memoryLimit = try r.int()
        vm.startMemoryBudget(memoryLimit >= 0 ? memoryLimit : nil)
        vm.outputBytes = try r.uint()
        vm.hostCallCount = try r.uint()
        vm.nextExternalCallID = try r.uint()
        buffer.stdout = try r.string()
        buffer.stderr = try r.string()
        var remaining: UInt64? = nil
        if try r.u8() == 1 { remaining = try r.varint() }
        for name in moduleNames {
            guard ModuleRegistry.definitions[name] != nil else { throw SnapshotError("unknown module \(name)") }
            do {
                _ = try vm.importModule(name)
            } catch {
                throw SnapshotError("module \(name) failed to import")
            }
            if case .source(let src)? = ModuleRegistry.definitions[name], let code = try? ModuleRegistry.code(for: name, source: src) {
                codeTables.append(SnapshotEncoder.codeTable(code))
            } else {
                codeTables.append([])
            }
        }
        let reg = SnapshotEncoder.registry(vm: vm, modules: moduleNames)
        paths = reg.paths
        moduleDicts = reg.dicts
        // 4. values
        guard let globals = try value().asDict else { throw SnapshotError("globals are not a dict") }
        vm.mainGlobals = globals
        vm.handledException = try value()
        try frames()
        let pause = try decodePause()
        var atFileOperation = false
        if case .os? = pause { atFileOperation = true }
        guard atFileOperation == topFrameBeforeCall else { throw SnapshotError("the top frame does not match the pause") }
        // 5. virtual OS state (working directory, virtual time slept, seeded entropy stream)
        let cwd = try r.string()
        guard cwd.hasPrefix("/"), !cwd.contains("\0") else { throw SnapshotError("bad working directory") }
        let slept = try r.int()
        let seeded: UInt64? = try r.u8() == 1 ? try r.varint() : nil
        vm.osState.restore(cwd: VirtualPath.normalize(cwd), virtualNanoseconds: Int64(max(0, slept)), seededState: seeded)
        guard r.remaining == 0 else { throw SnapshotError("trailing bytes") }
        try finishContainers()
        return Decoded(vm: vm, units: units, buffer: buffer, pause: pause, remaining: remaining)
    }

    private mutating func codeRef() throws(SnapshotError) -> CodeObject {
        guard !codeTables.isEmpty else { throw SnapshotError("bad code reference") }
        let u = try r.uint(max: codeTables.count - 1)
        let i = try r.uint(max: max(0, codeTables[u].count - 1))
        guard i < codeTables[u].count else { throw SnapshotError("bad code reference") }
        return codeTables[u][i]
    }

    private mutating func depths(_ code: CodeObject) -> [Int] {
        if let d = depthCache[ObjectIdentifier(code)] { return d }
        let d = StackDepths.compute(code)
        depthCache[ObjectIdentifier(code)] = d
        return d
    }

    /// Checks that `count` saved values fit the frame of `code` paused before `pc`.
    private mutating func checkSaved(_ code: CodeObject, pc: Int, count: Int, created: Bool) throws(SnapshotError) {
        let slots = code.slotCount
        guard pc >= 0, pc <= code.instructionCount else { throw SnapshotError("bad resume position") }
        if created {
            // A generator that has not started holds exactly its bound arguments and cells.
            guard pc == 0, count == slots else { throw SnapshotError("bad generator state") }
            return
        }
        let d = depths(code)[pc]
        guard d >= 1, count == slots + d - 1 else {
            throw SnapshotError("stack does not match the code at its resume position")
        }
    }

    /// Whether the top frame waits *before* a call or `FOR_ITER` with its operands on the
    /// stack (a file operation the host answers; the instruction runs again on resume).
    private mutating func pausedBeforeCall(_ code: CodeObject, pc: Int, count: Int) -> Bool {
        guard pc >= 0, pc < code.instructionCount else { return false }
        let op = code.instructions[pc].opcode
        guard op == .call || op == .callMethod || op == .callKw || op == .forIter else { return false }
        let d = depths(code)[pc]
        return d >= 1 && count == code.slotCount + d
    }

    /// A top frame paused before `CALL_KW` has the call's keyword names on top of its stack,
    /// which the dispatch loop takes as they were compiled: a tuple of strings, no more of
    /// them than the call has arguments.
    private func checkKeywordNames(_ code: CodeObject, pc: Int, _ saved: [Value]) throws(SnapshotError) {
        let ins = code.instructions[pc]
        guard ins.opcode == .callKw else { return }
        guard let names = saved.last?.asTuple, names.items.count <= Int(ins.arg),
              names.items.allSatisfy({ if case .str = $0 { return true } else { return false } }) else {
            throw SnapshotError("bad keyword names")
        }
    }

    /// A frame below another waits at the instruction that started the frame above (a call,
    /// `LOAD_ATTR` of a property, `FOR_ITER` or `SEND`); the top frame waits at the call that
    /// paused the run.
    private func checkResumePoint(_ code: CodeObject, pc: Int, aboveMode: UInt8?) throws(SnapshotError) {
        guard pc >= 1 else { throw SnapshotError("bad resume position") }
        let op = code.instructions[pc - 1].opcode
        let isCall = op == .call || op == .callMethod || op == .callKw || op == .callFunctionEx
        let ok: Bool
        switch aboveMode {
        // A property's getter is called inline by LOAD_ATTR and returns like a call.
        case 0?: ok = isCall || op == .loadAttr
        case nil, 3?, 4?: ok = isCall
        case 1?: ok = op == .forIter
        case 2?, 5?: ok = op == .send
        default: ok = false
        }
        guard ok else { throw SnapshotError("a frame is not paused at a call") }
    }

    private mutating func checkCells(_ code: CodeObject, _ values: [Value]) throws(SnapshotError) {
        let first = code.localCount
        let end = first + code.cellCount + code.freeCount
        guard values.count >= end else { throw SnapshotError("a frame is missing its cells") }
        for i in first..<end {
            guard case .object(let o) = values[i], o.kind == .cell else { throw SnapshotError("a cell slot holds no cell") }
        }
    }

    private mutating func frames() throws(SnapshotError) {
        let count = try r.count()
        guard count <= vm.frameCapacity else { throw SnapshotError("bad frame count") }
        var callerHasSlot = false
        var previous: (code: CodeObject, pc: Int)? = nil
        for i in 0..<count {
            let code = try codeRef()
            let fnValue = try value()
            guard let globals = try value().asDict else { throw SnapshotError("frame globals are not a dict") }
            let nsValue = try value()
            let pc = try r.uint(max: code.instructionCount)
            let isEntry = try r.u8() == 1
            let mode = try r.u8()
            let genValue = try value()
            let saved = try values()
            let n = saved.count
            if i + 1 == count, pausedBeforeCall(code, pc: pc, count: n) {
                try checkKeywordNames(code, pc: pc, saved)
                topFrameBeforeCall = true
            } else {
                try checkSaved(code, pc: pc, count: n, created: false)
            }
            try checkCells(code, saved)
            var slotValue: Value? = nil
            if i + 1 < count {
                switch try r.u8() {
                case 0: break
                case 1: slotValue = try value()
                default: throw SnapshotError("bad frame separator")
                }
            }
            // Frames do not retain their code and globals (see Frame): they must be owned by
            // the frame's function, or be the program's top-level code and main globals.
            let function: PyFunction?
            switch fnValue {
            case .none:
                guard globals === vm.mainGlobals, codeTables.prefix(units.count).contains(where: { $0.first === code }) else {
                    throw SnapshotError("a frame without a function must run the program's top level")
                }
                function = nil
            case .object(let o) where o.kind == .function:
                let fn = unsafeDowncast(o, to: PyFunction.self)
                guard fn.code === code else { throw SnapshotError("frame code does not match its function") }
                guard fn.globals === globals else { throw SnapshotError("frame globals do not match its function") }
                function = fn
            default: throw SnapshotError("bad frame function")
            }
            var generator: PyGenerator? = nil
            if case .object(let o) = genValue {
                guard o.kind == .generator else { throw SnapshotError("bad frame generator") }
                let g = unsafeDowncast(o, to: PyGenerator.self)
                guard g.code === code, g.state == .running, g.savedCount == 0 else { throw SnapshotError("bad frame generator") }
                generator = g
            }
            var namespace: PyDict? = nil
            if case .object = nsValue {
                guard let d = nsValue.asDict else { throw SnapshotError("bad frame namespace") }
                namespace = d
            }
            // Frame modes: 0 call, 1 FOR_ITER and 2 SEND resumes of a generator, 3 __init__,
            // 4 gen.send()/throw(); the bottom frame is the only entry frame.
            guard mode <= 5, isEntry == (i == 0) else { throw SnapshotError("bad frame kind") }
            if i > 0 {
                let needsSlot = mode == 0 || mode == 3
                guard needsSlot == callerHasSlot else { throw SnapshotError("bad frame link") }
                guard (mode == 1 || mode == 2 || mode == 4 || mode == 5) == (generator != nil) else { throw SnapshotError("bad frame mode") }
                if mode == 3 { guard code.argCount >= 1 else { throw SnapshotError("bad frame mode") } }
            }
            if let previous { try checkResumePoint(previous.code, pc: previous.pc, aboveMode: mode) }
            if i + 1 == count, !topFrameBeforeCall { try checkResumePoint(code, pc: pc, aboveMode: nil) }
            previous = (code, pc)
            callerHasSlot = slotValue != nil
            let (start, chunkEnd) = vm.freeStackStart
            let f: UnsafeMutablePointer<Frame>
            do {
                f = try vm.pushFrame(code: code, function: function, globals: globals, start: start, initialized: 0, chunkEnd: chunkEnd)
            } catch {
                throw SnapshotError("cannot rebuild the frame stack")
            }
            let slots = code.slotCount
            for j in 0..<min(n, slots) { f.pointee.locals[j] = saved[j] }
            if n > slots { (f.pointee.locals + slots).initialize(from: Array(saved[slots...]), count: n - slots) }
            f.pointee.sp = f.pointee.locals + n
            f.pointee.pc = pc
            f.pointee.isEntry = isEntry
            f.pointee.resumeMode = mode
            f.pointee.generator = generator
            f.pointee.namespace = namespace
            if let slotValue { f.pointee.sp.initialize(to: slotValue) }
        }
    }

    private mutating func decodePause() throws(SnapshotError) -> VMPause? {
        let kind = try r.u8()
        switch kind {
        case 3:
            guard vm.frameCount == 0 else { throw SnapshotError("an idle session has no frames") }
            return nil
        case _ where vm.frameCount == 0:
            throw SnapshotError("a paused run has frames")
        case 0, 1:
            let id = try r.uint()
            guard case .object(let o) = try value(), o.kind == .external else { throw SnapshotError("bad paused call") }
            let fn = unsafeDowncast(o, to: PyExternalFunction.self)
            let n = try r.count()
            var args: [Value] = []
            for _ in 0..<n { args.append(try value()) }
            let k = try r.count()
            var keywords: [(String, Value)] = []
            for _ in 0..<k {
                let name = try r.string()
                keywords.append((name, try value()))
            }
            let call = PendingExternalCall(id: id, function: fn, args: args, keywords: keywords)
            return kind == 0 ? .call(call) : .startCoroutine(call)
        case 2:
            let n = try r.count()
            var ids: [Int] = []
            for _ in 0..<n { ids.append(try r.int()) }
            var timeout: Double? = nil
            if try r.u8() == 1 { timeout = VMPause.sanitizedTimeout(try r.double()) }
            return .wait(ids: ids, timeout: timeout)
        case 4:
            let operation = try r.osOperation()
            let n = try r.count()
            var answers: [OSOperation: OSAnswer] = [:]
            for _ in 0..<n {
                let op = try r.osOperation()
                answers[op] = try r.osAnswer()
            }
            vm.osState.hostFiles?.answers = answers
            return .os(operation)
        default:
            throw SnapshotError("bad pause kind")
        }
    }

    private mutating func finishContainers() throws(SnapshotError) {
        // Keys with a Python __hash__ run code here: no pauses, and a bounded time.
        vm.pausingEnabled = false
        vm.deadline = VM.monotonicNanoseconds() &+ 1_000_000_000
        defer {
            vm.pausingEnabled = true
            vm.deadline = 0
            vm.terminating = false
        }
        do {
            for (d, pairs) in pendingDicts {
                for (k, v) in pairs { try d.set(k, v, vm: vm) }
            }
            for (s, items) in pendingSets {
                for v in items { try s.add(v, vm: vm) }
            }
        } catch {
            throw SnapshotError("a saved dict or set key cannot be hashed")
        }
        for o in objects where o.kind == .type { unsafeDowncast(o, to: PyType.self).invalidateLookups() }
    }

    // MARK: Values

    mutating func value() throws(SnapshotError) -> Value {
        guard let tag = SnapshotFormat.Tag(rawValue: try r.u8()) else { throw SnapshotError("bad value tag") }
        switch tag {
        case .none: return .none
        case .falseValue: return .bool(false)
        case .trueValue: return .bool(true)
        case .int: return .int(try r.int())
        case .float: return .float(try r.double())
        case .str: return .str(PyStr(try r.string()))
        case .unbound: return .unbound
        case .ref:
            let i = try r.uint(max: max(0, objects.count - 1))
            guard i < objects.count else { throw SnapshotError("bad object reference") }
            return .object(objects[i])
        case .object:
            guard StackGuard.hasRoom() else { throw SnapshotError("data nested too deeply") }
            return .object(try object())
        }
    }

    private mutating func register(_ o: PyObject) { objects.append(o) }

    private mutating func values() throws(SnapshotError) -> [Value] {
        let n = try r.count()
        var out: [Value] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try value()) }
        return out
    }

    private mutating func pairs() throws(SnapshotError) -> [(Value, Value)] {
        let n = try r.count()
        var out: [(Value, Value)] = []
        for _ in 0..<n {
            let k = try value()
            out.append((k, try value()))
        }
        return out
    }

    private mutating func type(_ v: Value) throws(SnapshotError) -> PyType {
        guard let t = v.asType else { throw SnapshotError("expected a class") }
        return t
    }

    private mutating func object() throws(SnapshotError) -> PyObject {
        typealias K = SnapshotFormat.Kind
        guard let kind = K(rawValue: try r.u8()) else { throw SnapshotError("bad object kind") }
        switch kind {
        case .builtin:
            let p = try r.string()
            guard case .object(let o)? = paths[p] ?? SnapshotEncoder.builtinPaths[p] else { throw SnapshotError("unknown built-in object \(p)") }
            register(o)
            return o
        case .list:
            let l = PyList()
            register(l)
            l.items = try values()
            return l
        case .tuple:
            let t = PyTuple([])
            register(t)
            t.fill(try values())
            return t
        case .dict:
            var d = PyDict()
            if try r.u8() == 1 {
                let name = try r.string()
                guard let md = moduleDicts[name] else { throw SnapshotError("unknown module dict \(name)") }
                d = md
            }
            register(d)
            pendingDicts.append((d, try pairs()))
            return d
        case .set, .frozenSet:
            let s = PySet(frozen: kind == .frozenSet)
            register(s)
            pendingSets.append((s, try values()))
            return s
        case .bytes:
            let b = PyBytes(try r.raw())
            register(b)
            return b
        case .bigInt:
            guard let big = BigInt(try r.string()) else { throw SnapshotError("bad integer") }
            let o = PyBigInt(big)
            register(o)
            return o
        case .function:
            let code = try codeRef()
            let f = PyFunction(code: code, globals: vm.mainGlobals, defaults: [], keywordDefaults: [:], closure: [])
            register(f)
            guard let g = try value().asDict else { throw SnapshotError("function globals are not a dict") }
            f.globals = g
            f.defaults = try values()
            let nk = try r.count()
            for _ in 0..<nk {
                let k = try r.string()
                f.keywordDefaults[k] = try value()
            }
            var cells: [PyCell] = []
            for c in try values() {
                guard case .object(let o) = c, o.kind == .cell else { throw SnapshotError("bad closure") }
                cells.append(unsafeDowncast(o, to: PyCell.self))
            }
            guard cells.count == code.freeCount else { throw SnapshotError("closure does not match the code") }
            f.closure = cells
            f.name = try r.string()
            f.qualname = try r.string()
            f.module = try r.string()
            f.doc = try value()
            let attrs = try value()
            if case .object = attrs {
                guard let d = attrs.asDict else { throw SnapshotError("bad function attributes") }
                f.attributes = d
            }
            let annotations = try value()
            if case .object = annotations {
                guard let d = annotations.asDict else { throw SnapshotError("bad function annotations") }
                f.annotations = d
            }
            return f
        case .cell:
            let c = PyCell()
            register(c)
            c.value = try value()
            return c
        case .type:
            let name = try r.string()
            let qualname = try r.string()
            let module = try r.string()
            var bases: [PyType] = []
            let nb = try r.count()
            for _ in 0..<nb { bases.append(try type(try value())) }
            let metaValue = try value()
            let t = PyType(name: name, bases: bases, isBuiltin: false, module: module)
            t.qualname = qualname
            if case .object = metaValue { t.metaclass = try type(metaValue) }
            register(t)
            var mro: [PyType] = []
            let nm = try r.count()
            for _ in 0..<nm { mro.append(try type(try value())) }
            guard mro.first === t else { throw SnapshotError("bad class MRO") }
            t.mro = mro
            t.isException = mro.contains { $0.isException }
            register(t.dict)
            pendingDicts.append((t.dict, try pairs()))
            t.registerWithBases()
            return t
        case .instance:
            let cls = try type(try value())
            let inst = PyInstance(cls: cls)
            register(inst)
            register(inst.attributes)
            pendingDicts.append((inst.attributes, try pairs()))
            let bv = try value()
            if case .unbound = bv {} else { inst.builtinValue = bv }
            if try r.u8() == 1 {
                let state = ExceptionState(args: try values())
                state.cause = try value()
                state.context = try value()
                state.suppressContext = try r.u8() == 1
                let nt = try r.count()
                for _ in 0..<nt {
                    let file = try r.string()
                    let fn = try r.string()
                    let line = try r.uint()
                    let endLine = line &+ (try r.int())
                    let column = try r.int()
                    let endColumn = try r.int()
                    let span = SourceSpan(line: line, endLine: endLine, column: column, endColumn: endColumn)
                    state.traceback.append(TracebackEntry(filename: file, function: fn, line: line, storedSpan: span))
                }
                inst.exception = state
            }
            return inst
        case .module:
            let name = try r.string()
            guard let m = vm.modules[name] else { throw SnapshotError("module \(name) was not imported") }
            register(m)
            return m
        case .boundMethod:
            let fn = try value()
            let recv = try value()
            let m = PyBoundMethod(function: fn, receiver: recv)
            register(m)
            return m
        case .range:
            let start = try r.int()
            let stop = try r.int()
            let step = try r.int()
            guard step != 0 else { throw SnapshotError("bad range") }
            let o = PyRange(start: start, stop: stop, step: step)
            register(o)
            return o
        case .slice:
            let a = try value()
            let b = try value()
            let o = PySlice(start: a, stop: b, step: try value())
            register(o)
            return o
        case .property:
            let g = try value()
            let s = try value()
            let d = try value()
            let o = PyProperty(getter: g, setter: s, deleter: d, doc: try value())
            o.name = try value().asString
            register(o)
            return o
        case .staticMethod, .classMethod:
            let o = PyMethodWrapper(function: try value(), isClassMethod: kind == .classMethod)
            register(o)
            return o
        case .generator:
            guard case .object(let fo) = try value(), fo.kind == .function else { throw SnapshotError("bad generator function") }
            let fn = unsafeDowncast(fo, to: PyFunction.self)
            guard fn.code.isGenerator || fn.code.isCoroutine else { throw SnapshotError("bad generator function") }
            let g = PyGenerator(function: fn, unboundSlots: 0)
            register(g)
            g.owner = vm
            let stateByte = try r.u8()
            guard stateByte <= 3 else { throw SnapshotError("bad generator state") }
            let state: PyGenerator.State = [.created, .suspended, .running, .finished][Int(stateByte)]
            let pc = try r.uint(max: fn.code.instructionCount)
            g.name = try r.string()
            g.qualname = try r.string()
            let saved = try values()
            if state == .suspended || state == .created {
                try checkSaved(fn.code, pc: pc, count: saved.count, created: state == .created)
                if state == .suspended {
                    guard pc >= 1, fn.code.instructions[pc - 1].opcode == .yieldValue else { throw SnapshotError("a generator is not paused at a yield") }
                }
                try checkCells(fn.code, saved)
            } else if !saved.isEmpty {
                throw SnapshotError("bad generator state")
            }
            guard g.loadSaved(saved, pc: pc, state: state) else { throw SnapshotError("bad generator state") }
            return g
        case .listIterator:
            guard case .object(let lo) = try value(), lo.kind == .list else { throw SnapshotError("bad list iterator") }
            let it = PyListIterator(unsafeDowncast(lo, to: PyList.self))
            it.index = try r.uint(max: 1 << 48)
            register(it)
            return it
        case .rangeIterator:
            let next = try r.int()
            let step = try r.int()
            let remaining = try r.int()
            guard step != 0, remaining >= 0 else { throw SnapshotError("bad range iterator") }
            let it = PyRangeIterator(next: next, step: step, remaining: remaining)
            register(it)
            return it
        case .dictView:
            guard let d = try value().asDict else { throw SnapshotError("bad dict view") }
            let w = try r.u8()
            guard w <= 2 else { throw SnapshotError("bad dict view") }
            let o = PyDictView(dict: d, which: w == 0 ? .keys : w == 1 ? .values : .items)
            register(o)
            return o
        case .externalFunction:
            let name = try r.string()
            var params: [String]? = nil
            if try r.u8() == 1 {
                var p: [String] = []
                let n = try r.count()
                for _ in 0..<n { p.append(try r.string()) }
                params = p
            }
            let isAsync = try r.u8() == 1
            // File primitives are saved by module path, never by value (they hold Swift code).
            guard let role = PyExternalFunction.Role(rawValue: try r.u8()), role != .os else { throw SnapshotError("bad host function") }
            let o = PyExternalFunction(name: name, parameters: params, isAsync: isAsync, role: role)
            register(o)
            return o
        case .externalCoroutine:
            guard case .object(let fo) = try value(), fo.kind == .external else { throw SnapshotError("bad host coroutine") }
            let args = try values()
            let nk = try r.count()
            var keywords: [(String, Value)] = []
            for _ in 0..<nk {
                let k = try r.string()
                keywords.append((k, try value()))
            }
            guard let state = PyExternalCoroutine.State(rawValue: try r.u8()) else { throw SnapshotError("bad host coroutine") }
            let c = PyExternalCoroutine(function: unsafeDowncast(fo, to: PyExternalFunction.self), args: args, keywords: keywords)
            c.state = state
            register(c)
            return c
        case .asyncGenerator:
            guard case .object(let go) = try value(), go.kind == .generator else { throw SnapshotError("bad async generator") }
            let g = unsafeDowncast(go, to: PyGenerator.self)
            guard g.code.isAsyncGenerator else { throw SnapshotError("bad async generator") }
            let a = PyAsyncGenerator(gen: g)
            register(a)
            return a
        case .asyncGenAwaitable:
            guard case .object(let ao) = try value(), ao.kind == .native, let agen = ao as? PyAsyncGenerator else {
                throw SnapshotError("bad async generator awaitable")
            }
            let action: PyAsyncGenAwaitable.Action
            switch try r.u8() {
            case 0: action = .send(try value())
            case 1:
                guard let e = try value().asInstance, e.cls.isSubtype(of: Builtins.shared.baseException) else {
                    throw SnapshotError("bad async generator awaitable")
                }
                action = .throwing(e)
            case 2: action = .close
            default: throw SnapshotError("bad async generator awaitable")
            }
            guard let state = PyAsyncGenAwaitable.State(rawValue: try r.u8()) else { throw SnapshotError("bad async generator awaitable") }
            let a = PyAsyncGenAwaitable(agen: agen, action: action)
            a.state = state
            register(a)
            return a
        case .complex:
            let re = try r.double()
            let c = PyComplex(re, try r.double())
            register(c)
            return c
        case .genericAlias:
            let origin = try value()
            let g = PyGenericAlias(origin: origin, args: try values())
            register(g)
            return g
        case .unionType:
            let u = PyUnion(try values())
            register(u)
            return u
        case .mappingProxy:
            let p: PyMappingProxy
            switch try r.u8() {
            case 0:
                guard let t = try value().asType else { throw SnapshotError("bad mappingproxy") }
                p = PyMappingProxy(owner: t)
            case 1: p = PyMappingProxy(mapping: try value())
            default: throw SnapshotError("bad mappingproxy")
            }
            register(p)
            return p
        case .asyncGenWrapped:
            let a = PyAsyncGenWrapped(try value())
            register(a)
            return a
        case .nativeIterator:
            let name = try r.string()
            let vals = try values()
            let nInts = try r.count()
            var ints: [Int] = []
            for _ in 0..<nInts { ints.append(try r.int()) }
            guard let it = vm.rebuildIterator(SavedIterator(kind: name, values: vals, ints: ints)), case .object(let o) = it else {
                throw SnapshotError("bad saved iterator \(name)")
            }
            register(o)
            return o
        case .code:
            let o = PyCode(try codeRef())
            register(o)
            return o
        case .notImplemented:
            let o = PyNotImplemented.shared
            register(o)
            return o
        case .ellipsis:
            let o = PyEllipsis.shared
            register(o)
            return o
        }
    }
}
