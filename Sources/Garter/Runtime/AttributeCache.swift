/// The run's cache of attribute accesses on instances of Python classes (`self.x`,
/// `self.method(...)`, `self.x = v` in the dispatch loop): a direct-mapped table indexed by
/// the instruction's number (``InlineCacheSlots``), like ``GlobalCacheEntry``.
///
/// An entry records that, for one class in one state of its lookups, one name may take the
/// plain path of its kind: the class defines no `__getattribute__` (loads) or `__setattr__`
/// (stores) in Python, and the name is no descriptor of the class (loads and stores) or is a
/// Python function (method calls). A hit then skips the class's lookup probe. The entry also
/// remembers where the instance dict held the name last time; instances of a class usually
/// store their attributes in the same order, so the next instance's dict is checked at that
/// index (its key must be the name's own string object) before it is probed.
///
/// A call site reached by instances of several classes (a base class's method run on the
/// subclasses' instances) is common, so an entry holds up to ``wayCount`` classes, each in
/// a ``Way``, replaced in turn when all are taken.
///
/// A way is trusted only while the instance's class has the recorded lookup cache (by
/// identity) at the recorded ``LookupCache/generation``: every change to a class or one of
/// its bases clears its cache, and every change to a cached value or its address bumps the
/// generation. The way retains the lookup cache, so a freed cache's address cannot be
/// reused by another class's while the way points at it. Names are interned (the class
/// caches hold no other names), so they live for the process.
struct AttributeCacheEntry {
    /// What the entry's instruction does with the attribute.
    enum Kind: UInt8 {
        case empty
        /// `obj.name` read from the instance dict.
        case load
        /// `obj.name(...)`: the class's Python function, unless the instance dict shadows it.
        case method
        /// `obj.name = value` into the instance dict.
        case store
        /// `obj.name` where the class defines `name` as a property whose getter is a plain
        /// Python function (called inline by the dispatch loop).
        case property
    }

    /// One class for which the entry's name takes the plain path.
    struct Way {
        /// The class's lookup cache, retained; nil in an unused way.
        var lookups: UnsafeMutableRawPointer?
        var generation: Int
        /// For ``Kind/method``: the function's address in the class's lookup cache (for
        /// ``Kind/property``, the property's), valid for the recorded generation.
        var method: UnsafeMutablePointer<Value>?

        static var empty: Way { Way(lookups: nil, generation: 0, method: nil) }
    }

    var name: UnsafeMutableRawPointer?
    var kind: Kind
    /// The way the next new class replaces when every way is taken.
    var victim: UInt8
    /// Where the last instance's dict held the name: a hint, verified at each use.
    var index: Int
    var ways: (Way, Way, Way, Way)

    static let wayCount = 4

    /// Entries per run.
    static let count = 1 << tableBits
    static let tableBits = 10

    static var empty: AttributeCacheEntry {
        AttributeCacheEntry(name: nil, kind: .empty, victim: 0, index: 0, ways: (.empty, .empty, .empty, .empty))
    }

    /// The entry for the instruction numbered `number` (its ``Instruction/cacheSlot``).
    @inline(__always)
    static func slot(_ cache: UnsafeMutablePointer<AttributeCacheEntry>, number: UInt16) -> UnsafeMutablePointer<AttributeCacheEntry> {
        cache + (Int(number) & (count &- 1))
    }

