import BigInt

/// Binary/unary operators and subscripting, with CPython's dispatch order (in-place, then
/// reflected for subclasses first, then left, then right) and error messages.
extension VM {
    func binaryOperation(_ op: BinaryOperator, _ a: Value, _ b: Value, inplace: Bool) throws(PythonError) -> Value {
        // Plain numbers have no in-place forms and nothing to delegate to: the slow path below
        // would reach the same `PyNumber.binary` after looking up three dunder names.
        if a.isPlainNumber && b.isPlainNumber, let r = try PyNumber.binary(op, a, b) { return r }
        if !isUserInstance(a) && !isUserInstance(b) {
            // Builtin values on both sides: no dunder of Python code can take part, so the
            // three dunder names and the delegate checks below are skipped (what they would
            // decide is exactly this).
            // `str + str` here too, before entering `builtinBinary` (its prologue and numeric
            // attempt cost a concatenation about 40 instructions).
            if op == .add, case .str(let x) = a, case .str(let y) = b { return try concatenate(x, y) }
            if inplace, let r = try builtinInplace(op, a, b) { return r }
            if let r = try builtinBinary(op, a, b) { return r }
            throw binaryTypeError(op, a, b, inplace: inplace)
        }
        let (name, rname, iname) = Names.binary(op)
        // Builtin subclasses without a Python override operate on their builtin value.
        let a2 = builtinDelegate(a, for: inplace ? iname : name).flatMap { inplace && builtinDelegate(a, for: name) == nil ? nil : $0 }
        let b2 = builtinDelegate(b, for: rname)
        if a2 != nil || b2 != nil, (a2 != nil || !isUserInstance(a)), (b2 != nil || !isUserInstance(b)) {
            let r = try binaryOperation(op, a2 ?? a, b2 ?? b, inplace: inplace)
            if inplace, let a2, r.isIdentical(to: a2) { return a }
            return r
        }
        let aUser = isUserInstance(a), bUser = isUserInstance(b)
        if inplace {
            if aUser, let r = try callSpecialIfUserBinary(a, iname, b), !isNotImplemented(r) { return r }
            if let r = try builtinInplace(op, a, b) { return r }
        }
        if !aUser && !bUser {
            if let r = try builtinBinary(op, a, b) { return r }
        } else {
            let ta = typeOf(a), tb = typeOf(b)
            let reflectedFirst = bUser && ta !== tb && tb.isSubtype(of: ta)
            if reflectedFirst, let r = try callSpecialIfUserBinary(b, rname, a), !isNotImplemented(r) { return r }
            if aUser {
                if let r = try callSpecialIfUserBinary(a, name, b), !isNotImplemented(r) { return r }
            } else if let r = try builtinBinary(op, a, b) {
                return r
            }
            if bUser && !reflectedFirst, let r = try callSpecialIfUserBinary(b, rname, a), !isNotImplemented(r) { return r }
            if op == .mul, bUser, !aUser, lookupSpecial(b, Names.index) != nil, let n = try callSpecial(b, Names.index, []) {
                if let r = try builtinBinary(.mul, a, n) { return r }
            }
            if op == .mul, aUser, !bUser, lookupSpecial(a, Names.index) != nil, let n = try callSpecial(a, Names.index, []) {
                if let r = try builtinBinary(.mul, n, b) { return r }
            }
        }
        throw binaryTypeError(op, a, b, inplace: inplace)
    }

    func callSpecialIfUserBinary(_ v: Value, _ name: PyStr, _ arg: Value) throws(PythonError) -> Value? {
        guard case .object(let o) = v, o.kind == .instance || o.kind == .native else { return nil }
        let t = typeOf(v)
        guard let attr = t.lookup(name), !attr.isNone else { return nil }
        return try callValue(try bindDescriptor(attr, instance: v, owner: t), with: arg)
    }

