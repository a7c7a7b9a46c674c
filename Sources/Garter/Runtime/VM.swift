import Atomics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One frame of Python code on the VM's explicit frame stack.
///
/// Locals, cells and the operand stack of a frame live in a window of the VM's value stack
/// (`locals ..< end`); a Python call never recurses on the Swift stack.
///
/// `code` and `globals` are not retained: pushing and popping a frame must not cost
/// reference counting. They are kept alive by `function` when there is one (a function's
/// code is immutable and its globals only change while a snapshot is decoded; a generator's
/// frame has no `function`: its `generator` owns one), and
/// otherwise by the code's owner for the whole time the frame exists: the run's compiled
/// units, the module cache, the generator (`generator`), or the enclosing frame.
///
/// `namespace` and `generator` are the only fields holding strong references:
/// ``Swift/UnsafeMutablePointer/deinitializeFrame()`` relies on that.
struct Frame {
    unowned(unsafe) var code: CodeObject
    /// The function running in this frame (nil for module, class-body and generator frames),
    /// retained only when `ownsFunction`: a call from the dispatch loop borrows it from the
    /// caller's callee slot, which holds it until this frame is popped.
    var functionRef: Unmanaged<PyFunction>?
    var ownsFunction: Bool
    var function: PyFunction? {
        @inline(__always) get { functionRef?.takeUnretainedValue() }
    }
    /// The globals, unretained (the function or module running the frame owns them):
    /// hot paths borrow them with `_withUnsafeGuaranteedRef`, which costs no retain.
    var globalsRef: Unmanaged<PyDict>
    // Inlined: called on `frame.pointee`, an outlined getter takes a copy of the whole
    // record first (four retains and releases).
    var globals: PyDict {
        @inline(__always) get { globalsRef.takeUnretainedValue() }
    }
    /// Class bodies and module-level `exec`-like code keep names in a dict.
    var namespace: PyDict?
    var locals: UnsafeMutablePointer<Value>
    /// Saved operand stack pointer while another frame runs (for calls: the callee's slot).
    var sp: UnsafeMutablePointer<Value>
    /// End of this frame's window; nested frames start at or above it.
    var end: UnsafeMutablePointer<Value>
    /// End of the value-stack chunk holding this frame.
    var chunkEnd: UnsafeMutablePointer<Value>
    var pc: Int
    /// When set, returning from this frame returns from `execute` to Swift.
    var isEntry: Bool
    var generator: PyGenerator?
    /// How a generator frame resumed inline hands results back to its caller frame:
    /// 0 not inline, 1 from FOR_ITER, 2 from SEND (`yield from`/`await`).
    var resumeMode: UInt8 = 0

    var stackBase: UnsafeMutablePointer<Value> {
        @inline(__always) get { locals + code.slotCount }
    }
}

extension UnsafeMutablePointer where Pointee == Frame {
    /// Ends the frame record (its slots are released separately): releases the function
    /// the frame owns, leaving a borrowed one alone, and deinitializes the record.
    @inline(__always)
    func deinitializeFrame() {
        if pointee.ownsFunction, let fn = pointee.functionRef { fn.release() }
        // The record's only strong references are the namespace and the generator (every
        // other field is a plain value or unowned): releasing those two ends the record. A
        // plain function frame has neither; a generator frame, popped at every `yield`,
        // skips the generic destroy of the whole record.
        let raw = UnsafeRawPointer(self)
        if let g = raw.load(fromByteOffset: MemoryLayout<Frame>.offset(of: \Frame.generator)!, as: UnsafeRawPointer?.self) {
            Unmanaged<PyGenerator>.fromOpaque(g).release()
        }
        if let ns = raw.load(fromByteOffset: MemoryLayout<Frame>.offset(of: \Frame.namespace)!, as: UnsafeRawPointer?.self) {
            Unmanaged<PyDict>.fromOpaque(ns).release()
        }
    }

    /// Whether the frame has a namespace dict, read without retaining it.
    @inline(__always)
    var hasNamespace: Bool {
        let offset = MemoryLayout<Frame>.offset(of: \Frame.namespace)!
        return UnsafeRawPointer(self).load(fromByteOffset: offset, as: UnsafeRawPointer?.self) != nil
    }

