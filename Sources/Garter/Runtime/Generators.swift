/// Generators and coroutines: a suspended frame saved as plain values (its fast slots and
/// operand stack), resumed by pushing a fresh frame and copying them back.
final class PyGenerator: PyObject, @unchecked Sendable {
    enum State { case created, suspended, running, finished }

    let code: CodeObject
    let function: PyFunction
    let isCoroutine: Bool
    @exclusivity(unchecked) var state: State = .created
    /// Fast slots followed by the operand stack at the suspension point, moved in and out of
    /// the VM stack on each resume (no per-resume allocation or reference counting).
    private let storage: UnsafeMutablePointer<Value>
    private let capacity: Int
    @exclusivity(unchecked) private(set) var savedCount = 0
    @exclusivity(unchecked) var pc = 0
    @exclusivity(unchecked) var name: String
    @exclusivity(unchecked) var qualname: String

    /// A created generator whose first `count` slots hold `.unbound`, for binding the call's
    /// arguments straight into them (``VM/makeGenerator(_:_:)``).
    init(function: PyFunction, unboundSlots count: Int) {
        self.code = function.code
        self.function = function
        self.isCoroutine = function.code.isCoroutine
        self.capacity = max(function.code.frameSize, count, 1)
        self.storage = HeapMemory.allocate(Value.self, capacity: capacity)
        storage.initialize(repeating: .unbound, count: count)
        self.savedCount = count
        self.name = function.name
        self.qualname = function.qualname
        super.init(kind: .generator, contentBytes: capacity &* MemoryLayout<Value>.stride)
    }

    /// The saved slots of a just-created generator, for binding its arguments.
    var createdSlots: UnsafeMutablePointer<Value> { storage }

    /// The execution that created this generator, to close it when it is dropped while
    /// suspended inside a `try`/`with` (so `finally` blocks run, as in CPython).
    @exclusivity(unchecked) weak var owner: VM?

    /// Takes over the suspended state of a generator being deallocated.
    private init(takingStateOf other: PyGenerator) {
        self.code = other.code
        self.function = other.function
        self.isCoroutine = other.isCoroutine
        self.capacity = other.capacity
        self.storage = HeapMemory.allocate(Value.self, capacity: other.capacity)
        storage.moveInitialize(from: other.storage, count: other.savedCount)
        self.savedCount = other.savedCount
        other.savedCount = 0
        self.pc = other.pc
        self.name = other.name
        self.qualname = other.qualname
        super.init(kind: .generator)
        self.state = .suspended
    }

    deinit {
        if state == .suspended, let vm = owner, suspendedInsideHandler {
            vm.pendingCloses.append(PyGenerator(takingStateOf: self))
        }
        releaseSaved()
        storage.deallocate()
    }

    /// True when the paused `yield` is inside a `try` or `with` block.
    private var suspendedInsideHandler: Bool {
        let at = Int32(pc - 1)
        return code.exceptionTable.contains { at >= $0.start && at < $0.end }
    }

    /// The saved values (for snapshots and inspection).
    var saved: [Value] { Array(UnsafeBufferPointer(start: storage, count: savedCount)) }

    private func releaseSaved() {
        if savedCount == 0 { return }
        // Through the trashcan: generators can be chained arbitrarily deep.
        var values = Array(UnsafeBufferPointer(start: storage, count: savedCount))
        storage.deinitializeValues(count: savedCount)
        savedCount = 0
        Trashcan.release(&values)
    }

    /// Moves the frame's slots and stack out of the VM stack into this generator.
    func suspend(frame: UnsafeMutablePointer<Frame>, sp: UnsafeMutablePointer<Value>, pc: Int) {
        let locals = frame.pointee.locals
        let count = min(sp - locals, capacity)
        storage.moveInitialize(from: locals, count: count)
        if sp - locals > count { (locals + count).deinitializeValues(count: sp - locals - count) }
        savedCount = count
        self.pc = pc
        state = .suspended
    }

    /// Moves the saved values onto the VM stack at `locals`; returns how many there were.
    func restore(into locals: UnsafeMutablePointer<Value>) -> Int {
        let n = savedCount
        locals.moveInitialize(from: storage, count: n)
        savedCount = 0
        return n
    }

    /// Loads saved values into a generator created for snapshot decoding.
    func loadSaved(_ values: [Value], pc: Int, state: State) -> Bool {
        guard values.count <= capacity, savedCount == 0 else { return false }
        storage.initialize(from: values, count: values.count)
        savedCount = values.count
        self.pc = pc
        self.state = state
        return true
    }