    func binaryTypeError(_ op: BinaryOperator, _ a: Value, _ b: Value, inplace: Bool) -> PythonError {
        let ta = typeName(a), tb = typeName(b)
        if op == .add {
            // `list += x` extends (its error is about iterating `x`); the others read as `+`.
            if case .str = a { return makeError(Builtins.shared.typeError, "can only concatenate str (not \"\(tb)\") to str") }
            if a.asList != nil && !inplace { return makeError(Builtins.shared.typeError, "can only concatenate list (not \"\(tb)\") to list") }
            if a.asTuple != nil { return makeError(Builtins.shared.typeError, "can only concatenate tuple (not \"\(tb)\") to tuple") }
            if a.asBytes != nil { return makeError(Builtins.shared.typeError, "can't concat \(tb) to bytes") }
        }
        if op == .mul {
            let seqA: Bool
            switch a { case .str: seqA = true; default: seqA = a.asList != nil || a.asTuple != nil || a.asBytes != nil }
            let seqB: Bool
            switch b { case .str: seqB = true; default: seqB = b.asList != nil || b.asTuple != nil || b.asBytes != nil }
            if seqA && b.asBigIntValue == nil && !isUserInstance(b) {
                return makeError(Builtins.shared.typeError, "can't multiply sequence by non-int of type '\(tb)'")
            }
            if seqB && a.asBigIntValue == nil && !isUserInstance(a) {
                return makeError(Builtins.shared.typeError, "can't multiply sequence by non-int of type '\(ta)'")
            }
        }
        let symbol = op == .pow ? (inplace ? "**=" : "** or pow()") : op.symbol + (inplace ? "=" : "")
        return makeError(Builtins.shared.typeError, "unsupported operand type(s) for \(symbol): '\(ta)' and '\(tb)'")
    }

    /// In-place operators that mutate builtin containers.
    func builtinInplace(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
        if let list = a.asList {
            if op == .add {
                let extra = try iterateToArray(b)
                try checkAllocation(list.items.count &+ extra.count, times: 1)
                list.items.append(contentsOf: extra)
                return a
            }
            if op == .mul, let n = try? indexValue(b) {
                if n <= 0 { list.items.removeAll() } else {
                    try checkAllocation(list.items.count, times: n)
                    if n > 1 && !list.items.isEmpty { list.items = VM.repeated(list.items, n) }
                }
                return a
            }
        }
        if let d = a.asDict, op == .or {
            try dictUpdate(d, from: b, forCall: false)
            return a
        }
        if case .object(let o) = a, o.kind == .set, let other = b.asSet {
            let s = unsafeDowncast(o, to: PySet.self)
            switch op {
            case .or: try s.merge(other, vm: self); return a
            case .and:
                let r = try setIntersection(s, other)
                s.takeContents(of: r)
                return a
            case .sub:
                try setDifferenceUpdate(s, other)
                return a
            case .xor:
                try setSymmetricDifferenceUpdate(s, other)
                return a
            default: break
            }
        }
        return nil
    }

    /// Refuses a repetition result of `count * n` items of `itemSize` bytes before it is
    /// allocated: beyond a fixed cap, or beyond the run's memory budget.
    func checkAllocation(_ count: Int, times n: Int, itemSize: Int = MemoryLayout<Value>.stride) throws(PythonError) {
        let (total, o) = count.multipliedReportingOverflow(by: n)
        let (bytes, o2) = total.multipliedReportingOverflow(by: itemSize)
        // With a memory limit, checked against what the run's live objects already hold
        // (uncatchable); the fixed cap raises an ordinary MemoryError, as CPython would.
        if memoryLimit >= 0 {
            if o || o2 { throw memoryLimitExceeded() }
            try checkMemory(adding: bytes)
        }
        if o || total > 500_000_000 {
            throw makeError(Builtins.shared.memoryError, "")
        }
    }

    /// `x + y` of two strings. The result's ASCII-ness follows from the operands' (cached on
    /// them), so it is never scanned for.
    func concatenate(_ x: PyStr, _ y: PyStr) throws(PythonError) -> Value {
        if y.value.isEmpty { return .str(x) }
        if x.value.isEmpty { return .str(y) }
        try checkAllocation(x.value.utf8.count &+ y.value.utf8.count, times: 1, itemSize: 1)
        return .str(PyStr(x.value + y.value, isASCII: x.isASCII && y.isASCII))
    }

