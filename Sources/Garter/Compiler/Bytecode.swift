/// Garter's bytecode: a flat array of fixed-size instructions per code object, modelled on
/// CPython 3.11's (stack machine, exception table instead of block setup opcodes).
enum Opcode: UInt8 {
    case nop
    case popTop
    /// Push a copy of the item `arg` slots from the top (1 = top).
    case copy
    /// Swap the top with the item `arg` slots from the top (2 = second).
    case swap
    case loadConst
    /// Load a local known to be bound (a parameter never deleted).
    case loadFast
    case loadFastChecked
    case storeFast
    case deleteFast
    case loadGlobal
    case storeGlobal
    case deleteGlobal
    case loadName
    case storeName
    case deleteName
    case loadDeref
    case storeDeref
    case deleteDeref
    case loadClassDeref
    /// Push the cell object in fast slot `arg` (for building closures).
    case loadClosure
    case loadAttr
    case storeAttr
    case deleteAttr
    /// Push `[function, self]` for a method found on the type, or `[attribute, unbound]`.
    case loadMethod
    case binarySubscript
    case storeSubscript
    case deleteSubscript
    case binaryOp
    case inplaceOp
    case unaryNegative
    case unaryPositive
    case unaryNot
    case unaryInvert
    case compareOp
    case isOp
    case containsOp
    case jump
    case popJumpIfFalse
    case popJumpIfTrue
    case jumpIfFalseOrPop
    case jumpIfTrueOrPop
    /// Pop; jump if it is not None (used by match).
    case popJumpIfNotNone
    case popJumpIfNone
    case getIter
    /// Push next item of the iterator on top, or pop the iterator and jump to `arg`.
    case forIter
    case buildTuple
    case buildList
    case buildSet
    case buildMap
    /// Build a dict of `arg & 0xFFFF` values on the stack and the keys of the template dict
    /// in constant `arg >> 16` (a display whose keys are distinct string literals): a split
    /// dict (see ``PyDict/init(sharing:values:moving:)``).
    case buildConstKeyMap
    case buildSlice
    case buildString
    /// Append top to the list `arg` slots below (comprehensions).
    case listAppend
    case setAdd
    case mapAdd
    case listExtend
    case setUpdate
    case dictUpdate
    case dictMerge
    case listToTuple
    case unpackSequence
    /// arg = before | (after << 16)
    case unpackEx
    /// Stack: callable, args...  (arg = count)
    case call
    /// Stack: method-or-attr, self-or-unbound, args... (arg = count excluding self)
    case callMethod
    /// Stack: callable, args..., kwvalues..., names tuple (arg = count of args + kwvalues)
    case callKw
    /// Stack: callable, args tuple, [kwargs dict] (arg & 1 = has kwargs)
    case callFunctionEx
    /// arg flags: 1 defaults tuple, 2 kw-defaults dict, 4 annotations (ignored), 8 closure tuple.
    case makeFunction
    case returnValue
    case yieldValue
    case getYieldFromIter
    /// Stack: iterator, value to send → delegate; jump to `arg` with the result when done.
    case send
    case getAwaitable
    /// Async generators: wrap TOS as a value the body yields (not one an `await` passes up).
    case asyncGenWrap
    /// `async for`: replace TOS with `aiter(TOS)`.
    case getAIter
    /// `async for`: push the awaitable of `anext(TOS)`, keeping the iterator.
    case getANext
    /// `async for` handler: stack [aiter, exc]; StopAsyncIteration pops both, others re-raise.
    case endAsyncFor
    /// arg 0 re-raise current, 1 raise TOS, 2 raise TOS1 from TOS
    case raiseVarargs
    /// Re-raise the exception on top of the stack (keeps its traceback).
    case reraise
    /// Stack [..., exc] → [..., previous handled exception, exc]; exc becomes the handled one.
    case pushExcInfo
    /// Pop the saved previous handled exception and restore it.
    case popExcept
    /// Stack [..., exc, type] → [..., exc, bool]
    case checkExcMatch
    /// Stack [..., previous, exc]: restore previous, raise exc (cleanup handler).
    case popExceptAndReraise
    /// Stack [..., mgr] → [..., exit, enter-result]
    case beforeWith
    /// Stack [..., exit, prev, exc] → [..., exit, prev, exc, result of exit(type, exc, tb)]
    case withExceptStart
    /// Stack [..., exit] → call exit(None, None, None), pop
    case callExitNone
    /// arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a format spec is on the stack
    case formatValue
    /// Stack [..., function, name] + arg = base count, bases on stack, [kwargs dict if arg&0x10000]
    case buildClass
    /// Import module named by constant `arg`; stack: fromlist
    case importName
    case importFrom
    case importStar
    case loadAssertionError
    /// Push len(TOS) (match).
    case getLen
    case matchMapping
    case matchSequence
    /// Stack [subject, keys tuple] → [subject, keys, values tuple or None]
    case matchKeys
    /// Stack [subject, cls, names tuple] → [attrs tuple or None]; arg = positional count
    case matchClass
    /// Copy dict without given keys: Stack [subject, keys] → [subject, rest dict]
    case copyDictWithoutKeys
    case setupAnnotations
    /// Print TOS with repr (interactive sessions).
    case printExpression
    case pushNull
    /// Stack [container, start, stop] → [container[start:stop]]; with arg 1,
    /// [container, start, stop, step] → [container[start:stop:step]]. No slice object is made
    /// for the common containers.
    case binarySlice
    /// Stack [value, container, start, stop] → []: `container[start:stop] = value`.
    case storeSlice
    /// `LOAD_FAST` fused with the `LOAD_ATTR` that follows it (whose argument names the
    /// attribute): a plain instance attribute is read without retaining the local; any other
    /// case pushes the local and falls through to the `LOAD_ATTR`, which stays in place.
    case loadFastAttr
    /// `LOAD_FAST` fused with the following `LOAD_METHOD`, in the same way.
    case loadFastMethod
    /// `LOAD_FAST` fused with the following `STORE_ATTR`, in the same way: stack [value].
    case loadFastStoreAttr
    /// `LOAD_FAST` fused with a following `LOAD_FAST` or `LOAD_CONST` (the index) and
    /// `BINARY_SUBSCR`: `local[index]` of a list or tuple and an int, or of a dict and a str,
    /// is read without retaining the container; anything else pushes the local and falls
    /// through to the two instructions, which stay in place.
    case loadFastSubscript
    /// `COPY 2` fused with the `COPY 2` and `BINARY_SUBSCR` after it (the read of
    /// `container[index] op= value`): stack [container, index] → [container, index, item],
    /// read in place; anything else copies and falls through.
    case copySubscript
    /// `LOAD_FAST` fused with a following `LOAD_FAST` or int/float `LOAD_CONST` (cache slot
    /// 1 for a local) and `BINARY_OP`: two ints or two floats are combined without pushing
    /// either; anything else pushes the local and falls through to the two instructions.
    case loadFastBinaryOp
    /// The same with `COMPARE_OP`, which also takes a `POP_JUMP_IF_FALSE`/`TRUE` after it.
    case loadFastCompareOp
    /// An int or float `LOAD_CONST` fused with the `BINARY_OP` after it: the top is combined
    /// with the constant in place when both are ints or both floats; anything else pushes
    /// the constant and falls through.
    case loadConstBinaryOp
    /// The same with `COMPARE_OP` (and a conditional jump after it).
    case loadConstCompareOp
    /// `LOAD_FAST` fused with the `RETURN_VALUE` after it (`return local`): pushes the local
    /// and returns, in one dispatch.
    case loadFastReturn
}

