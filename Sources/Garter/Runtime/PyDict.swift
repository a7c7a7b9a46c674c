/// Python `dict`: an insertion-ordered hash map in CPython's compact layout (an index table
/// into a dense entry array), with Python's hashing and equality, which may call back into
/// Python code for instances defining `__hash__`/`__eq__`.
final class PyDict: PyObject, @unchecked Sendable {
    struct Entry {
        var hash: Int
        /// `.unbound` marks a deleted entry.
        var key: Value
        var value: Value
    }

    @exclusivity(unchecked) private(set) var entries: [Entry] = []
    /// Open-addressing table of indices into `entries`: -1 empty, -2 deleted.
    @exclusivity(unchecked) private var indices: [Int32]
    @exclusivity(unchecked) private(set) var count = 0
    /// Bumped on every structural change; iteration uses it to detect mutation.
    @exclusivity(unchecked) private(set) var version = 0

    /// The index table of a dict that never held a key: one empty slot, shared, so empty
    /// dicts (instance dicts, keyword dicts, module globals before the first store) cost no
    /// allocation. The first insertion replaces it with a real table.
    private static let emptyIndices: [Int32] = [-1]

    init() {
        indices = PyDict.emptyIndices
        super.init(kind: .dict)
    }

    deinit {
        if entries.isEmpty { return }
        if let s = Trashcan.enter() {
            entries = []
            Trashcan.leave(s)
            return
        }
        var values: [Value] = []
        values.reserveCapacity(entries.count * 2)
        for e in entries {
            values.append(e.key)
            values.append(e.value)
        }
        entries = []
        Trashcan.park(values)
    }

    init(capacity: Int) {
        var size = 8
        while size * 2 < capacity * 3 && size < (1 << 30) { size <<= 1 }
        indices = [Int32](repeating: -1, count: size)
        super.init(kind: .dict)
        entries.reserveCapacity(capacity)
    }

    // MARK: Lookup

    /// Finds the entry index for a key, or nil. `slot` receives the index-table slot where the
    /// key is or should be inserted.
    private func find(_ key: Value, hash: Int, vm: VM?) throws(PythonError) -> (entry: Int?, slot: Int) {
        while true {
            let mask = indices.count - 1
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            var freeSlot = -1
            let startVersion = version
            while true {
                let idx = Int(indices[i])
                if idx == -1 {
                    return (nil, freeSlot >= 0 ? freeSlot : i)
                }
                if idx == -2 {
                    if freeSlot < 0 { freeSlot = i }
                } else {
                    let e = entries[idx]
                    if e.hash == hash {
                        if e.key.isIdentical(to: key) { return (idx, i) }
                        if let eq = PyDict.fastEquals(e.key, key) {
                            if eq { return (idx, i) }
                        } else if let vm {
                            let eq = try vm.equals(e.key, key)
                            if version != startVersion { break }
                            if eq { return (idx, i) }
                        }
                    }
                }
                perturb >>= 5
                i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
            }
            // The dict changed under a Python __eq__: start over.
        }
    }