    /// The frame's generator without a retain: the frame owns it until it is popped.
    /// (`Optional` of a class reference is a nullable pointer, so the stored bits are read
    /// directly; copying `pointee.generator` out would retain and release it.)
    @inline(__always)
    var borrowedGenerator: Unmanaged<PyGenerator>? {
        let offset = MemoryLayout<Frame>.offset(of: \Frame.generator)!
        guard let bits = UnsafeRawPointer(self).load(fromByteOffset: offset, as: UnsafeRawPointer?.self) else { return nil }
        return Unmanaged<PyGenerator>.fromOpaque(bits)
    }
}

/// Where the output of `print` goes.
public protocol OutputSink: AnyObject {
    /// Receives UTF-8 text written to stdout (or stderr when `isError`).
    func write(_ text: String, isError: Bool)
}

/// Collects output in memory.
final class BufferedOutput: OutputSink {
    @exclusivity(unchecked) var stdout = ""
    @exclusivity(unchecked) var stderr = ""

    func write(_ text: String, isError: Bool) {
        if isError { stderr += text } else { stdout += text }
    }
}

/// The interpreter state of one execution: frames, value stack, modules and output.
/// Not thread-safe; one execution runs on one thread at a time.
final class VM {
    static let chunkSize = 4 * 1024
    /// A block of value-stack slots.
    typealias ValueChunk = (base: UnsafeMutablePointer<Value>, capacity: Int)

