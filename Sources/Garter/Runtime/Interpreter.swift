
/// The dispatch loop.
///
/// Hot state (frame pointer, pc, stack pointer, code pointers) lives in local variables and is
/// written back to the frame record only around calls and exits; operands are moved on and
/// off an unsafe stack whose slots above `sp` are uninitialized, so pushes never release.
/// Python exceptions thrown by helpers are caught once per loop turn and unwound here using
/// the code object's exception table.
extension VM {
    /// Runs frames starting at the entry frame `entry` (already pushed, `isEntry` set) until
    /// it returns or yields. Returns the value; `yielded` tells which.
    /// The limit error to raise at the first instruction, if a limit is exceeded.
    @inline(never)
    func pollLimitsAtEntry() -> PyInstance? {
        do {
            try checkLimits()
            return nil
        } catch {
            return error.exception
        }
    }

    /// Replaces the value in `slot` by `body(value)`, moving the value out instead of copying
    /// it (no retain); if `body` throws, the value goes back, so the unwinder finds the stack
    /// as it was.
    @inline(__always)
    func replaceMoving(_ slot: UnsafeMutablePointer<Value>, _ body: (Value) throws(PythonError) -> Value) throws(PythonError) {
        let v = slot.move()
        do {
            slot.initialize(to: try body(v))
        } catch {
            slot.initialize(to: v)
            throw error
        }
    }

    /// For `s += t` on two strings: the variable the next instruction (`store`) stores the
    /// result into, when it is a local or a global/module name; nil otherwise.
    @inline(never)
    func inPlaceTarget(_ store: Instruction, _ f: UnsafeMutablePointer<Frame>, _ locals: UnsafeMutablePointer<Value>,
                       _ code: CodeObject, _ sp: UnsafeMutablePointer<Value>) -> UnsafeMutablePointer<Value>? {
        guard (sp - 2).borrowedStr(tag: strTag) != nil, (sp - 1).borrowedStr(tag: strTag) != nil else { return nil }
        switch store.opcode {
        case .storeFast:
            return locals + Int(store.arg)
        case .storeName, .storeGlobal:
            let dict = store.opcode == .storeName ? (f.pointee.namespace ?? f.pointee.globals) : f.pointee.globals
            let name = code.nameRefs[Int(store.arg)]
            guard let index = name._withUnsafeGuaranteedRef({ dict.entryIndex(ofString: $0) }) else { return nil }
            return dict.valueSlot(atEntry: index, ifKeyIs: name, strTag: strTag)
        default:
            return nil
        }
    }