    func finish() {
        state = .finished
        releaseSaved()
    }
}

/// Outcome of resuming a generator.
enum GeneratorResult {
    case yielded(Value)
    case returned(Value)
}

extension VM {
    /// Resumes a generator with a sent value or an exception thrown in at the yield point.
    /// Every remaining item of `g` (created or suspended), for builtins that materialize
    /// their argument before using it (`list()`, `tuple()`, `sorted()`, `str.join`, ...). The
    /// generator runs to its end in one pass of the dispatch loop: its `yield`s append to
    /// ``drained`` and continue (frame mode 6), instead of suspending and resuming once per
    /// item. Nothing can observe the difference: the consumer does nothing until the end.
    ///
    /// With a `limit`, at most that many items are taken (unpacking `a, b = gen` asks for
    /// one more than it needs, as CPython does): the generator is left suspended after the
    /// last one, exactly as that many `next()` calls would leave it.
    func drainGenerator(_ g: PyGenerator, limit: Int? = nil) throws(PythonError) -> [Value] {
        let (start, chunkEnd) = freeStackStart
        let f = try pushGeneratorFrame(g, send: .none, resumingWithException: false, start: start, chunkEnd: chunkEnd)
        f.pointee.isEntry = true
        f.pointee.resumeMode = limit == nil ? Consumer.drain.rawValue : Consumer.drainUpTo.rawValue
        let outer = drained
        let outerLimit = drainLimit
        drained = []
        // Room for a few items up front: growing from empty reallocates at 1, 2, 4 and 8.
        drained.reserveCapacity(Swift.min(limit ?? 8, 64))
        drainLimit = limit ?? 0
        let last: Value
        do {
            last = try execute(f, pendingException: nil)
        } catch {
            drained = outer
            drainLimit = outerLimit
            g.finish()
            throw generatorError(g, error)
        }
        // Taken out of ``drained`` before the append below, which would otherwise copy
        // every item into a new buffer (the array would still be shared).
        var items = drained
        drained = outer
        drainLimit = outerLimit
        if limit != nil && yielded {
            // The limit-th item suspended the generator.
            items.append(last)
        } else {
            g.finish()
        }
        return items
    }

    /// How a builtin consuming a generator in this loop treats its `yield`s (frame modes).
    enum Consumer: UInt8 {
        /// Builtins that materialize the generator (``drainGenerator(_:)``): every value
        /// is appended to ``drained``.
        case drain = 6
        /// `sum()`: each yielded int or float that adds to ``sumAccumulator`` without side
        /// effects (int + int without overflow, float + float, float and a small int) is
        /// added right at the `yield`.
        case sum = 7
        /// `any()`: a false plain value (None, bool, number, str, builtin container) is
        /// skipped at the `yield`.
        case any = 8
        /// `all()`: a true plain value is skipped at the `yield`.
        case all = 9
        /// ``drainGenerator(_:limit:)`` with a limit: values are appended to ``drained``
        /// until the last one allowed, which suspends the generator.
        case drainUpTo = 10
    }

    /// Resumes `g` (created or suspended) for a builtin that consumes it: the yields the
    /// `consumer` can settle without running Python code are settled in place and the
    /// generator runs on; any other value suspends it and comes back to the builtin. Exactly
    /// CPython's order of effects, without a resume per item.
    func resumeConsuming(_ g: PyGenerator, _ consumer: Consumer) throws(PythonError) -> GeneratorResult {
        let (start, chunkEnd) = freeStackStart
        let f = try pushGeneratorFrame(g, send: .none, resumingWithException: false, start: start, chunkEnd: chunkEnd)
        f.pointee.isEntry = true
        f.pointee.resumeMode = consumer.rawValue
        do {
            let v = try execute(f, pendingException: nil)
            if yielded { return .yielded(v) }
            g.finish()
            return .returned(v)
        } catch {
            g.finish()
            throw generatorError(g, error)
        }
    }

    /// `v` when it is a generator a builtin may consume in the dispatch loop (see
    /// ``resumeConsuming(_:_:)``): not a coroutine, neither running nor finished.
    static func consumableGenerator(_ v: Value) -> PyGenerator? {
        guard case .object(let o) = v, o.kind == .generator else { return nil }
        let g = unsafeDowncast(o, to: PyGenerator.self)
        return !g.isCoroutine && (g.state == .created || g.state == .suspended) ? g : nil
    }