/// One instruction: an opcode, a 32-bit argument and, for the instructions that consult one
/// of the run's inline caches, the number of its cache entry (in the bytes that would
/// otherwise pad the opcode; see ``InlineCacheSlots``).
struct Instruction {
    var opcode: Opcode
    var cacheSlot: UInt16
    var arg: Int32

    init(_ opcode: Opcode, _ arg: Int32 = 0) {
        self.opcode = opcode
        self.cacheSlot = 0
        self.arg = arg
    }
}

/// Where an exception raised at instructions `start..<end` is handled.
struct ExceptionTableEntry {
    let start: Int32
    let end: Int32
    let handler: Int32
    /// Stack depth (above the locals) to unwind to before pushing the exception.
    let depth: Int32
}

/// Compiled code of a module, class body, function, lambda or comprehension. Immutable after
/// compilation, so a ``Program`` can be shared between threads.
final class CodeObject: @unchecked Sendable {
    /// True when no function, class body or comprehension is compiled inside this code.
    var constantsHoldNoCode: Bool {
        for i in 0..<constantCount {
            if case .object(let o) = constants[i], o.kind == .code { return false }
        }
        return true
    }

    let name: String
    let qualname: String
    let filename: String
    let firstLine: Int
    let instructions: UnsafeMutablePointer<Instruction>
    let instructionCount: Int
    let constants: UnsafeMutablePointer<Value>
    let constantCount: Int
    let names: [PyStr]
    /// `names` unretained (the array owns them), so the dispatch loop can borrow a name
    /// without retaining it.
    let nameRefs: UnsafeMutablePointer<Unmanaged<PyStr>>
    let varnames: [String]
    let cellvars: [String]
    let freevars: [String]
    let argCount: Int
    let positionalOnlyCount: Int
    let keywordOnlyCount: Int
    let hasVarArgs: Bool
    let hasVarKeywords: Bool
    let isGenerator: Bool
    let isCoroutine: Bool
    /// `async def` with `yield`: runs as a generator (`isGenerator`) wrapped in an
    /// `async_generator` object. Set once by the compiler before the code is shared.
    var isAsyncGenerator = false
    /// Code of a module that CPython implements in C (`functools`, `io`, `collections`...):
    /// its frames are left out of tracebacks. Set once before the code is shared.
    var hiddenInTracebacks = false
    let maxStack: Int
    /// Line and column ranges of the instructions (for traceback markers), stored in the
    /// block with the constants and instructions.
    let positions: PositionTable
    let exceptionTable: [ExceptionTableEntry]
    /// (cell slot, argument slot) pairs: parameters that are captured by inner functions.
    let cellParameters: [(cell: Int, argument: Int)]
    /// Locals that are parameters and never deleted (loads need no unbound check).
    let localCount: Int
    let cellCount: Int
    let freeCount: Int
    /// The fast slots: locals + cells + frees (summed once here; every frame push needs it).
    let slotCount: Int
    /// Fast slots (locals + cells + frees) plus the maximum operand stack depth.
    let frameSize: Int
    /// True when binding is the simple positional case (no *args/**kwargs/kw-only/cells):
    /// the arguments become the first fast slots, and free variables (a method using
    /// `super()`, a closure) are filled from the function's closure
    /// (``VM/fillFreeVariables(_:_:)``).
    let isSimple: Bool
    /// The parameter names as interned strings, for keyword binding.
    let parameterNames: [PyStr]
    /// For zero-argument `super()`: the index of `__class__` among the free variables, and
    /// of the first parameter among the cells when an inner function captures it (-1: none).
    let classFreeIndex: Int
    let firstArgumentCellIndex: Int

