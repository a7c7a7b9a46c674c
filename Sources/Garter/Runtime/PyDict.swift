/// Python `dict`: an insertion-ordered hash map in CPython's compact layout (an index table
/// into a dense entry array), with Python's hashing and equality, which may call back into
/// Python code for instances defining `__hash__`/`__eq__`.
final class PyDict: PyObject, @unchecked Sendable {
    /// One key-value pair with its key's hash, in 32 bytes: the hash is split into two
    /// halves that sit in the padding after the 9-byte key and value (stored whole, it took
    /// an aligned word of its own and the entry 40 bytes).
    struct Entry {
        /// `.unbound` marks a deleted entry.
        var key: Value
        private var hashLow: UInt32
        var value: Value
        private var hashHigh: UInt32

        init(hash: Int, key: Value, value: Value) {
            self.key = key
            self.hashLow = UInt32(truncatingIfNeeded: hash)
            self.value = value
            self.hashHigh = UInt32(truncatingIfNeeded: hash >> 32)
        }

        /// The key's hash.
        var hash: Int {
            @inline(__always) get { Int(Int64(Int32(bitPattern: hashHigh)) << 32 | Int64(hashLow)) }
        }
    }

    // Storage is managed by hand rather than in arrays: a lookup then reads the tables
    // through plain pointers, without retaining and releasing two array buffers (and
    // without copying entries, which would retain their key and value).
    //
    // A dict made by a display with constant string keys (`{"id": i, "name": n}`) starts
    // out *split*: its keys, their hashes and the index table are those of a template dict
    // the compiled code holds (see ``init(sharing:values:moving:)``), and it owns only its values.
    // A program that builds many records of one shape then pays 16 bytes a field instead
    // of 32 plus an index table, and building one hashes and probes nothing. The first
    // change to the key set (an insertion, a deletion, `clear`, `popitem`) copies the
    // template's keys and table into storage of the dict's own: the same entries at the
    // same positions, so nothing Python can observe (order, growth, iteration errors)
    // differs from a dict built key by key.

    // The fields take 48 bytes, so the object takes 72: an 80-byte malloc chunk (one word
    // more and it would take a 96-byte one). Counts and sizes fit in 32 bits: tables stop
    // at 2^30 slots, and the entries they index stop there too.

    /// The dense entry array (`used` initialized slots, deleted ones included); a split
    /// dict's are its template's (their values unused).
    @exclusivity(unchecked) private var store: UnsafeMutablePointer<Entry>
    /// Open-addressing table of indices into the entries: -1 empty, -2 deleted (a split
    /// dict's is its template's).
    @exclusivity(unchecked) private var table: UnsafeMutablePointer<Int32>
    /// A split dict's values, one per template entry, right after the retained reference
    /// to the template (see ``template(of:)``); nil for a dict with entries of its own.
    @exclusivity(unchecked) private var splitValues: UnsafeMutablePointer<Value>?
    @exclusivity(unchecked) private var usedBits: UInt32 = 0
    @exclusivity(unchecked) private var countBits: UInt32 = 0
    /// Bumped on every structural change; iteration uses it to detect mutation.
    @exclusivity(unchecked) private(set) var version = 0
    @exclusivity(unchecked) private var capacityBits: UInt32 = 0
    @exclusivity(unchecked) private var maskBits: UInt32 = 0

    /// Initialized entry slots, deleted ones included.
    private var used: Int {
        @inline(__always) get { Int(usedBits) }
        @inline(__always) set { usedBits = UInt32(truncatingIfNeeded: newValue) }
    }

    /// The number of keys.
    private(set) var count: Int {
        @inline(__always) get { Int(countBits) }
        @inline(__always) set { countBits = UInt32(truncatingIfNeeded: newValue) }
    }

    /// The size of the entry array this dict owns (0 for a split dict).
    private var capacity: Int {
        @inline(__always) get { Int(capacityBits) }
        // Clamped: a smaller recorded capacity only makes the array grow sooner.
        @inline(__always) set { capacityBits = UInt32(clamping: newValue) }
    }

    /// Table size - 1; 0 for the shared empty table.
    private var mask: Int {
        @inline(__always) get { Int(maskBits) }
        @inline(__always) set { maskBits = UInt32(truncatingIfNeeded: newValue) }
    }

    /// The template whose keys a split dict uses, kept (retained) in the word before its
    /// values.
    private static func template(of values: UnsafeMutablePointer<Value>) -> Unmanaged<PyDict> {
        UnsafeRawPointer(values).load(fromByteOffset: -MemoryLayout<Int>.stride, as: Unmanaged<PyDict>.self)
    }

