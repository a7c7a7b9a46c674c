/// The position in a code unit where the operands of a foldable expression start
/// (see ``CodeBuilder/constantOperands(since:count:)``).
struct FoldMark {
    let instructionCount: Int
    let constantCount: Int
}

/// Constant folding at emission time.
///
/// CPython folds on the AST before compiling (`ast_opt.c`); Garter folds while it emits: an
/// operator compiles its operands first, and when each of them compiled to a single
/// `loadConst` (a literal, or an expression already folded), the loads are taken back and
/// replaced by one `loadConst` of the result computed by ``ConstantFolder``. Folding is
/// therefore bottom-up and linear in the size of the expression, nested expressions fold
/// (`-(2 ** 10)`, `1 << 64 - 1`), and an operation that would raise keeps its bytecode and
/// source positions, so tracebacks are unchanged.
extension CodeBuilder {
    var foldMark: FoldMark { FoldMark(instructionCount: instructions.count, constantCount: constants.count) }

    /// The values loaded by the instructions emitted since `mark` when they are exactly
    /// `count` `loadConst`s (every operand compiled to a constant), else nil. (Mutating
    /// only so that the compiler's builder, a class property, is read in place rather than
    /// copied for the call.)
    mutating func constantOperands(since mark: FoldMark, count: Int) -> [Value]? {
        guard instructions.count - mark.instructionCount == count else { return nil }
        var values: [Value] = []
        values.reserveCapacity(count)
        for i in mark.instructionCount..<instructions.count {
            guard let value = constantLoad(at: i) else { return nil }
            values.append(value)
        }
        return values
    }

    /// The constant loaded by instruction `index` when it is a `loadConst`. (Mutating only
    /// so that the compiler's builder is read in place.)
    mutating func constantLoad(at index: Int) -> Value? {
        let instruction = instructions[index]
        guard instruction.opcode == .loadConst else { return nil }
        return constants[Int(instruction.arg)].value
    }

    /// Takes back what was emitted since `mark`: the operands' loads, and the constants
    /// added since, which only those loads used (so intermediate results of a nested fold
    /// do not stay in the table).
    mutating func rewind(to mark: FoldMark) {
        let n = instructions.count - mark.instructionCount
        instructions.removeLast(n)
        var left = n
        while left > 0, let last = spanRuns.indices.last {
            let taken = min(left, spanRuns[last].count)
            spanRuns[last].count -= taken
            if spanRuns[last].count == 0 { spanRuns.removeLast() }
            left -= taken
        }
        depth -= n
        while constants.count > mark.constantCount {
            if let key = constants.removeLast().key, constantKeys[key] == constants.count {
                constantKeys[key] = nil
            }
        }
        // Back to linear search: the hash index is rebuilt when the table grows again.
        if constants.count <= CodeBuilder.linearSearchLimit { constantKeys.removeAll() }
    }

    /// The index of a folded constant, deduplicated with equal literals and folds (CPython
    /// merges equal constants of a code object too: `(1, 2) is (1, 2)` is True).
    mutating func constant(value v: Value) -> Int {
        // Strings go the way of literals: interned when short.
        if case .str(let s) = v { return constant(.str(s.value)) }
        guard let key = CodeBuilder.constantKey(v) else { return addConstant(v) }
        return constant(v, key: key)
    }

    /// The deduplication key of a constant value, typed like CPython's `_PyCode_ConstantKey`
    /// (`1`, `1.0`, `True` and `-0.0`, `0.0` stay distinct); nil for other values.
    static func constantKey(_ v: Value) -> ConstantKey? {
        switch v {
        case .none: return ConstantKey.none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d): return .float(d.bitPattern)
        case .str(let s): return .str(Array(s.value.utf8))
        case .unbound: return nil
        case .object(let o):
            switch o.kind {
            case .bigInt: return .bigInt(String(describing: unsafeDowncast(o, to: PyBigInt.self).value))
            case .bytes: return .bytes(unsafeDowncast(o, to: PyBytes.self).bytes)
            case .ellipsis: return .ellipsis
            case .tuple:
                var keys: [ConstantKey] = []
                for item in unsafeDowncast(o, to: PyTuple.self).items {
                    guard let k = constantKey(item) else { return nil }
                    keys.append(k)
                }
                return .tuple(keys)
            default:
                guard let c = ConstantFolder.complexValue(v) else { return nil }
                // The key of an imaginary literal (`2j`), so `0 + 2j` and `2j` merge.
                if c.re.bitPattern == 0 { return .imaginary(c.im.bitPattern) }
                return .complex(c.re.bitPattern, c.im.bitPattern)
            }
        }
    }
}

extension Compiler {
    /// Replaces the operands emitted since `mark` by one load of their folded `value`.
    func emitFolded(_ value: Value, since mark: FoldMark) {
        builder.rewind(to: mark)
        emit(.loadConst, builder.constant(value: value))
    }

    /// Folds the `count` operands emitted since `mark` with `fold`; false (nothing changed)
    /// when an operand is not a constant or `fold` declines.
    func foldOperands(since mark: FoldMark, count: Int, _ fold: ([Value]) -> Value?) -> Bool {
        guard let operands = builder.constantOperands(since: mark, count: count), let value = fold(operands) else {
            return false
        }
        emitFolded(value, since: mark)
        return true
    }

    /// ``foldOperands(since:count:_:)`` for one operand, without the array.
    func foldOperand(since mark: FoldMark, _ fold: (Value) -> Value?) -> Bool {
        guard builder.instructions.count == mark.instructionCount + 1,
              let a = builder.constantLoad(at: mark.instructionCount), let value = fold(a) else { return false }
        emitFolded(value, since: mark)
        return true
    }

    /// ``foldOperands(since:count:_:)`` for two operands, without the array.
    func foldOperands(since mark: FoldMark, _ fold: (Value, Value) -> Value?) -> Bool {
        guard builder.instructions.count == mark.instructionCount + 2,
              let a = builder.constantLoad(at: mark.instructionCount),
              let b = builder.constantLoad(at: mark.instructionCount + 1), let value = fold(a, b) else { return false }
        emitFolded(value, since: mark)
        return true
    }

    /// Compiles an iterable that is only iterated or searched — the iterable of a `for`
    /// statement or a comprehension, the right operand of a final `in`/`not in` — with
    /// CPython's `fold_iter`: a list display without starred items is built as a tuple,
    /// which is a constant when its items are. (CPython also turns a constant set display
    /// into a frozenset constant; Garter has no frozenset constants, so a set display
    /// stays a `BUILD_SET`.)
    func compileIterable(_ e: Expr) throws(CompileError) {
        if case .list(let items) = e.kind, !items.contains(where: Compiler.isStarred) {
            var display = e
            display.kind = .tuple(items)
            try compileExpression(display)
        } else {
            try compileExpression(e)
        }
    }

    /// The comparison `not (a op b)` means for the operators CPython's `fold_unaryop`
    /// inverts (`is`, `is not`, `in`, `not in`); nil for the others, whose negation may
    /// differ (`__eq__` vs `__ne__`, set ordering).
    static func negatedComparison(_ op: CompareOperator) -> CompareOperator? {
        switch op {
        case .is: return .isNot
        case .isNot: return .is
        case .in: return .notIn
        case .notIn: return .in
        default: return nil
        }
    }
}
