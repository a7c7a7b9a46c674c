/// Accumulates the instructions of one code object: labels, static stack-depth tracking
/// (which sizes frames and exception-handler unwinding), the runs of source spans that become
/// the position table, and the handler changes that become the exception table.
struct CodeBuilder {
    var instructions: [Instruction] = []
    /// The source spans of the instructions, as runs of equal spans (most consecutive
    /// instructions share their statement's or expression's span).
    var spanRuns: [SpanRun] = []
    var handlers: [(label: Int, depth: Int)] = []
    /// Stack of active handler indices. Every change is noted in `handlerChanges` (the
    /// compiler saves, cuts and restores this stack directly around `finally` bodies).
    var handlerStack: [Int] = [] {
        didSet { noteHandlerChange() }
    }
    /// Where the active handler changes: from instruction `start` on, instructions are
    /// covered by handler `handler` (-1: none), until the next change. Kept instead of a
    /// handler per instruction: handlers change only between statements.
    var handlerChanges: [(start: Int, handler: Int)] = []
    /// The constants with their deduplication keys, in one array (an allocation fewer per
    /// code object than a second array of keys). Keys are searched linearly while short:
    /// most code units have a handful of constants, and a hash table would cost an
    /// allocation and a seeded hash per lookup.
    var constants: [ConstantEntry] = []
    var constantKeys = [ConstantKey: Int]()
    var names: [PyStr] = []
    var nameIndex = [String: Int]()
    var labelTargets: [Int] = []
    var labelDepths: [Int?] = []
    var depth = 0
    var maxDepth = 0
    /// The span given to emitted instructions (CPython's `SET_LOC`).
    var span = SourceSpan(line: 1)
    /// The current line; setting it drops the column information.
    var currentLine: Int {
        get { Int(span.line) }
        set { span = SourceSpan(line: newValue) }
    }
    /// False after an unconditional jump/return/raise until the next label.
    var reachable = true
    /// Set when control-flow paths disagree on the stack height (see ``bind(_:)``).
    var depthMismatch = false

    enum ConstantKey: Hashable {
        case none, ellipsis, bool(Bool), int(Int), float(UInt64), str([UInt8]), bytes([UInt8]), bigInt(String), imaginary(UInt64)
        /// Folded constants (``ConstantFolder``): a complex with a real part other than +0.0
        /// and a tuple of constants.
        case complex(UInt64, UInt64)
        indirect case tuple([ConstantKey])
    }

    /// A constant and its deduplication key (nil for constants added without deduplication).
    struct ConstantEntry {
        var value: Value
        var key: ConstantKey?
    }

    // MARK: Constants and names

    mutating func constant(_ c: Constant) -> Int {
        let key: ConstantKey
        let value: Value
        switch c {
        case .none: key = .none; value = .none
        case .ellipsis: key = .ellipsis; value = .ellipsis
        case .bool(let b): key = .bool(b); value = .bool(b)
        case .int(let i): key = .int(i); value = .int(i)
        case .float(let d): key = .float(d.bitPattern); value = .float(d)
        // Keyed by code units: Swift's String equality would merge canonically equivalent
        // literals ('\u212a' and 'K').
        case .str(let s): key = .str(Array(s.utf8)); value = .str(CodeBuilder.stringConstant(s))
        case .bytes(let b): key = .bytes(b); value = .object(PyBytes(b))
        case .imaginary(let d): key = .imaginary(d.bitPattern); value = .object(PyComplex(0, d))
        case .bigInt(let s, let radix):
            let v = BigIntParsing.parse(s, radix: radix)
            key = .bigInt(String(describing: v))
            value = .bigInt(v)
        }
        return constant(value, key: key)
    }

    /// The string object a `str` literal compiles to: interned when short (names and keys
    /// then compare by identity), frozen otherwise (shared read-only between threads).
    static func stringConstant(_ s: String) -> PyStr {
        s.utf8.count <= 64 ? Interned.str(s) : PyStr(frozen: s)
    }