    let frames: UnsafeMutablePointer<Frame>
    let frameCapacity: Int
    @exclusivity(unchecked) var frameCount = 0
    /// Parsed `%` templates (pieces and the parse error CPython reports on reaching it).
    @exclusivity(unchecked) var percentTemplates = TemplateCache<(pieces: [PercentPiece], error: PyErrorMessage?)>()
    /// Format specs parsed for `format()`, `str.format` fields and f-string replacement fields.
    @exclusivity(unchecked) var formatSpecs = TemplateCache<Result<FormatSpec, PyErrorMessage>>()
    /// The names of the last `CALL_KW`'s keyword tuple (a constant of the calling code),
    /// kept with the tuple so a call site in a loop maps it to an array once.
    @exclusivity(unchecked) var lastKeywordTuple: PyTuple?
    @exclusivity(unchecked) var lastKeywordNames: [PyStr] = []
    /// Parsed `str.format` templates.
    @exclusivity(unchecked) var formatTemplates = TemplateCache<(pieces: [FormatTemplatePiece], error: PyErrorMessage?)>()
    /// The value stack's chunks; the first comes from the buffer pool (with this array, so
    /// a run does not allocate the array either).
    @exclusivity(unchecked) var chunks: [ValueChunk]
    let builtins: PyDict
    /// Interned names the attribute fast paths compare against (stored here: a static's
    /// accessor costs a call on every use).
    let dunderClassName = Names.dunderClass
    let setattrName = Names.setattr
    /// The builtin types' method tables, copied here for the same reason: `execute` starts
    /// from it on every entry (each call from Swift into Python, each generator a builtin
    /// resumes).
    let methodTables = BuiltinMethodTables.shared
    /// ``ValueLayout``'s tags, copied here: builtin bodies read them through the VM they are
    /// given, since each read of the lazily initialized globals is a call on Linux.
    let objectTag = ValueLayout.objectTag
    let strTag = ValueLayout.strTag
    /// The run's `LOAD_GLOBAL` cache (``GlobalCacheEntry``), taken from the buffer pool.
    let globalCache: UnsafeMutablePointer<GlobalCacheEntry>
    /// The run's attribute cache (``AttributeCacheEntry``), taken from the buffer pool.
    let attributeCache: UnsafeMutablePointer<AttributeCacheEntry>
    /// The run's cache of builtin method loads (``BuiltinMethodCacheEntry``), taken from the
    /// buffer pool (never cleared: its entries hold no references).
    let builtinMethodCache: UnsafeMutablePointer<BuiltinMethodCacheEntry>
    /// Whether any entry of ``attributeCache`` was filled (a run without classes skips
    /// clearing the table).
    @exclusivity(unchecked) var attributeCacheFilled = false
    /// Whether any entry of ``globalCache`` was filled (a run that reads no global, such as
    /// an expression of literals, skips clearing the table).
    @exclusivity(unchecked) var globalCacheFilled = false
    /// `builtins`, unretained, for the dispatch loop (see ``Frame/globalsRef``).
    @inline(__always) var builtinsRef: Unmanaged<PyDict> { Unmanaged.passUnretained(builtins) }
    @exclusivity(unchecked) var modules = [String: PyModule]()
    /// Names of imported modules in import order (snapshots re-import them in this order).
    @exclusivity(unchecked) var moduleOrder: [String] = []
    /// Iterator steps taken by builtins, and dispatch-loop ticks carried across nested
    /// entries (callbacks from builtins): both poll the limits periodically.
    @exclusivity(unchecked) var builtinTicks: UInt32 = 0
    @exclusivity(unchecked) var tickCarry: UInt32 = 0
    /// The run's memory limit in bytes (-1: none). The books are kept in
    /// ``allocationBudget``; the resident-size backstop (``ProcessMemory``) counts from
    /// `memoryBaseline` while `residentStamp` is not -1.
    @exclusivity(unchecked) var memoryLimit = -1
    @exclusivity(unchecked) var memoryBaseline = 0
    @exclusivity(unchecked) var memoryPolls: UInt32 = 0
    @exclusivity(unchecked) var residentStamp = -1
    /// True while this VM is counted in ``ProcessMemory/limitedRuns``.
    @exclusivity(unchecked) var countedAsLimited = false
    /// The dispatch loop checks the limits when `ticks & tickMask == 0` (ticks count
    /// back-edges and calls); ``LimitWatchdog`` sets the mask to zero when the run is past
    /// its deadline or cancelled, so slow ticks cannot delay the check.
    let tickMaskAtomic: UnsafeAtomic<UInt32>
    static let maxTickMask: UInt32 = 0x3FFF
    @inline(__always) var tickMask: UInt32 { tickMaskAtomic.load(ordering: .relaxed) }
    /// Set by the host to stop the run (polled with the time limit).
    var cancellation: CancellationHandle?
    /// The run's books: objects created and bytes alive, against
    /// ``ResourceLimits/maxAllocations`` and ``ResourceLimits/maxMemory``.
    let allocationBudget: UnsafeMutablePointer<AllocationBudget>
    /// The object limit the budget started from (for the error message), or -1 for none.
    @exclusivity(unchecked) var allocationLimit = -1
    /// True while ``LimitWatchdog`` watches this VM (between register and unregister).
    @exclusivity(unchecked) var watchdogRegistered = false
    /// Classes made for host dataclass inputs, by name and field names.
    var inputDataclasses = [String: PyType]()
    /// The program's units (file name, source text), for source lines in
    /// `traceback.format_exc()`: the execution's own array, shared (an array: a run has one
    /// or a few, and a dictionary costs hashing at every start).
    var programUnits: [CodeUnit] = []