    /// The ways of the entry at `entry`, as a buffer of ``wayCount``.
    @inline(__always)
    static func ways(_ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> UnsafeMutablePointer<Way> {
        (UnsafeMutableRawPointer(entry) + MemoryLayout<AttributeCacheEntry>.offset(of: \AttributeCacheEntry.ways)!).assumingMemoryBound(to: Way.self)
    }

    /// The way of the entry at `entry` that holds `kind` for `name` on a class whose lookups
    /// are `lookups`, in their current generation; nil when there is none.
    @inline(__always)
    static func way(_ entry: UnsafeMutablePointer<AttributeCacheEntry>, _ lookups: Unmanaged<LookupCache>, _ name: Unmanaged<PyStr>, _ kind: Kind) -> UnsafeMutablePointer<Way>? {
        guard entry.pointee.name == name.toOpaque(), entry.pointee.kind == kind else { return nil }
        let ways = AttributeCacheEntry.ways(entry)
        let key = lookups.toOpaque()
        for i in 0..<wayCount where ways[i].lookups == key {
            return ways[i].generation == lookups._withUnsafeGuaranteedRef({ $0.generation }) ? ways + i : nil
        }
        return nil
    }

    /// A table of empty entries.
    static func allocateTable() -> UnsafeMutablePointer<AttributeCacheEntry> {
        let table = UnsafeMutablePointer<AttributeCacheEntry>.allocate(capacity: count)
        table.initialize(repeating: .empty, count: count)
        return table
    }

    /// Releases the lookup caches of the entry at `entry` and empties it.
    static func reset(_ entry: UnsafeMutablePointer<AttributeCacheEntry>) {
        let ways = AttributeCacheEntry.ways(entry)
        for i in 0..<wayCount {
            guard let lookups = ways[i].lookups else { continue }
            // Emptied before the release: an empty way matches no class.
            ways[i] = .empty
            Unmanaged<LookupCache>.fromOpaque(lookups).release()
        }
        entry.pointee = .empty
    }

    /// Releases every entry's lookup caches and empties it (the table can be reused).
    static func clear(_ table: UnsafeMutablePointer<AttributeCacheEntry>) {
        for i in 0..<count where table[i].kind != .empty { reset(table + i) }
    }
}

extension AttributeCacheEntry {
    /// Attributes an exception instance stores in its ``ExceptionState``, never its dict.
    static let exceptionStateNames: Set<String> = ["args", "__cause__", "__context__", "__suppress_context__"]
}

/// The run's cache of method loads on builtin values (`s.split`, `d.get`, `xs.append`): a
/// direct-mapped table indexed by the instruction's number, each entry remembering where
/// one builtin type's frozen method table (``BuiltinMethodTables``) holds one name.
///
/// Builtin method tables, their entries and interned names live for the process and never
/// change, so an entry holds no references, stays valid forever and needs no clearing; it
/// only has to match the instruction's name and the receiver's table.
struct BuiltinMethodCacheEntry {
    var table: UnsafeMutableRawPointer?
    var name: UnsafeMutableRawPointer?
    /// The method's address in the table.
    var method: UnsafeMutablePointer<Value>?

    /// Entries per run.
    static let count = 1 << tableBits
    static let tableBits = 9

    /// The entry for the instruction numbered `number` (its ``Instruction/cacheSlot``).
    @inline(__always)
    static func slot(_ cache: UnsafeMutablePointer<BuiltinMethodCacheEntry>, number: UInt16) -> UnsafeMutablePointer<BuiltinMethodCacheEntry> {
        cache + (Int(number) & (count &- 1))
    }

    /// A table of empty entries.
    static func allocateTable() -> UnsafeMutablePointer<BuiltinMethodCacheEntry> {
        let table = UnsafeMutablePointer<BuiltinMethodCacheEntry>.allocate(capacity: count)
        table.initialize(repeating: BuiltinMethodCacheEntry(table: nil, name: nil, method: nil), count: count)
        return table
    }

    /// The method `name` of the builtin type whose method table is `table`, or nil when the
    /// type has no such method; through `entry`, filled on a miss.
    @inline(__always)
    static func method(_ entry: UnsafeMutablePointer<BuiltinMethodCacheEntry>, _ table: Unmanaged<PyDict>, _ name: Unmanaged<PyStr>, strTag: UInt8) -> UnsafeMutablePointer<Value>? {
        if entry.pointee.table == table.toOpaque() && entry.pointee.name == name.toOpaque() { return entry.pointee.method }
        return fill(entry, table, name, strTag: strTag)
    }