    func execute(_ entry: UnsafeMutablePointer<Frame>, pendingException: PyInstance? = nil) throws(PythonError) -> Value {
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        if nativeDepth == 1 {
            stackFloor = StackGuard.limit()
        } else if !StackGuard.hasRoom(above: stackFloor) {
            // The caller pushed the entry frame for us to run and pop: pop it before failing.
            if let gen = entry.pointee.generator { gen.finish() }
            popFrame(entry, sp: entry.pointee.sp)
            // Out of native stack while a repr is in progress (a `__repr__` written in Python
            // between nested containers): CPython's message names the repr, as its C repr
            // machinery is where the recursion limit trips there.
            let suffix = reprActive.isEmpty ? "" : " while getting the repr of an object"
            throw PythonError(makeException(Builtins.shared.recursionError, "maximum recursion depth exceeded" + suffix))
        }
        var f = entry
        let objectTag = self.objectTag
        let strTag = self.strTag
        // Read from the VM's copy: the lazily initialized global costs a call.
        let methodTables = self.methodTables
        let globalCache = self.globalCache
        let attributeCache = self.attributeCache
        let builtinMethodCache = self.builtinMethodCache
        unowned(unsafe) var code = f.pointee.code
        var instrs = code.instructions
        var consts = code.constants
        var locals = f.pointee.locals
        var sp = f.pointee.sp
        var pc = f.pointee.pc
        var isReraise = false
        var pending = pendingException
        // Ticks carry over between nested entries, so a builtin calling back into short
        // Python functions (a sort key, a map lambda) still reaches the periodic checks.
        var ticks = tickCarry &+ 1
        defer { tickCarry = ticks }
        if ticks & tickMask == 0 { pending = pending ?? pollLimitsAtEntry() }

        while true {
            do throws(PythonError) {
                if let p = pending {
                    pending = nil
                    isReraise = false
                    throw PythonError(p)
                }
                while true {
                    let ins = instrs[pc]
                    pc &+= 1
                    switch ins.opcode {
                    case .nop:
                        break
                    case .popTop:
                        sp -= 1
                        sp.deinitializeValue(objectTag: objectTag, strTag: strTag)
                        if hasPendingCloses {
                            f.pointee.sp = sp
                            f.pointee.pc = pc
                            runPendingCloses()
                        }
                    case .copy:
                        sp.initialize(copying: sp - Int(ins.arg), objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .swap:
                        swap(&(sp - 1).pointee, &(sp - Int(ins.arg)).pointee)
                    case .loadConst:
                        sp.initialize(copying: consts + Int(ins.arg), objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .loadFast:
                        sp.initialize(copying: locals + Int(ins.arg), objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .loadFastChecked:
                        if case .unbound = locals[Int(ins.arg)] {
                            throw unboundLocal(code.varnames[Int(ins.arg)])
                        }
                        sp.initialize(copying: locals + Int(ins.arg), objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .storeFast:
                        sp -= 1
                        (locals + Int(ins.arg)).assign(movingFrom: sp, objectTag: objectTag, strTag: strTag)
                        if hasPendingCloses {
                            f.pointee.sp = sp
                            f.pointee.pc = pc
                            runPendingCloses()
                        }
                    case .deleteFast:
                        if case .unbound = locals[Int(ins.arg)] {
                            throw unboundLocal(code.varnames[Int(ins.arg)])
                        }
                        locals[Int(ins.arg)] = .unbound
                    case .loadGlobal:
                        // Through the run's cache (GlobalCache.swift): a hit costs three
                        // comparisons and the copy of the value.
                        // The entry number is read from the instruction again rather than
                        // kept from `ins`: keeping it live through the switch measured 1.5 %
                        // slower on nbody (register pressure). The same in the cases below.
                        let entry = GlobalCacheEntry.slot(globalCache, number: instrs[pc &- 1].cacheSlot)
                        let nameRef = code.nameRefs[Int(ins.arg)]
                        let globalsRef = f.pointee.globalsRef
                        let found: UnsafeMutablePointer<Value>?
                        if entry.pointee.name == nameRef.toOpaque(), entry.pointee.globals == globalsRef.toOpaque(),
                           entry.pointee.version == globalsRef._withUnsafeGuaranteedRef({ $0.version }) {
                            let i = entry.pointee.index
                            found = i >= 0 ? globalsRef._withUnsafeGuaranteedRef { $0.valueSlot(atEntry: i) }
                                : builtinsRef._withUnsafeGuaranteedRef { $0.valueSlot(atEntry: ~i) }
                        } else {
                            found = fillGlobalCache(entry, name: nameRef, globals: globalsRef)
                        }
                        guard let found else {
                            sp.initialize(to: try missingGlobal(code.names[Int(ins.arg)].value))
                            sp += 1
                            break
                        }
                        sp.initialize(copying: found, objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .storeGlobal:
                        sp -= 1
                        let v = sp.move()
                        code.nameRefs[Int(ins.arg)]._withUnsafeGuaranteedRef { name in
                            f.pointee.globalsRef._withUnsafeGuaranteedRef { $0.setString(name, v) }
                        }
                        if hasPendingCloses {
                            f.pointee.sp = sp
                            f.pointee.pc = pc
                            runPendingCloses()
                        }
                    case .deleteGlobal:
                        let name = code.names[Int(ins.arg)]
                        if try f.pointee.globals.remove(.str(name), vm: self) == nil {
                            throw nameError(name.value)
                        }
                    case .loadName:
                        let name = code.names[Int(ins.arg)]
                        if let v = f.pointee.namespace?.getString(name) ?? f.pointee.globals.getString(name) ?? builtins.getString(name) {
                            sp.initialize(to: v)
                            sp += 1
                        } else {
                            sp.initialize(to: try missingGlobal(name.value))
                            sp += 1
                        }
                    case .storeName:
                        sp -= 1
                        let v = sp.move()
                        if let ns = f.pointee.namespace {
                            ns.setString(code.names[Int(ins.arg)], v)
                        } else {
                            f.pointee.globals.setString(code.names[Int(ins.arg)], v)
                        }
                        if hasPendingCloses {
                            f.pointee.sp = sp
                            f.pointee.pc = pc
                            runPendingCloses()
                        }
                    case .deleteName:
                        let name = code.names[Int(ins.arg)]
                        let ns = f.pointee.namespace ?? f.pointee.globals
                        if try ns.remove(.str(name), vm: self) == nil {
                            throw nameError(name.value)
                        }
                    case .loadDeref:
                        let cell = unsafeDowncast(locals[Int(ins.arg)].asObject!, to: PyCell.self)
                        let v = cell.value
                        if case .unbound = v {
                            throw freeVariableError(code: code, slot: Int(ins.arg))
                        }
                        sp.initialize(to: v)
                        sp += 1
                    case .storeDeref:
                        sp -= 1
                        let cell = unsafeDowncast(locals[Int(ins.arg)].asObject!, to: PyCell.self)
                        cell.value = sp.move()
                    case .deleteDeref:
                        let cell = unsafeDowncast(locals[Int(ins.arg)].asObject!, to: PyCell.self)
                        if case .unbound = cell.value { throw freeVariableError(code: code, slot: Int(ins.arg)) }
                        cell.value = .unbound
                    case .loadClassDeref:
                        let slot = Int(ins.arg)
                        let name = PyStr(slotName(code, slot))
                        if let v = f.pointee.namespace?.getString(name) {
                            sp.initialize(to: v)
                        } else {
                            let cell = unsafeDowncast(locals[slot].asObject!, to: PyCell.self)
                            if case .unbound = cell.value { throw freeVariableError(code: code, slot: slot) }
                            sp.initialize(to: cell.value)
                        }
                        sp += 1
                    case .loadClosure:
                        sp.initialize(to: locals[Int(ins.arg)])
                        sp += 1
                    case .loadAttr:
                        if let inst = (sp - 1).borrowedInstance(tag: objectTag) {
                            let entry = AttributeCacheEntry.slot(attributeCache, number: instrs[pc &- 1].cacheSlot)
                            var getter: Unmanaged<PyFunction>? = nil
                            if entry.pointee.kind == .property {
                                getter = cachedPropertyGetter(inst, code.nameRefs[Int(ins.arg)], entry)
                            }
                            if getter == nil {
                                if let found = cachedInstanceAttributeSlot(inst, code.nameRefs[Int(ins.arg)], entry, strTag: strTag) {
                                    // The value's copy replaces the instance's bits in the slot; the
                                    // stack's reference to the instance (which keeps the dict and the
                                    // value alive until then) is released after.
                                    (sp - 1).initialize(copying: found, objectTag: objectTag, strTag: strTag)
                                    inst.release()
                                    break
                                }
                                // The miss records a property read as such (see fillAttributeCache).
                                if entry.pointee.kind == .property {
                                    getter = cachedPropertyGetter(inst, code.nameRefs[Int(ins.arg)], entry)
                                }
                            }
                            if let getter {
                                // A property: its getter runs as a call that returns into the
                                // instance's slot (out of line: the dispatch loop stays small).
                                let nf = try pushPropertyGetterFrame(getter, instanceSlot: sp - 1, caller: f, pc: pc)
                                f = nf
                                code = nf.pointee.code
                                instrs = code.instructions
                                consts = code.constants
                                locals = nf.pointee.locals
                                sp = nf.pointee.sp
                                pc = 0
                                continue
                            }
                        }
                        if let mu = (sp - 1).borrowedModule(tag: objectTag) {
                            // `module.name`: the value's copy replaces the module in the slot.
                            let entry = AttributeCacheEntry.slot(attributeCache, number: instrs[pc &- 1].cacheSlot)
                            if let found = cachedModuleAttributeSlot(mu, code.nameRefs[Int(ins.arg)], entry, strTag: strTag) {
                                (sp - 1).initialize(copying: found, objectTag: objectTag, strTag: strTag)
                                mu.release()
                                break
                            }
                        }
                        let name = code.names[Int(ins.arg)]
                        try replaceMoving(sp - 1) { obj throws(PythonError) in try getAttribute(obj, name) }
                    case .loadFastAttr:
                        // Fast path reads `local.name` borrowing the local; otherwise the local
                        // is pushed and the `LOAD_ATTR` after this instruction does the work.
                        let slot = locals + Int(ins.arg)
                        if let inst = slot.borrowedInstance(tag: objectTag) {
                            let entry = AttributeCacheEntry.slot(attributeCache, number: instrs[pc &- 1].cacheSlot)
                            if let found = cachedInstanceAttributeSlot(inst, code.nameRefs[Int(instrs[pc].arg)], entry, strTag: strTag) {
                                sp.initialize(copying: found, objectTag: objectTag, strTag: strTag)
                                sp += 1
                                pc &+= 1
                                break
                            }
                        }
                        if case .unbound = slot.pointee { throw unboundLocal(code.varnames[Int(ins.arg)]) }
                        sp.initialize(copying: slot, objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .loadFastSubscript:
                        // `local[index]` read in place, then the index load and the
                        // BINARY_SUBSCR after this instruction are skipped.
                        // The index is a local when the instruction's cache slot is 1, else a constant.
                        let next = instrs[pc]
                        let index = ins.cacheSlot != 0 ? locals + Int(next.arg) : consts + Int(next.arg)
                        if let item = VM.borrowedSubscript(locals + Int(ins.arg), index, objectTag: objectTag, strTag: strTag) {
                            sp.initialize(to: item)
                            sp += 1
                            pc &+= 2
                            break
                        }
                        if case .unbound = locals[Int(ins.arg)] { throw unboundLocal(code.varnames[Int(ins.arg)]) }
                        sp.initialize(copying: locals + Int(ins.arg), objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .loadFastBinaryOp:
                        // `local op operand` of two ints or two floats, computed without
                        // pushing the operands (the operand a local when the instruction's
                        // cache slot is 1, else a constant); the operand load and the
                        // BINARY_OP after this instruction are skipped. Anything else pushes
                        // the local and falls through to them. (The int and float branches stay
                        // apart: merged through one payload word, they measured 4-11 % slower.)
                        let left = locals + Int(ins.arg)
                        let operand = instrs[pc]
                        let right = ins.cacheSlot != 0 ? locals + Int(operand.arg) : consts + Int(operand.arg)
                        if case .int(let x) = left.pointee, case .int(let y) = right.pointee {
                            if let r = VM.intArithmetic(instrs[pc &+ 1].arg, x, y) {
                                // Stored by a STORE_FAST after it (`i += 1`) straight into the local.
                                let store = instrs[pc &+ 2]
                                if store.opcode == .storeFast,
                                   (locals + Int(store.arg)).overwritePlain(int: r, taggedLike: left, objectTag: objectTag, strTag: strTag) {
                                    pc &+= 3
                                    break
                                }
                                sp.initialize(int: r, taggedLike: left, objectTag: objectTag)
                                sp += 1
                                pc &+= 2
                                break
                            }
                        } else if case .float(let x) = left.pointee, case .float(let y) = right.pointee {
                            if let r = VM.floatArithmetic(instrs[pc &+ 1].arg, x, y) {
                                let store = instrs[pc &+ 2]
                                if store.opcode == .storeFast,
                                   (locals + Int(store.arg)).overwritePlain(float: r, taggedLike: left, objectTag: objectTag, strTag: strTag) {
                                    pc &+= 3
                                    break
                                }
                                sp.initialize(float: r, taggedLike: left, objectTag: objectTag)
                                sp += 1
                                pc &+= 2
                                break
                            }
                        }
                        if case .unbound = left.pointee { throw unboundLocal(code.varnames[Int(ins.arg)]) }
                        sp.initialize(copying: left, objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .loadFastCompareOp:
                        // `local < operand` (any of the six comparisons) in the same way; a
                        // conditional jump on the result is taken here too.
                        let left = locals + Int(ins.arg)
                        let operand = instrs[pc]
                        let right = ins.cacheSlot != 0 ? locals + Int(operand.arg) : consts + Int(operand.arg)
                        let r: Bool
                        if case .int(let x) = left.pointee, case .int(let y) = right.pointee {
                            r = VM.comparison(instrs[pc &+ 1].arg, x, y)
                        } else if case .float(let x) = left.pointee, case .float(let y) = right.pointee {
                            r = VM.comparison(instrs[pc &+ 1].arg, x, y)
                        } else {
                            if case .unbound = left.pointee { throw unboundLocal(code.varnames[Int(ins.arg)]) }
                            sp.initialize(copying: left, objectTag: objectTag, strTag: strTag)
                            sp += 1
                            break
                        }
                        let next = instrs[pc &+ 2]
                        if next.opcode == .popJumpIfFalse {
                            pc = r ? pc &+ 3 : Int(next.arg)
                        } else if next.opcode == .popJumpIfTrue {
                            pc = r ? Int(next.arg) : pc &+ 3
                        } else {
                            sp.initialize(to: .bool(r))
                            sp += 1
                            pc &+= 2
                        }
                    case .loadConstBinaryOp:
                        // `top op constant` (an int or float constant) written over the top
                        // slot, skipping the BINARY_OP after this instruction; anything else
                        // pushes the constant and falls through to it.
                        let right = consts + Int(ins.arg)
                        if case .int(let x) = (sp - 1).pointee, case .int(let y) = right.pointee {
                            if let r = VM.intArithmetic(instrs[pc].arg, x, y) {
                                let store = instrs[pc &+ 1]
                                if store.opcode == .storeFast,
                                   (locals + Int(store.arg)).overwritePlain(int: r, taggedLike: sp - 1, objectTag: objectTag, strTag: strTag) {
                                    sp -= 1
                                    pc &+= 2
                                    break
                                }
                                (sp - 1).replacePayload(int: r, objectTag: objectTag)
                                pc &+= 1
                                break
                            }
                        } else if case .float(let x) = (sp - 1).pointee, case .float(let y) = right.pointee {
                            if let r = VM.floatArithmetic(instrs[pc].arg, x, y) {
                                let store = instrs[pc &+ 1]
                                if store.opcode == .storeFast,
                                   (locals + Int(store.arg)).overwritePlain(float: r, taggedLike: sp - 1, objectTag: objectTag, strTag: strTag) {
                                    sp -= 1
                                    pc &+= 2
                                    break
                                }
                                (sp - 1).replacePayload(float: r, objectTag: objectTag)
                                pc &+= 1
                                break
                            }
                        }
                        sp.initialize(copying: right, objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .loadConstCompareOp:
                        // `top < constant` in the same way, taking a conditional jump on it.
                        let right = consts + Int(ins.arg)
                        let r: Bool
                        if case .int(let x) = (sp - 1).pointee, case .int(let y) = right.pointee {
                            r = VM.comparison(instrs[pc].arg, x, y)
                        } else if case .float(let x) = (sp - 1).pointee, case .float(let y) = right.pointee {
                            r = VM.comparison(instrs[pc].arg, x, y)
                        } else {
                            sp.initialize(copying: right, objectTag: objectTag, strTag: strTag)
                            sp += 1
                            break
                        }
                        // The top holds a plain int or float: dropped or overwritten with no release.
                        let next = instrs[pc &+ 1]
                        if next.opcode == .popJumpIfFalse {
                            sp -= 1
                            pc = r ? pc &+ 2 : Int(next.arg)
                        } else if next.opcode == .popJumpIfTrue {
                            sp -= 1
                            pc = r ? Int(next.arg) : pc &+ 2
                        } else {
                            (sp - 1).initialize(to: .bool(r))
                            pc &+= 1
                        }
                    case .copySubscript:
                        if let item = VM.borrowedSubscript(sp - 2, sp - 1, objectTag: objectTag, strTag: strTag) {
                            sp.initialize(to: item)
                            sp += 1
                            pc &+= 2
                            break
                        }
                        sp.initialize(copying: sp - 2, objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .loadFastMethod:
                        let slot = locals + Int(ins.arg)
                        if let inst = slot.borrowedInstance(tag: objectTag) {
                            let entry = AttributeCacheEntry.slot(attributeCache, number: instrs[pc &- 1].cacheSlot)
                            if let method = cachedInstanceMethodSlot(inst, code.nameRefs[Int(instrs[pc].arg)], entry, strTag: strTag) {
                                sp.initialize(copying: method, objectTag: objectTag, strTag: strTag)
                                (sp + 1).initialize(copying: slot, objectTag: objectTag, strTag: strTag)
                                sp += 2
                                pc &+= 1
                                break
                            }
                        }
                        if case .unbound = slot.pointee { throw unboundLocal(code.varnames[Int(ins.arg)]) }
                        sp.initialize(copying: slot, objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .loadFastStoreAttr:
                        let slot = locals + Int(ins.arg)
                        if let inst = slot.borrowedInstance(tag: objectTag) {
                            let entry = AttributeCacheEntry.slot(attributeCache, number: instrs[pc &- 1].cacheSlot)
                            if cachedSetInstanceAttribute(inst, code.nameRefs[Int(instrs[pc].arg)], sp - 1, entry, strTag: strTag) {
                                sp -= 1
                                pc &+= 1
                                if hasPendingCloses {
                                    f.pointee.sp = sp
                                    f.pointee.pc = pc
                                    runPendingCloses()
                                }
                                break
                            }
                        }
                        if case .unbound = slot.pointee { throw unboundLocal(code.varnames[Int(ins.arg)]) }
                        sp.initialize(copying: slot, objectTag: objectTag, strTag: strTag)
                        sp += 1
                    case .storeAttr:
                        sp -= 2
                        var stored = false
                        if let inst = (sp + 1).borrowedInstance(tag: objectTag) {
                            let entry = AttributeCacheEntry.slot(attributeCache, number: instrs[pc &- 1].cacheSlot)
                            stored = cachedSetInstanceAttribute(inst, code.nameRefs[Int(ins.arg)], sp, entry, strTag: strTag)
                        }
                        if stored {
                            // The value was moved into the dict: only the object is left.
                            (sp + 1).deinitializeValue(objectTag: objectTag, strTag: strTag)
                        } else {
                            let v = sp.move()
                            let obj = (sp + 1).move()
                            try setAttribute(obj, code.names[Int(ins.arg)], v)
                        }
                        if hasPendingCloses {
                            f.pointee.sp = sp
                            f.pointee.pc = pc
                            runPendingCloses()
                        }
                    case .deleteAttr:
                        sp -= 1
                        let obj = sp.move()
                        try deleteAttribute(obj, code.names[Int(ins.arg)])
                    case .loadMethod:
                        if let inst = (sp - 1).borrowedInstance(tag: objectTag) {
                            let entry = AttributeCacheEntry.slot(attributeCache, number: instrs[pc &- 1].cacheSlot)
                            if let method = cachedInstanceMethodSlot(inst, code.nameRefs[Int(ins.arg)], entry, strTag: strTag) {
                                // [function, instance]: the instance moves up a slot.
                                sp.initialize(movingFrom: sp - 1)
                                (sp - 1).initialize(copying: method, objectTag: objectTag, strTag: strTag)
                                sp += 1
                                break
                            }
                        }
                        if let mu = (sp - 1).borrowedModule(tag: objectTag) {
                            // `module.function(...)`: [function, unbound], the module released.
                            let entry = AttributeCacheEntry.slot(attributeCache, number: instrs[pc &- 1].cacheSlot)
                            if let found = cachedModuleAttributeSlot(mu, code.nameRefs[Int(ins.arg)], entry, strTag: strTag) {
                                (sp - 1).initialize(copying: found, objectTag: objectTag, strTag: strTag)
                                sp.initialize(to: .unbound)
                                sp += 1
                                mu.release()
                                break
                            }
                        }
                        if let table = methodTables.table(for: sp - 1, objectTag: objectTag, strTag: strTag) {
                            // A method of a builtin type (`s.split`, `items.append`): one probe
                            // of the type's frozen method table.
                            let entry = BuiltinMethodCacheEntry.slot(builtinMethodCache, number: instrs[pc &- 1].cacheSlot)
                            if let method = BuiltinMethodCacheEntry.method(entry, table, code.nameRefs[Int(ins.arg)], strTag: strTag) {
                                sp.initialize(movingFrom: sp - 1)
                                (sp - 1).initialize(copying: method, objectTag: objectTag, strTag: strTag)
                                sp += 1
                                break
                            }
                        }
                        let obj = (sp - 1).move()
                        do {
                            let (m, s) = try loadMethod(obj, code.names[Int(ins.arg)])
                            (sp - 1).initialize(to: m)
                            sp.initialize(to: s)
                            sp += 1
                        } catch {
                            (sp - 1).initialize(to: obj)
                            throw error
                        }
                    case .binarySubscript:
                        if let item = VM.borrowedSubscript(sp - 2, sp - 1, objectTag: objectTag, strTag: strTag) {
                            sp -= 1
                            sp.deinitializeValue(objectTag: objectTag, strTag: strTag)
                            (sp - 1).pointee = item
                            break
                        }
                        sp -= 1
                        let index = sp.move()
                        let container = (sp - 1).pointee
                        (sp - 1).pointee = try getItem(container, index)
                    case .binarySlice:
                        if ins.arg == 1 {
                            sp -= 3
                            let start = sp.move()
                            let stop = (sp + 1).move()
                            let step = (sp + 2).move()
                            (sp - 1).pointee = try getSlice((sp - 1).pointee, start, stop, step: step)
                            continue
                        }
                        sp -= 2
                        let start = sp.move()
                        let stop = (sp + 1).move()
                        (sp - 1).pointee = try getSlice((sp - 1).pointee, start, stop)
                    case .storeSlice:
                        sp -= 4
                        let v = sp.move()
                        let container = (sp + 1).move()
                        let start = (sp + 2).move()
                        let stop = (sp + 3).move()
                        try setSlice(container, start, stop, v)
                        if hasPendingCloses {
                            f.pointee.sp = sp
                            f.pointee.pc = pc
                            runPendingCloses()
                        }
                    case .storeSubscript:
                        // list[int] = value through a borrowed list, the value moved in place.
                        if let u = (sp - 2).borrowedObject(tag: objectTag), u._withUnsafeGuaranteedRef({ $0.kind }) == .list,
                           case .int(let i) = (sp - 1).pointee,
                           u._withUnsafeGuaranteedRef({ unsafeDowncast($0, to: PyList.self).replaceItem(at: i, movingFrom: sp - 3, objectTag: objectTag, strTag: strTag) }) {
                            sp -= 3
                            (sp + 1).deinitializeValue(objectTag: objectTag, strTag: strTag)
                            break
                        }
                        sp -= 3
                        let v = sp.move()
                        let container = (sp + 1).move()
                        let index = (sp + 2).move()
                        try setItem(container, consume index, consume v)
                        if hasPendingCloses {
                            f.pointee.sp = sp
                            f.pointee.pc = pc
                            runPendingCloses()
                        }
                    case .deleteSubscript:
                        sp -= 2
                        let container = sp.move()
                        let index = (sp + 1).move()
                        try deleteItem(container, index)
                        if hasPendingCloses {
                            f.pointee.sp = sp
                            f.pointee.pc = pc
                            runPendingCloses()
                        }
                    case .binaryOp, .inplaceOp:
                        // Int and float operands are read in place: both slots hold plain
                        // values, so the result is written over them with no release, as a new
                        // payload in the left operand's slot (which has the result's case).
                        if case .int(let x) = (sp - 2).pointee, case .int(let y) = (sp - 1).pointee {
                            if let r = VM.intArithmetic(ins.arg, x, y) {
                                sp -= 1
                                (sp - 1).replacePayload(int: r, objectTag: objectTag)
                                continue
                            }
                        } else if case .float(let x) = (sp - 2).pointee, case .float(let y) = (sp - 1).pointee {
                            if let r = VM.floatArithmetic(ins.arg, x, y) {
                                sp -= 1
                                (sp - 1).replacePayload(float: r, objectTag: objectTag)
                                continue
                            }
                        }
                        if ins.arg == 0, let target = inPlaceTarget(instrs[pc], f, locals, code, sp) {
                            // `s += t` (or `s = s + t`) stored back where `s` came from:
                            // appended in place.
                            if try appendStringInPlace(sp, target: target) { sp -= 1; continue }
                        }
                        sp -= 1
                        let b = sp.move()
                        let op = BinaryOperator(rawValue: UInt8(ins.arg))!
                        let inplace = ins.opcode == .inplaceOp
                        try replaceMoving(sp - 1) { a throws(PythonError) in try binaryOperation(op, a, b, inplace: inplace) }
                    case .unaryNegative:
                        let v = (sp - 1).pointee
                        (sp - 1).pointee = try unaryOperation(.negative, v)
                    case .unaryPositive:
                        let v = (sp - 1).pointee
                        (sp - 1).pointee = try unaryOperation(.positive, v)
                    case .unaryInvert:
                        let v = (sp - 1).pointee
                        (sp - 1).pointee = try unaryOperation(.invert, v)
                    case .unaryNot:
                        let v = (sp - 1).pointee
                        if case .bool(let b) = v {
                            (sp - 1).pointee = .bool(!b)
                        } else {
                            (sp - 1).pointee = .bool(!(try isTrue(v)))
                        }
                    case .compareOp:
                        if case .int(let x) = (sp - 2).pointee, case .int(let y) = (sp - 1).pointee {
                            let r = VM.comparison(ins.arg, x, y)
                            // A conditional jump on the result (`if n < 2:`, `while i < n:`) is
                            // taken here: the operands are plain ints, so both slots are just
                            // dropped, and no bool is made for the jump to read back.
                            let next = instrs[pc]
                            if next.opcode == .popJumpIfFalse {
                                sp -= 2
                                pc = r ? pc &+ 1 : Int(next.arg)
                                continue
                            }
                            if next.opcode == .popJumpIfTrue {
                                sp -= 2
                                pc = r ? Int(next.arg) : pc &+ 1
                                continue
                            }
                            sp -= 1
                            (sp - 1).initialize(to: .bool(r))
                        } else {
                            sp -= 1
                            let b = sp.move()
                            let op = CompareOperator(rawValue: UInt8(ins.arg))!
                            try replaceMoving(sp - 1) { a throws(PythonError) in try compare(op, a, b) }
                        }
                    case .isOp:
                        // `x is y` of an object (or of None and None) read from the slots' bits:
                        // an object is identical only to the same object.
                        let same: Bool?
                        if let x = (sp - 2).borrowedObject(tag: objectTag) {
                            same = (sp - 1).borrowedObject(tag: objectTag)?.toOpaque() == x.toOpaque()
                        } else if (sp - 1).borrowedObject(tag: objectTag) != nil {
                            same = false
                        } else if case .none = (sp - 2).pointee, case .none = (sp - 1).pointee {
                            same = true
                        } else {
                            same = nil
                        }
                        if let same {
                            sp -= 2
                            sp.deinitializeValues(count: 2, objectTag: objectTag, strTag: strTag)
                            sp.initialize(to: .bool(ins.arg == 0 ? same : !same))
                            sp += 1
                            break
                        }
                        sp -= 1
                        let b = sp.move()
                        let a = (sp - 1).pointee
                        let identical = a.isIdentical(to: b)
                        (sp - 1).pointee = .bool(ins.arg == 0 ? identical : !identical)
                    case .containsOp:
                        sp -= 1
                        let container = sp.move()
                        let item = (sp - 1).pointee
                        let r = try contains(container, item)
                        (sp - 1).pointee = .bool(ins.arg == 0 ? r : !r)
                    case .jump:
                        let target = Int(ins.arg)
                        if target < pc {
                            ticks &+= 1
                            if ticks & tickMask == 0 { try checkLimits() }
                        }
                        pc = target
                    case .popJumpIfFalse:
                        sp -= 1
                        if case .bool(let b) = sp.pointee {
                            if !b { pc = Int(ins.arg) }
                            continue
                        }
                        // An int (`if x & 1:`, `while n:`) holds nothing to release either.
                        if case .int(let i) = sp.pointee {
                            if i == 0 { pc = Int(ins.arg) }
                            continue
                        }
                        let v = sp.move()
                        if !(try isTrue(v)) {
                            pc = Int(ins.arg)
                        }
                    case .popJumpIfTrue:
                        sp -= 1
                        if case .bool(let b) = sp.pointee {
                            if b { pc = Int(ins.arg) }
                            continue
                        }
                        if case .int(let i) = sp.pointee {
                            if i != 0 { pc = Int(ins.arg) }
                            continue
                        }
                        let v = sp.move()
                        if try isTrue(v) {
                            pc = Int(ins.arg)
                        }
                    case .jumpIfFalseOrPop:
                        if !(try isTrue((sp - 1).pointee)) {
                            pc = Int(ins.arg)
                        } else {
                            sp -= 1
                            sp.deinitialize(count: 1)
                        }
                    case .jumpIfTrueOrPop:
                        if try isTrue((sp - 1).pointee) {
                            pc = Int(ins.arg)
                        } else {
                            sp -= 1
                            sp.deinitialize(count: 1)
                        }
                    case .popJumpIfNone:
                        sp -= 1
                        if sp.move().isNone { pc = Int(ins.arg) }
                    case .popJumpIfNotNone:
                        sp -= 1
                        if !sp.move().isNone { pc = Int(ins.arg) }
                    case .getIter:
                        try replaceMoving(sp - 1) { v throws(PythonError) in try getIterator(v) }
                    case .forIter:
                        // `for i in range(...)`: the next int goes straight into the loop
                        // variable when the STORE_FAST after this instruction stores it and the
                        // local holds no reference to release (it is unbound or an int). (The
                        // same for list iterators measured slower: list_comp +5 %.)
                        if let u = (sp - 1).borrowedObject(tag: objectTag), u._withUnsafeGuaranteedRef({ $0.kind }) == .rangeIterator {
                            let store = instrs[pc]
                            if store.opcode == .storeFast, (locals + Int(store.arg)).holdsNoReference(objectTag: objectTag, strTag: strTag) {
                                let ri = Unmanaged<PyRangeIterator>.fromOpaque(u.toOpaque())
                                let next: Int? = ri._withUnsafeGuaranteedRef { ri in
                                    guard ri.remaining > 0 else { return nil }
                                    let v = ri.next
                                    ri.next = v &+ ri.step
                                    ri.remaining -= 1
                                    return v
                                }
                                if let next {
                                    (locals + Int(store.arg)).initialize(to: .int(next))
                                    pc &+= 1
                                    break
                                }
                            }
                        }
                        // Range and list iterators step through a borrowed reference (a
                        // layout check failing at start-up leaves every iterator to nextItem).
                        var item: Value? = nil
                        var stepped = false
                        if let u = (sp - 1).borrowedObject(tag: objectTag) {
                            let kind = u._withUnsafeGuaranteedRef { $0.kind }
                            if kind == .rangeIterator || kind == .listIterator {
                                stepped = true
                                item = u._withUnsafeGuaranteedRef { o in
                                    if kind == .rangeIterator {
                                        let ri = unsafeDowncast(o, to: PyRangeIterator.self)
                                        guard ri.remaining > 0 else { return nil }
                                        let v = ri.next
                                        ri.next = v &+ ri.step
                                        ri.remaining -= 1
                                        return .int(v)
                                    }
                                    let li = unsafeDowncast(o, to: PyListIterator.self)
                                    return li.list.items.withUnsafeBufferPointer { items in
                                        guard li.index < items.count else { return nil }
                                        li.index += 1
                                        return items[li.index - 1]
                                    }
                                }
                            } else if kind == .nativeIterator {
                                // `for a, b in d.items()` / `enumerate` / `zip`: both items go
                                // where UNPACK_SEQUENCE would leave them, without the tuple.
                                let unpack = instrs[pc]
                                if unpack.opcode == .unpackSequence, unpack.arg == 2 {
                                    f.pointee.sp = sp
                                    f.pointee.pc = pc
                                    if let more = try stepPair(Unmanaged<PyNativeIterator>.fromOpaque(u.toOpaque()), into: sp) {
                                        if more {
                                            sp += 2
                                            pc &+= 1
                                        } else {
                                            sp -= 1
                                            sp.deinitializeValue(objectTag: objectTag, strTag: strTag)
                                            pc = Int(ins.arg)
                                        }
                                        break
                                    }
                                }
                            } else if kind == .generator {
                                let g = Unmanaged<PyGenerator>.fromOpaque(u.toOpaque())
                                if g._withUnsafeGuaranteedRef({ !$0.isCoroutine && ($0.state == .created || $0.state == .suspended) }) {
                                    // Resume the generator in this loop: its frame goes on top and
                                    // YIELD/RETURN hand control back to this FOR_ITER.
                                    f.pointee.sp = sp
                                    f.pointee.pc = pc
                                    let nf = try pushGeneratorFrame(g, send: .none, resumingWithException: false, start: sp, chunkEnd: f.pointee.chunkEnd)
                                    nf.pointee.resumeMode = 1
                                    f = nf
                                    code = nf.pointee.code
                                    instrs = code.instructions
                                    consts = code.constants
                                    locals = f.pointee.locals
                                    sp = f.pointee.sp
                                    pc = f.pointee.pc
                                    break
                                }
                            }
                        }
                        if !stepped {
                            f.pointee.sp = sp
                            f.pointee.pc = pc
                            if case .object(let io) = (sp - 1).pointee, io.kind == .instance {
                                do throws(PythonError) {
                                    item = try nextItemOfInstance((sp - 1).pointee)
                                } catch {
                                    guard pauseBeforeInstruction(error) else { throw error }
                                    // A file object's __next__ waits for the host: run this
                                    // FOR_ITER again on resume.
                                    f.pointee.pc = pc - 1
                                    yielded = false
                                    return .none
                                }
                            } else {
                                item = try nextItem((sp - 1).pointee)
                            }
                        }
                        if let item {
                            sp.initialize(to: item)
                            sp += 1
                        } else {
                            sp -= 1
                            sp.deinitialize(count: 1)
                            pc = Int(ins.arg)
                        }
                    case .buildTuple:
                        let n = Int(ins.arg)
                        sp -= n
                        // The items move from the stack into the tuple.
                        let t: Value = n == 0 ? .emptyTuple : .object(PyTuple(moving: sp, count: n))
                        sp.initialize(to: t)
                        sp += 1
                    case .buildList:
                        let n = Int(ins.arg)
                        sp -= n
                        let l = PyList(Array(UnsafeBufferPointer(start: sp, count: n)))
                        sp.deinitializeValues(count: n, objectTag: objectTag, strTag: strTag)
                        sp.initialize(to: .object(l))
                        sp += 1
                    case .buildSet:
                        let n = Int(ins.arg)
                        let s = PySet()
                        for i in 0..<n { try s.add((sp - n + i).pointee, vm: self) }
                        sp -= n
                        sp.deinitializeValues(count: n, objectTag: objectTag, strTag: strTag)
                        sp.initialize(to: .object(s))
                        sp += 1
                    case .buildMap:
                        let n = Int(ins.arg)
                        let d = PyDict(capacity: n)
                        sp -= 2 * n
                        // Keys and values move into the dict; after an unhashable key the
                        // pairs not yet moved are released here.
                        for i in 0..<n {
                            let pair = sp + 2 * i
                            do throws(PythonError) {
                                try d.set(pair.move(), (pair + 1).move(), vm: self)
                            } catch {
                                (pair + 2).deinitializeValues(count: 2 * (n - i - 1), objectTag: objectTag, strTag: strTag)
                                throw error
                            }
                        }
                        sp.initialize(to: .object(d))
                        sp += 1
                    case .buildConstKeyMap:
                        let n = Int(ins.arg & 0xFFFF)
                        let d = VM.splitDict(template: consts + Int(ins.arg >> 16), values: sp - n)
                        sp -= n
                        sp.initialize(to: .object(d))
                        sp += 1
                    case .buildSlice:
                        let n = Int(ins.arg)
                        sp -= n
                        let s = PySlice(start: sp.pointee, stop: (sp + 1).pointee, step: n == 3 ? (sp + 2).pointee : .none)
                        sp.deinitializeValues(count: n, objectTag: objectTag, strTag: strTag)
                        sp.initialize(to: .object(s))
                        sp += 1
                    case .buildString:
                        let n = Int(ins.arg)
                        sp -= n
                        let s = try concatenateStrings(sp, count: n)
                        sp.deinitializeValues(count: n, objectTag: objectTag, strTag: strTag)
                        sp.initialize(to: .str(s))
                        sp += 1
                    case .listAppend:
                        // The list under construction is borrowed from its stack slot, and the
                        // item moves from the top of the stack straight into it.
                        sp -= 1
                        if let lu = (sp - Int(ins.arg)).borrowedObject(tag: objectTag), lu._withUnsafeGuaranteedRef({ $0.kind }) == .list {
                            lu._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyList.self).append(moving: sp) }
                        } else {
                            let v = sp.move()
                            try building((sp - Int(ins.arg)).pointee, .list, as: PyList.self).items.append(v)
                        }
                    case .setAdd:
                        sp -= 1
                        let v = sp.move()
                        let set = try building((sp - Int(ins.arg)).pointee, .set, as: PySet.self)
                        try set.add(v, vm: self)
                    case .mapAdd:
                        sp -= 2
                        let k = sp.move()
                        let v = (sp + 1).move()
                        let d = try building((sp - Int(ins.arg)).pointee, .dict, as: PyDict.self)
                        try d.set(k, v, vm: self)
                    case .listExtend:
                        sp -= 1
                        let v = sp.move()
                        let list = try building((sp - Int(ins.arg)).pointee, .list, as: PyList.self)
                        do throws(PythonError) {
                            list.items.append(contentsOf: try iterateToArray(v))
                        } catch {
                            if error.exception.cls === Builtins.shared.typeError && isNotIterableType(v) {
                                throw makeError(Builtins.shared.typeError, "Value after * must be an iterable, not \(typeName(v))")
                            }
                            throw error
                        }
                    case .setUpdate:
                        sp -= 1
                        let v = sp.move()
                        let set = try building((sp - Int(ins.arg)).pointee, .set, as: PySet.self)
                        for item in try iterateToArray(v) { try set.add(item, vm: self) }
                    case .dictUpdate:
                        sp -= 1
                        let v = sp.move()
                        let d = try building((sp - Int(ins.arg)).pointee, .dict, as: PyDict.self)
                        if v.asDict == nil, try getAttributeOrNil(v, Interned.str("keys")) == nil {
                            throw makeError(Builtins.shared.typeError, "'\(typeName(v))' object is not a mapping")
                        }
                        try dictUpdate(d, from: v, forCall: false)
                    case .dictMerge:
                        sp -= 1
                        let v = sp.move()
                        let d = try building((sp - Int(ins.arg)).pointee, .dict, as: PyDict.self)
                        try dictUpdate(d, from: v, forCall: true, callee: (sp - Int(ins.arg) - 2).pointee)
                    case .listToTuple:
                        let list = try building((sp - 1).pointee, .list, as: PyList.self)
                        (sp - 1).pointee = .object(PyTuple(list.items))
                    case .unpackSequence:
                        let n = Int(ins.arg)
                        // A tuple or list of the right length: items straight onto the stack.
                        if let u = (sp - 1).borrowedObject(tag: objectTag) {
                            let kind = u._withUnsafeGuaranteedRef { $0.kind }
                            if kind == .tuple || kind == .list {
                                let top = sp - 1
                                // Items above the sequence's slot; the item for that slot itself
                                // comes back, to overwrite the sequence last.
                                let bottom = VM.spread(u, isTuple: kind == .tuple, n, onto: top)
                                if let bottom {
                                    top.pointee = bottom
                                    sp += n - 1
                                    break
                                }
                            }
                        }
                        sp -= 1
                        let v = sp.move()
                        let items = try unpackExactly(v, count: n)
                        for i in 0..<n {
                            sp.initialize(to: items[n - 1 - i])
                            sp += 1
                        }
                    case .unpackEx:
                        let before = Int(ins.arg & 0xFFFF)
                        let after = Int(ins.arg >> 16)
                        sp -= 1
                        let v = sp.move()
                        let items = try iterateToArray(v)
                        if items.count < before + after {
                            throw makeError(Builtins.shared.valueError, "not enough values to unpack (expected at least \(before + after), got \(items.count))")
                        }
                        var out: [Value] = Array(items[0..<before])
                        out.append(.object(PyList(Array(items[before..<(items.count - after)]))))
                        out.append(contentsOf: items[(items.count - after)...])
                        for item in out.reversed() {
                            sp.initialize(to: item)
                            sp += 1
                        }
                    case .call, .callMethod, .callKw:
                        var argc = Int(ins.arg)
                        // The keyword names stay in `lastKeywordNames` (see `keywordNames`);
                        // the paths that bind keywords read them from there as `kwNames`
                        // before anything else can run. An optional array local here cost
                        // the positional paths a release of nil on every call.
                        var noKeywords = true
                        if ins.opcode == .callKw {
                            sp -= 1
                            noKeywords = try keywordNames(sp.move()).isEmpty
                        }
                        var calleeSlot = sp - argc - 1
                        var argsStart = sp - argc
                        if ins.opcode == .callMethod {
                            calleeSlot = sp - argc - 2
                            if case .unbound = (sp - argc - 1).pointee {
                                argsStart = sp - argc
                            } else {
                                argsStart = sp - argc - 1
                                argc += 1
                            }
                        }
                        ticks &+= 1
                        if ticks & tickMask == 0 { try checkLimits() }
                        // A Python function (the most common callee) skips the bound-method
                        // and builtin checks.
                        if calleeSlot.borrowedObject(tag: objectTag)?._withUnsafeGuaranteedRef({ $0.kind }) != .function {
                            if let u = calleeSlot.borrowedObject(tag: objectTag), u._withUnsafeGuaranteedRef({ $0.kind }) == .boundMethod {
                                let bm = unsafeDowncast(u.takeUnretainedValue(), to: PyBoundMethod.self)
                                if case .object(let fo) = bm.function, fo.kind == .function {
                                    // A bound Python method: call its function with the receiver as
                                    // the first argument, through the inline paths below.
                                    if argsStart == calleeSlot + 2 {
                                        (calleeSlot + 1).pointee = bm.receiver
                                    } else {
                                        // Every frame keeps a spare stack slot for this shift.
                                        (argsStart + 1).moveInitialize(from: argsStart, count: argc)
                                        argsStart.initialize(to: bm.receiver)
                                        sp += 1
                                    }
                                    argsStart = calleeSlot + 1
                                    argc += 1
                                    calleeSlot.pointee = bm.function
                                }
                            }
                            if noKeywords, let u = calleeSlot.borrowedObject(tag: objectTag), u._withUnsafeGuaranteedRef({ $0.kind }) == .builtinFunction {
                                // A builtin function or method with positional arguments, called
                                // through a borrowed reference (gen.send/throw resume inline below).
                                let fn = Unmanaged<PyBuiltinFunction>.fromOpaque(u.toOpaque())
                                let inline = fn._withUnsafeGuaranteedRef { $0.inlineOperation }
                                if argc == 1, inline == .len, let n = VM.quickLength(argsStart, objectTag: objectTag, strTag: strTag) {
                                    // `len(x)` of a builtin container or string, read in place.
                                    calleeSlot.deinitializeValues(count: argsStart + 1 - calleeSlot, objectTag: objectTag, strTag: strTag)
                                    calleeSlot.initialize(to: .int(n))
                                    sp = calleeSlot + 1
                                    break
                                }
                                if argc == 2, inline == .listAppend,
                                   let lu = argsStart.borrowedObject(tag: objectTag), lu._withUnsafeGuaranteedRef({ $0.kind }) == .list {
                                    // `items.append(x)` on an exact list: the argument moves into the list.
                                    lu._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyList.self).append(moving: argsStart + 1) }
                                    calleeSlot.deinitializeValues(count: argsStart + 1 - calleeSlot, objectTag: objectTag, strTag: strTag)
                                    calleeSlot.initialize(to: .none)
                                    sp = calleeSlot + 1
                                    break
                                }
                                if fn._withUnsafeGuaranteedRef({ $0.resumesGenerator }),
                                   let gu = argsStart.borrowedObject(tag: objectTag), gu._withUnsafeGuaranteedRef({ $0.kind }) == .generator,
                                   fn._withUnsafeGuaranteedRef({ ($0 === VM.generatorSend && argc == 2) || ($0 === VM.builtinNext && argc == 1) }) {
                                    // gen.send(v) and next(gen) on a resumable generator: its frame goes
                                    // on top with the generator and the argument moved off the stack
                                    // (the general path below handles throw() and the error cases).
                                    let g = Unmanaged<PyGenerator>.fromOpaque(gu.toOpaque())
                                    let resumable = g._withUnsafeGuaranteedRef { g -> Bool in
                                        if g.isCoroutine { return false }
                                        if g.state == .suspended { return true }
                                        guard g.state == .created else { return false }
                                        if argc == 1 { return true }
                                        if case .none = (argsStart + 1).pointee { return true }
                                        return false
                                    }
                                    if resumable {
                                        let sent: Value = argc == 2 ? (argsStart + 1).move() : .none
                                        let generator = argsStart.move()
                                        calleeSlot.deinitializeValues(count: argsStart - calleeSlot, objectTag: objectTag, strTag: strTag)
                                        sp = calleeSlot
                                        f.pointee.sp = sp
                                        f.pointee.pc = pc
                                        // The frame takes its own reference before the stack's is dropped.
                                        let nf = try withExtendedLifetime(generator) { () throws(PythonError) in
                                            try pushGeneratorFrame(g, send: sent, resumingWithException: false, start: calleeSlot + 1, chunkEnd: f.pointee.chunkEnd)
                                        }
                                        nf.pointee.resumeMode = 4
                                        f = nf
                                        code = f.pointee.code
                                        instrs = code.instructions
                                        consts = code.constants
                                        locals = f.pointee.locals
                                        sp = f.pointee.sp
                                        pc = f.pointee.pc
                                        break
                                    }
                                }
                                if fn._withUnsafeGuaranteedRef({ !$0.resumesGenerator || ($0 !== VM.generatorSend && $0 !== VM.generatorThrow && ($0 !== VM.builtinNext || argc != 1 || argsStart.pointee.asObject?.kind != .generator)) }) {
                                    f.pointee.sp = sp
                                    f.pointee.pc = pc
                                    let args = Arguments(base: argsStart, count: argc)
                                    let result: Value
                                    do throws(PythonError) {
                                        result = try fn.withBorrowed { b throws(PythonError) in try b.body(self, args) }
                                    } catch {
                                        guard pauseBeforeInstruction(error) else { throw error }
                                        // Builtin open() waits for the host: run this call again on resume.
                                        f.pointee.pc = pc - 1
                                        yielded = false
                                        return .none
                                    }
                                    calleeSlot.deinitializeValues(count: sp - calleeSlot, objectTag: objectTag, strTag: strTag)
                                    calleeSlot.initialize(to: result)
                                    sp = calleeSlot + 1
                                    break
                                }
                            }
                        }
                        // The common call: a plain Python function with positional arguments
                        // (and defaults). The callee slot keeps the function, its code and
                        // globals alive until the call returns, so all three are borrowed;
                        // only the new frame's own reference to the function is retained.
                        if noKeywords, let u = calleeSlot.borrowedObject(tag: objectTag), u._withUnsafeGuaranteedRef({ $0.kind }) == .function {
                            let fnRef = Unmanaged<PyFunction>.fromOpaque(u.toOpaque())
                            let plan: (code: Unmanaged<CodeObject>, globals: Unmanaged<PyDict>, argCount: Int)? = fnRef._withUnsafeGuaranteedRef { fn in
                                let fc = fn.code
                                guard fc.isSimple, argc <= fc.argCount, argc + fn.defaults.count >= fc.argCount else { return nil }
                                return (Unmanaged.passUnretained(fc), Unmanaged.passUnretained(fn.globals), fc.argCount)
                            }
                            if let plan {
                                if ins.opcode == .callMethod && argsStart != calleeSlot + 1 {
                                    // Drop the unbound placeholder by shifting args down one slot.
                                    (calleeSlot + 1).moveInitialize(from: argsStart, count: argc)
                                    argsStart = calleeSlot + 1
                                }
                                if argc < plan.argCount {
                                    let missing = plan.argCount - argc
                                    let firstMissing = argsStart + argc
                                    fnRef._withUnsafeGuaranteedRef { fn in
                                        fn.defaults.withUnsafeBufferPointer { d in
                                            for k in 0..<missing { (firstMissing + k).initialize(to: d[d.count - missing + k]) }
                                        }
                                    }
                                }
                                sp = argsStart + plan.argCount
                                f.pointee.sp = calleeSlot
                                f.pointee.pc = pc
                                let nf = try pushFrame(codeRef: plan.code, functionRef: fnRef, borrowingFunction: true, globalsRef: plan.globals, start: argsStart, initialized: plan.argCount, chunkEnd: f.pointee.chunkEnd)
                                if plan.code._withUnsafeGuaranteedRef({ $0.freeCount }) > 0 { fillFreeVariables(nf, fnRef.takeUnretainedValue()) }
                                f = nf
                                (instrs, consts) = plan.code._withUnsafeGuaranteedRef { ($0.instructions, $0.constants) }
                                code = plan.code.takeUnretainedValue()
                                locals = nf.pointee.locals
                                sp = nf.pointee.sp
                                pc = 0
                                continue
                            }
                        }
                        let kwNames: [PyStr]? = noKeywords ? nil : lastKeywordNames
                        // The callee slot keeps the callee alive until the call returns: it
                        // is borrowed, not copied (a copy costs a retain and a release per test).
                        let calleeRef = calleeSlot.borrowedObject(tag: objectTag)
                        let calleeKind = calleeRef?._withUnsafeGuaranteedRef { $0.kind }
                        if calleeKind == .function, let u = calleeRef {
                            unowned(unsafe) let o = u.takeUnretainedValue()
                            // The callee slot keeps the function (and so its code and globals)
                            // alive until the call returns: no retains for these references.
                            unowned(unsafe) let fn = unsafeDowncast(o, to: PyFunction.self)
                            unowned(unsafe) let fc = fn.code
                            unowned(unsafe) let fnGlobals = fn.globals
                            if !fc.isGenerator && !fc.isCoroutine {
                                // General binding (keywords, defaults, *args, cells), still without
                                // recursing on the Swift stack.
                                // The frame goes above the arguments, which are bound straight
                                // into its slots, then released (the slots between the callee
                                // and the frame stay unused until it returns).
                                f.pointee.sp = calleeSlot
                                f.pointee.pc = pc
                                let nf = try pushFrame(codeRef: Unmanaged.passUnretained(fc), functionRef: Unmanaged.passUnretained(fn), borrowingFunction: true, globalsRef: Unmanaged.passUnretained(fnGlobals), start: sp, initialized: 0, chunkEnd: f.pointee.chunkEnd)
                                let nl = nf.pointee.locals
                                do throws(PythonError) {
                                    try bindArguments(fn, Arguments(base: argsStart, count: argc, keywordsIfAny: kwNames), into: nl)
                                } catch {
                                    popFrameDiscarding()
                                    throw error
                                }
                                (calleeSlot + 1).deinitializeValues(count: sp - calleeSlot - 1, objectTag: objectTag, strTag: strTag)
                                f = nf
                                code = fc
                                instrs = code.instructions
                                consts = code.constants
                                locals = nl
                                sp = f.pointee.sp
                                pc = 0
                                continue
                            }
                            if fc.isGenerator && !fc.isCoroutine && !fc.isAsyncGenerator {
                                // A generator function: the generator takes the bound arguments.
                                let g = try makeGenerator(fn, Arguments(base: argsStart, count: argc, keywordsIfAny: kwNames))
                                calleeSlot.deinitializeValues(count: sp - calleeSlot, objectTag: objectTag, strTag: strTag)
                                calleeSlot.initialize(to: .object(g))
                                sp = calleeSlot + 1
                                break
                            }
                        }
                        if calleeKind == .type, let u = calleeRef {
                            // Borrowed even after its slot is overwritten below: a class is the
                            // first entry of its own MRO, so it lives until the run's heap is released.
                            unowned(unsafe) let t = unsafeDowncast(u.takeUnretainedValue(), to: PyType.self)
                            let kind = instantiation(t)
                            if kind == .bare && noKeywords && (argc == 0 || t.isException) {
                                // object.__init__ (no arguments) or BaseException.__init__.
                                let instance = t.isException
                                    ? PyInstance(cls: t, exceptionArgs: Array(UnsafeBufferPointer(start: argsStart, count: argc)))
                                    : PyInstance(cls: t)
                                calleeSlot.deinitializeValues(count: sp - calleeSlot, objectTag: objectTag, strTag: strTag)
                                calleeSlot.initialize(to: .object(instance))
                                sp = calleeSlot + 1
                                break
                            }
                            if kind == .pythonInit, let initRef = t.initializerCache.initializer {
                                unowned(unsafe) let initFn = initRef.takeUnretainedValue()
                                // Instantiate a plain class and run its __init__ as an ordinary frame:
                                // the stack becomes [instance (result), instance (self), args...].
                                let instance = t.isException
                                    ? PyInstance(cls: t, exceptionArgs: Array(UnsafeBufferPointer(start: argsStart, count: argc - (kwNames?.count ?? 0))))
                                    : PyInstance(cls: t)
                                let inst = Value.object(instance)
                                if argsStart == calleeSlot + 2 {
                                    (calleeSlot + 1).initialize(to: inst)
                                } else {
                                    (argsStart + 1).moveInitialize(from: argsStart, count: argc)
                                    argsStart.initialize(to: inst)
                                    sp += 1
                                }
                                calleeSlot.pointee = inst
                                let selfSlot = calleeSlot + 1
                                let total = argc + 1
                                let fc = initFn.code
                                f.pointee.sp = calleeSlot
                                f.pointee.pc = pc
                                let nf: UnsafeMutablePointer<Frame>
                                if fc.isSimple && noKeywords && total <= fc.argCount && total + initFn.defaults.count >= fc.argCount {
                                    var initialized = total
                                    if total < fc.argCount {
                                        let missing = fc.argCount - total
                                        let d = initFn.defaults
                                        for k in 0..<missing { (selfSlot + total + k).initialize(to: d[d.count - missing + k]) }
                                        initialized = fc.argCount
                                    }
                                    sp = selfSlot + initialized
                                    nf = try pushFrame(code: fc, function: initFn, globals: initFn.globals, start: selfSlot, initialized: initialized, chunkEnd: f.pointee.chunkEnd)
                                    if fc.freeCount > 0 { fillFreeVariables(nf, initFn) }
                                } else {
                                    // Bound straight into the frame's slots above the arguments,
                                    // which are released after.
                                    nf = try pushFrame(code: fc, function: initFn, globals: initFn.globals, start: sp, initialized: 0, chunkEnd: f.pointee.chunkEnd)
                                    do throws(PythonError) {
                                        try bindArguments(initFn, Arguments(base: selfSlot, count: total, keywordsIfAny: kwNames), into: nf.pointee.locals)
                                    } catch {
                                        popFrameDiscarding()
                                        throw error
                                    }
                                    selfSlot.deinitializeValues(count: sp - selfSlot, objectTag: objectTag, strTag: strTag)
                                }
                                nf.pointee.resumeMode = 3
                                f = nf
                                code = fc
                                instrs = code.instructions
                                consts = code.constants
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                pc = 0
                                continue
                            }
                        }
                        if calleeKind == .builtinFunction, noKeywords, case .object(let o) = calleeSlot.pointee,
                           unsafeDowncast(o, to: PyBuiltinFunction.self).resumesGenerator,
                           (argc == 2 && (o === VM.generatorSend || o === VM.generatorThrow)) || (argc == 1 && o === VM.builtinNext),
                           case .object(let go) = argsStart.pointee, go.kind == .generator {
                            // gen.send(v) / gen.throw(e) / next(gen) resume the generator inline (no
                            // Swift recursion), so an event loop written in Python can pause for the host.
                            let g = unsafeDowncast(go, to: PyGenerator.self)
                            let isThrow = o === VM.generatorThrow
                            let arg = argc == 2 ? (argsStart + 1).pointee : .none
                            if g.state == .suspended || (g.state == .created && !isThrow && arg.isNone) {
                                var thrown: PyInstance? = nil
                                if isThrow { thrown = try exceptionFromRaise(arg) }
                                calleeSlot.deinitializeValues(count: sp - calleeSlot, objectTag: objectTag, strTag: strTag)
                                sp = calleeSlot
                                f.pointee.sp = sp
                                f.pointee.pc = pc
                                let nf = try pushGeneratorFrame(g, send: isThrow ? .none : arg, resumingWithException: isThrow, start: calleeSlot + 1, chunkEnd: f.pointee.chunkEnd)
                                nf.pointee.resumeMode = 4
                                f = nf
                                var raise: PyInstance? = nil
                                if let thrown {
                                    switch throwIntoGenerator(nf, thrown) {
                                    case .raise(let frame, let e):
                                        f = frame
                                        raise = e
                                    case .resume(let frame):
                                        f = frame
                                    }
                                }
                                code = f.pointee.code
                                instrs = code.instructions
                                consts = code.constants
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                pc = f.pointee.pc
                                if let raise { throw PythonError(raise) }
                                break
                            }
                        }
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        if calleeKind == .external, case .object(let o) = calleeSlot.pointee {
                            let outcome = try callExternal(unsafeDowncast(o, to: PyExternalFunction.self), Arguments(base: argsStart, count: argc, keywordsIfAny: kwNames), replayable: ins.opcode != .callKw)
                            if case .pauseBefore = outcome {
                                // A file primitive waits for the host: this instruction runs
                                // again on resume, with its operands still on the stack.
                                f.pointee.pc = pc - 1
                                yielded = false
                                return .none
                            }
                            calleeSlot.deinitializeValues(count: sp - calleeSlot, objectTag: objectTag, strTag: strTag)
                            sp = calleeSlot
                            switch outcome {
                            case .value(let v):
                                sp.initialize(to: v)
                                sp += 1
                            case .pause, .pauseBefore:
                                // The host answers later: the result will be pushed at `sp`.
                                f.pointee.sp = sp
                                yielded = false
                                return .none
                            }
                            break
                        }
                        let result: Value
                        do throws(PythonError) {
                            result = try callFromStack(calleeSlot.pointee, args: Arguments(base: argsStart, count: argc, keywordsIfAny: kwNames))
                        } catch {
                            guard pauseBeforeInstruction(error) else { throw error }
                            // Builtin open() waits for the host: run this call again on resume.
                            if ins.opcode == .callKw {
                                sp.initialize(to: .object(PyTuple((kwNames ?? []).map { .str($0) })))
                                sp += 1
                            }
                            f.pointee.sp = sp
                            f.pointee.pc = pc - 1
                            yielded = false
                            return .none
                        }
                        // Release arguments and the callee slot(s).
                        calleeSlot.deinitializeValues(count: sp - calleeSlot, objectTag: objectTag, strTag: strTag)
                        calleeSlot.initialize(to: result)
                        sp = calleeSlot + 1
                    case .callFunctionEx:
                        var kwargs: Value = .none
                        if ins.arg & 1 != 0 {
                            sp -= 1
                            kwargs = sp.move()
                        }
                        sp -= 1
                        let argsTuple = sp.move()
                        var callee = (sp - 1).pointee
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        var positional: [Value]
                        if let t = argsTuple.asTuple { positional = t.array } else {
                            do throws(PythonError) {
                                positional = try iterateToArray(argsTuple)
                            } catch {
                                if error.exception.cls === Builtins.shared.typeError && isNotIterableType(argsTuple) {
                                    throw starArgumentError(callee, argsTuple)
                                }
                                throw error
                            }
                        }
                        if case .object(let bo) = callee, bo.kind == .boundMethod {
                            let bm = unsafeDowncast(bo, to: PyBoundMethod.self)
                            if case .object(let fo) = bm.function, fo.kind == .function {
                                positional.insert(bm.receiver, at: 0)
                                callee = bm.function
                                (sp - 1).pointee = callee
                            }
                        }
                        if let fn = callee.asFunction, !fn.code.isGenerator, !fn.code.isCoroutine {
                            // f(*args, **kwargs) of a Python function: bind, then push a frame here
                            // (decorator wrappers must not recurse on the Swift stack).
                            let (all, names) = try flattenCallArguments(callee, positional, kwargs)
                            let n = all.count
                            let tmp = HeapMemory.allocate(Value.self, capacity: max(n, 1))
                            tmp.initialize(from: all, count: n)
                            defer {
                                tmp.deinitializeValues(count: n, objectTag: objectTag, strTag: strTag)
                                tmp.deallocate()
                            }
                            f.pointee.sp = sp - 1
                            let nf = try pushFrame(code: fn.code, function: fn, globals: fn.globals, start: sp, initialized: 0, chunkEnd: f.pointee.chunkEnd)
                            let nl = nf.pointee.locals
                            do throws(PythonError) {
                                try bindArguments(fn, Arguments(base: tmp, count: n, keywordNames: names), into: nl)
                            } catch {
                                popFrameDiscarding()
                                throw error
                            }
                            f = nf
                            code = fn.code
                            instrs = code.instructions
                            consts = code.constants
                            locals = nl
                            sp = f.pointee.sp
                            pc = 0
                            continue
                        }
                        if case .object(let o) = callee, o.kind == .external {
                            let (all, names) = try flattenCallArguments(callee, positional, kwargs)
                            let n = all.count
                            let tmp = HeapMemory.allocate(Value.self, capacity: max(n, 1))
                            tmp.initialize(from: all, count: n)
                            defer {
                                tmp.deinitializeValues(count: n, objectTag: objectTag, strTag: strTag)
                                tmp.deallocate()
                            }
                            switch try callExternal(unsafeDowncast(o, to: PyExternalFunction.self), Arguments(base: tmp, count: n, keywordNames: names)) {
                            case .value(let v):
                                (sp - 1).pointee = v
                            case .pause, .pauseBefore:
                                // (Never before the call here: f(*args) is not replayable.)
                                sp -= 1
                                sp.deinitialize(count: 1)
                                f.pointee.sp = sp
                                yielded = false
                                return .none
                            }
                            break
                        }
                        let result = try callWithTupleAndDict(callee, args: positional, kwargs: kwargs)
                        (sp - 1).pointee = result
                    case .makeFunction:
                        sp -= 1
                        let codeObj = unsafeDowncast(sp.move().asObject!, to: PyCode.self).code
                        var closure: [PyCell] = []
                        if ins.arg & 8 != 0 {
                            sp -= 1
                            closure = sp.move().asTuple!.items.map { unsafeDowncast($0.asObject!, to: PyCell.self) }
                        }
                        var annotations: PyDict? = nil
                        if ins.arg & 4 != 0 {
                            sp -= 1
                            annotations = sp.move().asDict
                        }
                        var kwDefaults: [String: Value] = [:]
                        if ins.arg & 2 != 0 {
                            sp -= 1
                            for (k, v) in sp.move().asDict!.items { kwDefaults[k.asString ?? ""] = v }
                        }
                        var defaults: [Value] = []
                        if ins.arg & 1 != 0 {
                            sp -= 1
                            defaults = sp.move().asTuple!.array
                        }
                        let fn = PyFunction(code: codeObj, globals: f.pointee.globals, defaults: defaults, keywordDefaults: kwDefaults, closure: closure)
                        if codeObj.constantCount > 0, case .str = codeObj.constants[0] { fn.doc = codeObj.constants[0] }
                        fn.annotations = annotations
                        if let modName = f.pointee.globals.getString(Names.name), case .str(let m) = modName { fn.module = m.value }
                        sp.initialize(to: .object(fn))
                        sp += 1
                    case .loadFastReturn:
                        // The local goes on the stack and the RETURN_VALUE after it runs here.
                        sp.initialize(copying: locals + Int(ins.arg), objectTag: objectTag, strTag: strTag)
                        sp += 1
                        pc &+= 1
                        fallthrough
                    case .returnValue:
                        sp -= 1
                        // The result stays in its slot, above the values the frame's pop
                        // releases, until it is moved to where it goes: a plain return moves
                        // its bits over the callee slot, with no copy and destroy of the value.
                        let resultSlot = sp
                        if let gen = f.borrowedGenerator {
                            gen._withUnsafeGuaranteedRef { $0.finish() }
                        }
                        if f.pointee.isEntry {
                            popFrame(f, sp: sp, objectTag: objectTag, strTag: strTag)
                            yielded = false
                            return resultSlot.move()
                        }
                        let mode = f.pointee.resumeMode
                        popFrame(f, sp: sp, objectTag: objectTag, strTag: strTag)
                        // The caller's record is the one below in the frame array (read from
                        // `f`, not from `frames` and `frameCount`: two loads fewer on the way
                        // to the caller's next instruction).
                        f -= 1
                        code = f.pointee.code
                        instrs = code.instructions
                        consts = code.constants
                        locals = f.pointee.locals
                        sp = f.pointee.sp
                        pc = f.pointee.pc
                        if mode == 0 {
                            // sp points at the callee slot: replace it with the result.
                            sp.assign(movingFrom: resultSlot, objectTag: objectTag, strTag: strTag)
                            sp += 1
                            if hasPendingCloses {
                                f.pointee.sp = sp
                                runPendingCloses()
                            }
                            continue
                        }
                        let result = resultSlot.move()
                        if mode == 3 {
                            // __init__ of an inline instantiation: the slot already holds the instance.
                            sp += 1
                            if !result.isNone {
                                throw makeError(Builtins.shared.typeError, "__init__() should return None, not '\(typeName(result))'")
                            }
                        } else if mode == 4 {
                            // gen.send()/gen.throw() resumed inline: returning raises StopIteration.
                            throw PythonError(stopIteration(result))
                        } else if mode == 5 {
                            // The async generator's body ended under anext()/asend().
                            (sp - 1).pointee.asAsyncGenAwaitable?.state = .done
                            throw makeError(Builtins.shared.stopAsyncIteration, "")
                        } else if mode == 1 {
                            // Generator exhausted under FOR_ITER: drop the iterator, leave the loop.
                            sp -= 1
                            sp.deinitialize(count: 1)
                            pc = Int(instrs[pc - 1].arg)
                        } else {
                            // `yield from` finished: its value replaces the iterator; SEND jumps out.
                            (sp - 1).pointee = result
                            pc = Int(instrs[pc - 1].arg)
                        }
                    case .yieldValue:
                        sp -= 1
                        let resumedBy = f.pointee.resumeMode
                        if resumedBy != 0 && resumedBy < 5, let gen = f.borrowedGenerator {
                            // Resumed inline by a FOR_ITER or SEND of the frame below: the value's
                            // bits move from this slot (above the values the generator saves)
                            // to that frame's stack, with no copy and destroy of the value.
                            let valueSlot = sp
                            gen._withUnsafeGuaranteedRef { $0.suspend(frame: f, sp: sp, pc: pc) }
                            f.deinitializeFrame()
                            frameCount -= 1
                            f = frames + (frameCount - 1)
                            code = f.pointee.code
                            instrs = code.instructions
                            consts = code.constants
                            locals = f.pointee.locals
                            sp = f.pointee.sp
                            pc = f.pointee.pc
                            sp.initialize(movingFrom: valueSlot)
                            sp += 1
                            continue
                        }
                        let mode = f.pointee.resumeMode
                        if mode == VM.Consumer.drain.rawValue {
                            // `list(gen)` and the like: the value moves into the drained items.
                            try collectDrained(moving: sp)
                            sp.initialize(to: .none)
                            sp += 1
                            continue
                        }
                        let v = sp.move()
                        guard let gen = f.borrowedGenerator else {
                            throw makeError(Builtins.shared.runtimeError, "yield outside generator")
                        }
                        if mode >= 6 {
                            // Consumed by a builtin in this loop (see `drainGenerator` and
                            // `resumeSumming`): take the value and run on (the yield
                            // expression's value is None), unless `sum` must add it itself.
                            if try consumedAtYield(v, mode: mode) {
                                sp.initialize(to: .none)
                                sp += 1
                                continue
                            }
                        }
                        gen._withUnsafeGuaranteedRef { $0.suspend(frame: f, sp: sp, pc: pc) }
                        f.deinitializeFrame()
                        frameCount -= 1
                        if mode != 0 && mode < 6 {
                            // Inline resume: the value goes to the FOR_ITER/SEND that resumed us.
                            f = frames + (frameCount - 1)
                            code = f.pointee.code
                            instrs = code.instructions
                            consts = code.constants
                            locals = f.pointee.locals
                            sp = f.pointee.sp
                            pc = f.pointee.pc
                            if mode == 5, let value = v.asyncGenWrappedValue {
                                // An async generator yielded: the awaited anext()/asend() is
                                // done and its value replaces the awaitable; SEND jumps out.
                                (sp - 1).pointee.asAsyncGenAwaitable?.state = .done
                                (sp - 1).pointee = value
                                pc = Int(instrs[pc - 1].arg)
                                continue
                            }
                            sp.initialize(to: v)
                            sp += 1
                            continue
                        }
                        yielded = true
                        return v
                    case .getYieldFromIter:
                        let v = (sp - 1).pointee
                        if case .object(let o) = v, o.kind == .generator {
                            break
                        }
                        (sp - 1).pointee = try getIterator(v)
                    case .getAwaitable:
                        let v = (sp - 1).pointee
                        (sp - 1).pointee = try getAwaitable(v)
                    case .asyncGenWrap:
                        (sp - 1).pointee = .object(PyAsyncGenWrapped((sp - 1).pointee))
                    case .getAIter:
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        (sp - 1).pointee = try asyncIterator((sp - 1).pointee)
                    case .getANext:
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        let awaitable = try asyncNext((sp - 1).pointee)
                        sp.initialize(to: awaitable)
                        sp += 1
                    case .endAsyncFor:
                        sp -= 1
                        let exc = sp.move()
                        guard let e = exc.asInstance else { throw corruptStack() }
                        if !e.cls.isSubtype(of: Builtins.shared.stopAsyncIteration) {
                            isReraise = true
                            throw PythonError(e)
                        }
                        sp -= 1
                        sp.deinitialize(count: 1)
                    case .send:
                        sp -= 1
                        // A generator delegated to (`yield from gen`) is resumed in this loop,
                        // borrowed from its slot: the slot keeps it alive while it runs.
                        if let u = (sp - 1).borrowedObject(tag: objectTag), u._withUnsafeGuaranteedRef({ $0.kind }) == .generator {
                            let g = Unmanaged<PyGenerator>.fromOpaque(u.toOpaque())
                            let state = g._withUnsafeGuaranteedRef { $0.state }
                            if state == .suspended || (state == .created && sp.pointee.isNone) {
                                let sent = sp.move()
                                f.pointee.sp = sp
                                f.pointee.pc = pc
                                let nf = try pushGeneratorFrame(g, send: sent, resumingWithException: false, start: sp, chunkEnd: f.pointee.chunkEnd)
                                nf.pointee.resumeMode = 2
                                f = nf
                                code = nf.pointee.code
                                instrs = code.instructions
                                consts = code.constants
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                pc = f.pointee.pc
                                break
                            }
                        }
                        let sent = sp.move()
                        let it = (sp - 1).pointee
                        if let aw = it.asAsyncGenAwaitable, aw.runsInline {
                            // Run the async generator's body inline (resume mode 5), so a host
                            // call inside it can pause the run.
                            let begin = try beginAsyncGenStep(aw, sent: sent)
                            let g = aw.agen.gen
                            if g.state == .suspended || (g.state == .created && begin.send.isNone) {
                                f.pointee.sp = sp
                                f.pointee.pc = pc
                                let nf = try pushGeneratorFrame(g, send: begin.send, resumingWithException: false, start: sp, chunkEnd: f.pointee.chunkEnd)
                                nf.pointee.resumeMode = 5
                                f = nf
                                code = g.code
                                instrs = code.instructions
                                consts = code.constants
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                pc = f.pointee.pc
                                break
                            }
                            if g.state == .running {
                                throw makeError(Builtins.shared.runtimeError, "anext(): asynchronous generator is already running")
                            }
                        }
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        switch try sendToIterator(it, sent) {
                        case .yielded(let y):
                            sp.initialize(to: y)
                            sp += 1
                        case .returned(let r):
                            (sp - 1).pointee = r
                            pc = Int(ins.arg)
                        }
                    case .raiseVarargs:
                        switch ins.arg {
                        case 0:
                            guard case .object = handledException, let exc = handledException.asInstance else {
                                throw makeError(Builtins.shared.runtimeError, "No active exception to reraise")
                            }
                            isReraise = true
                            throw PythonError(exc)
                        case 1:
                            sp -= 1
                            let v = sp.move()
                            throw PythonError(try exceptionFromRaise(v))
                        default:
                            sp -= 2
                            let v = sp.move()
                            let cause = (sp + 1).move()
                            let exc = try exceptionFromRaise(v)
                            try setCause(exc, cause)
                            throw PythonError(exc)
                        }
                    case .reraise:
                        sp -= 1
                        let v = sp.move()
                        isReraise = true
                        guard let e = v.asInstance else { throw corruptStack() }
                        throw PythonError(e)
                    case .pushExcInfo:
                        // [exc] → [previously handled, exc], exc handled now: one retain
                        // (the copy of exc) where assigning through copies took five counts.
                        sp.initialize(copying: sp - 1, objectTag: objectTag, strTag: strTag)
                        swap(&(sp - 1).pointee, &handledException)
                        sp += 1
                    case .popExcept:
                        sp -= 1
                        handledException = sp.move()
                    case .checkExcMatch:
                        sp -= 1
                        let type = sp.move()
                        let exc = (sp - 1).pointee
                        sp.initialize(to: .bool(try exceptionMatches(exc, type)))
                        sp += 1
                    case .popExceptAndReraise:
                        sp -= 1
                        let exc = sp.move()
                        sp -= 1
                        handledException = sp.move()
                        isReraise = true
                        guard let e = exc.asInstance else { throw corruptStack() }
                        throw PythonError(e)
                    case .beforeWith:
                        let mgr = (sp - 1).pointee
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        let (exit, entered) = ins.arg == 1 ? try enterAsyncContext(mgr) : try enterContext(mgr)
                        (sp - 1).pointee = exit
                        sp.initialize(to: entered)
                        sp += 1
                    case .withExceptStart:
                        let exc = (sp - 1).pointee
                        let exit = (sp - 3).pointee
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        let excType: Value = exc.asInstance.map { .object($0.cls) } ?? .none
                        let r = try call(exit, excType, exc, .none)
                        sp.initialize(to: r)
                        sp += 1
                    case .callExitNone:
                        sp -= 1
                        let exit = sp.move()
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        let r = try call(exit, .none, .none, .none)
                        if ins.arg == 1 {
                            // async with: the awaitable of __aexit__ is awaited next.
                            sp.initialize(to: r)
                            sp += 1
                        }
                    case .formatValue:
                        // An exact str without conversion or spec formats as itself.
                        if ins.arg == 0, case .str = (sp - 1).pointee { continue }
                        // An int without conversion or spec: its digits, known to be ASCII.
                        if ins.arg == 0, case .int(let i) = (sp - 1).pointee {
                            (sp - 1).pointee = .str(PyStr.decimal(i))
                            continue
                        }
                        var spec: Value = .none
                        if ins.arg & 4 != 0 {
                            sp -= 1
                            spec = sp.move()
                        }
                        let v = (sp - 1).pointee
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        (sp - 1).pointee = .str(PyStr(try formatValue(v, conversion: Int(ins.arg & 3), spec: spec)))
                    case .buildClass:
                        let nbases = Int(ins.arg & 0xFFFF)
                        var kwargs: Value = .none
                        if ins.arg & 0x10000 != 0 {
                            sp -= 1
                            kwargs = sp.move()
                        }
                        sp -= nbases
                        let bases = Array(UnsafeBufferPointer(start: sp, count: nbases))
                        sp.deinitializeValues(count: nbases, objectTag: objectTag, strTag: strTag)
                        sp -= 1
                        let name = sp.move()
                        let body = (sp - 1).pointee
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        (sp - 1).pointee = try buildClass(body: body, name: name.asString ?? "?", bases: bases, keywords: kwargs)
                    case .importName:
                        let name = consts[Int(ins.arg)].asString ?? ""
                        sp.initialize(to: try importModule(name))
                        sp += 1
                    case .importFrom:
                        let module = (sp - 1).pointee
                        sp.initialize(to: try importFrom(module, code.names[Int(ins.arg)]))
                        sp += 1
                    case .importStar:
                        sp -= 1
                        let module = sp.move()
                        try importStar(module, into: f.pointee.namespace ?? f.pointee.globals)
                    case .loadAssertionError:
                        sp.initialize(to: .object(Builtins.shared.assertionError))
                        sp += 1
                    case .getLen:
                        let v = (sp - 1).pointee
                        sp.initialize(to: .int(try length(of: v)))
                        sp += 1
                    case .matchMapping:
                        let v = (sp - 1).pointee
                        sp.initialize(to: .bool(isMapping(v)))
                        sp += 1
                    case .matchSequence:
                        let v = (sp - 1).pointee
                        sp.initialize(to: .bool(isMatchSequence(v)))
                        sp += 1
                    case .matchKeys:
                        let keys = (sp - 1).pointee
                        let subject = (sp - 2).pointee
                        sp.initialize(to: try matchKeys(subject, keys))
                        sp += 1
                    case .matchClass:
                        sp -= 3
                        let subject = sp.move()
                        let cls = (sp + 1).move()
                        let names = (sp + 2).move()
                        f.pointee.sp = sp
                        f.pointee.pc = pc
                        sp.initialize(to: try matchClass(subject, cls, positionalCount: Int(ins.arg), names: names))
                        sp += 1
                    case .copyDictWithoutKeys:
                        let keys = (sp - 1).pointee
                        let subject = (sp - 2).pointee
                        (sp - 1).pointee = try copyDictWithoutKeys(subject, keys)
                    case .setupAnnotations:
                        let ns = f.pointee.namespace ?? f.pointee.globals
                        var ann = ns.getString("__annotations__")
                        if ann == nil {
                            let d = Value.object(PyDict())
                            ns.setString("__annotations__", d)
                            ann = d
                        }
                        sp.initialize(to: ann!)
                        sp += 1
                    case .printExpression:
                        sp -= 1
                        let v = sp.move()
                        if !v.isNone {
                            output.write(try repr(v) + "\n", isError: false)
                            mainGlobals.setString("_", v)
                        }
                    case .pushNull:
                        sp.initialize(to: .unbound)
                        sp += 1
                    }
                }
            } catch {
                // Unwind to the nearest handler, frame by frame.
                let exc = error.exception
                f.pointee.sp = sp
                f.pointee.pc = pc
                if !isReraise {
                    if let state = exc.exception, state.context.isNone, case .object(let h) = handledException, h !== exc {
                        state.context = handledException
                    }
                }
                var addEntry = !isReraise
                isReraise = false
                while true {
                    let c = f.pointee.code
                    let at = max(0, f.pointee.pc - 1)
                    if addEntry { VM.recordTraceback(exc, c, at) }
                    addEntry = true
                    if !terminating, let handler = findHandler(c, at) {
                        let base = f.pointee.stackBase
                        let target = base + Int(handler.depth)
                        var top = f.pointee.sp
                        if top > target {
                            target.deinitializeValues(count: top - target, objectTag: objectTag, strTag: strTag)
                            top = target
                        }
                        top.initialize(to: .object(exc))
                        top += 1
                        code = c
                        instrs = code.instructions
                        consts = code.constants
                        locals = f.pointee.locals
                        sp = top
                        pc = Int(handler.handler)
                        break
                    }
                    // No handler in this frame: pop it.
                    if let gen = f.pointee.generator {
                        gen.finish()
                        if f.pointee.resumeMode != 0 {
                            let converted = generatorError(gen, PythonError(exc))
                            if converted.exception !== exc {
                                let wasEntry = f.pointee.isEntry
                                popFrame(f, sp: f.pointee.sp)
                                if wasEntry { throw converted }
                                f = frames + (frameCount - 1)
                                f.pointee.sp = f.pointee.sp
                                pending = converted.exception
                                isReraise = false
                                code = f.pointee.code
                                instrs = code.instructions
                                consts = code.constants
                                locals = f.pointee.locals
                                sp = f.pointee.sp
                                pc = f.pointee.pc
                                break
                            }
                        }
                    }
                    let wasEntry = f.pointee.isEntry
                    let mode = f.pointee.resumeMode
                    popFrame(f, sp: f.pointee.sp)
                    if wasEntry {
                        throw error
                    }
                    f = frames + (frameCount - 1)
                    if mode == 0 || mode == 3 {
                        // The caller's callee slot (or the instance under construction) is
                        // still initialized just above its saved stack: release it.
                        f.pointee.sp.deinitialize(count: 1)
                    }
                }
            }
        }
    }

    /// The container a display or comprehension is building. Compiled code always has it in
    /// place, but the stack of a run restored from a snapshot is data, so it is checked.
    @inline(__always)
    func building<T: PyObject>(_ v: Value, _ kind: ObjectKind, as type: T.Type) throws(PythonError) -> T {
        guard case .object(let o) = v, o.kind == kind else { throw corruptStack() }
        return unsafeDowncast(o, to: T.self)
    }

    /// The keyword names of a `CALL_KW`, from the tuple the compiler put on the stack (a
    /// restored stack is data: anything else is a corrupt stack).
    @inline(never)
    func keywordNames(_ v: Value) throws(PythonError) -> [PyStr] {
        guard case .object(let o) = v, o.kind == .tuple else { throw corruptStack() }
        let tuple = unsafeDowncast(o, to: PyTuple.self)
        if tuple === lastKeywordTuple { return lastKeywordNames }
        let names = tuple.items.map { item -> PyStr in
            if case .str(let s) = item { return s }
            return PyStr.empty
        }
        lastKeywordTuple = tuple
        lastKeywordNames = names
        return names
    }

    @inline(never)
    func corruptStack() -> PythonError {
        makeError(Builtins.shared.systemError, "corrupt operand stack")
    }

    /// The handler covering instruction `pc`, by binary search: the compiler emits the
    /// table's ranges in order and without overlap (``CodeBuilder/exceptionTable()``), so the
    /// candidate is the last range starting at or before `pc`.
    func findHandler(_ code: CodeObject, _ pc: Int) -> ExceptionTableEntry? {
        let p = Int32(truncatingIfNeeded: pc)
        return code.exceptionTable.withUnsafeBufferPointer { table -> ExceptionTableEntry? in
            var low = 0
            var high = table.count
            while low < high {
                let mid = (low &+ high) >> 1
                if table[mid].start <= p { low = mid &+ 1 } else { high = mid }
            }
            guard low > 0, p < table[low &- 1].end else { return nil }
            return table[low &- 1]
        }
    }

    func slotName(_ code: CodeObject, _ slot: Int) -> String {
        if slot < code.localCount { return code.varnames[slot] }
        if slot < code.localCount + code.cellCount { return code.cellvars[slot - code.localCount] }
        return code.freevars[slot - code.localCount - code.cellCount]
    }

    /// Copies items 0..<n-1 of the tuple or list `sequence` (borrowed) in reverse above
    /// `top` (the order `unpackSequence` leaves them on the stack) and returns item `n - 1`,
    /// for `top` itself; nil, copying nothing, unless it has exactly `n > 0` items.
    static func spread(_ sequence: Unmanaged<PyObject>, isTuple: Bool, _ n: Int, onto top: UnsafeMutablePointer<Value>) -> Value? {
        func copy(_ items: UnsafePointer<Value>?, count: Int) -> Value? {
            guard n > 0, count == n, let items else { return nil }
            for i in 1..<n { (top + i).initialize(to: items[n - 1 - i]) }
            return items[n - 1]
        }
        return sequence._withUnsafeGuaranteedRef { o -> Value? in
            if isTuple {
                let t = unsafeDowncast(o, to: PyTuple.self)
                return copy(t.base, count: t.count)
            }
            return unsafeDowncast(o, to: PyList.self).items.withUnsafeBufferPointer { copy($0.baseAddress, count: $0.count) }
        }
    }

    /// ``Opcode/buildConstKeyMap``: a split dict of the template dict in the constant slot
    /// `template`, with the values at `values` moved in. Out of line: its code inlined in the
    /// dispatch loop made the loop's other cases slower.
    @inline(never)
    static func splitDict(template: UnsafeMutablePointer<Value>, values: UnsafeMutablePointer<Value>) -> PyDict {
        guard case .object(let t) = template.pointee else { preconditionFailure("buildConstKeyMap without a template") }
        return PyDict(sharing: unsafeDowncast(t, to: PyDict.self), values: values)
    }

    func unboundLocal(_ name: String) -> PythonError {
        makeError(Builtins.shared.unboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    }

    func freeVariableError(code: CodeObject, slot: Int) -> PythonError {
        let name = slotName(code, slot)
        if slot < code.localCount + code.cellCount {
            return unboundLocal(name)
        }
        return makeError(Builtins.shared.nameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }

    /// The value of a name found in neither the globals nor the builtins: `__doc__` of a
    /// module without a docstring (None, made on demand so that no run pays for it up
    /// front); else a NameError. (`__builtins__` stays undefined: the sandbox hands out no
    /// namespace of builtins; `import builtins` gives a copy.)
    @inline(never)
    func missingGlobal(_ name: String) throws(PythonError) -> Value {
        if name == "__doc__" { return .none }
        throw nameError(name)
    }

    func nameError(_ name: String) -> PythonError {
        let exc = makeException(Builtins.shared.nameError, "name '\(name)' is not defined")
        exc.attributes.setString("name", .str(PyStr(name)))
        return PythonError(exc)
    }
}