    init(name: String, qualname: String, filename: String, firstLine: Int, instructions: [Instruction], constants: [CodeBuilder.ConstantEntry], names: [PyStr], varnames: [String], cellvars: [String], freevars: [String], argCount: Int, positionalOnlyCount: Int, keywordOnlyCount: Int, hasVarArgs: Bool, hasVarKeywords: Bool, isGenerator: Bool, isCoroutine: Bool, maxStack: Int, spanRuns: [SpanRun], exceptionTable: [ExceptionTableEntry], cellParameters: [(cell: Int, argument: Int)]) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
        // One block holds the constants, the name references, the instructions and the
        // position table, in that order (decreasing alignment): one allocation instead of
        // four per code object.
        let positionBytes = PositionTable.encodedSize(spanRuns)
        let layout = CodeObject.tableLayout(constants: constants.count, names: names.count, instructions: instructions.count, positionBytes: positionBytes)
        let block = HeapMemory.allocateBytes(layout.size, alignment: MemoryLayout<Value>.alignment)
        self.constantCount = constants.count
        self.constants = block.bindMemory(to: Value.self, capacity: constants.count)
        for i in constants.indices { (self.constants + i).initialize(to: constants[i].value) }
        self.names = names
        self.nameRefs = (block + layout.nameOffset).bindMemory(to: Unmanaged<PyStr>.self, capacity: names.count)
        for (i, n) in names.enumerated() { (self.nameRefs + i).initialize(to: Unmanaged.passUnretained(n)) }
        self.instructionCount = instructions.count
        self.instructions = (block + layout.instructionOffset).bindMemory(to: Instruction.self, capacity: instructions.count)
        self.instructions.initialize(from: instructions, count: instructions.count)
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.argCount = argCount
        self.positionalOnlyCount = positionalOnlyCount
        self.keywordOnlyCount = keywordOnlyCount
        self.hasVarArgs = hasVarArgs
        self.hasVarKeywords = hasVarKeywords
        self.isGenerator = isGenerator
        self.isCoroutine = isCoroutine
        self.maxStack = maxStack
        let positionStart = (block + layout.positionOffset).bindMemory(to: UInt8.self, capacity: positionBytes)
        PositionTable.encode(spanRuns, into: positionStart)
        self.positions = PositionTable(bytes: UnsafeBufferPointer(start: positionStart, count: positionBytes))
        self.exceptionTable = exceptionTable
        self.cellParameters = cellParameters
        self.localCount = varnames.count
        self.cellCount = cellvars.count
        self.freeCount = freevars.count
        self.slotCount = varnames.count + cellvars.count + freevars.count
        self.frameSize = varnames.count + cellvars.count + freevars.count + maxStack + 2
        self.isSimple = !hasVarArgs && !hasVarKeywords && keywordOnlyCount == 0 && cellvars.isEmpty && !isGenerator && !isCoroutine
        var params: [PyStr] = []
        let total = argCount + keywordOnlyCount + (hasVarArgs ? 1 : 0) + (hasVarKeywords ? 1 : 0)
        for i in 0..<min(total, varnames.count) { params.append(Interned.str(varnames[i])) }
        self.parameterNames = params
        self.classFreeIndex = freevars.firstIndex(of: "__class__") ?? -1
        self.firstArgumentCellIndex = varnames.first.flatMap { cellvars.firstIndex(of: $0) } ?? -1
    }

    deinit {
        // Instructions and name references are trivial values; the constants start the block.
        constants.deinitializeValues(count: constantCount)
        UnsafeMutableRawPointer(constants).deallocate()
    }

    /// The byte offsets of the name references, the instructions and the position table in
    /// the block that starts with the constants, and the block's size (at least one byte).
    private static func tableLayout(constants: Int, names: Int, instructions: Int, positionBytes: Int) -> (nameOffset: Int, instructionOffset: Int, positionOffset: Int, size: Int) {
        func aligned(_ offset: Int, _ alignment: Int) -> Int { (offset + alignment - 1) & ~(alignment - 1) }
        let nameOffset = aligned(constants * MemoryLayout<Value>.stride, MemoryLayout<Unmanaged<PyStr>>.alignment)
        let instructionOffset = aligned(nameOffset + names * MemoryLayout<Unmanaged<PyStr>>.stride, MemoryLayout<Instruction>.alignment)
        let positionOffset = instructionOffset + instructions * MemoryLayout<Instruction>.stride
        return (nameOffset, instructionOffset, positionOffset, max(1, positionOffset + positionBytes))
    }

    /// Source line of the instruction at `pc` (decoded from ``positions``: needed only for
    /// tracebacks and frame introspection, so no per-instruction line table is kept).
    func line(at pc: Int) -> Int {
        if let span = positions.span(at: pc) { return Int(span.line) }
        return firstLine
    }

    /// Source span of the instruction at `pc` (decoded from ``positions``).
    func span(at pc: Int) -> SourceSpan {
        positions.span(at: pc) ?? SourceSpan(line: firstLine)
    }
}