    /// Equality for keys that need no Python code; nil when Python code must decide.
    @inline(__always)
    static func fastEquals(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.str(let x), .str(let y)): return pyStringsEqual(x, y)
        case (.int(let x), .int(let y)): return x == y
        case (.str, .int), (.int, .str), (.str, .none), (.none, .str): return false
        case (.float(let x), .float(let y)): return x == y
        case (.int(let x), .float(let y)), (.float(let y), .int(let x)): return Int(exactly: y).map { $0 == x } ?? false
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .bool(let y)), (.bool(let y), .int(let x)): return x == (y ? 1 : 0)
        case (.none, .none): return true
        default: return nil
        }
    }

    func get(_ key: Value, vm: VM) throws(PythonError) -> Value? {
        let h = try vm.hash(key)
        guard let idx = try find(key, hash: h, vm: vm).entry else { return nil }
        return entries[idx].value
    }

    /// Lookup with a key whose hash is already known.
    func get(_ key: Value, hash: Int, vm: VM?) throws(PythonError) -> Value? {
        guard let idx = try find(key, hash: hash, vm: vm).entry else { return nil }
        return entries[idx].value
    }

    /// Fast lookup by string key (attribute and global dictionaries).
    @inline(__always)
    func getString(_ key: PyStr) -> Value? {
        let hash = key.hash
        // Raw buffers: no bounds checks (indices are always in range by construction) and no
        // copies of whole entries (which would retain their key and value).
        return indices.withUnsafeBufferPointer { idxs -> Value? in
            entries.withUnsafeBufferPointer { ents -> Value? in
                let mask = idxs.count - 1
                var i = hash & mask
                var perturb = UInt(bitPattern: hash)
                while true {
                    let idx = Int(idxs[i])
                    if idx == -1 { return nil }
                    if idx >= 0 {
                        let e = ents.baseAddress! + idx
                        if e.pointee.hash == hash, case .str(let s) = e.pointee.key, s === key || stringsEqual(s.value, key.value) {
                            return e.pointee.value
                        }
                    }
                    perturb >>= 5
                    i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
                }
            }
        }
    }

    func getString(_ key: String) -> Value? {
        getString(PyStr(key))
    }

    func contains(_ key: Value, vm: VM) throws(PythonError) -> Bool {
        let h = try vm.hash(key)
        return try find(key, hash: h, vm: vm).entry != nil
    }

    // MARK: Mutation

    func set(_ key: Value, _ value: Value, vm: VM) throws(PythonError) {
        let h = try vm.hash(key)
        try set(key, value, hash: h, vm: vm)
    }

    func set(_ key: Value, _ value: Value, hash: Int, vm: VM?) throws(PythonError) {
        let (found, slot) = try find(key, hash: hash, vm: vm)
        if let idx = found {
            entries[idx].value = value
            return
        }
        insertNew(key, value, hash: hash, slot: slot)
    }

    /// Sets a string key (no Python code can run). Keys of other types that compare equal to
    /// a string only through a Python `__eq__` are treated as different keys.
    func setString(_ key: PyStr, _ value: Value) {
        let hash = key.hash
        let mask = indices.count - 1
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var freeSlot = -1
        while true {
            let idx = Int(indices[i])
            if idx == -1 { break }
            if idx == -2 {
                if freeSlot < 0 { freeSlot = i }
            } else if entries[idx].hash == hash, case .str(let s) = entries[idx].key, pyStringsEqual(s, key) {
                entries[idx].value = value
                return
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
        insertNew(.str(key), value, hash: hash, slot: freeSlot >= 0 ? freeSlot : i)
    }

    func setString(_ key: String, _ value: Value) {
        setString(PyStr(key), value)
    }

    private func insertNew(_ key: Value, _ value: Value, hash: Int, slot: Int) {
        if indices.count == 1 {
            // The shared empty table: build a real one around the first entry.
            entries.append(Entry(hash: hash, key: key, value: value))
            count += 1
            version &+= 1
            rebuild(minimumSize: 0)
            return
        }
        indices[slot] = Int32(truncatingIfNeeded: entries.count)
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
        version &+= 1
        // Keep the table at most 2/3 full (deleted entries count too).
        if entries.count * 3 >= indices.count * 2 {
            rebuild(minimumSize: count * 3)
        }
    }

    /// Rebuilds the index table (and compacts deleted entries).
    private func rebuild(minimumSize: Int) {
        if entries.count != count {
            entries.removeAll { if case .unbound = $0.key { return true }; return false }
        }
        var size = 8
        while size <= minimumSize && size < (1 << 30) { size <<= 1 }
        indices = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for (n, e) in entries.enumerated() {
            var i = e.hash & mask
            var perturb = UInt(bitPattern: e.hash)
            while indices[i] != -1 {
                perturb >>= 5
                i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
            }
            indices[i] = Int32(truncatingIfNeeded: n)
        }
    }

    /// Removes a key; returns its value, or nil when absent.
    @discardableResult
    func remove(_ key: Value, vm: VM) throws(PythonError) -> Value? {
        let h = try vm.hash(key)
        let (found, slot) = try find(key, hash: h, vm: vm)
        guard let idx = found else { return nil }
        let old = entries[idx].value
        indices[slot] = -2
        entries[idx].key = .unbound
        entries[idx].value = .none
        count -= 1
        version &+= 1
        if count == 0 {
            entries.removeAll(keepingCapacity: true)
            indices = PyDict.emptyIndices
        } else if entries.count > 16 && count * 2 < entries.count {
            rebuild(minimumSize: count * 3)
        }
        return old
    }

    func removeAll() {
        entries = []
        indices = PyDict.emptyIndices
        count = 0
        version &+= 1
    }

    /// Removes and returns the last inserted item (`popitem`).
    func popLast() -> (Value, Value)? {
        while let last = entries.last {
            if case .unbound = last.key {
                entries.removeLast()
                continue
            }
            // Find its slot to mark deleted.
            let mask = indices.count - 1
            var i = last.hash & mask
            var perturb = UInt(bitPattern: last.hash)
            let target = Int32(truncatingIfNeeded: entries.count - 1)
            while indices[i] != target {
                perturb >>= 5
                i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
            }
            indices[i] = -2
            entries.removeLast()
            count -= 1
            version &+= 1
            return (last.key, last.value)
        }
        return nil
    }

    // MARK: Iteration

    /// Live keys in insertion order.
    var keys: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries {
            if case .unbound = e.key { continue }
            out.append(e.key)
        }
        return out
    }

    var values: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for e in entries {
            if case .unbound = e.key { continue }
            out.append(e.value)
        }
        return out
    }

    var items: [(Value, Value)] {
        var out: [(Value, Value)] = []
        out.reserveCapacity(count)
        for e in entries {
            if case .unbound = e.key { continue }
            out.append((e.key, e.value))
        }
        return out
    }

    /// The entry at raw position `i` (may be deleted), for iterators.
    var rawCount: Int { entries.count }

    func rawEntry(_ i: Int) -> Entry { entries[i] }

    func copy() -> PyDict {
        let d = PyDict()
        d.entries = entries
        d.indices = indices
        d.count = count
        if entries.count != count { d.rebuild(minimumSize: count * 3) }
        return d
    }

    /// Moves a key to the end (or start) of the order (`OrderedDict.move_to_end`).
    func moveToEnd(_ key: Value, last: Bool, vm: VM) throws(PythonError) -> Bool {
        guard let value = try get(key, vm: vm) else { return false }
        try remove(key, vm: vm)
        if last {
            try set(key, value, vm: vm)
        } else {
            let rest = items
            removeAll()
            try set(key, value, vm: vm)
            for (k, v) in rest { try set(k, v, vm: vm) }
        }
        return true
    }
}
