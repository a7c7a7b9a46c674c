/// A per-class attribute lookup cache: a small open-addressing map from interned names (by
/// identity) to values (`.unbound` for names no class in the MRO defines). Storage is managed
/// by hand so a probe retains nothing and can hand out the address of a value. Never shrinks;
/// cleared as a whole on invalidation; stops accepting names at 2048.
final class LookupCache {
    /// The owning class's ``PyType/getattributeState``, reset with the cache.
    @exclusivity(unchecked) var getattributeState: PyType.GetattributeState = .unknown
    /// How calling the owning class creates an instance (see ``VM/instantiation(_:)``),
    /// reset with the cache.
    @exclusivity(unchecked) private(set) var instantiation: Instantiation = .unknown
    /// The `__init__` that calling the owning class runs inline (``Instantiation/pythonInit``),
    /// borrowed from ``initializerOwner`` so the dispatch loop reads it without reference
    /// counting.
    @exclusivity(unchecked) private(set) var initializer: Unmanaged<PyFunction>?
    @exclusivity(unchecked) private var initializerOwner: PyFunction?

    /// How the dispatch loop instantiates a user class.
    enum Instantiation: UInt8 {
        case unknown
        /// `__new__`, a metaclass, a builtin base or OSError's arguments: ``VM/callType(_:_:)``.
        case general
        /// A new instance, then the Python `__init__` in ``initializer`` as a frame.
        case pythonInit
        /// `object.__init__` or `BaseException.__init__`: the instance alone.
        case bare
    }

    /// Records how the class is instantiated (`initializer` for ``Instantiation/pythonInit``).
    func setInstantiation(_ kind: Instantiation, initializer fn: PyFunction?) {
        initializerOwner = fn
        initializer = fn.map { Unmanaged.passUnretained($0) }
        instantiation = kind
    }
    /// Bumped whenever a cached value changes or moves (cleared, grown, replaced): the
    /// dispatch loop's ``AttributeCacheEntry`` trusts what it learned from this cache, and
    /// the addresses it handed out, only while the generation is the one it recorded.
    @exclusivity(unchecked) private(set) var generation = 0
    @exclusivity(unchecked) private var keys: UnsafeMutablePointer<UnsafeRawPointer?>?
    @exclusivity(unchecked) private var values: UnsafeMutablePointer<Value>?
    @exclusivity(unchecked) private var capacity = 0
    @exclusivity(unchecked) private var count = 0

    deinit {
        guard let keys, let values else { return }
        keys.deallocate()
        values.deinitializeValues(count: capacity)
        values.deallocate()
    }

    @inline(__always)
    private static func index(_ key: UnsafeRawPointer, _ mask: Int) -> Int {
        let bits = UInt(bitPattern: key)
        return Int(truncatingIfNeeded: (bits >> 4) &* 0x9E3779B97F4A7C15 >> 7) & mask
    }