    @inline(never)
    private static func fill(_ entry: UnsafeMutablePointer<BuiltinMethodCacheEntry>, _ table: Unmanaged<PyDict>, _ name: Unmanaged<PyStr>, strTag: UInt8) -> UnsafeMutablePointer<Value>? {
        table._withUnsafeGuaranteedRef { t in
            guard let i = name._withUnsafeGuaranteedRef({ t.entryIndex(ofString: $0, strTag: strTag) }) else { return nil }
            let method = t.valueSlot(atEntry: i)
            // Only interned names are remembered: a name that is not could be freed and its
            // address reused by another.
            if name._withUnsafeGuaranteedRef({ $0.isInterned }) {
                entry.pointee = BuiltinMethodCacheEntry(table: table.toOpaque(), name: name.toOpaque(), method: method)
            }
            return method
        }
    }
}

extension VM {
    /// The slot in the instance dict holding `inst.name` when the class lets the read take
    /// the plain path (see ``AttributeCacheEntry``); nil sends the access down the general
    /// path. The slot lives as long as the instance and the dict are left alone: copy the
    /// value out before releasing the instance. Only the hit (the way and the remembered
    /// entry index both current) is inline: the whole lookup was too large for the optimizer
    /// to inline into the dispatch loop, a call per attribute read.
    @inline(__always)
    func cachedInstanceAttributeSlot(_ inst: Unmanaged<PyInstance>, _ name: Unmanaged<PyStr>, _ entry: UnsafeMutablePointer<AttributeCacheEntry>, strTag: UInt8) -> UnsafeMutablePointer<Value>? {
        let hit = inst._withUnsafeGuaranteedRef { inst -> UnsafeMutablePointer<Value>? in
            let lookups = Unmanaged.passUnretained(inst.cls)._withUnsafeGuaranteedRef { $0.lookupCacheRef }
            guard AttributeCacheEntry.way(entry, lookups, name, .load) != nil else { return nil }
            return inst.lookupAttributesRef._withUnsafeGuaranteedRef { $0.valueSlot(atEntry: entry.pointee.index, ifKeyIs: name, strTag: strTag) }
        }
        return hit ?? cachedInstanceAttributeMiss(inst, name, entry, strTag: strTag)
    }

    /// ``cachedInstanceAttributeSlot(_:_:_:strTag:)`` when the way or the entry index missed.
    @inline(never)
    func cachedInstanceAttributeMiss(_ inst: Unmanaged<PyInstance>, _ name: Unmanaged<PyStr>, _ entry: UnsafeMutablePointer<AttributeCacheEntry>, strTag: UInt8) -> UnsafeMutablePointer<Value>? {
        inst._withUnsafeGuaranteedRef { inst -> UnsafeMutablePointer<Value>? in
            let lookups = Unmanaged.passUnretained(inst.cls)._withUnsafeGuaranteedRef { $0.lookupCacheRef }
            if AttributeCacheEntry.way(entry, lookups, name, .load) == nil {
                guard fillAttributeCache(entry, inst.cls, name, .load) != nil else { return nil }
            }
            return inst.lookupAttributesRef._withUnsafeGuaranteedRef { dict -> UnsafeMutablePointer<Value>? in
                if let slot = dict.valueSlot(atEntry: entry.pointee.index, ifKeyIs: name, strTag: strTag) { return slot }
                guard let i = name._withUnsafeGuaranteedRef({ dict.entryIndex(ofString: $0, strTag: strTag) }) else { return nil }
                entry.pointee.index = i
                return dict.valueSlot(atEntry: i)
            }
        }
    }