    /// Frees a split dict's value block (its values already moved out or released) and
    /// releases its template.
    private static func freeSplitBlock(_ values: UnsafeMutablePointer<Value>) {
        let template = PyDict.template(of: values)
        (UnsafeMutableRawPointer(values) - MemoryLayout<Int>.stride).deallocate()
        template.release()
    }

    /// The bytes of a split dict's value block holding `count` values.
    private static func splitBlockBytes(_ count: Int) -> Int {
        MemoryLayout<Int>.stride &+ count &* MemoryLayout<Value>.stride
    }

    /// The index table of a dict that never held a key: one empty slot, shared and never
    /// written, so empty dicts (instance dicts, keyword dicts, module globals before the
    /// first store) cost no allocation. The first insertion replaces it with a real table.
    nonisolated(unsafe) private static let emptyTable: UnsafeMutablePointer<Int32> = {
        let p = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        p.initialize(to: -1)
        return p
    }()

    /// Stands for the entry array while none is allocated (never read: `used` is 0).
    private static var noEntries: UnsafeMutablePointer<Entry> {
        UnsafeMutablePointer(bitPattern: MemoryLayout<Entry>.alignment)!
    }

    init() {
        table = PyDict.emptyTable
        store = PyDict.noEntries
        super.init(kind: .dict)
    }

    deinit {
        if let values = splitValues {
            Trashcan.release(values, count: used)
            PyDict.freeSplitBlock(values)
            return
        }
        if mask != 0 { table.deallocate() }
        if capacity == 0 { return }
        if used > 0 {
            if let s = Trashcan.enter() {
                // One entry at a time: `deinitialize(count:)` is the generic array destroy,
                // which calls the entry's value witness per entry (about 100 instructions
                // for a one-entry dict).
                for i in 0..<used { (store + i).deinitialize(count: 1) }
                Trashcan.leave(s)
            } else {
                // Too deep to release nested containers on this stack: hand them over.
                var values: [Value] = []
                values.reserveCapacity(used * 2)
                for i in 0..<used {
                    let e = (store + i).move()
                    values.append(e.key)
                    values.append(e.value)
                }
                Trashcan.park(values)
            }
        }
        store.deallocate()
    }

    /// A split dict: the keys of `template` (a dict the compiler made from a display's
    /// constant string keys, with `None` values, never changed afterwards) and the
    /// `template.count` values at `values`, moved in (copied when `moving` is false).
    ///
    /// - Complexity: O(*n*) for *n* keys; no key is hashed or probed.
    init(sharing template: PyDict, values: UnsafeMutablePointer<Value>, moving: Bool = true) {
        let n = template.count
        let block = HeapMemory.allocateBytes(PyDict.splitBlockBytes(n), alignment: MemoryLayout<Value>.alignment)
        block.storeBytes(of: Unmanaged.passRetained(template), as: Unmanaged<PyDict>.self)
        let own = (block + MemoryLayout<Int>.stride).bindMemory(to: Value.self, capacity: n)
        if moving {
            own.moveInitialize(from: values, count: n)
        } else {
            own.initialize(from: values, count: n)
        }
        splitValues = own
        table = template.table
        store = template.store
        usedBits = UInt32(truncatingIfNeeded: n)
        countBits = usedBits
        maskBits = template.maskBits
        super.init(kind: .dict, contentBytes: PyDict.splitBlockBytes(n))
    }

    /// A template for split dicts: the keys `keys` (distinct exact strings, in display
    /// order) with `None` values, laid out as a dict built from them one by one.
    static func template(keys: [PyStr]) -> PyDict {
        let d = PyDict(capacity: keys.count)
        for k in keys { d.setString(k, .none) }
        return d
    }

    /// Gives a split dict entries and an index table of its own: copies of its template's,
    /// so every entry keeps its position and every key its table slot (a probe made before
    /// stays valid). Comes before every change to the key set.
    @inline(__always)
    private func unshare() {
        if let values = splitValues { copyTemplate(values) }
    }