    /// The source of the program file `filename`, if the run has it.
    func programSource(_ filename: String) -> String? {
        programUnits.last { $0.filename == filename }?.source
    }
    let output: OutputSink
    let recursionLimit: Int
    /// Nesting of Swift-level re-entries into the dispatch loop.
    @exclusivity(unchecked) var nativeDepth = 0
    /// ``StackGuard/limit()`` of the thread running the outermost `execute`, read when it
    /// starts: nested entries (always on that thread, synchronously) compare against it.
    @exclusivity(unchecked) var stackFloor: UInt = 0
    /// The exception currently being handled (`except` body), or `.none`.
    @exclusivity(unchecked) var handledException: Value = .none
    /// Set by `execute` when it returned because a generator yielded.
    @exclusivity(unchecked) var yielded = false
    /// What the generator being drained by ``drainGenerator(_:)`` yielded so far.
    @exclusivity(unchecked) var drained: [Value] = []
    /// How many items ``drainGenerator(_:limit:)`` takes at most (its `limit`).
    @exclusivity(unchecked) var drainLimit = 0
    /// The running total of the `sum()` whose generator runs under ``resumeConsuming(_:_:)``.
    @exclusivity(unchecked) var sumAccumulator: Value = .none
    @exclusivity(unchecked) var mainGlobals: PyDict
    @exclusivity(unchecked) var nextObjectID = 1
    @exclusivity(unchecked) var objectIDs = [ObjectIdentifier: Int]()
    @exclusivity(unchecked) var idKeepAlive: [AnyObject] = []
    /// Monotonic time (ns) after which the run stops with TimeoutError; 0 for no limit.
    @exclusivity(unchecked) var deadline: UInt64 = 0
    /// Generators dropped while suspended inside `try`/`with`, to close at the next safe point.
    @exclusivity(unchecked) var pendingCloses: [PyGenerator] = [] {
        didSet { hasPendingCloses = !pendingCloses.isEmpty }
    }
    /// Whether ``pendingCloses`` has generators: a stored flag for the dispatch loop, which
    /// tests it after every store and pop (`Array.isEmpty` was not inlined there).
    @exclusivity(unchecked) private(set) var hasPendingCloses = false
    /// Set when a resource limit was hit: the exception unwinds past every handler.
    @exclusivity(unchecked) var terminating = false
    /// Bytes written to stdout and stderr, and the cap (negative: none).
    @exclusivity(unchecked) var outputBytes = 0
    @exclusivity(unchecked) var maxOutputBytes = -1
    /// Why `execute` returned without finishing: a host call or wait (see ExternalCalls.swift).
    @exclusivity(unchecked) var pause: VMPause?
    /// Answers host calls made where the run cannot pause (inside builtins); nil to refuse them.
    var synchronousHost: ((VM, PendingExternalCall) -> HostAnswer)?
    /// False for runs whose driver cannot handle pauses (sessions, Python-defined host
    /// functions): waits then happen in place and host calls use `synchronousHost`.
    @exclusivity(unchecked) var pausingEnabled = true
    @exclusivity(unchecked) var nextExternalCallID = 0
    @exclusivity(unchecked) var hostCallCount = 0
    /// Maximum number of host calls per run; negative for no limit.
    @exclusivity(unchecked) var maxHostCalls = -1
    /// Containers whose repr is in progress (self-reference detection).
    @exclusivity(unchecked) var reprActive = Set<ObjectIdentifier>()
    /// The configuration ``osState`` is made from (nil: ``OSConfiguration/standard``).
    var osConfiguration: OSConfiguration?
    /// Whether file operations may pause for the host (``OSRunState/init(config:filePauses:)``).
    var osFilePauses = true
    /// The virtual OS of this run: files, environment, clock, entropy and sleep policies.
    /// Made on first use: most programs never touch it, and making it (normalizing the
    /// working directory, a handle table) was a tenth of a small run's start-up.
    lazy var osState = OSRunState(config: osConfiguration ?? .standard, filePauses: osFilePauses)

    init(output: OutputSink, recursionLimit: Int = 1000) {
        self.output = output
        self.recursionLimit = max(50, min(recursionLimit, 1_000_000))
        self.frameCapacity = self.recursionLimit + 64
        let buffers = VMBufferPool.shared.take(frameCapacity: frameCapacity)
        self.frames = buffers.frames
        self.allocationBudget = buffers.budget
        self.tickMaskAtomic = buffers.tickMask
        self.globalCache = buffers.globalCache
        self.attributeCache = buffers.attributeCache
        self.builtinMethodCache = buffers.builtinMethodCache
        self.builtins = Builtins.shared.dict
        // Sized for the first few globals: `__name__` goes in at once, and growing an empty
        // dict to its first table costs a rebuild.
        self.mainGlobals = PyDict(capacity: 5)
        self.chunks = buffers.chunks
        allocationBudget.initialize(to: AllocationBudget(objectsRemaining: .max, liveUnits: 0, unitLimit: .max, tickMask: buffers.tickMask, vm: Unmanaged.passUnretained(self)))
    }