    /// Whether the builtin consuming the generator (frame `mode` ≥ 6) settled the value
    /// yielded at this `yield`, so that the generator runs on.
    @inline(__always)
    func consumedAtYield(_ v: Value, mode: UInt8) throws(PythonError) -> Bool {
        switch mode {
        case Consumer.drain.rawValue:
            try collectDrained(v)
            return true
        case Consumer.drainUpTo.rawValue:
            if drained.count &+ 1 >= drainLimit { return false }
            drained.append(v)
            return true
        case Consumer.sum.rawValue: return addToSum(v)
        case Consumer.any.rawValue: return plainTruth(v) == false
        default: return plainTruth(v) == true
        }
    }

    /// The truth of a value that has no `__bool__`/`__len__` of its own; nil otherwise.
    @inline(__always)
    func plainTruth(_ v: Value) -> Bool? {
        if case .object(let o) = v, o.kind == .instance || o.kind == .native { return nil }
        return try? isTrue(v)
    }

    /// Adds `v` to ``sumAccumulator`` when that cannot run Python code or fail; false to
    /// leave it to `sum` (see ``resumeConsuming(_:_:)``).
    @inline(__always)
    func addToSum(_ v: Value) -> Bool {
        switch (sumAccumulator, v) {
        case (.int(let a), .int(let b)):
            let (r, o) = a.addingReportingOverflow(b)
            if o { return false }
            sumAccumulator = .int(r)
        case (.float(let a), .float(let b)):
            sumAccumulator = .float(a + b)
        case (.float(let a), .int(let b)) where b.magnitude <= 1 << 53:
            sumAccumulator = .float(a + Double(b))
        case (.int(let a), .float(let b)) where a.magnitude <= 1 << 53:
            sumAccumulator = .float(Double(a) + b)
        default:
            return false
        }
        return true
    }

    /// Appends a drained generator's item (see ``drainGenerator(_:)``).
    @inline(never)
    func collectDrained(_ v: Value) throws(PythonError) {
        if drained.count >= 200_000_000 { throw makeError(Builtins.shared.memoryError, "") }
        drained.append(v)
    }

    /// ``collectDrained(_:)`` for the value in `slot`, moved out of it (no reference
    /// counting; the slot is left uninitialized, also when this throws).
    @inline(__always)
    func collectDrained(moving slot: UnsafeMutablePointer<Value>) throws(PythonError) {
        if drained.count >= 200_000_000 {
            slot.deinitialize(count: 1)
            throw makeError(Builtins.shared.memoryError, "")
        }
        drained.append(slot.move())
    }

    func resumeGenerator(_ g: PyGenerator, send: Value, exception: PyInstance?) throws(PythonError) -> GeneratorResult {
        switch g.state {
        case .finished:
            if let exception { throw PythonError(exception) }
            if g.isCoroutine {
                throw makeError(Builtins.shared.runtimeError, "cannot reuse already awaited coroutine")
            }
            return .returned(.none)
        case .running:
            throw makeError(Builtins.shared.valueError, g.isCoroutine ? "coroutine already executing" : "generator already executing")
        case .created:
            if exception == nil && !send.isNone {
                throw makeError(Builtins.shared.typeError, "can't send non-None value to a just-started \(g.isCoroutine ? "coroutine" : "generator")")
            }
            if let exception {
                g.finish()
                throw PythonError(exception)
            }
        case .suspended:
            break
        }
        let (start, chunkEnd) = freeStackStart
        let f = try pushGeneratorFrame(g, send: send, resumingWithException: exception != nil, start: start, chunkEnd: chunkEnd)
        f.pointee.isEntry = true
        var top = f
        var pending = exception
        if let exception {
            // Delegate the exception to the iterator a `yield from`/`await` is waiting on.
            switch throwIntoGenerator(f, exception) {
            case .raise(let frame, let e):
                top = frame
                pending = e
            case .resume(let frame):
                top = frame
                pending = nil
            }
        }
        do {
            let v = try execute(top, pendingException: pending)
            if yielded {
                return .yielded(v)
            }
            g.finish()
            return .returned(v)
        } catch {
            g.finish()
            throw generatorError(g, error)
        }
    }

    /// Where an exception thrown into a generator lands.
    enum ThrowTarget {
        /// Raise this exception in this frame (the top of the frame stack).
        case raise(UnsafeMutablePointer<Frame>, PyInstance)
        /// The exception was absorbed by a delegated iterator: continue running this frame.
        case resume(UnsafeMutablePointer<Frame>)
    }