    /// ``unshare()`` of a split dict with `values`.
    @inline(never)
    private func copyTemplate(_ values: UnsafeMutablePointer<Value>) {
        let n = used
        let fresh = HeapMemory.allocate(Entry.self, capacity: Swift.max(n, 1))
        for i in 0..<n {
            (fresh + i).initialize(to: Entry(hash: store[i].hash, key: store[i].key, value: (values + i).move()))
        }
        let size = mask &+ 1
        let ownTable = HeapMemory.allocate(Int32.self, capacity: size)
        ownTable.initialize(from: table, count: size)
        splitValues = nil
        store = fresh
        table = ownTable
        capacity = Swift.max(n, 1)
        accountStorage()
        // Nothing points into the template any more: it may go.
        PyDict.freeSplitBlock(values)
    }

    init(capacity: Int) {
        var size = 8
        while size * 2 < capacity * 3 && size < (1 << 30) { size <<= 1 }
        table = HeapMemory.allocate(Int32.self, capacity: size)
        table.initialize(repeating: -1, count: size)
        maskBits = UInt32(size - 1)
        store = PyDict.noEntries
        super.init(kind: .dict, contentBytes: size &* 4)
        if capacity > 0 { reserveEntries(capacity) }
    }

    /// Grows the entry array to hold at least `minimum` entries.
    private func reserveEntries(_ minimum: Int) {
        if minimum <= capacity { return }
        let newCapacity = Swift.max(minimum, capacity * 2, 4)
        let fresh = HeapMemory.allocate(Entry.self, capacity: newCapacity)
        if capacity > 0 {
            fresh.moveInitialize(from: store, count: used)
            store.deallocate()
        }
        store = fresh
        capacity = newCapacity
        accountStorage()
    }

    /// Charges the run's books for the entry array and the index table.
    private func accountStorage() {
        accountContents(bytes: capacity &* MemoryLayout<Entry>.stride &+ (mask != 0 ? (mask &+ 1) &* 4 : 0))
    }

    /// Replaces the index table (the shared empty one is never freed).
    private func replaceTable(size: Int) {
        if mask != 0 { table.deallocate() }
        if size == 1 {
            table = PyDict.emptyTable
            mask = 0
            accountStorage()
            return
        }
        table = HeapMemory.allocate(Int32.self, capacity: size)
        table.initialize(repeating: -1, count: size)
        mask = size - 1
        accountStorage()
    }

    /// Appends an entry (capacity permitting growth).
    @inline(__always)
    private func appendEntry(_ e: __owned Entry) {
        if used == capacity { reserveEntries(used + 1) }
        (store + used).initialize(to: consume e)
        used += 1
    }

    // MARK: Lookup