    deinit {
        LimitWatchdog.shared.unregister(self)
        if countedAsLimited { ProcessMemory.limitedRuns.wrappingDecrement(ordering: .relaxed) }
        // First: the cache's references to globals would keep them out of the heap release.
        if globalCacheFilled { GlobalCacheEntry.clear(globalCache) }
        if attributeCacheFilled { AttributeCacheEntry.clear(attributeCache) }
        releaseHeap()
        while frameCount > 0 { popFrameDiscarding() }
        if chunks.count > 1 {
            for c in chunks.dropFirst() { c.base.deallocate() }
            chunks.removeSubrange(1...)
        }
        allocationBudget.deinitialize(count: 1)
        VMBufferPool.shared.give(RunBuffers(frames: frames, frameCapacity: frameCapacity, chunks: chunks, tickMask: tickMaskAtomic, budget: allocationBudget, globalCache: globalCache, attributeCache: attributeCache, builtinMethodCache: builtinMethodCache))
    }

    // MARK: Frames

    /// Pushes a frame for `code` whose fast slots start at `start` (the first `initialized`
    /// slots already hold arguments). Moves the arguments to a new chunk when needed.
    @inline(__always)
    func pushFrame(code: CodeObject, function: PyFunction?, globals: PyDict, start: UnsafeMutablePointer<Value>, initialized: Int, chunkEnd: UnsafeMutablePointer<Value>) throws(PythonError) -> UnsafeMutablePointer<Frame> {
        try pushFrame(codeRef: Unmanaged.passUnretained(code), function: function, globalsRef: Unmanaged.passUnretained(globals), start: start, initialized: initialized, chunkEnd: chunkEnd)
    }

    /// ``pushFrame(code:function:globals:start:initialized:chunkEnd:restoring:)`` with the
    /// code and globals borrowed (the caller keeps them alive), so the dispatch loop's call
    /// path retains only the function the frame owns.
    ///
    /// With `borrowingFunction` the frame does not retain `function`: the caller guarantees
    /// it outlives the frame (the dispatch loop's callee slot).
    @inline(__always)
    func pushFrame(codeRef: Unmanaged<CodeObject>, function: PyFunction?, globalsRef: Unmanaged<PyDict>, start: UnsafeMutablePointer<Value>, initialized: Int, chunkEnd: UnsafeMutablePointer<Value>, restoring generator: Unmanaged<PyGenerator>? = nil) throws(PythonError) -> UnsafeMutablePointer<Frame> {
        try pushFrame(codeRef: codeRef, functionRef: function.map { Unmanaged.passUnretained($0) }, borrowingFunction: false, globalsRef: globalsRef, start: start, initialized: initialized, chunkEnd: chunkEnd, restoring: generator)
    }

    /// The frame push underneath the others. The function comes as an unmanaged reference so
    /// that a borrowed one costs no retain/release pair at all (passing a strong reference
    /// would retain it for the call and release it after, even when the frame borrows it);
    /// without `borrowingFunction` the frame retains it once the push cannot fail.
    @inline(__always)
    func pushFrame(codeRef: Unmanaged<CodeObject>, functionRef: Unmanaged<PyFunction>?, borrowingFunction: Bool, globalsRef: Unmanaged<PyDict>, start: UnsafeMutablePointer<Value>, initialized: Int, chunkEnd: UnsafeMutablePointer<Value>, restoring generator: Unmanaged<PyGenerator>? = nil) throws(PythonError) -> UnsafeMutablePointer<Frame> {
        // The frame array holds more than `recursionLimit` frames (see `init`).
        if frameCount >= recursionLimit {
            throw PythonError(makeException(Builtins.shared.recursionError, "maximum recursion depth exceeded"))
        }
        let (frameSize, slots) = codeRef._withUnsafeGuaranteedRef { ($0.frameSize, $0.slotCount) }
        var base = start
        var limit = chunkEnd
        if start + frameSize > chunkEnd {
            (base, limit) = chunkAfter(start, size: frameSize)
            if initialized > 0 { base.moveInitialize(from: start, count: initialized) }
        }
        var filled = initialized
        if let generator { filled = generator._withUnsafeGuaranteedRef { $0.restore(into: base) } }
        if filled < slots {
            (base + filled).initialize(repeating: .unbound, count: slots - filled)
        }
        let f = frames + frameCount
        if !borrowingFunction { _ = functionRef?.retain() }
        f.initialize(to: Frame(code: codeRef.takeUnretainedValue(), functionRef: functionRef, ownsFunction: !borrowingFunction, globalsRef: globalsRef, namespace: nil, locals: base, sp: base + slots, end: base + frameSize, chunkEnd: limit, pc: 0, isEntry: false, generator: nil))
        frameCount += 1
        return f
    }