    /// `inst.name` as a method call's callee: the slot holding the class's Python function
    /// (to be called with the instance as first argument) when the class lets it take the
    /// plain path and the instance dict does not shadow it; nil otherwise. The slot lives as
    /// long as the class's lookup cache is left alone: copy the function out at once.
    @inline(__always)
    func cachedInstanceMethodSlot(_ inst: Unmanaged<PyInstance>, _ name: Unmanaged<PyStr>, _ entry: UnsafeMutablePointer<AttributeCacheEntry>, strTag: UInt8) -> UnsafeMutablePointer<Value>? {
        inst._withUnsafeGuaranteedRef { inst -> UnsafeMutablePointer<Value>? in
            let lookups = Unmanaged.passUnretained(inst.cls)._withUnsafeGuaranteedRef { $0.lookupCacheRef }
            guard let way = AttributeCacheEntry.way(entry, lookups, name, .method) ?? fillAttributeCache(entry, inst.cls, name, .method) else { return nil }
            let shadowed = inst.lookupAttributesRef._withUnsafeGuaranteedRef { dict in
                name._withUnsafeGuaranteedRef { dict.entryIndex(ofString: $0, strTag: strTag) } != nil
            }
            if shadowed { return nil }
            return way.pointee.method
        }
    }

    /// The getter of the property `inst.name` when the class lets the read call it inline:
    /// a plain Python function of exactly one parameter (the instance). Nil sends the
    /// access down the general path. Borrowed: the way's property
    /// lives in the class's lookup cache, so the caller retains the function before anything
    /// can change the class.
    @inline(never)
    func cachedPropertyGetter(_ inst: Unmanaged<PyInstance>, _ name: Unmanaged<PyStr>, _ entry: UnsafeMutablePointer<AttributeCacheEntry>) -> Unmanaged<PyFunction>? {
        inst._withUnsafeGuaranteedRef { inst -> Unmanaged<PyFunction>? in
            let lookups = Unmanaged.passUnretained(inst.cls)._withUnsafeGuaranteedRef { $0.lookupCacheRef }
            guard let way = AttributeCacheEntry.way(entry, lookups, name, .property) ?? fillAttributeCache(entry, inst.cls, name, .property),
                  let slot = way.pointee.method, case .object(let o) = slot.pointee, o.kind == .property,
                  case .object(let g) = unsafeDowncast(o, to: PyProperty.self).getter, g.kind == .function else { return nil }
            let fn = unsafeDowncast(g, to: PyFunction.self)
            let fc = fn.code
            guard fc.isSimple, fc.argCount == 1 else { return nil }
            return Unmanaged.passUnretained(fn)
        }
    }

    /// Pushes the frame of a property's getter (see ``cachedPropertyGetter(_:_:_:)``) for a
    /// LOAD_ATTR whose instance is in `instanceSlot`, the caller's top of stack: the
    /// instance is copied above it as `self`, into the spare slot every frame keeps (the
    /// load has no operand stack room of its own), and the caller's stack ends at the
    /// instance's slot, which the getter's result replaces on return, as a call's result
    /// replaces its callee. The frame owns the function: the getter may change the class.
    @inline(never)
    func pushPropertyGetterFrame(_ getter: Unmanaged<PyFunction>, instanceSlot: UnsafeMutablePointer<Value>, caller f: UnsafeMutablePointer<Frame>, pc: Int) throws(PythonError) -> UnsafeMutablePointer<Frame> {
        let argsStart = instanceSlot + 1
        argsStart.initialize(copying: instanceSlot, objectTag: objectTag, strTag: strTag)
        let (codeRef, globalsRef) = getter._withUnsafeGuaranteedRef { (Unmanaged.passUnretained($0.code), Unmanaged.passUnretained($0.globals)) }
        f.pointee.sp = instanceSlot
        f.pointee.pc = pc
        do throws(PythonError) {
            let nf = try pushFrame(codeRef: codeRef, functionRef: getter, borrowingFunction: false, globalsRef: globalsRef, start: argsStart, initialized: 1, chunkEnd: f.pointee.chunkEnd)
            if codeRef._withUnsafeGuaranteedRef({ $0.freeCount }) > 0 { fillFreeVariables(nf, getter.takeUnretainedValue()) }
            return nf
        } catch {
            // The caller unwinds from its own stack top, which still ends above the instance.
            argsStart.deinitialize(count: 1)
            throw error
        }
    }