    func builtinBinary(_ op: BinaryOperator, _ a: Value, _ b: Value) throws(PythonError) -> Value? {
        if let r = try PyNumber.binary(op, a, b) { return r }
        if op == .or, let u = unionOf(a, b) { return u }
        switch (a, b) {
        case (.str(let x), .str(let y)):
            if op == .add { return try concatenate(x, y) }
            if op == .mod { return try percentFormat(x.value, b) }
            return nil
        case (.str(let x), _):
            if op == .mul, let n = try repeatCount(b) {
                if n <= 0 || x.value.isEmpty { return .str(PyStr.empty) }
                try checkAllocation(x.value.utf8.count, times: n, itemSize: 1)
                return .str(repeatString(x, n))
            }
            if op == .mod { return try percentFormat(x.value, b) }
            return nil
        case (_, .str(let y)):
            if op == .mod, let t = a.asBytes { return try bytesPercentFormat(t, b) }
            if op == .mul, let n = try repeatCount(a) {
                if n <= 0 || y.value.isEmpty { return .str(PyStr.empty) }
                try checkAllocation(y.value.utf8.count, times: n, itemSize: 1)
                return .str(repeatString(y, n))
            }
            return nil
        default: break
        }
        guard case .object(let x) = a else {
            if case .object(let y) = b, op == .mul, let n = try repeatCount(a) {
                return try repeatSequence(y, n)
            }
            return nil
        }
        switch x.kind {
        case .bigInt:
            // `10**30 * [1]` raises OverflowError like `[1] * 10**30` (the count is checked).
            if op == .mul, case .object(let y) = b, y.kind == .list || y.kind == .tuple || y.kind == .bytes,
               let n = try repeatCount(a) {
                return try repeatSequence(y, n)
            }
        case .list:
            let l = unsafeDowncast(x, to: PyList.self)
            if op == .add, let m = b.asList {
                try checkAllocation(l.items.count &+ m.items.count, times: 1)
                return .object(PyList(l.items + m.items))
            }
            if op == .mul, let n = try repeatCount(b) { return try repeatSequence(x, n) }
        case .tuple:
            let t = unsafeDowncast(x, to: PyTuple.self)
            if op == .add, let m = b.asTuple {
                // CPython returns an exact tuple itself when the other operand is empty.
                if m.count == 0 { return .object(t) }
                if t.count == 0, case .object(let bo) = b, bo.kind == .tuple { return b }
                try checkAllocation(t.count &+ m.count, times: 1)
                return .object(PyTuple(joining: t, m))
            }
            if op == .mul, let n = try repeatCount(b) { return try repeatSequence(x, n) }
        case .bytes:
            let t = unsafeDowncast(x, to: PyBytes.self)
            if op == .add, let m = b.asBytes {
                try checkAllocation(t.bytes.count &+ m.bytes.count, times: 1, itemSize: 1)
                return .object(PyBytes(t.bytes + m.bytes))
            }
            if op == .mul, let n = try repeatCount(b) { return try repeatSequence(x, n) }
            if op == .mod { return try bytesPercentFormat(t, b) }
        case .dict:
            if op == .or, let m = b.asDict {
                let d = unsafeDowncast(x, to: PyDict.self).copy()
                try dictUpdate(d, from: .object(m), forCall: false)
                return .object(d)
            }
        case .set, .frozenSet:
            let s = unsafeDowncast(x, to: PySet.self)
            guard let other = b.asSet else {
                if case .object(let bo) = b, bo.kind == .dictView, op != .add {
                    return try builtinBinary(op, a, .object(try setFromIterable(b)))
                }
                return nil
            }
            switch op {
            case .or:
                let r = try s.copy(vm: self)
                try r.merge(other, vm: self)
                return .object(r)
            case .and: return .object(try setIntersection(s, other))
            case .sub: return .object(try setDifference(s, other))
            case .xor:
                let r = try other.copy(frozen: s.isFrozen, vm: self)
                try setSymmetricDifferenceUpdate(r, s)
                return .object(r)
            default: return nil
            }
        case .dictView:
            let view = unsafeDowncast(x, to: PyDictView.self)
            if view.which != .values, op == .or || op == .and || op == .sub || op == .xor {
                let s = try setFromIterable(a)
                let o = try setFromIterable(b)
                return try builtinBinary(op, .object(s), .object(o))
            }
        default: break
        }
        return nil
    }

    func unaryOperation(_ op: UnaryOperator, _ v: Value) throws(PythonError) -> Value {
        if let r = PyNumber.unary(op, v) { return r }
        if op == .not { return .bool(!(try isTrue(v))) }
        let name: PyStr
        let symbol: String
        switch op {
        case .negative: name = Names.neg; symbol = "-"
        case .positive: name = Names.pos; symbol = "+"
        case .invert: name = Names.invert; symbol = "~"
        case .not: name = Names.bool; symbol = "not"
        }
        if let base = builtinDelegate(v, for: name) { return try unaryOperation(op, base) }
        if isUserInstance(v), let r = try callSpecial(v, name, []) { return r }
        throw makeError(Builtins.shared.typeError, "bad operand type for unary \(symbol): '\(typeName(v))'")
    }

    // MARK: Subscripting

    /// Normalizes a sequence index, raising IndexError with `what` (e.g. "list index out of range").
    ///
    /// `count` is read after the index is converted: an `__index__` written in Python may
    /// resize the sequence (CPython reads the length after `PyNumber_AsSsize_t` too), and a
    /// length read before it would let the caller index past the end.
    func sequenceIndex(_ index: Value, count readCount: @autoclosure () -> Int, what: String) throws(PythonError) -> Int {
        var i: Int
        switch index {
        case .int(let x): i = x
        case .bool(let b): i = b ? 1 : 0
        case .object(let o) where o.kind == .bigInt:
            throw makeError(Builtins.shared.indexError, "cannot fit 'int' into an index-sized integer")
        default:
            i = try indexValue(index)
        }
        let count = readCount()
        if i < 0 { i += count }
        if i < 0 || i >= count { throw makeError(Builtins.shared.indexError, what.isEmpty ? "index out of range" : "\(what) index out of range") }
        return i
    }