    /// A region of `size` slots in the chunk after the one containing `pointer`.
    func chunkAfter(_ pointer: UnsafeMutablePointer<Value>, size: Int) -> (UnsafeMutablePointer<Value>, UnsafeMutablePointer<Value>) {
        var index = chunks.count - 1
        for (i, c) in chunks.enumerated() where pointer >= c.base && pointer <= c.base + c.capacity {
            index = i
            break
        }
        let next = index + 1
        if next < chunks.count && chunks[next].capacity >= size {
            return (chunks[next].base, chunks[next].base + chunks[next].capacity)
        }
        let capacity = max(VM.chunkSize, size)
        let p = HeapMemory.allocate(Value.self, capacity: capacity)
        if next < chunks.count {
            chunks[next].base.deallocate()
            chunks[next] = (p, capacity)
        } else {
            chunks.append((p, capacity))
        }
        return (p, p + capacity)
    }

    /// Where a new frame or argument area may start above the current top frame.
    var freeStackStart: (UnsafeMutablePointer<Value>, UnsafeMutablePointer<Value>) {
        if frameCount == 0 { return (chunks[0].base, chunks[0].base + chunks[0].capacity) }
        let f = frames[frameCount - 1]
        return (f.end, f.chunkEnd)
    }

    /// Releases the top frame's slots and pops it.
    @inline(__always)
    func popFrame(_ f: UnsafeMutablePointer<Frame>, sp: UnsafeMutablePointer<Value>) {
        popFrame(f, sp: sp, objectTag: objectTag, strTag: strTag)
    }

    /// ``popFrame(_:sp:)`` with ``ValueLayout``'s tags passed in (the dispatch loop's).
    @inline(__always)
    func popFrame(_ f: UnsafeMutablePointer<Frame>, sp: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) {
        f.pointee.locals.deinitializeValues(upTo: sp, objectTag: objectTag, strTag: strTag)
        f.deinitializeFrame()
        frameCount -= 1
    }

    /// Pops the top frame with its slots (a frame whose argument binding failed, or the
    /// frames left at teardown): out of line, so the dispatch loop's call paths stay small.
    @inline(never)
    func popFrameDiscarding() {
        let f = frames + (frameCount - 1)
        popFrame(f, sp: f.pointee.sp)
    }

    // MARK: Limits

    static func monotonicNanoseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// Called periodically from the dispatch loop (every few thousand back-edges and calls).
    @inline(never)
    func checkCancellation() throws(PythonError) {
        if let c = cancellation, c.isCancelled {
            throw limitExceeded(Builtins.shared.keyboardInterrupt, "execution cancelled by the host")
        }
    }

    func checkLimits() throws(PythonError) {
        try checkCancellation()
        if deadline != 0 && VM.monotonicNanoseconds() > deadline {
            throw limitExceeded(Builtins.shared.timeoutError, "execution time limit exceeded")
        }
        if allocationBudget.pointee.objectsRemaining < 0 {
            throw limitExceeded(Builtins.shared.memoryError, "allocation limit exceeded (\(allocationLimit) objects)")
        }
        if memoryLimit >= 0 {
            if allocationBudget.pointee.liveUnits > allocationBudget.pointee.unitLimit { throw memoryLimitExceeded() }
            memoryPolls &+= 1
            if residentStamp >= 0 && memoryPolls & 3 == 0 { try checkResidentGrowth() }
        }
        if tickMask != VM.maxTickMask { tickMaskAtomic.store(VM.maxTickMask, ordering: .relaxed) }
    }