    /// `inst.name = value` into the instance dict when the class lets it take the plain path
    /// (for exceptions, not one of the special attributes they store apart), moving the value
    /// out of `value` (left uninitialized); false, with `value` untouched, when the general
    /// path must do it.
    @inline(__always)
    func cachedSetInstanceAttribute(_ inst: Unmanaged<PyInstance>, _ name: Unmanaged<PyStr>, _ value: UnsafeMutablePointer<Value>, _ entry: UnsafeMutablePointer<AttributeCacheEntry>, strTag: UInt8) -> Bool {
        inst._withUnsafeGuaranteedRef { inst -> Bool in
            let lookups = Unmanaged.passUnretained(inst.cls)._withUnsafeGuaranteedRef { $0.lookupCacheRef }
            if AttributeCacheEntry.way(entry, lookups, name, .store) == nil {
                guard fillAttributeCache(entry, inst.cls, name, .store) != nil else { return false }
            }
            // The shared empty dict is never written: the first store makes the instance's own.
            let attributes = inst.ownsAttributes ? inst.lookupAttributesRef : Unmanaged.passUnretained(inst.attributes)
            attributes._withUnsafeGuaranteedRef { dict in
                if let slot = dict.valueSlot(atEntry: entry.pointee.index, ifKeyIs: name, strTag: strTag) {
                    // The old value is released after the store, as in a dict assignment.
                    let old = slot.move()
                    slot.initialize(to: value.move())
                    withExtendedLifetime(old) {}
                } else {
                    entry.pointee.index = name._withUnsafeGuaranteedRef { dict.setString($0, value.move()) }
                }
            }
            return true
        }
    }