    /// The index of the constant `value` whose deduplication key is `key`, added if new.
    mutating func constant(_ value: Value, key: ConstantKey) -> Int {
        if constants.count <= CodeBuilder.linearSearchLimit {
            for i in constants.indices where constants[i].key == key { return i }
        } else {
            if constantKeys.isEmpty {
                for i in constants.indices { if let k = constants[i].key, constantKeys[k] == nil { constantKeys[k] = i } }
            }
            if let i = constantKeys[key] { return i }
            constantKeys[key] = constants.count
        }
        constants.append(ConstantEntry(value: value, key: key))
        return constants.count - 1
    }

    /// Constant and name tables up to this size are searched linearly.
    static let linearSearchLimit = 16

    /// Adds a constant that is not deduplicated (code objects, tuples of names).
    mutating func addConstant(_ v: Value) -> Int {
        constants.append(ConstantEntry(value: v, key: nil))
        return constants.count - 1
    }

    mutating func name(_ n: String) -> Int {
        if names.count <= CodeBuilder.linearSearchLimit {
            for (i, s) in names.enumerated() where s.value == n { return i }
        } else {
            if nameIndex.isEmpty {
                for (i, s) in names.enumerated() where nameIndex[s.value] == nil { nameIndex[s.value] = i }
            }
            if let i = nameIndex[n] { return i }
            nameIndex[n] = names.count
        }
        names.append(Interned.str(n))
        return names.count - 1
    }

    // MARK: Emission

    static func stackEffect(_ op: Opcode, _ arg: Int32, jump: Bool) -> Int {
        let a = Int(arg)
        switch op {
        case .nop, .swap, .deleteFast, .deleteGlobal, .deleteName, .deleteDeref, .loadAttr, .unaryNegative,
             .unaryPositive, .unaryNot, .unaryInvert, .jump, .getIter, .listToTuple, .getYieldFromIter,
             .getAwaitable, .yieldValue, .checkExcMatch, .copyDictWithoutKeys, .asyncGenWrap, .getAIter:
            return 0
        case .getANext: return 1
        case .endAsyncFor: return -2
        case .popTop, .storeFast, .storeGlobal, .storeName, .storeDeref, .deleteAttr, .binarySubscript,
             .binaryOp, .inplaceOp, .compareOp, .isOp, .containsOp, .popJumpIfFalse, .popJumpIfTrue,
             .popJumpIfNone, .popJumpIfNotNone, .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate,
             .dictMerge, .returnValue, .reraise, .popExcept, .importStar, .printExpression:
            return -1
        case .copy, .copySubscript, .loadConst, .loadFast, .loadFastAttr, .loadFastMethod, .loadFastStoreAttr, .loadFastSubscript, .loadFastChecked,
             .loadFastBinaryOp, .loadFastCompareOp, .loadConstBinaryOp, .loadConstCompareOp, .loadFastReturn, .loadGlobal, .loadName, .loadDeref, .loadClassDeref,
             .loadClosure, .loadMethod, .pushExcInfo, .beforeWith, .withExceptStart, .importName, .importFrom,
             .loadAssertionError, .getLen, .matchMapping, .matchSequence, .matchKeys, .pushNull, .setupAnnotations:
            return 1
        case .storeAttr, .mapAdd, .deleteSubscript, .popExceptAndReraise: return -2
        case .storeSubscript: return -3
        case .binarySlice: return a == 1 ? -3 : -2
        case .storeSlice: return -4
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return jump ? 0 : -1
        case .forIter: return jump ? -1 : 1
        case .send: return jump ? -1 : 0
        case .buildTuple, .buildList, .buildSet, .buildSlice, .buildString: return 1 - a
        case .buildMap: return 1 - 2 * a
        case .buildConstKeyMap: return 1 - (a & 0xFFFF)
        case .unpackSequence: return a - 1
        case .unpackEx: return (a & 0xFFFF) + (a >> 16)
        case .call: return -a
        case .callMethod, .callKw: return -(a + 1)
        case .callFunctionEx: return -(1 + (a & 1))
        case .makeFunction:
            var n = 0
            if a & 1 != 0 { n += 1 }
            if a & 2 != 0 { n += 1 }
            if a & 4 != 0 { n += 1 }
            if a & 8 != 0 { n += 1 }
            return -n
        case .raiseVarargs: return -a
        case .callExitNone: return a == 1 ? 0 : -1
        case .formatValue: return (a & 4) != 0 ? -1 : 0
        case .buildClass: return -(1 + (a & 0xFFFF) + ((a & 0x10000) != 0 ? 1 : 0))
        case .matchClass: return -2
        }
    }