    /// Raises the uncatchable `MemoryError` when the run's live objects plus `bytes` about
    /// to be allocated exceed its memory limit.
    func checkMemory(adding bytes: Int) throws(PythonError) {
        guard memoryLimit >= 0 else { return }
        let budget = allocationBudget.pointee
        if AllocationBudget.units(Swift.max(bytes, 0)) > budget.unitLimit &- budget.liveUnits {
            throw memoryLimitExceeded()
        }
    }

    /// The bytes of live objects charged to this run.
    var liveBytes: Int { allocationBudget.pointee.liveUnits &* 16 }

    @inline(never)
    func memoryLimitExceeded() -> PythonError {
        limitExceeded(Builtins.shared.memoryError, "memory limit exceeded (\(memoryLimit) bytes)")
    }

    /// The process-level backstop: while this is the only run with a memory limit in the
    /// process (the CLI's case), growth of the resident set since the run started counts
    /// too, catching memory the books do not see (Swift-side buffers of native code).
    /// With several runs the resident set mixes their memory, so only the books count.
    func checkResidentGrowth() throws(PythonError) {
        guard ProcessMemory.limitedRunStarts.load(ordering: .relaxed) == residentStamp else {
            residentStamp = -1
            return
        }
        let used = ProcessMemory.residentBytes() &- memoryBaseline
        if used > memoryLimit { throw memoryLimitExceeded() }
    }

    /// Starts the run's object budget (nil: no limit). Kept across pauses; a restored
    /// snapshot starts a fresh count.
    func startAllocationBudget(_ limit: Int?) {
        if let limit, limit >= 0 {
            allocationLimit = limit
            allocationBudget.pointee.objectsRemaining = limit
        } else {
            allocationLimit = -1
            allocationBudget.pointee.objectsRemaining = .max
        }
    }

    /// Sets the run's memory limit (nil: none). The books keep counting the objects alive
    /// (a session's next feed starts with what earlier feeds left). `checksResidentMemory`
    /// adds the resident-set backstop (see ``checkResidentGrowth()``).
    func startMemoryBudget(_ limit: Int?, checksResidentMemory: Bool = false) {
        if countedAsLimited {
            ProcessMemory.limitedRuns.wrappingDecrement(ordering: .relaxed)
            countedAsLimited = false
        }
        residentStamp = -1
        guard let limit, limit >= 0 else {
            memoryLimit = -1
            allocationBudget.pointee.unitLimit = .max
            return
        }
        memoryLimit = limit
        allocationBudget.pointee.unitLimit = limit >> 4
        let others = ProcessMemory.limitedRuns.loadThenWrappingIncrement(ordering: .relaxed)
        countedAsLimited = true
        let stamp = ProcessMemory.limitedRunStarts.wrappingIncrementThenLoad(ordering: .relaxed)
        if others == 0 && checksResidentMemory {
            residentStamp = stamp
            memoryBaseline = ProcessMemory.residentBytes()
        }
    }

    /// An error for a resource limit: sandboxed code cannot catch it (`except` and `finally`
    /// handlers are skipped while it unwinds).
    func limitExceeded(_ type: PyType, _ message: String) -> PythonError {
        terminating = true
        return makeError(type, message)
    }

    // MARK: Object identity

    /// `id(x)`: stable and unique per live object within this execution.
    func identity(of v: Value) -> Int {
        let obj: AnyObject
        switch v {
        case .none: return 1
        case .bool(let b): return b ? 3 : 2
        case .int(let i): return i &* 2 &+ 1_000_000
        case .float(let d): return Int(truncatingIfNeeded: d.bitPattern)
        case .str(let s): obj = s
        case .object(let o): obj = o
        case .unbound: return 0
        }
        let key = ObjectIdentifier(obj)
        if let id = objectIDs[key] { return id }
        nextObjectID += 1
        let id = 140_000_000_000_000 + nextObjectID * 16
        objectIDs[key] = id
        idKeepAlive.append(obj)
        return id
    }
}