    /// The miss path: decides whether `name` may take the plain path of `kind` on instances
    /// of `cls` as it is now, and if so records that in a way of `entry`, which it returns.
    @inline(never)
    func fillAttributeCache(_ entry: UnsafeMutablePointer<AttributeCacheEntry>, _ cls: PyType, _ name: Unmanaged<PyStr>, _ kind: AttributeCacheEntry.Kind) -> UnsafeMutablePointer<AttributeCacheEntry.Way>? {
        let n = name.takeUnretainedValue()
        // An instance-dict entry named `__class__` never hides the class, nor is it stored there.
        if n === dunderClassName { return nil }
        guard let slot = cls.lookupSlot(n) else { return nil }
        var method: UnsafeMutablePointer<Value>? = nil
        switch kind {
        case .empty:
            return nil
        case .load, .store:
            switch slot.pointee {
            case .unbound, .none, .bool, .int, .float, .str: break
            case .object(let o):
                // A property read is recorded as such: LOAD_ATTR then calls its getter.
                if kind == .load && o.kind == .property { _ = fillAttributeCache(entry, cls, name, .property) }
                return nil
            }
            if kind == .load {
                guard case .none = cls.getattributeState else { return nil }
            } else {
                // Exceptions keep `args`, `__cause__`, `__context__` and
                // `__suppress_context__` outside their dict (see `setAttribute`).
                if cls.isException && AttributeCacheEntry.exceptionStateNames.contains(n.value) { return nil }
                guard case .hasDict = cls.slotState, let setattr = cls.lookupSlot(setattrName) else { return nil }
                switch setattr.pointee {
                case .unbound: break
                case .object(let o) where o.kind == .builtinFunction: break
                default: return nil
                }
            }
        case .method:
            guard case .none = cls.getattributeState, case .object(let o) = slot.pointee, o.kind == .function else { return nil }
            method = slot
        case .property:
            // (`customGetattribute` settles the class's state on the first read too: a host
            // call in a getter the general path ran would not be able to pause.)
            guard case .object(let o) = slot.pointee, o.kind == .property, cls.customGetattribute == nil else { return nil }
            // An AttributeError from the getter goes to `__getattr__`: such classes take the
            // general path.
            guard let getattr = cls.lookupSlot(Names.getattr), case .unbound = getattr.pointee else { return nil }
            method = slot
        }
        attributeCacheFilled = true
        if entry.pointee.name != name.toOpaque() || entry.pointee.kind != kind {
            AttributeCacheEntry.reset(entry)
            entry.pointee.name = name.toOpaque()
            entry.pointee.kind = kind
        }
        // Taken after every lookup above: a lookup can grow the cache (a new generation).
        let lookups = cls.lookupCacheRef
        let ways = AttributeCacheEntry.ways(entry)
        // The class's own way (from an older generation), else a free one, else the victim.
        var chosen = -1
        for i in 0..<AttributeCacheEntry.wayCount where ways[i].lookups == lookups.toOpaque() { chosen = i }
        if chosen < 0 {
            for i in 0..<AttributeCacheEntry.wayCount where chosen < 0 && ways[i].lookups == nil { chosen = i }
        }
        if chosen < 0 {
            chosen = Int(entry.pointee.victim) % AttributeCacheEntry.wayCount
            entry.pointee.victim = UInt8(truncatingIfNeeded: chosen + 1)
        }
        let way = ways + chosen
        let old = way.pointee.lookups
        _ = lookups.retain()
        way.pointee = AttributeCacheEntry.Way(lookups: lookups.toOpaque(), generation: lookups._withUnsafeGuaranteedRef { $0.generation }, method: method)
        if let old { Unmanaged<LookupCache>.fromOpaque(old).release() }
        return way
    }
}

extension VM {
    /// The slot holding `module.name` in the module's dict, or nil when the dict has no such
    /// key (the general path then handles `__name__`, `__dict__` and the AttributeError).
    /// A module's attributes are its dict's entries, looked up before anything else (a
    /// module's type defines no data descriptor for any other name), so a hit needs no
    /// version check: the entry's ``AttributeCacheEntry/index`` is only a hint, trusted when
    /// the dict's entry there has the name's own string object as its key. The slot lives as
    /// long as the module and its dict are left alone: copy the value out first.
    @inline(__always)
    func cachedModuleAttributeSlot(_ module: Unmanaged<PyModule>, _ name: Unmanaged<PyStr>, _ entry: UnsafeMutablePointer<AttributeCacheEntry>, strTag: UInt8) -> UnsafeMutablePointer<Value>? {
        let dict = module._withUnsafeGuaranteedRef { Unmanaged.passUnretained($0.dict) }
        if let slot = dict._withUnsafeGuaranteedRef({ $0.valueSlot(atEntry: entry.pointee.index, ifKeyIs: name, strTag: strTag) }) {
            return slot
        }
        return moduleAttributeMiss(dict, name, entry, strTag: strTag)
    }

    /// ``cachedModuleAttributeSlot(_:_:_:strTag:)`` when the hint missed: probes the dict and
    /// remembers the entry. Names in code are interned; a native module's keys are not, so
    /// the dict adopts the name's object as the (equal) key, and the next access hits.
    @inline(never)
    func moduleAttributeMiss(_ dict: Unmanaged<PyDict>, _ name: Unmanaged<PyStr>, _ entry: UnsafeMutablePointer<AttributeCacheEntry>, strTag: UInt8) -> UnsafeMutablePointer<Value>? {
        dict._withUnsafeGuaranteedRef { d -> UnsafeMutablePointer<Value>? in
            name._withUnsafeGuaranteedRef { n -> UnsafeMutablePointer<Value>? in
                guard let i = d.entryIndex(ofString: n, strTag: strTag) else { return nil }
                if n.isInterned { d.adoptStringKey(atEntry: i, n, strTag: strTag) }
                entry.pointee.index = i
                return d.valueSlot(atEntry: i)
            }
        }
    }
}
