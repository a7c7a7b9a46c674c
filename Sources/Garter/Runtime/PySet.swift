/// Python `set` and `frozenset`, laid out exactly like CPython 3.11's `setobject.c`
/// (table size, linear probing then perturbation, resize policy), so iteration order
/// — and therefore printed output — matches CPython for the same insertions.
final class PySet: PyObject, @unchecked Sendable {
    static let linearProbes = 9
    static let minSize = 8

    /// One slot of the open-addressing table: a free slot has key `.unbound` and hash 0, a
    /// dummy (a removed key) `.unbound` and hash -1.
    struct Slot {
        var key: Value
        var hash: Int
    }

    // The table is managed by hand, like ``PyDict``'s: with two Swift arrays (keys and
    // hashes) every read retained and released an array buffer and every write checked
    // uniqueness, and a new set cost three allocations (`s & t` of two small sets took
    // about 4 500 instructions).

    /// The slots (`mask + 1` of them, all initialized).
    @exclusivity(unchecked) private var table: UnsafeMutablePointer<Slot>
    /// Table size - 1 (the size is a power of two, at least ``minSize``).
    @exclusivity(unchecked) private(set) var mask: Int
    @exclusivity(unchecked) private(set) var fill = 0
    @exclusivity(unchecked) private(set) var used = 0
    @exclusivity(unchecked) private var finger = 0
    @exclusivity(unchecked) private(set) var version = 0

    init(frozen: Bool = false) {
        table = PySet.makeTable(PySet.minSize)
        mask = PySet.minSize &- 1
        super.init(kind: frozen ? .frozenSet : .set, contentBytes: PySet.minSize &* PySet.slotBytes)
    }

    /// Bytes per table slot: a key and its hash.
    static let slotBytes = MemoryLayout<Slot>.stride

    /// A table of `size` free slots.
    private static func makeTable(_ size: Int) -> UnsafeMutablePointer<Slot> {
        let t = HeapMemory.allocate(Slot.self, capacity: size)
        t.initialize(repeating: Slot(key: .unbound, hash: 0), count: size)
        return t
    }

    /// Releases a table's keys and frees it. Keys that are objects may nest (a frozenset of
    /// frozensets): those are released under ``Trashcan`` so deep nesting cannot overflow
    /// the native stack.
    private static func freeTable(_ t: UnsafeMutablePointer<Slot>, size: Int, used: Int) {
        if used > 0 {
            // Strings are released here, slot by slot (a generic deinitialize of the whole
            // table goes through a value witness per slot); other objects may nest.
            var mayNest = false
            for i in 0..<size {
                switch t[i].key {
                case .object: mayNest = true
                case .str: t[i].key = .unbound
                default: break
                }
            }
            if !mayNest {
                // Every slot now holds no reference: nothing to deinitialize.
            } else if let s = Trashcan.enter() {
                // One slot at a time: `deinitialize(count:)` is the generic array destroy.
                for i in 0..<size { (t + i).deinitialize(count: 1) }
                Trashcan.leave(s)
            } else {
                // Too deep to release nested containers on this stack: hand them over.
                var values: [Value] = []
                values.reserveCapacity(used)
                for i in 0..<size {
                    let k = (t + i).move().key
                    if case .unbound = k { continue }
                    values.append(k)
                }
                Trashcan.park(values)
            }
        }
        t.deallocate()
    }

    /// Charges the run's books for the table after it was replaced.
    private func accountTable() {
        accountContents(bytes: (mask &+ 1) &* PySet.slotBytes)
    }

    deinit { PySet.freeTable(table, size: mask &+ 1, used: used) }

    /// Replaces the table with `newTable` of `newSize` slots, freeing the old one.
    private func replaceTable(_ newTable: UnsafeMutablePointer<Slot>, size newSize: Int) {
        let old = table, oldSize = mask &+ 1, oldUsed = used
        table = newTable
        mask = newSize &- 1
        PySet.freeTable(old, size: oldSize, used: oldUsed)
    }

    var isFrozen: Bool { kind == .frozenSet }
    var count: Int { used }

    @inline(__always) private func isActive(_ i: Int) -> Bool {
        if case .unbound = table[i].key { return false }
        return true
    }