/// The buffers one run works in: its frame stack, first value chunk, limit counters and
/// inline-cache tables. Handed back uninitialized (every frame popped, every slot released,
/// the global and attribute caches cleared).
struct RunBuffers {
    var frames: UnsafeMutablePointer<Frame>
    var frameCapacity: Int
    /// The value stack's chunks: exactly one (``VM/chunkSize`` slots) while pooled.
    var chunks: [VM.ValueChunk]
    var tickMask: UnsafeAtomic<UInt32>
    /// Storage for the run's ``AllocationBudget`` (initialized by the VM).
    var budget: UnsafeMutablePointer<AllocationBudget>
    /// A zeroed ``GlobalCacheEntry`` table, an empty ``AttributeCacheEntry`` table and a
    /// ``BuiltinMethodCacheEntry`` table.
    var globalCache: UnsafeMutablePointer<GlobalCacheEntry>
    var attributeCache: UnsafeMutablePointer<AttributeCacheEntry>
    var builtinMethodCache: UnsafeMutablePointer<BuiltinMethodCacheEntry>
}

extension RunBuffers {
    /// New buffers for a run whose frame stack holds `frameCapacity` frames.
    init(frameCapacity: Int) {
        frames = .allocate(capacity: frameCapacity)
        self.frameCapacity = frameCapacity
        chunks = [(base: .allocate(capacity: VM.chunkSize), capacity: VM.chunkSize)]
        tickMask = UnsafeAtomic<UInt32>.create(VM.maxTickMask)
        budget = .allocate(capacity: 1)
        globalCache = GlobalCacheEntry.allocateTable()
        attributeCache = AttributeCacheEntry.allocateTable()
        builtinMethodCache = BuiltinMethodCacheEntry.allocateTable()
    }

    /// Frees everything (the chunk list must be down to its first chunk).
    func deallocate() {
        frames.deallocate()
        chunks[0].base.deallocate()
        tickMask.destroy()
        budget.deallocate()
        globalCache.deallocate()
        attributeCache.deallocate()
        builtinMethodCache.deallocate()
    }
}

/// The buffers of recently finished VMs (``RunBuffers``), reused by the next ones.
///
/// Together they are ~160 KB: allocating and freeing them per run made malloc grow and trim
/// the heap (`brk`, fresh zero pages) every time, about 5 µs, more than a small run costs.
/// One set is a single pop, so a run starts without allocating any of them.
///
/// The pool is guarded by a flag taken with one atomic exchange, never waited for: a run
/// that finds it taken (another thread is starting or ending a run at that instant)
/// allocates its own buffers, or frees them, instead. A mutex cost about 90 instructions
/// per run start and end; this costs a few.
final class VMBufferPool: @unchecked Sendable {
    static let shared = VMBufferPool()
    private static let keep = 8
    /// Frame stacks larger than this (recursion limits above 10 000) are not kept.
    private static let largestKeptFrameCapacity = 10_064
    private let busy = UnsafeAtomic<Bool>.create(false)
    @exclusivity(unchecked) private var kept: [RunBuffers] = []

    private init() {
        kept.reserveCapacity(VMBufferPool.keep)
    }

    /// Takes the pool, or returns false when another thread holds it.
    @inline(__always)
    private func tryTake() -> Bool {
        !busy.exchange(true, ordering: .acquiring)
    }

    @inline(__always)
    private func release() {
        busy.store(false, ordering: .releasing)
    }

    /// A set of buffers whose frame stack holds `frameCapacity` frames.
    func take(frameCapacity: Int) -> RunBuffers {
        var reused: RunBuffers? = nil
        if tryTake() {
            reused = kept.popLast()
            release()
        }
        guard var buffers = reused else { return RunBuffers(frameCapacity: frameCapacity) }
        buffers.tickMask.store(VM.maxTickMask, ordering: .relaxed)
        if buffers.frameCapacity != frameCapacity {
            buffers.frames.deallocate()
            buffers.frames = .allocate(capacity: frameCapacity)
            buffers.frameCapacity = frameCapacity
        }
        return buffers
    }

    /// Takes back a run's buffers (see ``RunBuffers`` for the state they must be in).
    func give(_ buffers: __owned RunBuffers) {
        if buffers.frameCapacity > VMBufferPool.largestKeptFrameCapacity {
            buffers.deallocate()
            return
        }
        var keep = false
        if tryTake() {
            keep = kept.count < VMBufferPool.keep
            if keep { kept.append(buffers) }
            release()
        }
        if !keep { buffers.deallocate() }
    }
}