    func getItem(_ container: Value, _ index: Value) throws(PythonError) -> Value {
        switch container {
        case .str(let s):
            if let slice = index.asSlice {
                return .str(PyStr(try sliceString(s, slice)))
            }
            switch index {
            case .int, .bool: break
            case .object(let io) where io.kind == .bigInt || io.kind == .instance: break
            default:
                throw makeError(Builtins.shared.typeError, "string indices must be integers, not '\(typeName(index))'")
            }
            let i = try sequenceIndex(index, count: s.count, what: "string")
            if s.isASCII {
                let b = s.value.utf8[s.value.utf8.index(s.value.utf8.startIndex, offsetBy: i)]
                return .str(PyStr.asciiCharacters[Int(b)])
            }
            return .str(PyStr.character(s.scalars[i]))
        case .object(let o):
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                if let slice = index.asSlice { return .object(PyList(try sliceArray(l.items, slice))) }
                try checkIndexType(index, "list")
                let position = try sequenceIndex(index, count: l.items.count, what: "list")
                return l.items[position]
            case .tuple:
                let t = unsafeDowncast(o, to: PyTuple.self)
                if let slice = index.asSlice {
                    let (start, _, step, count) = try sliceIndices(slice, count: t.count)
                    return count <= 0 ? .emptyTuple : .object(PyTuple(selecting: t, start: start, step: step, count: count))
                }
                try checkIndexType(index, "tuple")
                let position = try sequenceIndex(index, count: t.count, what: "tuple")
                return t[position]
            case .dict:
                let d = unsafeDowncast(o, to: PyDict.self)
                if let v = try d.get(index, vm: self) { return v }
                throw PythonError(keyError(index))
            case .bytes:
                let b = unsafeDowncast(o, to: PyBytes.self)
                if let slice = index.asSlice { return .object(PyBytes(try sliceArray(b.bytes, slice))) }
                try checkIndexType(index, "byte")
                let position = try sequenceIndex(index, count: b.bytes.count, what: "")
                return .int(Int(b.bytes[position]))
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                if let slice = index.asSlice {
                    // CPython's compute_slice: the adjusted bounds mapped through the range
                    // (`range(5)[1:4:2]` is `range(1, 4, 2)`, not `range(1, 5, 2)`). A big
                    // int step would be clamped to a word by `sliceIndices`, which changes
                    // the resulting range's step: refused, like the other results that do
                    // not fit a word.
                    if case .object(let so) = slice.step, so.kind == .bigInt {
                        throw makeError(Builtins.shared.overflowError, "Python int too large to convert to C ssize_t")
                    }
                    let (start, stop, step, _) = try sliceIndices(slice, count: r.count)
                    // Results that do not fit a machine word are refused rather than trapping.
                    let (offset, o1) = start.multipliedReportingOverflow(by: r.step)
                    let (newStart, o2) = r.start.addingReportingOverflow(offset)
                    let (newStep, o3) = r.step.multipliedReportingOverflow(by: step)
                    let (stopOffset, o4) = stop.multipliedReportingOverflow(by: r.step)
                    let (newStop, o5) = r.start.addingReportingOverflow(stopOffset)
                    if o1 || o2 || o3 || o4 || o5 {
                        throw makeError(Builtins.shared.overflowError, "Python int too large to convert to C ssize_t")
                    }
                    return .object(PyRange(start: newStart, stop: newStop, step: newStep))
                }
                try checkIndexType(index, "range object")
                let position = try sequenceIndex(index, count: r.count, what: "range object")
                return .int(r.item(position))
            case .instance, .native:
                if o.kind == .instance, let base = builtinDelegate(container, for: Names.getitem) {
                    if let d = base.asDict, let missing = unsafeDowncast(o, to: PyInstance.self).cls.lookup(Names.missing) {
                        if let v = try d.get(index, vm: self) { return v }
                        return try callValue(try bindDescriptor(missing, instance: container, owner: typeOf(container)), [index])
                    }
                    return try getItem(base, index)
                }
                if let r = try callSpecial(container, Names.getitem, [index]) { return r }
            case .type:
                let t = unsafeDowncast(o, to: PyType.self)
                if let m = metaDunder(container, Names.getitem) { return try callValue(m, with: index) }
                if let cg = t.lookup(Names.classGetItem) {
                    return try callValue(try bindDescriptor(cg, instance: .none, owner: t), with: index)
                }
                if t.isBuiltin {
                    // `list[int]` and friends in annotations.
                    return try builtinClassGetItem(t, index)
                }
                throw makeError(Builtins.shared.typeError, "type '\(t.name)' is not subscriptable")
            default: break
            }
        default: break
        }
        throw makeError(Builtins.shared.typeError, "'\(typeName(container))' object is not subscriptable")
    }

    func checkIndexType(_ index: Value, _ what: String) throws(PythonError) {
        switch index {
        case .int, .bool: return
        case .object(let o) where o.kind == .bigInt || o.kind == .instance: return
        default:
            throw makeError(Builtins.shared.typeError, "\(what) indices must be integers or slices, not \(typeName(index))")
        }
    }

    func keyError(_ key: Value) -> PyInstance {
        PyInstance(cls: Builtins.shared.keyError, exceptionArgs: [key])
    }

    func setItem(_ container: Value, _ index: __owned Value, _ value: __owned Value) throws(PythonError) {
        guard case .object(let o) = container else {
            throw makeError(Builtins.shared.typeError, "'\(typeName(container))' object does not support item assignment")
        }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if let slice = index.asSlice {
                try assignSlice(l, slice, value)
                return
            }
            try checkIndexType(index, "list")
            let position = try sequenceIndex(index, count: l.items.count, what: "list assignment")
            l.items[position] = value
        case .dict:
            try unsafeDowncast(o, to: PyDict.self).set(index, value, vm: self)
        case .instance, .native:
            if let base = builtinDelegate(container, for: Names.setitem) {
                try setItem(base, index, value)
                return
            }
            if try callSpecial(container, Names.setitem, [index, value]) != nil { return }
            fallthrough
        default:
            throw makeError(Builtins.shared.typeError, "'\(typeName(container))' object does not support item assignment")
        }
    }

    /// CPython's message for `del container[index]` on a type without item deletion: types
    /// with sequence slots say "doesn't" for an integer index (`PySequence_DelItem`), every
    /// other case "does not" (`PyObject_DelItem`); an index too large for the sequence
    /// protocol is an IndexError first.
    func itemDeletionError(_ container: Value, _ index: Value) -> PythonError {
        var sequenceLike = false
        switch container {
        case .str: sequenceLike = true
        case .object(let o):
            switch o.kind {
            case .list, .tuple, .dict, .set, .frozenSet, .bytes, .range, .dictView, .instance: sequenceLike = true
            case .native: sequenceLike = !(o is PyComplex)
            default: break
            }
        default: break
        }
        var isIndex = false
        switch index {
        case .int, .bool: isIndex = true
        case .object(let o): isIndex = o.kind == .bigInt || (o.kind == .instance && lookupSpecial(index, Names.index) != nil)
        default: break
        }
        if sequenceLike, case .object(let o) = index, o.kind == .bigInt {
            return makeError(Builtins.shared.indexError, "cannot fit 'int' into an index-sized integer")
        }
        let verb = sequenceLike && isIndex ? "doesn't" : "does not"
        return makeError(Builtins.shared.typeError, "'\(typeName(container))' object \(verb) support item deletion")
    }

    func deleteItem(_ container: Value, _ index: Value) throws(PythonError) {
        guard case .object(let o) = container else {
            throw itemDeletionError(container, index)
        }
        switch o.kind {
        case .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if let slice = index.asSlice {
                let (start, _, step, count) = try sliceIndices(slice, count: l.items.count)
                l.items.removeSlice(start: start, step: step, count: count)
                return
            }
            try checkIndexType(index, "list")
            let position = try sequenceIndex(index, count: l.items.count, what: "list assignment")
            l.items.remove(at: position)
        case .dict:
            if try unsafeDowncast(o, to: PyDict.self).remove(index, vm: self) == nil {
                throw PythonError(keyError(index))
            }
        case .instance, .native:
            if let base = builtinDelegate(container, for: Names.delitem) {
                try deleteItem(base, index)
                return
            }
            if try callSpecial(container, Names.delitem, [index]) != nil { return }
            fallthrough
        default:
            throw itemDeletionError(container, index)
        }
    }

    // MARK: Slices

    func sliceComponent(_ v: Value) throws(PythonError) -> Int? {
        switch v {
        case .none: return nil
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt:
            return unsafeDowncast(o, to: PyBigInt.self).value.sign == .minus ? Int.min / 2 : Int.max / 2
        default:
            if isUserInstance(v), let r = try callSpecial(v, Names.index, []) { return try sliceComponent(try checkedIndexResult(r)) }
            throw makeError(Builtins.shared.typeError, "slice indices must be integers or None or have an __index__ method")
        }
    }

    /// CPython's PySlice_GetIndicesEx: (start, stop, step, count).
    func sliceIndices(_ s: PySlice, count length: Int) throws(PythonError) -> (Int, Int, Int, Int) {
        let step = try sliceComponent(s.step) ?? 1
        if step == 0 { throw makeError(Builtins.shared.valueError, "slice step cannot be zero") }
        let (start, stop, count) = VM.adjustedSlice(start: try sliceComponent(s.start), stop: try sliceComponent(s.stop), step: step, length: length)
        return (start, stop, step, count)
    }

    /// CPython's PySlice_AdjustIndices: the bounds of a slice with a nonzero `step` over
    /// `length` items, clamped, and how many items it selects.
    static func adjustedSlice(start: Int?, stop: Int?, step: Int, length: Int) -> (start: Int, stop: Int, count: Int) {
        func clamped(_ bound: Int) -> Int {
            if bound < 0 {
                let b = bound + length
                return b < 0 ? (step < 0 ? -1 : 0) : b
            }
            return bound >= length ? (step < 0 ? length - 1 : length) : bound
        }
        let lo = start.map(clamped) ?? (step < 0 ? length - 1 : 0)
        let hi = stop.map(clamped) ?? (step < 0 ? -1 : length)
        // Divided by the step's magnitude: `-step` traps for a step of -2**63.
        var count = 0
        if step < 0 {
            if hi < lo { count = Int((UInt(lo - hi - 1) / step.magnitude)) + 1 }
        } else {
            if lo < hi { count = (hi - lo - 1) / step + 1 }
        }
        return (lo, hi, count)
    }

    /// The selection of `[start:stop:step]` over `count` items when every bound is an `int`,
    /// a `bool` or `None` and the step is not zero; nil otherwise (big integers, `__index__`
    /// objects and a zero step take the general path, which converts or reports them).
    @inline(__always)
    static func plainSteppedSlice(_ start: Value, _ stop: Value, _ step: Value, count: Int) -> (start: Int, step: Int, count: Int)? {
        @inline(__always) func component(_ v: Value) -> (known: Bool, value: Int?) {
            switch v {
            case .none: return (true, nil)
            case .int(let i): return (true, i)
            case .bool(let b): return (true, b ? 1 : 0)
            default: return (false, nil)
            }
        }
        let a = component(start), b = component(stop), c = component(step)
        guard a.known, b.known, c.known else { return nil }
        let stride = c.value ?? 1
        if stride == 0 { return nil }
        let r = adjustedSlice(start: a.value, stop: b.value, step: stride, length: count)
        return (r.start, stride, r.count)
    }

    func sliceArray<T>(_ items: [T], _ s: PySlice) throws(PythonError) -> [T] {
        let (start, _, step, count) = try sliceIndices(s, count: items.count)
        return VM.selection(items, start: start, step: step, count: count)
    }

    /// The `count` items of `items` from `start` on, `step` apart (a slice's selection, its
    /// bounds already adjusted).
    static func selection<T>(_ items: [T], start: Int, step: Int, count: Int) -> [T] {
        if count <= 0 { return [] }
        if step == 1 { return Array(items[start..<(start + count)]) }
        // One allocation of the known size, filled in place: one `append` per item made a
        // stepped slice of a long sequence take seconds of native code (`[None] * 10**7`
        // reversed). Not `init(unsafeUninitializedCapacity:)`, whose allocation is an
        // unspecialized call that looks up the array's type metadata every time.
        return items.withUnsafeBufferPointer { src in
            var out: [T] = []
            out.reserveCapacity(count)
            var i = start
            for _ in 0..<count {
                out.append(src[i])
                i &+= step
            }
            return out
        }
    }

    func sliceString(_ s: PyStr, _ slice: PySlice) throws(PythonError) -> String {
        let (start, _, step, count) = try sliceIndices(slice, count: s.count)
        return VM.selection(s, start: start, step: step, count: count)
    }

    /// The code points of `s` a slice selects (its bounds already adjusted to `s.count`).
    static func selection(_ s: PyStr, start: Int, step: Int, count: Int) -> String {
        if count <= 0 { return "" }
        if s.isASCII {
            // Byte offsets are code point offsets: copy only the selected bytes (O(len(result))).
            var text = s.value
            return text.withUTF8 { b in
                if step == 1 { return StrOps.makeString(b, start, start + count) }
                // Bytes written in place (an `append` per byte took 45 s for `s[::-1]` of
                // 120 MB under ASan, far past any time limit).
                return String(unsafeUninitializedCapacity: count) { out in
                    var i = start
                    for k in 0..<count {
                        out[k] = b[i]
                        i &+= step
                    }
                    return count
                }
            }
        }
        return StrOps.string(fromScalars: selection(s.scalars, start: start, step: step, count: count))
    }

    /// The bounds of `[start:stop]` over `count` items, clamped like CPython's
    /// `PySlice_AdjustIndices` (an empty range has `lo == hi`); nil when a bound is not an
    /// `int` or `None` (booleans, big integers and `__index__` objects take the general path).
    @inline(__always)
    static func clampedSliceBounds(_ start: Value, _ stop: Value, count: Int) -> (lo: Int, hi: Int)? {
        var lo = 0
        var hi = count
        switch start {
        case .none: break
        case .int(let i): lo = i < 0 ? max(i &+ count, 0) : min(i, count)
        default: return nil
        }
        switch stop {
        case .none: break
        case .int(let i): hi = i < 0 ? max(i &+ count, 0) : min(i, count)
        default: return nil
        }
        return (lo, max(lo, hi))
    }

    /// `container[start:stop]` (`BINARY_SLICE`): lists, tuples and ASCII strings with `int`
    /// or `None` bounds are sliced without a slice object; everything else goes through
    /// ``getItem(_:_:)`` with one.
    func getSlice(_ container: Value, _ start: Value, _ stop: Value) throws(PythonError) -> Value {
        switch container {
        case .object(let o) where o.kind == .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if let (lo, hi) = VM.clampedSliceBounds(start, stop, count: l.items.count) {
                return .object(PyList(Array(l.items[lo..<hi])))
            }
        case .object(let o) where o.kind == .tuple:
            let t = unsafeDowncast(o, to: PyTuple.self)
            if let (lo, hi) = VM.clampedSliceBounds(start, stop, count: t.count) {
                // CPython returns an exact tuple itself for a slice covering it.
                if lo == 0 && hi == t.count { return container }
                return hi == lo ? .emptyTuple : .object(PyTuple(selecting: t, start: lo, step: 1, count: hi &- lo))
            }
        case .str(let s) where s.isASCII:
            let n = s.value.utf8.count
            if let (lo, hi) = VM.clampedSliceBounds(start, stop, count: n) {
                if lo == 0 && hi == n { return container }
                if lo == hi { return .str(PyStr.empty) }
                var text = s.value
                return .str(PyStr(text.withUTF8 { StrOps.makeString($0, lo, hi) }))
            }
        default:
            break
        }
        return try getItem(container, .object(PySlice(start: start, stop: stop, step: .none)))
    }

    /// `container[start:stop:step]` (`BINARY_SLICE` with a step): lists, tuples and strings
    /// with `int`, `bool` or `None` bounds and a nonzero step are sliced without a slice
    /// object (`perm[k::-1]`, `s[::-1]`); everything else goes through ``getItem(_:_:)`` with one.
    func getSlice(_ container: Value, _ start: Value, _ stop: Value, step: Value) throws(PythonError) -> Value {
        switch container {
        case .object(let o) where o.kind == .list:
            let l = unsafeDowncast(o, to: PyList.self)
            if let r = VM.plainSteppedSlice(start, stop, step, count: l.items.count) {
                return .object(PyList(VM.selection(l.items, start: r.start, step: r.step, count: r.count)))
            }
        case .object(let o) where o.kind == .tuple:
            let t = unsafeDowncast(o, to: PyTuple.self)
            if let r = VM.plainSteppedSlice(start, stop, step, count: t.count) {
                // CPython returns an exact tuple itself for a slice covering it in order.
                if r.step == 1 && r.count == t.count { return container }
                return r.count <= 0 ? .emptyTuple : .object(PyTuple(selecting: t, start: r.start, step: r.step, count: r.count))
            }
        case .str(let s):
            let n = s.count
            if let r = VM.plainSteppedSlice(start, stop, step, count: n) {
                // As CPython: the str itself for a slice covering it in order, the shared
                // empty string for an empty one.
                if r.step == 1 && r.count == n { return container }
                if r.count <= 0 { return .str(PyStr.empty) }
                return .str(PyStr(VM.selection(s, start: r.start, step: r.step, count: r.count)))
            }
        default:
            break
        }
        return try getItem(container, .object(PySlice(start: start, stop: stop, step: step)))
    }

    /// `container[start:stop] = value` (`STORE_SLICE`): a list assigned from a list or tuple
    /// with `int` or `None` bounds is spliced directly; everything else goes through
    /// ``setItem(_:_:_:)`` with a slice object.
    func setSlice(_ container: Value, _ start: Value, _ stop: Value, _ value: Value) throws(PythonError) {
        if case .object(let o) = container, o.kind == .list, case .object(let vo) = value, vo.kind == .list || vo.kind == .tuple {
            let l = unsafeDowncast(o, to: PyList.self)
            if let (lo, hi) = VM.clampedSliceBounds(start, stop, count: l.items.count) {
                // Copy first: `a[i:j] = a` reads the list before it changes.
                let items = vo.kind == .list ? unsafeDowncast(vo, to: PyList.self).items : unsafeDowncast(vo, to: PyTuple.self).array
                if items.count == hi - lo {
                    // Same length (`a[:k] = b[::-1]`): assigned in place. `replaceSubrange`
                    // takes its generic path, a metadata lookup and an outlined copy per item.
                    l.items.withUnsafeMutableBufferPointer { target in
                        items.withUnsafeBufferPointer { source in
                            for i in source.indices { target[lo &+ i] = source[i] }
                        }
                    }
                } else {
                    l.items.replaceSubrange(lo..<hi, with: items)
                }
                return
            }
        }
        try setItem(container, .object(PySlice(start: start, stop: stop, step: .none)), value)
    }

    func assignSlice(_ l: PyList, _ slice: PySlice, _ value: Value) throws(PythonError) {
        let (start, stop, step, count) = try sliceIndices(slice, count: l.items.count)
        let newItems: [Value]
        if value.asList === l {
            newItems = l.items
        } else {
            do throws(PythonError) {
                newItems = try iterateToArray(value)
            } catch {
                if error.exception.cls === Builtins.shared.typeError && isNotIterableType(value) {
                    throw makeError(Builtins.shared.typeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice")
                }
                throw error
            }
        }
        if step == 1 {
            let end = max(start, stop)
            l.items.replaceSubrange(start..<max(start, min(end, l.items.count)), with: newItems)
            return
        }
        if newItems.count != count {
            throw makeError(Builtins.shared.valueError, "attempt to assign sequence of size \(newItems.count) to extended slice of size \(count)")
        }
        var i = start
        for item in newItems {
            l.items[i] = item
            i &+= step  // past the last item it may wrap (a step of ±2**63), unused
        }
    }

    // MARK: Sets

    func setFromIterable(_ v: Value, frozen: Bool = false) throws(PythonError) -> PySet {
        let s = PySet(frozen: frozen)
        if let other = v.asSet {
            try s.merge(other, vm: self)
        } else if let d = v.asDict {
            try s.merge(dict: d, vm: self)
        } else {
            let it = try getIterator(v)
            while let x = try nextItem(it) { try s.add(x, vm: self) }
        }
        return s
    }

    /// CPython's set_intersection: iterate the smaller set.
    func setIntersection(_ a: PySet, _ b: PySet) throws(PythonError) -> PySet {
        // `s & s` is a copy (same table layout), as in CPython.
        if a === b { return try a.copy(vm: self) }
        var so = a, other = b
        let result = PySet(frozen: a.isFrozen)
        if other.count > so.count { swap(&so, &other) }
        try other.forEachEntry { k, h throws(PythonError) in
            if try so.contains(k, hash: h, vm: self) { try result.add(k, hash: h, vm: self) }
        }
        return result
    }

    func setDifference(_ a: PySet, _ b: PySet) throws(PythonError) -> PySet {
        if (a.count >> 2) > b.count {
            let r = try a.copy(vm: self)
            try setDifferenceUpdate(r, b)
            return r
        }
        let result = PySet(frozen: a.isFrozen)
        try a.forEachEntry { k, h throws(PythonError) in
            if !(try b.contains(k, hash: h, vm: self)) { try result.add(k, hash: h, vm: self) }
        }
        return result
    }

    func setDifferenceUpdate(_ a: PySet, _ b: PySet) throws(PythonError) {
        if a === b {
            a.removeAll()
            return
        }
        try b.forEachEntry { k, h throws(PythonError) in try a.discard(k, hash: h, vm: self) }
        a.compactIfNeeded()
    }

    func setSymmetricDifferenceUpdate(_ a: PySet, _ b: PySet) throws(PythonError) {
        if a === b {
            a.removeAll()
            return
        }
        try b.forEachEntry { k, h throws(PythonError) in
            if !(try a.discard(k, hash: h, vm: self)) { try a.add(k, hash: h, vm: self) }
        }
    }
}

extension Array {
    /// `del self[slice]` for the `start`, `step` and `count` of ``VM/sliceIndices(_:count:)``
    /// (valid positions, either direction): one pass, keeping order.
    mutating func removeSlice(start: Int, step: Int, count: Int) {
        if count <= 0 { return }
        if step == 1 {
            removeSubrange(start..<(start + count))
            return
        }
        var removed = [Bool](repeating: false, count: self.count)
        for k in 0..<count { removed[start + k * step] = true }
        var kept: [Element] = []
        kept.reserveCapacity(self.count - count)
        for (i, x) in enumerated() where !removed[i] { kept.append(x) }
        self = kept
    }
}