    /// Throws `exc` into the just-pushed generator frame `gf` (resumed with an exception).
    /// When the generator is paused inside `yield from`/`await`, the exception goes to the
    /// iterator it delegates to first, as CPython does: a delegated generator is pushed as an
    /// inline frame (recursively), any other iterator's `throw` method is called.
    func throwIntoGenerator(_ gf: UnsafeMutablePointer<Frame>, _ exc: PyInstance) -> ThrowTarget {
        let instrs = gf.pointee.code.instructions
        let pc = gf.pointee.pc
        guard pc >= 2, pc <= gf.pointee.code.instructionCount, instrs[pc - 1].opcode == .yieldValue, instrs[pc - 2].opcode == .send,
              gf.pointee.sp > gf.pointee.stackBase else {
            return .raise(gf, exc)
        }
        let sub = (gf.pointee.sp - 1).pointee
        // Resume as if the delegation's SEND had just run.
        gf.pointee.pc = pc - 1
        if case .object(let o) = sub, o.kind == .generator {
            let sg = unsafeDowncast(o, to: PyGenerator.self)
            if sg.state == .suspended {
                let nf: UnsafeMutablePointer<Frame>
                do {
                    nf = try pushGeneratorFrame(sg, send: .none, resumingWithException: true, start: gf.pointee.sp, chunkEnd: gf.pointee.chunkEnd)
                } catch {
                    return .raise(gf, error.exception)
                }
                nf.pointee.resumeMode = 2
                return throwIntoGenerator(nf, exc)
            }
            if sg.state == .created { sg.finish() }
            return .raise(gf, exc)
        }
        guard case .object = sub, !exc.cls.isSubtype(of: Builtins.shared.generatorExit),
              let method = try? getAttribute(sub, PyStr("throw")) else {
            return .raise(gf, exc)
        }
        do {
            let v = try callValue(method, with: .object(exc))
            gf.pointee.sp.initialize(to: v)
            gf.pointee.sp += 1
            return .resume(gf)
        } catch {
            let e = error.exception
            if e.cls.isSubtype(of: Builtins.shared.stopIteration) {
                (gf.pointee.sp - 1).pointee = e.exception?.args.first ?? .none
                gf.pointee.pc = Int(instrs[pc - 2].arg)
                return .resume(gf)
            }
            return .raise(gf, e)
        }
    }

    /// PEP 479: a StopIteration escaping a generator becomes a RuntimeError.
    func generatorError(_ g: PyGenerator, _ error: PythonError) -> PythonError {
        let cls = error.exception.cls
        let isAsyncGen = g.code.isAsyncGenerator
        let raisedName: String
        if cls.isSubtype(of: Builtins.shared.stopIteration) {
            raisedName = "StopIteration"
        } else if isAsyncGen && cls.isSubtype(of: Builtins.shared.stopAsyncIteration) {
            raisedName = "StopAsyncIteration"
        } else {
            return error
        }
        let kind = isAsyncGen ? "async generator" : g.isCoroutine ? "coroutine" : "generator"
        let e = makeException(Builtins.shared.runtimeError, "\(kind) raised \(raisedName)")
        e.exception?.cause = .object(error.exception)
        e.exception?.context = .object(error.exception)
        e.exception?.suppressContext = true
        return PythonError(e)
    }

    /// Pushes a frame for a suspended or new generator with its saved slots and stack restored
    /// (plus the sent value as the result of the paused `yield`).
    func pushGeneratorFrame(_ g: PyGenerator, send: Value, resumingWithException: Bool, start: UnsafeMutablePointer<Value>, chunkEnd: UnsafeMutablePointer<Value>) throws(PythonError) -> UnsafeMutablePointer<Frame> {
        try pushGeneratorFrame(Unmanaged.passUnretained(g), send: send, resumingWithException: resumingWithException, start: start, chunkEnd: chunkEnd)
    }