    /// The cached value's address, or nil when `name` is not cached.
    @inline(__always)
    func slot(_ name: PyStr) -> UnsafeMutablePointer<Value>? {
        guard let keys, let values else { return nil }
        let key = UnsafeRawPointer(Unmanaged.passUnretained(name).toOpaque())
        let mask = capacity - 1
        var i = LookupCache.index(key, mask)
        while let k = keys[i] {
            if k == key { return values + i }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Caches `value` for `name` (interned, so alive for the process), returning its address;
    /// nil when the cache is full.
    func insert(_ name: PyStr, _ value: Value) -> UnsafeMutablePointer<Value>? {
        if let existing = slot(name) {
            generation &+= 1
            existing.pointee = value
            return existing
        }
        if count >= 2048 { return nil }
        if (count + 1) * 2 > capacity { grow() }
        let key = UnsafeRawPointer(Unmanaged.passUnretained(name).toOpaque())
        let mask = capacity - 1
        var i = LookupCache.index(key, mask)
        while keys![i] != nil { i = (i + 1) & mask }
        keys![i] = key
        values![i] = value
        count += 1
        return values! + i
    }

    private func grow() {
        generation &+= 1
        let oldKeys = keys, oldValues = values, oldCapacity = capacity
        let size = max(16, capacity * 2)
        let newKeys = HeapMemory.allocate(UnsafeRawPointer?.self, capacity: size)
        newKeys.initialize(repeating: nil, count: size)
        let newValues = HeapMemory.allocate(Value.self, capacity: size)
        newValues.initialize(repeating: .unbound, count: size)
        let mask = size - 1
        if let oldKeys, let oldValues {
            for n in 0..<oldCapacity {
                guard let k = oldKeys[n] else { continue }
                var i = LookupCache.index(k, mask)
                while newKeys[i] != nil { i = (i + 1) & mask }
                newKeys[i] = k
                (newValues + i).moveUpdate(from: oldValues + n, count: 1)
                (oldValues + n).initialize(to: .unbound)
            }
            oldKeys.deallocate()
            oldValues.deinitializeValues(count: oldCapacity)
            oldValues.deallocate()
        }
        keys = newKeys
        values = newValues
        capacity = size
    }

    func removeAll() {
        generation &+= 1
        getattributeState = .unknown
        instantiation = .unknown
        initializer = nil
        // Released last, like the values below.
        let oldInitializer = initializerOwner
        initializerOwner = nil
        defer { withExtendedLifetime(oldInitializer) {} }
        guard let keys, let values else { return }
        keys.update(repeating: nil, count: capacity)
        count = 0
        // Released last: a value's deinit must find the cache consistent.
        var old: [Value] = []
        for n in 0..<capacity {
            if case .unbound = values[n] { continue }
            old.append((values + n).move())
            (values + n).initialize(to: .unbound)
        }
        withExtendedLifetime(old) {}
    }
}

/// The method tables of the builtin types (``PyType/builtinMethods``), unretained and
/// indexed the way the dispatch loop finds a receiver's type: `obj.method` on a `str`,
/// `list`, `dict`, ... value is one probe with no reference counting for the type.
struct BuiltinMethodTables: @unchecked Sendable {
    let str: Unmanaged<PyDict>?
    let int: Unmanaged<PyDict>?
    let float: Unmanaged<PyDict>?
    /// Generators (not coroutines, whose type gains methods when asyncio is imported).
    let generator: Unmanaged<PyDict>?
    /// By `ObjectKind` raw value (nil for kinds without a table); never freed.
    let byKind: UnsafeMutablePointer<Unmanaged<PyDict>?>
    static let kindSlots = 64

    /// Built after the builtins: the types and tables live as long as the process.
    static let shared: BuiltinMethodTables = {
        let b = Builtins.shared
        func ref(_ t: PyType) -> Unmanaged<PyDict>? { t.builtinMethods.map { Unmanaged.passUnretained($0) } }
        let byKind = UnsafeMutablePointer<Unmanaged<PyDict>?>.allocate(capacity: kindSlots)
        byKind.initialize(repeating: nil, count: kindSlots)
        let kinds: [(ObjectKind, PyType)] = [(.list, b.list), (.tuple, b.tuple), (.dict, b.dictType), (.set, b.set),
                                             (.frozenSet, b.frozenset), (.bytes, b.bytes), (.bigInt, b.int)]
        for (kind, type) in kinds where Int(kind.rawValue) < kindSlots { byKind[Int(kind.rawValue)] = ref(type) }
        return BuiltinMethodTables(str: ref(b.str), int: ref(b.int), float: ref(b.float), generator: ref(b.generator), byKind: byKind)
    }()

    /// The table for the value in `slot`, or nil (instances, `bool`, other kinds).
    @inline(__always)
    func table(for slot: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) -> Unmanaged<PyDict>? {
        if let o = slot.borrowedObject(tag: objectTag) {
            let kind = o._withUnsafeGuaranteedRef { $0.kind }
            if kind == .generator {
                return o._withUnsafeGuaranteedRef { unsafeDowncast($0, to: PyGenerator.self).isCoroutine } ? nil : generator
            }
            let k = Int(kind.rawValue)
            return k < BuiltinMethodTables.kindSlots ? byKind[k] : nil
        }
        if slot.borrowedStr(tag: strTag) != nil { return str }
        switch slot.pointee {
        case .int: return int
        case .float: return float
        default: return nil
        }
    }
}