    /// Finds the entry index for a key, or nil. `slot` receives the index-table slot where the
    /// key is or should be inserted.
    private func find(_ key: Value, hash: Int, vm: VM?) throws(PythonError) -> (entry: Int?, slot: Int) {
        while true {
            let mask = self.mask
            var i = hash & mask
            var perturb = UInt(bitPattern: hash)
            var freeSlot = -1
            let startVersion = version
            while true {
                let idx = Int(table[i])
                if idx == -1 {
                    return (nil, freeSlot >= 0 ? freeSlot : i)
                }
                if idx == -2 {
                    if freeSlot < 0 { freeSlot = i }
                } else {
                    let e = store + idx
                    if e.pointee.hash == hash {
                        if e.pointee.key.isIdentical(to: key) { return (idx, i) }
                        if let eq = PyDict.fastEquals(e.pointee.key, key) {
                            if eq { return (idx, i) }
                        } else if let vm {
                            // Python's __eq__ may change (even free) this dict's storage:
                            // compare a copy of the key.
                            let stored = e.pointee.key
                            let eq = try vm.equals(stored, key)
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
        return valueSlot(atEntry: idx).pointee
    }

    /// Lookup with a key whose hash is already known.
    func get(_ key: Value, hash: Int, vm: VM?) throws(PythonError) -> Value? {
        guard let idx = try find(key, hash: hash, vm: vm).entry else { return nil }
        return valueSlot(atEntry: idx).pointee
    }

    /// The entry index of a string key, or nil (the probe of the string fast paths). An
    /// index stays valid until ``version`` changes.
    @inline(__always)
    func entryIndex(ofString key: PyStr) -> Int? {
        entryIndex(ofString: key, strTag: ValueLayout.strTag)
    }

    /// ``entryIndex(ofString:)`` with ``ValueLayout/strTag`` passed in by a caller that
    /// holds it (each read of the lazily initialized static is a call on Linux).
    @inline(__always)
    func entryIndex(ofString key: PyStr, strTag: UInt8) -> Int? {
        let hash = key.hash
        let table = self.table
        let store = self.store
        let mask = self.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        while true {
            let idx = Int(table[i])
            if idx == -1 { return nil }
            if idx >= 0 {
                let e = store + idx
                if e.pointee.hash == hash, PyDict.keyIsString(e, key, strTag: strTag) { return idx }
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
    }

    /// The address of entry `i`'s value when `i` is an entry whose key is `key` itself (the
    /// same string object, as interned names are): a check of a remembered index, with no
    /// probe. Nil for any other `i`, in range or not.
    @inline(__always)
    func valueSlot(atEntry i: Int, ifKeyIs key: Unmanaged<PyStr>, strTag: UInt8) -> UnsafeMutablePointer<Value>? {
        guard strTag != 0xFF, UInt(bitPattern: i) < UInt(bitPattern: used) else { return nil }
        let e = UnsafeMutableRawPointer(store + i)
        let keySlot = (e + MemoryLayout<Entry>.offset(of: \Entry.key)!).assumingMemoryBound(to: Value.self)
        guard let s = keySlot.borrowedStr(tag: strTag), s.toOpaque() == key.toOpaque() else { return nil }
        if let values = splitValues { return values + i }
        return (e + MemoryLayout<Entry>.offset(of: \Entry.value)!).assumingMemoryBound(to: Value.self)
    }

    /// Makes entry `i`'s key, an exact `str` equal to `key`, the object `key` itself, so that
    /// ``valueSlot(atEntry:ifKeyIs:strTag:)`` finds it by identity from then on. The key set
    /// is unchanged (equal strings have one hash), so ``version`` is not bumped. A key of a
    /// `str` subclass is left alone, and so is a split dict's (its keys are shared).
    func adoptStringKey(atEntry i: Int, _ key: PyStr, strTag: UInt8) {
        guard strTag != 0xFF, splitValues == nil, UInt(bitPattern: i) < UInt(bitPattern: used) else { return }
        let keySlot = (UnsafeMutableRawPointer(store + i) + MemoryLayout<Entry>.offset(of: \Entry.key)!).assumingMemoryBound(to: Value.self)
        guard keySlot.borrowedStr(tag: strTag) != nil else { return }
        keySlot.pointee = .str(key)
    }

    /// Whether entry `e`'s key is the string `key`, read in place: the key is compared by
    /// identity first (names are interned) and its reference is not copied out, which would
    /// cost a retain and a release per probe.
    @inline(__always)
    private static func keyIsString(_ e: UnsafeMutablePointer<Entry>, _ key: PyStr, strTag: UInt8) -> Bool {
        if strTag == 0xFF { return e.pointee.key.isString(key) }
        let slot = (UnsafeMutableRawPointer(e) + MemoryLayout<Entry>.offset(of: \Entry.key)!).assumingMemoryBound(to: Value.self)
        guard let s = slot.borrowedStr(tag: strTag) else { return false }
        if s.toOpaque() == Unmanaged.passUnretained(key).toOpaque() { return true }
        return s._withUnsafeGuaranteedRef { stringsEqual($0.value, key.value) }
    }

    /// The address of entry `i`'s value (`i` from ``entryIndex(ofString:)``, with
    /// ``version`` unchanged since): valid until the next insertion or deletion.
    @inline(__always)
    func valueSlot(atEntry i: Int) -> UnsafeMutablePointer<Value> {
        if let values = splitValues { return values + i }
        return (UnsafeMutableRawPointer(store + i) + MemoryLayout<Entry>.offset(of: \Entry.value)!).assumingMemoryBound(to: Value.self)
    }

    /// Fast lookup by string key (attribute and global dictionaries).
    @inline(__always)
    func getString(_ key: PyStr) -> Value? {
        guard let idx = entryIndex(ofString: key) else { return nil }
        return valueSlot(atEntry: idx).pointee
    }

    /// Whether a string key is present (no copy of its value).
    @inline(__always)
    func containsString(_ key: PyStr) -> Bool {
        entryIndex(ofString: key) != nil
    }

    func getString(_ key: String) -> Value? {
        getString(PyStr(key))
    }

    func contains(_ key: Value, vm: VM) throws(PythonError) -> Bool {
        let h = try vm.hash(key)
        return try find(key, hash: h, vm: vm).entry != nil
    }

    // MARK: Mutation

    func set(_ key: __owned Value, _ value: __owned Value, vm: VM) throws(PythonError) {
        let h = try vm.hash(key)
        try set(key, value, hash: h, vm: vm)
    }

    @inline(__always)
    func set(_ key: __owned Value, _ value: __owned Value, hash: Int, vm: VM?) throws(PythonError) {
        let (found, slot) = try find(key, hash: hash, vm: vm)
        // `consume`: the parameters move into the entry (the optimizer left a copy and a
        // destroy of each, two outlined calls per store).
        if let idx = found {
            valueSlot(atEntry: idx).pointee = consume value
            return
        }
        unshare()
        insertNew(consume key, consume value, hash: hash, slot: slot)
    }

    /// Sets a string key (no Python code can run). Keys of other types that compare equal to
    /// a string only through a Python `__eq__` are treated as different keys.
    /// Sets a string key; returns the entry index that holds it (the new entry is always
    /// the last: a rebuild keeps the entries' order).
    @discardableResult
    func setString(_ key: PyStr, _ value: __owned Value) -> Int {
        // Read once: each read of the lazily initialized static is a call on Linux.
        let strTag = ValueLayout.strTag
        let hash = key.hash
        let mask = self.mask
        var i = hash & mask
        var perturb = UInt(bitPattern: hash)
        var freeSlot = -1
        while true {
            let idx = Int(table[i])
            if idx == -1 { break }
            if idx == -2 {
                if freeSlot < 0 { freeSlot = i }
            } else if store[idx].hash == hash, PyDict.keyIsString(store + idx, key, strTag: strTag) {
                valueSlot(atEntry: idx).pointee = value
                return idx
            }
            perturb >>= 5
            i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
        }
        unshare()
        insertNew(.str(key), value, hash: hash, slot: freeSlot >= 0 ? freeSlot : i)
        return used &- 1
    }

    func setString(_ key: String, _ value: Value) {
        setString(PyStr(key), value)
    }

    @inline(__always)
    private func insertNew(_ key: __owned Value, _ value: __owned Value, hash: Int, slot: Int) {
        if mask == 0 {
            // The shared empty table: build a real one around the first entry.
            appendEntry(Entry(hash: hash, key: consume key, value: consume value))
            count += 1
            version &+= 1
            rebuild(minimumSize: 0)
            return
        }
        table[slot] = Int32(truncatingIfNeeded: used)
        appendEntry(Entry(hash: hash, key: consume key, value: consume value))
        count += 1
        version &+= 1
        // Keep the table at most 2/3 full (deleted entries count too). The new size is
        // CPython's (`GROWTH_RATE`: a power of two at least three times the live entries
        // before this one), so the entry positions iteration sees evolve as in CPython and
        // mutation during iteration is detected at the same point.
        if used * 3 >= (mask + 1) * 2 {
            rebuild(minimumSize: (count - 1) * 3 - 1)
        }
    }

    /// Rebuilds the index table (and compacts deleted entries).
    private func rebuild(minimumSize: Int) {
        if used != count {
            var kept = 0
            for n in 0..<used {
                if case .unbound = store[n].key {
                    (store + n).deinitialize(count: 1)
                } else {
                    if kept != n { (store + kept).moveInitialize(from: store + n, count: 1) }
                    kept += 1
                }
            }
            used = kept
        }
        var size = 8
        while size <= minimumSize && size < (1 << 30) { size <<= 1 }
        replaceTable(size: size)
        let mask = size - 1
        for n in 0..<used {
            let h = store[n].hash
            var i = h & mask
            var perturb = UInt(bitPattern: h)
            while table[i] != -1 {
                perturb >>= 5
                i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
            }
            table[i] = Int32(truncatingIfNeeded: n)
        }
    }

    /// Removes a key; returns its value, or nil when absent.
    @discardableResult
    func remove(_ key: Value, vm: VM) throws(PythonError) -> Value? {
        let h = try vm.hash(key)
        let (found, slot) = try find(key, hash: h, vm: vm)
        guard let idx = found else { return nil }
        unshare()
        let old = store[idx].value
        table[slot] = -2
        store[idx].key = .unbound
        store[idx].value = .none
        count -= 1
        version &+= 1
        // Like CPython, deletion never compacts: the next growth does.
        return old
    }

    func removeAll() {
        if let values = splitValues {
            var old: [Value] = []
            old.reserveCapacity(used)
            for i in 0..<used { old.append((values + i).move()) }
            splitValues = nil
            store = PyDict.noEntries
            table = PyDict.emptyTable
            mask = 0
            used = 0
            count = 0
            version &+= 1
            accountStorage()
            PyDict.freeSplitBlock(values)
            // Released last: a value's deinit must find the dict consistent.
            withExtendedLifetime(old) {}
            return
        }
        let old = takeEntries()
        replaceTable(size: 1)
        count = 0
        version &+= 1
        // Released last: a key's or value's deinit must find the dict consistent.
        withExtendedLifetime(old) {}
    }

    /// Empties the entry array, returning the live entries (their release is the caller's).
    private func takeEntries() -> [Entry] {
        var out: [Entry] = []
        out.reserveCapacity(used)
        for n in 0..<used { out.append((store + n).move()) }
        used = 0
        return out
    }

    /// Removes and returns the last inserted item (`popitem`).
    func popLast() -> (Value, Value)? {
        unshare()
        while used > 0 {
            let lastIndex = used - 1
            if case .unbound = store[lastIndex].key {
                (store + lastIndex).deinitialize(count: 1)
                used -= 1
                continue
            }
            // Find its slot to mark deleted.
            let h = store[lastIndex].hash
            var i = h & mask
            var perturb = UInt(bitPattern: h)
            let target = Int32(truncatingIfNeeded: lastIndex)
            while table[i] != target {
                perturb >>= 5
                i = (i &* 5 &+ Int(truncatingIfNeeded: perturb) &+ 1) & mask
            }
            table[i] = -2
            let last = (store + lastIndex).move()
            used -= 1
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
        for n in 0..<used {
            if case .unbound = store[n].key { continue }
            out.append(store[n].key)
        }
        return out
    }

    var values: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for n in 0..<used {
            if case .unbound = store[n].key { continue }
            out.append(valueSlot(atEntry: n).pointee)
        }
        return out
    }

    var items: [(Value, Value)] {
        var out: [(Value, Value)] = []
        out.reserveCapacity(count)
        for n in 0..<used {
            if case .unbound = store[n].key { continue }
            out.append((store[n].key, valueSlot(atEntry: n).pointee))
        }
        return out
    }

    /// Whether some live key and its value satisfy `predicate`.
    func containsItem(where predicate: (_ key: Value, _ value: Value) -> Bool) -> Bool {
        for n in 0..<used {
            if case .unbound = store[n].key { continue }
            if predicate(store[n].key, valueSlot(atEntry: n).pointee) { return true }
        }
        return false
    }

    /// The number of raw entry positions (deleted ones included), for iterators.
    var rawCount: Int { used }

    /// The entry at raw position `i` (may be deleted: its key is `.unbound`), or nil past
    /// the end. Callers that run Python code between entries (a key's `__eq__`) may see the
    /// dict shrink under them, so the position is checked on every read, never cached.
    @inline(__always)
    func rawEntry(_ i: Int) -> Entry? {
        guard i >= 0 && i < used else { return nil }
        if let values = splitValues { return Entry(hash: store[i].hash, key: store[i].key, value: values[i]) }
        return store[i]
    }

    /// The key at raw position `i` in place (no copy of it: `.unbound` for a deleted
    /// entry), or nil past the end; valid until the dict next changes. Its value is at
    /// ``valueSlot(atEntry:)``.
    @inline(__always)
    func rawKeySlot(_ i: Int) -> UnsafeMutablePointer<Value>? {
        guard i >= 0 && i < used else { return nil }
        return (UnsafeMutableRawPointer(store + i) + MemoryLayout<Entry>.offset(of: \Entry.key)!).assumingMemoryBound(to: Value.self)
    }

    /// `dict.copy()` with CPython's layout: a dict with at most a third of its entries
    /// deleted is cloned as is (same table size, deleted entries kept), any other is
    /// compacted into a table presized for its live entries.
    func copy() -> PyDict {
        if count == 0 { return PyDict() }
        if let values = splitValues {
            // Another dict of the same template; its values are copies (retained).
            return PyDict(sharing: PyDict.template(of: values).takeUnretainedValue(), values: values, moving: false)
        }
        if count < used * 2 / 3 {
            let d = PyDict(capacity: count)
            for n in 0..<used {
                if case .unbound = store[n].key { continue }
                d.appendEntry(store[n])
            }
            d.count = d.used
            d.rebuild(minimumSize: d.mask)
            return d
        }
        let d = PyDict()
        d.reserveEntries(used)
        for n in 0..<used { d.appendEntry(store[n]) }
        d.count = count
        d.replaceTable(size: mask + 1)
        d.table.update(from: table, count: mask + 1)
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

extension Value {
    /// Whether this is a str equal to `key` (identity first: keys are usually interned).
    @inline(__always)
    func isString(_ key: PyStr) -> Bool {
        guard case .str(let s) = self else { return false }
        return pyStringsEqual(s, key)
    }
}
