/// Python `set` and `frozenset`, laid out exactly like CPython 3.11's `setobject.c`
/// (table size, linear probing then perturbation, resize policy), so iteration order
/// — and therefore printed output — matches CPython for the same insertions.
final class PySet: PyObject, @unchecked Sendable {
    static let linearProbes = 9
    static let minSize = 8

    /// Slot keys: `.unbound` with hash 0 is empty; `.unbound` with hash -1 is a dummy.
    @exclusivity(unchecked) private(set) var keys: [Value]
    @exclusivity(unchecked) private(set) var hashes: [Int]
    @exclusivity(unchecked) private(set) var fill = 0
    @exclusivity(unchecked) private(set) var used = 0
    var mask: Int { keys.count - 1 }
    @exclusivity(unchecked) private var finger = 0
    @exclusivity(unchecked) private(set) var version = 0

    init(frozen: Bool = false) {
        keys = [Value].unbound(count: PySet.minSize)
        hashes = [Int](repeating: 0, count: PySet.minSize)
        super.init(kind: frozen ? .frozenSet : .set, contentBytes: PySet.minSize &* PySet.slotBytes)
    }

    /// Bytes per table slot: a key and its hash.
    static let slotBytes = MemoryLayout<Value>.stride &+ MemoryLayout<Int>.stride

    /// Charges the run's books for the table after it was replaced.
    private func accountTable() {
        accountContents(bytes: keys.count &* PySet.slotBytes)
    }

    deinit { Trashcan.release(&keys) }

    var isFrozen: Bool { kind == .frozenSet }
    var count: Int { used }

    @inline(__always) private func isActive(_ i: Int) -> Bool {
        if case .unbound = keys[i] { return false }
        return true
    }

    /// Active elements in table order (Python's iteration order).
    var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(used)
        for i in 0..<keys.count where isActive(i) { out.append(keys[i]) }
        return out
    }

    /// Whether `body` holds for every active (key, hash) pair, asked in table order and
    /// stopping at the first that fails. It reads the live table (as CPython's `set_next`
    /// does): no array of the entries is built, and a `body` that changes the set cannot
    /// make it read out of bounds, since every step checks the index against the table.
    @inline(__always)
    func allEntries(_ body: (Value, Int) throws(PythonError) -> Bool) throws(PythonError) -> Bool {
        var i = 0
        while i < keys.count {
            if isActive(i), !(try body(keys[i], hashes[i])) { return false }
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
        i < keys.count && isActive(i) ? keys[i] : nil
    }

    var rawCount: Int { keys.count }

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
                    if hashes[j] == 0, case .unbound = keys[j] {
                        if freeSlot >= 0 {
                            used += 1
                            keys[freeSlot] = key
                            hashes[freeSlot] = hash
                            version &+= 1
                            return
                        }
                        // found unused
                        fill += 1
                        used += 1
                        keys[j] = key
                        hashes[j] = hash
                        version &+= 1
                        if fill * 5 < mask * 3 { return }
                        resize(used > 50000 ? used * 2 : used * 4)
                        return
                    }
                    if hashes[j] == hash, isActive(j) {
                        let existing = keys[j]
                        if existing.isIdentical(to: key) { return }
                        let eq: Bool
                        if let f = PyDict.fastEquals(existing, key) { eq = f } else {
                            eq = try vm.equals(existing, key)
                            if version != startVersion || self.mask != mask { continue restart }
                        }
                        if eq { return }
                    } else if hashes[j] == -1, !isActive(j) {
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

    private static func insertClean(_ keys: inout [Value], _ hashes: inout [Int], mask: Int, key: Value, hash: Int) {
        var perturb = UInt(bitPattern: hash)
        var i = hash & mask
        while true {
            if case .unbound = keys[i] {
                keys[i] = key
                hashes[i] = hash
                return
            }
            if i + PySet.linearProbes <= mask {
                for j in 1...PySet.linearProbes {
                    if case .unbound = keys[i + j] {
                        keys[i + j] = key
                        hashes[i + j] = hash
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
        var newKeys = [Value].unbound(count: newSize)
        var newHashes = [Int](repeating: 0, count: newSize)
        let newMask = newSize - 1
        for i in 0..<keys.count where isActive(i) {
            PySet.insertClean(&newKeys, &newHashes, mask: newMask, key: keys[i], hash: hashes[i])
        }
        fill = used
        keys = newKeys
        hashes = newHashes
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
                    if hashes[j] == 0, case .unbound = keys[j] { return nil }
                    if hashes[j] == hash, isActive(j) {
                        let existing = keys[j]
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
        keys[j] = .unbound
        hashes[j] = -1
        used -= 1
        version &+= 1
        return true
    }

    @discardableResult
    func discard(_ key: Value, vm: VM) throws(PythonError) -> Bool {
        try discard(key, hash: vm.hash(key), vm: vm)
    }

    func removeAll() {
        keys = [Value].unbound(count: PySet.minSize)
        hashes = [Int](repeating: 0, count: PySet.minSize)
        fill = 0
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
        let key = keys[i]
        keys[i] = .unbound
        hashes[i] = -1
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
            keys = other.keys
            hashes = other.hashes
            fill = other.fill
            used = other.used
            version &+= 1
            accountTable()
            return
        }
        if fill == 0 {
            fill = other.used
            used = other.used
            let m = mask
            for i in 0..<other.keys.count where other.isActive(i) {
                PySet.insertClean(&keys, &hashes, mask: m, key: other.keys[i], hash: other.hashes[i])
            }
            version &+= 1
            return
        }
        // A key's `__eq__` may clear or grow `other` (or this set) while we add: re-read the
        // table size on every step, as CPython's set_merge re-reads `other->mask`.
        var i = 0
        while i < other.keys.count {
            if other.isActive(i) {
                let key = other.keys[i]
                try add(key, hash: other.hashes[i], vm: vm)
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
        keys = other.keys
        hashes = other.hashes
        fill = other.fill
        used = other.used
        version &+= 1
        accountTable()
    }

    /// CPython's frozenset hash.
    func frozenHash() -> Int {
        func shuffle(_ h: UInt) -> UInt {
            ((h ^ 89869747) ^ (h << 16)) &* 3644798167
        }
        var hash: UInt = 0
        for i in 0..<keys.count {
            hash ^= shuffle(UInt(bitPattern: hashes[i]))
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
