/// The run's cache of global-name lookups (`LOAD_GLOBAL`): a direct-mapped table indexed by
/// the instruction's number (``InlineCacheSlots``), each entry remembering where the name
/// was found (an entry index in the module's globals, or in the shared builtins dict) for
/// one globals dict and one version of its key set.
///
/// Code objects are shared between runs on different threads, so the cache belongs to the
/// run (``VM``), not to the code. An entry is trusted only while its name and globals are
/// the instruction's own (by identity) and the globals' ``PyDict/version`` is unchanged: a
/// version bump marks every change to the key set (insertion, deletion, clearing), so the
/// recorded entry index still holds the name, and a name found in the builtins is still
/// absent from the globals. Value changes do not bump the version; the value is read
/// through the index at every hit. The builtins dict is never modified after start-up, so
/// its entry indices are stable.
///
/// An entry retains its name and globals: a freed dict or string whose address a new one
/// reused would otherwise pass the identity tests.
struct GlobalCacheEntry {
    var name: UnsafeMutableRawPointer?
    var globals: UnsafeMutableRawPointer?
    var version: Int
    /// The entry index in the globals (>= 0), or the complement of one in the builtins.
    var index: Int

    /// Entries per run: a power of two.
    static let count = 1 << tableBits
    static let tableBits = 8

    /// The entry for the instruction numbered `number` (its ``Instruction/cacheSlot``).
    @inline(__always)
    static func slot(_ cache: UnsafeMutablePointer<GlobalCacheEntry>, number: UInt16) -> UnsafeMutablePointer<GlobalCacheEntry> {
        cache + (Int(number) & (count &- 1))
    }

    /// A zeroed table.
    static func allocateTable() -> UnsafeMutablePointer<GlobalCacheEntry> {
        let table = UnsafeMutablePointer<GlobalCacheEntry>.allocate(capacity: count)
        table.initialize(repeating: GlobalCacheEntry(name: nil, globals: nil, version: 0, index: 0), count: count)
        return table
    }

    /// Releases every entry's references and zeroes it (the table can be reused).
    static func clear(_ table: UnsafeMutablePointer<GlobalCacheEntry>) {
        for i in 0..<count {
            let e = table + i
            guard let name = e.pointee.name, let globals = e.pointee.globals else { continue }
            e.pointee = GlobalCacheEntry(name: nil, globals: nil, version: 0, index: 0)
            Unmanaged<PyStr>.fromOpaque(name).release()
            Unmanaged<PyDict>.fromOpaque(globals).release()
        }
    }
}

extension VM {
    /// The `LOAD_GLOBAL` slow path: looks `name` up in `globals`, then in the builtins, and
    /// records where it was found in `entry`. Returns the value's address, or nil when the
    /// name is not defined.
    @inline(never)
    func fillGlobalCache(_ entry: UnsafeMutablePointer<GlobalCacheEntry>, name: Unmanaged<PyStr>, globals: Unmanaged<PyDict>) -> UnsafeMutablePointer<Value>? {
        let index: Int
        let slot: UnsafeMutablePointer<Value>
        if let i = globals._withUnsafeGuaranteedRef({ g in name._withUnsafeGuaranteedRef { g.entryIndex(ofString: $0) } }) {
            index = i
            slot = globals._withUnsafeGuaranteedRef { $0.valueSlot(atEntry: i) }
        } else if let i = builtinsRef._withUnsafeGuaranteedRef({ b in name._withUnsafeGuaranteedRef { b.entryIndex(ofString: $0) } }) {
            index = ~i
            slot = builtinsRef._withUnsafeGuaranteedRef { $0.valueSlot(atEntry: i) }
        } else {
            return nil
        }
        globalCacheFilled = true
        let old = entry.pointee
        _ = name.retain()
        _ = globals.retain()
        entry.pointee = GlobalCacheEntry(name: name.toOpaque(), globals: globals.toOpaque(), version: globals._withUnsafeGuaranteedRef { $0.version }, index: index)
        if let n = old.name, let g = old.globals {
            Unmanaged<PyStr>.fromOpaque(n).release()
            Unmanaged<PyDict>.fromOpaque(g).release()
        }
        return slot
    }
}