    mutating func emit(_ op: Opcode, _ arg: Int = 0) {
        let a = Int32(truncatingIfNeeded: arg)
        if instructions.capacity == 0 {
            // One allocation for the usual small body instead of growing 1, 2, 4, 8...
            instructions.reserveCapacity(16)
            spanRuns.reserveCapacity(8)
        }
        instructions.append(Instruction(op, a))
        SpanRun.append(span, to: &spanRuns)
        depth += CodeBuilder.stackEffect(op, a, jump: false)
        if depth > maxDepth { maxDepth = depth }
        switch op {
        case .jump, .returnValue, .raiseVarargs, .reraise, .popExceptAndReraise:
            reachable = false
        default: break
        }
    }

    // MARK: Labels

    mutating func newLabel() -> Int {
        labelTargets.append(-1)
        labelDepths.append(nil)
        return labelTargets.count - 1
    }

    /// Emits a jump-like instruction whose argument is a label (resolved later).
    mutating func emitJump(_ op: Opcode, _ label: Int) {
        // Jumps in dead code say nothing about the target's stack height.
        if reachable {
            recordDepth(label, depth + CodeBuilder.stackEffect(op, 0, jump: true))
        }
        emit(op, label)
    }

    mutating func recordDepth(_ label: Int, _ d: Int) {
        if labelDepths[label] == nil { labelDepths[label] = d }
        if d > maxDepth { maxDepth = d }
    }

    mutating func bind(_ label: Int) {
        labelTargets[label] = instructions.count
        if let d = labelDepths[label] {
            if reachable && depth != d {
                // Two paths reach this point with different stack heights: a compiler bug.
                // Recorded so compilation fails cleanly instead of running unsound code.
                depthMismatch = true
            }
            depth = d
        } else if reachable {
            labelDepths[label] = depth
        } else {
            // Nothing jumps here (yet) and nothing falls through: still dead code.
            return
        }
        reachable = true
    }

    // MARK: Exception handlers

    /// Starts a protected region whose exceptions jump to `label` with the stack cut to the
    /// current depth (the exception is then pushed).
    mutating func pushHandler(_ label: Int) {
        handlers.append((label, depth))
        handlerStack.append(handlers.count - 1)
        recordDepth(label, depth + 1)
    }

    mutating func popHandler() {
        handlerStack.removeLast()
    }

    /// Records the handler now on top of `handlerStack` as the one covering the next
    /// instructions (replacing a change at the same instruction: nothing was emitted under it).
    private mutating func noteHandlerChange() {
        let handler = handlerStack.last ?? -1
        let start = instructions.count
        if let last = handlerChanges.last {
            if last.handler == handler { return }
            if last.start == start {
                handlerChanges.removeLast()
                if let previous = handlerChanges.last, previous.handler == handler { return }
            }
        } else if handler < 0 {
            return
        }
        handlerChanges.append((start, handler))
    }

    // MARK: Finishing