    /// Active elements in table order (Python's iteration order).
    var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(used)
        for i in 0...mask where isActive(i) { out.append(table[i].key) }
        return out
    }

    /// Whether `body` holds for every active (key, hash) pair, asked in table order and
    /// stopping at the first that fails. It reads the live table (as CPython's `set_next`
    /// does): no array of the entries is built, and a `body` that changes the set cannot
    /// make it read out of bounds, since every step checks the index against the table.
    @inline(__always)
    func allEntries(_ body: (Value, Int) throws(PythonError) -> Bool) throws(PythonError) -> Bool {
        var i = 0
        while i <= mask {
            if isActive(i) {
                // A copy: `body` may run Python code that replaces the table.
                let slot = table[i]
                if !(try body(slot.key, slot.hash)) { return false }
            }
            i &+= 1
        }
        return true
    }

    /// Calls `body` with each active (key, hash) pair in table order (see ``allEntries(_:)``).
    @inline(__always)
    func forEachEntry(_ body: (Value, Int) throws(PythonError) -> Void) throws(PythonError) {
        _ = try allEntries { k, h throws(PythonError) in
            try body(k, h)
            return true
        }
    }

    func rawKey(_ i: Int) -> Value? {
        i >= 0 && i <= mask && isActive(i) ? table[i].key : nil
    }

    var rawCount: Int { mask &+ 1 }

    // MARK: Core table operations (set_add_entry, set_insert_clean, set_table_resize)

    func add(_ key: Value, vm: VM) throws(PythonError) {
        try add(key, hash: vm.hash(key), vm: vm)
    }

    func add(_ key: Value, hash: Int, vm: VM) throws(PythonError) {
        restart: while true {
            let mask = self.mask
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            let startVersion = version
            // The last dummy on the probe path before an unused slot: a new key takes it
            // (CPython 3.11's `freeslot`, overwritten by every dummy it passes).
            var freeSlot = -1
            while true {
                let probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
                var j = i
                var n = 0
                while true {
                    let h = table[j].hash
                    if h == 0, case .unbound = table[j].key {
                        if freeSlot >= 0 {
                            used += 1
                            table[freeSlot] = Slot(key: key, hash: hash)
                            version &+= 1
                            return
                        }
                        // found unused
                        fill += 1
                        used += 1
                        table[j] = Slot(key: key, hash: hash)
                        version &+= 1
                        if fill * 5 < mask * 3 { return }
                        resize(used > 50000 ? used * 2 : used * 4)
                        return
                    }
                    if h == hash, isActive(j) {
                        // A copy: `__eq__` may replace the table under it.
                        let existing = table[j].key
                        if existing.isIdentical(to: key) { return }
                        let eq: Bool
                        if let f = PyDict.fastEquals(existing, key) { eq = f } else {
                            eq = try vm.equals(existing, key)
                            if version != startVersion || self.mask != mask { continue restart }
                        }
                        if eq { return }
                    } else if h == -1, !isActive(j) {
                        freeSlot = j
                    }
                    if n >= probes { break }
                    n += 1
                    j += 1
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            }
        }
    }

    /// Puts a key known to be absent into a table without dummies (`set_insert_clean`).
    private static func insertClean(_ table: UnsafeMutablePointer<Slot>, mask: Int, key: __owned Value, hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            if case .unbound = table[i].key {
                table[i] = Slot(key: consume key, hash: hash)
                return
            }
            if i + PySet.linearProbes <= mask {
                for j in 1...PySet.linearProbes {
                    if case .unbound = table[i + j].key {
                        table[i + j] = Slot(key: consume key, hash: hash)
                        return
                    }
                }
            }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
        }
    }

    private func resize(_ minUsed: Int) {
        var newSize = PySet.minSize
        while newSize <= minUsed && newSize < (1 << 40) { newSize <<= 1 }
        let newTable = PySet.makeTable(newSize)
        let newMask = newSize - 1
        // The keys move over: the old table is left holding only free slots and dummies,
        // which own nothing, so it is freed without deinitializing.
        for i in 0...mask where isActive(i) {
            let slot = (table + i).move()
            PySet.insertClean(newTable, mask: newMask, key: slot.key, hash: slot.hash)
        }
        table.deallocate()
        table = newTable
        mask = newMask
        fill = used
        version &+= 1
        accountTable()
    }

    /// Index of the slot holding `key`, or nil.
    private func findSlot(_ key: Value, hash: Int, vm: VM?) throws(PythonError) -> Int? {
        restart: while true {
            let mask = self.mask
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            let startVersion = version
            while true {
                let probes = (i + PySet.linearProbes <= mask) ? PySet.linearProbes : 0
                var j = i
                var n = 0
                while true {
                    let h = table[j].hash
                    if h == 0, case .unbound = table[j].key { return nil }
                    if h == hash, isActive(j) {
                        let existing = table[j].key
                        if existing.isIdentical(to: key) { return j }
                        if let f = PyDict.fastEquals(existing, key) {
                            if f { return j }
                        } else if let vm {
                            let eq = try vm.equals(existing, key)
                            if version != startVersion || self.mask != mask { continue restart }
                            if eq { return j }
                        }
                    }
                    if n >= probes { break }
                    n += 1
                    j += 1
                }
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(truncatingIfNeeded: perturb)) & mask
            }
        }
    }

    func contains(_ key: Value, vm: VM) throws(PythonError) -> Bool {
        try findSlot(key, hash: vm.hash(key), vm: vm) != nil
    }

    func contains(_ key: Value, hash: Int, vm: VM) throws(PythonError) -> Bool {
        try findSlot(key, hash: hash, vm: vm) != nil
    }

    /// Removes `key`; returns whether it was present.
    @discardableResult
    func discard(_ key: Value, hash: Int, vm: VM) throws(PythonError) -> Bool {
        guard let j = try findSlot(key, hash: hash, vm: vm) else { return false }
        table[j] = Slot(key: .unbound, hash: -1)
        used -= 1
        version &+= 1
        return true
    }

    @discardableResult
    func discard(_ key: Value, vm: VM) throws(PythonError) -> Bool {
        try discard(key, hash: vm.hash(key), vm: vm)
    }

    func removeAll() {
        let fresh = PySet.makeTable(PySet.minSize)
        fill = 0
        replaceTable(fresh, size: PySet.minSize)
        used = 0
        version &+= 1
        accountTable()
    }

    /// `set.pop()`, using CPython's finger so repeated pops walk the table.
    func pop() -> Value? {
        if used == 0 { return nil }
        var i = finger & mask
        while !isActive(i) {
            i += 1
            if i > mask { i = 0 }
        }
        let key = table[i].key
        table[i] = Slot(key: .unbound, hash: -1)
        used -= 1
        finger = i + 1
        version &+= 1
        return key
    }

    // MARK: Bulk operations (set_merge, set_update_internal)

    /// Adds every element of another set (CPython's `set_merge`).
    func merge(_ other: PySet, vm: VM) throws(PythonError) {
        if other === self || other.used == 0 { return }
        if (fill + other.used) * 5 >= mask * 3 {
            resize((used + other.used) * 2)
        }
        if fill == 0 && mask == other.mask && other.fill == other.used {
            // Same size and no dummies: the slots copy one for one (`set_merge`'s fast path).
            for i in 0...mask { table[i] = other.table[i] }
            fill = other.fill
            used = other.used
            version &+= 1
            return
        }
        if fill == 0 {
            fill = other.used
            used = other.used
            let m = mask
            for i in 0...other.mask where other.isActive(i) {
                PySet.insertClean(table, mask: m, key: other.table[i].key, hash: other.table[i].hash)
            }
            version &+= 1
            return
        }
        // A key's `__eq__` may clear or grow `other` (or this set) while we add: re-read the
        // table size on every step, as CPython's set_merge re-reads `other->mask`.
        var i = 0
        while i <= other.mask {
            if other.isActive(i) {
                let slot = other.table[i]
                try add(slot.key, hash: slot.hash, vm: vm)
            }
            i += 1
        }
    }

    /// Adds the keys of a dict (CPython pre-sizes the table first). A key's `__eq__` may
    /// change the dict meanwhile; each entry is read afresh, so the loop stops at its end.
    func merge(dict: PyDict, vm: VM) throws(PythonError) {
        let n = dict.count
        if (fill + n) * 5 >= mask * 3 {
            resize((used + n) * 2)
        }
        var i = 0
        while let e = dict.rawEntry(i) {
            i += 1
            if case .unbound = e.key { continue }
            try add(e.key, hash: e.hash, vm: vm)
        }
    }

    /// Removes dummies if more than a quarter of the table is dummies (after difference_update).
    func compactIfNeeded() {
        if fill - used <= mask / 4 { return }
        resize(used > 50000 ? used * 2 : used * 4)
    }

    func copy(frozen: Bool? = nil, vm: VM) throws(PythonError) -> PySet {
        let s = PySet(frozen: frozen ?? isFrozen)
        try s.merge(self, vm: vm)
        return s
    }

    /// Swaps contents with another set (used by in-place operators like `&=`).
    func takeContents(of other: PySet) {
        let size = other.mask &+ 1
        let copy = HeapMemory.allocate(Slot.self, capacity: size)
        copy.initialize(from: other.table, count: size)
        fill = other.fill
        let newUsed = other.used
        replaceTable(copy, size: size)
        used = newUsed
        version &+= 1
        accountTable()
    }

    /// CPython's frozenset hash.
    func frozenHash() -> Int {
        func shuffle(_ h: UInt) -> UInt {
            ((h ^ 89869747) ^ (h << 16)) &* 3644798167
        }
        var hash: UInt = 0
        for i in 0...mask {
            hash ^= shuffle(UInt(bitPattern: table[i].hash))
        }
        if (mask + 1 - fill) & 1 != 0 { hash ^= shuffle(0) }
        if (fill - used) & 1 != 0 { hash ^= shuffle(UInt(bitPattern: -1)) }
        hash ^= (UInt(used) &+ 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt.max { hash = 590923713 }
        return Int(bitPattern: hash)
    }
}