    /// ``pushGeneratorFrame(_:send:resumingWithException:start:chunkEnd:)`` for a generator
    /// the caller keeps alive (on its stack): the generator owns its code, function and
    /// globals, so all are borrowed and only the frame's own references retain.
    func pushGeneratorFrame(_ gRef: Unmanaged<PyGenerator>, send: Value, resumingWithException: Bool, start: UnsafeMutablePointer<Value>, chunkEnd: UnsafeMutablePointer<Value>) throws(PythonError) -> UnsafeMutablePointer<Frame> {
        let (codeRef, globalsRef, slots, n) = gRef._withUnsafeGuaranteedRef { g in
            let c = g.code
            return (Unmanaged.passUnretained(c), Unmanaged.passUnretained(g.function.globals),
                    c.slotCount, g.savedCount)
        }
        // The frame's slots are filled by moving the saved values in (pushFrame initializes
        // only slots beyond `initialized`, so no value is written twice). The frame holds no
        // function of its own: its generator (retained below) owns the function, code and
        // globals, which saves a retain and a release per resume.
        let f = try pushFrame(codeRef: codeRef, function: nil, globalsRef: globalsRef, start: start, initialized: 0, chunkEnd: chunkEnd, restoring: gRef)
        let locals = f.pointee.locals
        var sp = locals + max(slots, n)
        gRef._withUnsafeGuaranteedRef { g in
            if g.state == .suspended && !resumingWithException {
                // The value of the paused `yield` expression.
                sp.initialize(to: send)
                sp += 1
            }
            f.pointee.sp = sp
            f.pointee.pc = g.pc
            f.pointee.generator = g
            g.state = .running
        }
        return f
    }

    /// One step of `yield from` / `await` delegation.
    func sendToIterator(_ it: Value, _ value: Value) throws(PythonError) -> GeneratorResult {
        if case .object(let o) = it, o.kind == .generator {
            return try resumeGenerator(unsafeDowncast(o, to: PyGenerator.self), send: value, exception: nil)
        }
        if let aw = it.asAsyncGenAwaitable {
            return try stepAsyncGen(aw, sent: value, throwing: nil)
        }
        if value.isNone {
            if let v = try nextItemCapturingReturn(it) { return v }
        }
        guard let send = try? getAttribute(it, PyStr("send")) else {
            throw makeError(Builtins.shared.attributeError, "'\(typeName(it))' object has no attribute 'send'")
        }
        do {
            return .yielded(try callValue(send, with: value))
        } catch {
            if error.exception.cls.isSubtype(of: Builtins.shared.stopIteration) {
                return .returned(error.exception.exception?.args.first ?? .none)
            }
            throw error
        }
    }

    /// `next(it)` keeping a StopIteration's value as the delegation result.
    func nextItemCapturingReturn(_ it: Value) throws(PythonError) -> GeneratorResult? {
        if isUserInstance(it) {
            guard let nextMethod = lookupSpecial(it, Names.next) else {
                throw makeError(Builtins.shared.typeError, "'\(typeName(it))' object is not an iterator")
            }
            do {
                return .yielded(try callValue(try bindDescriptor(nextMethod, instance: it, owner: typeOf(it)), []))
            } catch {
                if error.exception.cls.isSubtype(of: Builtins.shared.stopIteration) {
                    return .returned(error.exception.exception?.args.first ?? .none)
                }
                throw error
            }
        }
        if let v = try nextItem(it) { return .yielded(v) }
        return .returned(.none)
    }

    func getAwaitable(_ v: Value) throws(PythonError) -> Value {
        if case .object(let o) = v, o.kind == .generator, unsafeDowncast(o, to: PyGenerator.self).isCoroutine {
            return v
        }
        if case .object(let o) = v, o is PyExternalCoroutine || o is PyAsyncGenAwaitable {
            return v
        }
        if isUserInstance(v), let r = try callSpecial(v, Names.await, []) {
            return r
        }
        throw makeError(Builtins.shared.typeError, "object \(typeName(v)) can't be used in 'await' expression")
    }

    /// Closes generators that were dropped while suspended (runs their `finally` blocks).
    /// Errors are reported like CPython's "Exception ignored in" and otherwise swallowed.
    @inline(never)
    func runPendingCloses() {
        while let g = pendingCloses.popLast() {
            do {
                try closeGenerator(g)
            } catch {
                output.write("Exception ignored in: <generator object \(g.qualname) at \(address(.object(g)))>\n" + exceptionSummary(error.exception) + "\n", isError: true)
            }
        }
    }

    /// `generator.close()`.
    func closeGenerator(_ g: PyGenerator) throws(PythonError) {
        if g.state != .suspended {
            g.finish()
            return
        }
        let exit = makeException(Builtins.shared.generatorExit, "")
        exit.exception?.args = []
        do throws(PythonError) {
            switch try resumeGenerator(g, send: .none, exception: exit) {
            case .yielded:
                throw makeError(Builtins.shared.runtimeError, "generator ignored GeneratorExit")
            case .returned:
                return
            }
        } catch {
            if error.exception.cls.isSubtype(of: Builtins.shared.generatorExit) || error.exception.cls.isSubtype(of: Builtins.shared.stopIteration) {
                return
            }
            throw error
        }
    }
}