    /// Moves out the instructions (the builder is finished) with jumps resolved,
    /// superinstructions fused and cache entries numbered from `slots`: resolved in place,
    /// where a copy would allocate a second array.
    mutating func resolvedInstructions(slots: inout InlineCacheSlots) -> [Instruction] {
        var out: [Instruction] = []
        swap(&out, &instructions)
        for i in out.indices {
            defer { slots.number(&out[i]) }
            switch out[i].opcode {
            case .jump, .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send,
                 .popJumpIfNone, .popJumpIfNotNone:
                out[i].arg = Int32(labelTargets[Int(out[i].arg)])
            case .loadFast, .loadFastChecked:
                // Superinstructions: the instructions after the fused one stay in place (a
                // jump may land on them, and the fused one falls through to them when its
                // fast path misses), so positions, exception ranges and stack depths are
                // unchanged. A fused checked load raises for an unbound local when it falls
                // through, as the load would.
                guard i + 1 < out.count else { break }
                switch out[i + 1].opcode {
                case .loadAttr: out[i].opcode = .loadFastAttr
                case .loadMethod: out[i].opcode = .loadFastMethod
                case .storeAttr: out[i].opcode = .loadFastStoreAttr
                case .returnValue where out[i].opcode == .loadFast: out[i].opcode = .loadFastReturn
                case .loadFast, .loadFastChecked, .loadConst:
                    // (An instruction after the third always exists, one that consumes
                    // its result; the fused instructions read it.)
                    guard i + 3 < out.count else { break }
                    // The fused instruction's cache slot says where the second operand is.
                    let operandIsLocal = out[i + 1].opcode != .loadConst
                    let fused: Opcode?
                    if out[i + 2].opcode == .binarySubscript {
                        fused = .loadFastSubscript
                    } else if operandIsLocal || isNumericConstant(out[i + 1].arg) {
                        fused = CodeBuilder.numericFusion(before: out[i + 2], binary: .loadFastBinaryOp, compare: .loadFastCompareOp)
                    } else {
                        fused = nil
                    }
                    if let fused {
                        out[i].opcode = fused
                        out[i].cacheSlot = operandIsLocal ? 1 : 0
                    }
                default: break
                }
            case .loadConst where i + 2 < out.count && isNumericConstant(out[i].arg):
                if let fused = CodeBuilder.numericFusion(before: out[i + 1], binary: .loadConstBinaryOp, compare: .loadConstCompareOp) {
                    out[i].opcode = fused
                }
            case .copy where out[i].arg == 2 && i + 2 < out.count && out[i + 1].opcode == .copy && out[i + 1].arg == 2
                && out[i + 2].opcode == .binarySubscript:
                out[i].opcode = .copySubscript
            default: break
            }
        }
        return out
    }

    /// Whether constant `index` is an int or a float (the operands of the fused arithmetic).
    private func isNumericConstant(_ index: Int32) -> Bool {
        switch constants[Int(index)].value {
        case .int, .float: return true
        default: return false
        }
    }

    /// The superinstruction (`binary` or `compare`) for a load followed by `next`, when
    /// `next` is a `BINARY_OP`/`INPLACE_OP` with an int or float fast path
    /// (``VM/intArithmetic(_:_:_:)``, ``VM/floatArithmetic(_:_:_:)``) or one of the six
    /// comparisons; nil otherwise.
    private static func numericFusion(before next: Instruction, binary: Opcode, compare: Opcode) -> Opcode? {
        switch next.opcode {
        case .binaryOp, .inplaceOp:
            switch BinaryOperator(rawValue: UInt8(truncatingIfNeeded: next.arg)) {
            case .add, .sub, .mul, .truediv, .floordiv, .mod, .pow, .rshift, .or, .xor, .and: return binary
            default: return nil
            }
        case .compareOp:
            return next.arg <= 5 ? compare : nil
        default:
            return nil
        }
    }

    /// The exception table: one entry per run of instructions covered by one handler.
    /// (Mutating only so that a builder held in a class property is read in place, not
    /// copied for the call.)
    mutating func exceptionTable() -> [ExceptionTableEntry] {
        var table: [ExceptionTableEntry] = []
        let count = instructions.count
        for (i, change) in handlerChanges.enumerated() where change.handler >= 0 {
            // Clamped to the instructions kept (a fold takes instructions back).
            let start = min(change.start, count)
            let end = min(i + 1 < handlerChanges.count ? handlerChanges[i + 1].start : count, count)
            guard start < end else { continue }
            let handler = handlers[change.handler]
            table.append(ExceptionTableEntry(start: Int32(start), end: Int32(end), handler: Int32(labelTargets[handler.label]), depth: Int32(handler.depth)))
        }
        return table
    }
}

/// A run of consecutive instructions with the same source span.
struct SpanRun {
    var span: SourceSpan
    var count: Int

    /// Adds one instruction at `span`: it extends the last run when that has the same span.
    static func append(_ span: SourceSpan, to runs: inout [SpanRun]) {
        if let last = runs.indices.last, runs[last].span == span {
            runs[last].count += 1
        } else {
            runs.append(SpanRun(span: span, count: 1))
        }
    }
}

import BigInt

/// Parses integer literal digits that overflowed `Int` in the lexer.
enum BigIntParsing {
    static func parse(_ digits: String, radix: Int) -> BigInt {
        BigInt(digits, radix: radix) ?? 0
    }
}
