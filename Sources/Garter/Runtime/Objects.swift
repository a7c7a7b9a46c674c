#if canImport(FoundationEssentials)
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#else
import Foundation
#endif

/// A Python `str`: an immutable Swift string plus lazily computed facts Python needs
/// (hash, whether it is ASCII, its code points for O(1) indexing).
///
/// Python compares strings by code point, never by Unicode canonical equivalence, so equality
/// and ordering always go through the UTF-8 bytes (see ``pyStringsEqual(_:_:)``).
final class PyStr: @unchecked Sendable {
    // Two stored properties: an instance takes 40 bytes (header, string, state word), one
    // 48-byte malloc chunk. Programs keep hundreds of thousands of short strings alive (the
    // parts of a split, dictionary keys and values), and the 56 bytes this took with a field
    // per fact meant a 64-byte chunk each.
    let value: String
    /// The lazily computed facts, in one word (see ``StateBits``): flags in the low byte and
    /// the hash in the other 56 bits; or, once the string has its code points cached (only
    /// non-ASCII strings that are indexed), a retained ``PyStrExtras`` pointer with bit 0 set,
    /// which holds that word and the code points.
    @exclusivity(unchecked) private var state: UInt

    /// The bits of the state word.
    private enum StateBits {
        /// Set: the word is a ``PyStrExtras`` pointer (objects are 16-byte aligned).
        static let boxed: UInt = 1
        static let hashComputed: UInt = 2
        /// Two bits: 0 unknown, 1 ASCII, 2 non-ASCII.
        static let asciiShift: UInt = 2
        static let asciiMask: UInt = 3 << 2
        /// A string from ``Interned`` (immortal, so its identity can key caches).
        static let interned: UInt = 16
        /// The run's books charged this string (it gives the charge back when freed).
        static let charged: UInt = 32
        /// The hash sits above the flags.
        static let hashShift: UInt = 8
    }

    init(_ value: String) {
        self.value = value
        state = PyStr.charge(value)
    }

    /// Creates a string whose ASCII-ness the caller already knows (joins, concatenations).
    init(_ value: String, isASCII: Bool) {
        self.value = value
        state = PyStr.charge(value) | ((isASCII ? 1 : 2) << StateBits.asciiShift)
    }

    /// Creates a string whose hash and layout facts are computed now, so it can be shared
    /// read-only between threads (compiled constants, interned names).
    init(frozen value: String) {
        self.value = value
        state = PyStr.charge(value)
        _ = hash
        _ = isASCII
        if !isASCII { _ = scalars }
    }

    deinit {
        var flags = state
        var extraUnits = 0
        if flags & StateBits.boxed != 0 {
            let extras = Unmanaged<PyStrExtras>.fromOpaque(UnsafeRawPointer(bitPattern: flags & ~StateBits.boxed)!).takeRetainedValue()
            flags = extras.state
            extraUnits = Int(extras.scalarUnits)
        }
        if flags & StateBits.charged != 0 {
            AllocationBudget.credit(units: UInt32(truncatingIfNeeded: Int(PyStr.units(value)) &+ extraUnits))
        }
    }

    /// The bytes a string is charged for by the run's books: the object, plus its UTF-8
    /// bytes when they do not fit inline in the Swift string (15 bytes). A function of the
    /// string alone, so the object need not remember its charge.
    @inline(__always)
    private static func chargedBytes(_ value: String) -> Int {
        let n = value.utf8.count
        return n > 15 ? AllocationBudget.objectBytes &+ 32 &+ n : AllocationBudget.objectBytes
    }

    /// The units ``AllocationBudget/chargeObject(bytes:)`` charged for `value`.
    @inline(__always)
    private static func units(_ value: String) -> UInt32 {
        UInt32(truncatingIfNeeded: Swift.min(AllocationBudget.units(chargedBytes(value)), Int(UInt32.max)))
    }

    /// Charges a new string to the run on this thread; the initial state word
    /// (``StateBits/charged`` when some run keeps books here).
    @inline(__always)
    private static func charge(_ value: String) -> UInt {
        AllocationBudget.chargeObject(bytes: chargedBytes(value)) != 0 ? StateBits.charged : 0
    }

    /// The state word's flags and hash, wherever they are kept.
    @inline(__always)
    private var flags: UInt {
        let s = state
        return s & StateBits.boxed == 0 ? s : extras(s).state
    }

    @inline(__always)
    private func extras(_ s: UInt) -> PyStrExtras {
        Unmanaged<PyStrExtras>.fromOpaque(UnsafeRawPointer(bitPattern: s & ~StateBits.boxed)!).takeUnretainedValue()
    }

    /// Sets `bits` in the state word, wherever it is kept.
    @inline(__always)
    private func setFlags(_ bits: UInt) {
        let s = state
        if s & StateBits.boxed == 0 { state = s | bits } else { extras(s).state |= bits }
    }

    @inline(__always)
    var hash: Int {
        let s = state
        if s & (StateBits.boxed | StateBits.hashComputed) == StateBits.hashComputed {
            return Int(bitPattern: s) >> Int(StateBits.hashShift)
        }
        return computeHash()
    }

    @inline(never)
    private func computeHash() -> Int {
        let known = flags
        if known & StateBits.hashComputed != 0 { return Int(bitPattern: known) >> Int(StateBits.hashShift) }
        var h: UInt64 = 0xcbf29ce484222325
        for b in value.utf8 {
            h = (h ^ UInt64(b)) &* 0x100000001b3
        }
        h ^= h >> 29
        h = h &* 0xbf58476d1ce4e5b9
        h ^= h >> 32
        // 56 bits (sign-extended) fit the state word; CPython's str hashes are randomized
        // per process, so no program can rely on their values.
        var r = (Int(bitPattern: UInt(h)) << Int(StateBits.hashShift)) >> Int(StateBits.hashShift)
        if r == -1 { r = -2 }
        setFlags((UInt(bitPattern: r) << StateBits.hashShift) | StateBits.hashComputed)
        return r
    }

    var isASCII: Bool {
        let s = state
        if s & StateBits.boxed == 0 {
            let ascii = s & StateBits.asciiMask
            if ascii == 1 << StateBits.asciiShift { return true }
            if ascii == 2 << StateBits.asciiShift { return false }
        }
        return computeASCII()
    }

    @inline(never)
    private func computeASCII() -> Bool {
        let known = flags & StateBits.asciiMask
        if known != 0 { return known == 1 << StateBits.asciiShift }
        let ascii = value.utf8.withContiguousStorageIfAvailable(StrOps.isASCII) ?? value.utf8.allSatisfy { $0 < 0x80 }
        setFlags((ascii ? 1 : 2) << StateBits.asciiShift)
        return ascii
    }

    /// True for strings from ``Interned`` (immortal, so their identity can key caches).
    var isInterned: Bool {
        get { flags & StateBits.interned != 0 }
        set { if newValue { setFlags(StateBits.interned) } }
    }

    /// The code points, for indexing non-ASCII strings.
    var scalars: [Unicode.Scalar] {
        let s = state
        if s & StateBits.boxed != 0 { return extras(s).scalars }
        return cacheScalars()
    }

    @inline(never)
    private func cacheScalars() -> [Unicode.Scalar] {
        let scalars = Array(value.unicodeScalars)
        var units: UInt32 = 0
        // The code points take 4 bytes each, as long as the string lives.
        if state & StateBits.charged != 0 {
            let extra = AllocationBudget.units(scalars.count &* 4)
            if Int(PyStr.units(value)) &+ extra <= Int(UInt32.max), AllocationBudget.adjust(units: extra) {
                units = UInt32(extra)
            }
        }
        let extras = PyStrExtras(state: state, scalars: scalars, scalarUnits: units)
        state = UInt(bitPattern: Unmanaged.passRetained(extras).toOpaque()) | StateBits.boxed
        return scalars
    }

    /// `len(s)`: the number of code points.
    var count: Int {
        if isASCII { return value.utf8.count }
        return scalars.count
    }

    nonisolated(unsafe) static let empty = Immortal.made(PyStr(frozen: ""))

    /// One-character strings for every ASCII code point, shared (and immortal: iterating or
    /// indexing a string hands them out).
    nonisolated(unsafe) static let asciiCharacters: [PyStr] = (0..<128).map {
        Immortal.made(PyStr(frozen: String(UnicodeScalar(UInt8($0)))))
    }

    /// The decimal digits of `i`: the shared one-character strings for 0–9 (one-character
    /// strings are identical whenever equal, see ``Value/isIdentical(to:)``), a new ASCII
    /// string otherwise.
    @inline(__always)
    static func decimal(_ i: Int) -> PyStr {
        if i >= 0 && i < 10 { return asciiCharacters[48 &+ i] }
        return PyStr(String(i), isASCII: true)
    }

    /// The one-character string for a code point.
    static func character(_ scalar: Unicode.Scalar) -> PyStr {
        if scalar.value < 128 { return asciiCharacters[Int(scalar.value)] }
        return PyStr(String(scalar))
    }
}

/// What a ``PyStr`` keeps out of line once its code points are cached: its state word
/// (flags and hash) and the code points, with the units the run's books charged for them.
final class PyStrExtras {
    @exclusivity(unchecked) var state: UInt
    let scalars: [Unicode.Scalar]
    let scalarUnits: UInt32

    init(state: UInt, scalars: [Unicode.Scalar], scalarUnits: UInt32) {
        self.state = state
        self.scalars = scalars
        self.scalarUnits = scalarUnits
    }
}

/// Python string equality: same code points (compared as UTF-8 bytes).
@inline(__always)
func pyStringsEqual(_ a: PyStr, _ b: PyStr) -> Bool {
    if a === b { return true }
    return stringsEqual(a.value, b.value)
}

/// Code-point equality of two Swift strings (Swift's own `==` uses canonical equivalence).
func stringsEqual(_ a: String, _ b: String) -> Bool {
    // Equal representations are equal strings: the same small-string bytes (a string of up
    // to 15 bytes is stored inline, so two equal dictionary keys made separately compare
    // here) or the same storage. Only the bits are read; different bits say nothing.
    if MemoryLayout<String>.size == 16 {
        let ra = unsafeBitCast(a, to: (UInt64, UInt64).self)
        let rb = unsafeBitCast(b, to: (UInt64, UInt64).self)
        if ra == rb { return true }
    }
    let au = a.utf8, bu = b.utf8
    if au.count != bu.count { return false }
    if let r = au.withContiguousStorageIfAvailable({ pa in
        bu.withContiguousStorageIfAvailable { pb in
            pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0
        }
    }), let r { return r }
    return au.elementsEqual(bu)
}

/// Code-point ordering of two strings: negative, zero or positive.
func compareStrings(_ a: String, _ b: String) -> Int {
    let au = a.utf8, bu = b.utf8
    if let r = au.withContiguousStorageIfAvailable({ pa in
        bu.withContiguousStorageIfAvailable { pb -> Int in
            let n = min(pa.count, pb.count)
            if n > 0 {
                let c = memcmp(pa.baseAddress!, pb.baseAddress!, n)
                if c != 0 { return Int(c) }
            }
            return pa.count - pb.count
        }
    }), let r { return r }
    var ia = au.makeIterator(), ib = bu.makeIterator()
    while true {
        switch (ia.next(), ib.next()) {
        case (nil, nil): return 0
        case (nil, _): return -1
        case (_, nil): return 1
        case (let x?, let y?): if x != y { return Int(x) - Int(y) }
        }
    }
}

/// Python `list`.
final class PyList: PyObject, @unchecked Sendable {
    /// The items. Every change re-checks the run's books, which costs a comparison unless
    /// the storage was reallocated: growth is charged wherever it happens.
    @exclusivity(unchecked) var items: [Value] {
        didSet { accountStorage() }
    }

    init(_ items: [Value] = []) {
        self.items = items
        super.init(kind: .list, contentBytes: items.capacity &* MemoryLayout<Value>.stride)
    }

    deinit { Trashcan.release(&items) }

    /// Appends the value moved out of `source` (left uninitialized): no copy of the value.
    @inline(__always)
    func append(moving source: UnsafeMutablePointer<Value>) {
        if items.count == items.capacity { reserveForAppend() }
        items.append(source.move())
    }

    /// Makes room before an append to a full list. Swift grows an empty array one slot at a
    /// time at first (capacities 1, 2, 4), a reallocation per item; like CPython, a list's
    /// first append reserves 4 slots, and later ones double.
    @inline(never)
    private func reserveForAppend() {
        items.reserveCapacity(Swift.max(4, items.count &* 2))
    }

    /// `self[i] = value` for an `i` in range (negative counts from the end), with the value
    /// moved out of `source`; false, leaving `source` alone, when `i` is out of range.
    @inline(__always)
    func replaceItem(at i: Int, movingFrom source: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) -> Bool {
        let n = items.count
        let j = i < 0 ? i &+ n : i
        guard j >= 0 && j < n else { return false }
        items.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { (base + j).assign(movingFrom: source, objectTag: objectTag, strTag: strTag) }
        }
        return true
    }

    /// Brings the run's books in line with the item storage after it may have been
    /// reallocated (one 16-byte unit per item slot).
    @inline(__always)
    private func accountStorage() {
        if accountedUnits != 0 && items.capacity &+ 4 != Int(accountedUnits) {
            accountContents(bytes: items.capacity &* MemoryLayout<Value>.stride)
        }
    }
}

/// Python `tuple`.
///
/// The items live in storage the tuple allocates and frees itself, not in a Swift array:
/// an array buffer adds a 32-byte header to every tuple (a 3-tuple took 144 bytes in two
/// malloc chunks, now 112), and building one from the value stack went through the array's
/// generic copy. Read them with ``count`` and the subscript, or through ``items``, a
/// collection view that keeps the tuple alive; the dispatch loop reads ``base`` directly
/// while the tuple is held.
final class PyTuple: PyObject, @unchecked Sendable {
    /// The first of ``count`` initialized items (a never-read dangling address when empty).
    @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<Value>
    /// The number of items.
    @exclusivity(unchecked) private(set) var count: Int

    /// Stands for the storage of an empty tuple (never read: its count is 0).
    private static var noItems: UnsafeMutablePointer<Value> {
        UnsafeMutablePointer(bitPattern: MemoryLayout<Value>.alignment)!
    }

    /// Storage for `n` items (not initialized).
    private static func allocateItems(_ n: Int) -> UnsafeMutablePointer<Value> {
        n == 0 ? noItems : HeapMemory.allocate(Value.self, capacity: n)
    }

    /// A tuple of `n` items, all of which `initialize` writes at the address it is given.
    init(count n: Int, initializingWith initialize: (UnsafeMutablePointer<Value>) -> Void) {
        base = PyTuple.allocateItems(n)
        count = n
        if n > 0 { initialize(base) }
        super.init(kind: .tuple, contentBytes: n &* MemoryLayout<Value>.stride)
    }

    /// A tuple of copies of `items`.
    convenience init(_ items: [Value]) {
        self.init(count: items.count) { out in
            items.withUnsafeBufferPointer { if let source = $0.baseAddress { out.initialize(from: source, count: $0.count) } }
        }
    }

    /// A tuple of the `count` values at `values`, moved in (the value stack's top items).
    convenience init(moving values: UnsafeMutablePointer<Value>, count n: Int) {
        self.init(count: n) { $0.moveInitialize(from: values, count: n) }
    }

    /// The pair `(a, b)`.
    convenience init(_ a: Value, _ b: Value) {
        self.init(count: 2) { out in
            out.initialize(to: a)
            (out + 1).initialize(to: b)
        }
    }

    /// `a + b`.
    convenience init(joining a: PyTuple, _ b: PyTuple) {
        self.init(count: a.count &+ b.count) { out in
            out.initialize(from: a.base, count: a.count)
            (out + a.count).initialize(from: b.base, count: b.count)
        }
    }

    /// The `count` items of `t` from `start` on, `step` apart (a slice's selection, its
    /// bounds already adjusted); empty for `count <= 0`.
    convenience init(selecting t: PyTuple, start: Int, step: Int, count: Int) {
        let n = Swift.max(count, 0)
        self.init(count: n) { out in
            var i = start
            for k in 0..<n {
                (out + k).initialize(to: t[i])
                i &+= step
            }
        }
    }

    /// `t * n` for `n >= 1` (the caller checked the size).
    convenience init(repeating t: PyTuple, _ n: Int) {
        let m = t.count
        self.init(count: m &* n) { out in
            for r in 0..<n { (out + r &* m).initialize(from: t.base, count: m) }
        }
    }

    deinit {
        if count == 0 { return }
        // Under Trashcan: a chain of nested tuples must not recurse through the stack.
        Trashcan.release(base, count: count)
        base.deallocate()
    }

    /// Item `i` (`0 <= i < count`, else a trap, as for an array).
    @inline(__always)
    subscript(i: Int) -> Value {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "tuple index out of range")
        return base[i]
    }

    /// The items, as a collection that keeps this tuple alive.
    var items: TupleItems { TupleItems(self) }

    /// The items copied into an array (a contiguous copy, not an item-by-item iteration).
    var array: [Value] {
        withExtendedLifetime(self) { Array(UnsafeBufferPointer(start: base, count: count)) }
    }

    /// Fills a tuple created empty (snapshot decoding, where contents may refer back to it).
    func fill(_ values: [Value]) {
        precondition(count == 0, "fill of a tuple that has items")
        let n = values.count
        base = PyTuple.allocateItems(n)
        if n > 0 { _ = UnsafeMutableBufferPointer(start: base, count: n).initialize(from: values) }
        count = n
        accountContents(bytes: n &* MemoryLayout<Value>.stride)
    }

    /// Replaces the items of a tuple nothing else references (see ``ReusableTuple``); `row`
    /// has ``count`` values.
    fileprivate func refill(_ row: [Value]) {
        for i in 0..<count { base[i] = row[i] }
    }

    /// Replaces both items of a pair nothing else references (see ``ReusableTuple``).
    fileprivate func refill(_ a: Value, _ b: Value) {
        base[0] = a
        base[1] = b
    }

    nonisolated(unsafe) static let empty = Immortal.made(PyTuple([Value]()))
}

/// The items of a tuple as a random-access collection; holds the tuple, so the items stay
/// valid while the view is in use.
struct TupleItems: RandomAccessCollection {
    /// The tuple viewed.
    let tuple: PyTuple

    init(_ tuple: PyTuple) { self.tuple = tuple }

    var startIndex: Int { 0 }
    var endIndex: Int { tuple.count }

    @inline(__always)
    subscript(i: Int) -> Value { tuple[i] }

    func withContiguousStorageIfAvailable<R>(_ body: (UnsafeBufferPointer<Value>) throws -> R) rethrows -> R? {
        try withExtendedLifetime(tuple) { try body(UnsafeBufferPointer(start: tuple.base, count: tuple.count)) }
    }
}

/// The result tuple of an iterator that builds one per item (`enumerate`, `zip`,
/// `dict.items()`), handed out again when the previous one is referenced by nobody else,
/// as CPython's iterators do: `for i, x in enumerate(xs)` unpacks each tuple and drops it,
/// so one tuple serves the whole loop instead of an allocation per item.
struct ReusableTuple {
    private var spare: PyTuple?

    /// A tuple of `row`.
    mutating func make(_ row: [Value]) -> Value {
        if var t = spare {
            spare = nil
            if isKnownUniquelyReferenced(&t) && t.count == row.count {
                t.refill(row)
                spare = t
                return .object(t)
            }
        }
        let t = PyTuple(row)
        spare = t
        return .object(t)
    }

    /// The pair `(a, b)`.
    mutating func make(_ a: Value, _ b: Value) -> Value {
        if var t = spare {
            spare = nil
            if isKnownUniquelyReferenced(&t) && t.count == 2 {
                t.refill(a, b)
                spare = t
                return .object(t)
            }
        }
        let t = PyTuple(a, b)
        spare = t
        return .object(t)
    }
}

/// Python `bytes`.
final class PyBytes: PyObject, @unchecked Sendable {
    let bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(kind: .bytes, contentBytes: bytes.count)
    }
}

/// A closure cell shared between a function and the scopes that reference its variable.
final class PyCell: PyObject, @unchecked Sendable {
    @exclusivity(unchecked) var value: Value

    init(_ value: Value = .unbound) {
        self.value = value
        super.init(kind: .cell)
    }

    deinit { Trashcan.release(&value) }
}

/// A Python function: code plus the environment it closes over.
final class PyFunction: PyObject, @unchecked Sendable {
    let code: CodeObject
    /// Settable only while a snapshot is decoded (the globals may refer back to the function).
    @exclusivity(unchecked) var globals: PyDict
    @exclusivity(unchecked) var defaults: [Value]
    /// Keyword-only defaults by name.
    @exclusivity(unchecked) var keywordDefaults: [String: Value] {
        didSet { keywordDefaultsByPosition = nil }
    }
    /// ``keywordDefaults`` by keyword-only parameter position (`.unbound` where there is
    /// none), built by the first call that needs a default: binding then indexes an array
    /// instead of hashing the parameter's name.
    @exclusivity(unchecked) private var keywordDefaultsByPosition: [Value]?
    @exclusivity(unchecked) var closure: [PyCell]
    @exclusivity(unchecked) var name: String
    @exclusivity(unchecked) var qualname: String
    /// Attributes set on the function (`f.calls = 0`, `__wrapped__`).
    @exclusivity(unchecked) var attributes: PyDict?
    @exclusivity(unchecked) var doc: Value = .none
    @exclusivity(unchecked) var module: String = "__main__"
    /// `__annotations__`: built at definition time when the function has annotations, else
    /// created empty on first access (as CPython does).
    @exclusivity(unchecked) var annotations: PyDict?

    init(code: CodeObject, globals: PyDict, defaults: [Value], keywordDefaults: [String: Value], closure: [PyCell]) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.name = code.name
        self.qualname = code.qualname
        super.init(kind: .function)
    }

    deinit { Trashcan.release(&defaults) }

    /// The default of keyword-only parameter `k` (0 is the first), nil when it has none.
    func keywordDefault(at k: Int) -> Value? {
        if keywordDefaultsByPosition == nil {
            let first = code.argCount
            keywordDefaultsByPosition = (0..<code.keywordOnlyCount).map { i in
                keywordDefaults[code.varnames[first + i]] ?? .unbound
            }
        }
        guard let table = keywordDefaultsByPosition, k >= 0, k < table.count else { return nil }
        if case .unbound = table[k] { return nil }
        return table[k]
    }
}

/// Arguments passed to a builtin: a view of values on the VM stack (positional first, then
/// keyword values whose names are in `keywordNames`). Valid only during the call.
struct Arguments {
    let base: UnsafeMutablePointer<Value>
    let count: Int
    /// How many of the values are keyword arguments (the last ones).
    let keywordCount: Int
    /// nil when there are no keyword arguments: the positional-only call, which the dispatch
    /// loop makes for nearly every builtin call, then builds no array.
    private let names: [PyStr]?

    init(base: UnsafeMutablePointer<Value>, count: Int) {
        self.init(base: base, count: count, keywordCount: 0, names: nil)
    }

    init(base: UnsafeMutablePointer<Value>, count: Int, keywordNames: [PyStr]) {
        self.init(base: base, count: count, keywordCount: keywordNames.count, names: keywordNames)
    }

    /// Arguments whose keyword names are nil when there are none.
    init(base: UnsafeMutablePointer<Value>, count: Int, keywordsIfAny names: [PyStr]?) {
        self.init(base: base, count: count, keywordCount: names?.count ?? 0, names: names)
    }

    private init(base: UnsafeMutablePointer<Value>, count: Int, keywordCount: Int, names: [PyStr]?) {
        self.base = base
        self.count = count
        self.keywordCount = keywordCount
        self.names = names
    }

    /// The keyword arguments' names, in order.
    var keywordNames: [PyStr] { names ?? [] }

    /// The arguments after the first (a method's receiver).
    var droppingFirst: Arguments {
        Arguments(base: base + 1, count: count - 1, keywordCount: keywordCount, names: names)
    }

    var positionalCount: Int { count - keywordCount }

    @inline(__always) subscript(i: Int) -> Value { base[i] }

    var positional: [Value] { Array(UnsafeBufferPointer(start: base, count: positionalCount)) }

    /// The positional arguments after the first (a method's receiver), in one allocation.
    var positionalAfterFirst: [Value] {
        positionalCount > 1 ? Array(UnsafeBufferPointer(start: base + 1, count: positionalCount - 1)) : []
    }

    /// The value of keyword argument `name`, if given.
    func keyword(_ name: String) -> Value? {
        let start = positionalCount
        for (i, n) in keywordNames.enumerated() where n.value == name {
            return base[start + i]
        }
        return nil
    }
}

/// A function implemented in Swift. `selfValue` is set for builtin methods bound to an object.
typealias BuiltinBody = (VM, Arguments) throws(PythonError) -> Value

final class PyBuiltinFunction: PyObject, @unchecked Sendable {
    let name: String
    let body: BuiltinBody
    /// The owning type's name for methods (`str.upper`), used in reprs and messages.
    let ownerName: String?
    /// The native module defining the function (`math` for `math.floor`); nil for builtins.
    var moduleName: String? = nil
    /// Set on `generator.send`, `generator.throw` and `next`, which the dispatch loop runs
    /// inline when given a generator; a flag so that other builtin calls skip the identity
    /// tests (each a lazily initialized global's check).
    @exclusivity(unchecked) var resumesGenerator = false
    /// The operation the dispatch loop performs itself for this builtin (see
    /// ``InlineBuiltin``), skipping the call machinery; `.none` for all others.
    @exclusivity(unchecked) var inlineOperation = InlineBuiltin.none

    init(name: String, owner: String? = nil, body: @escaping BuiltinBody) {
        self.name = name
        self.ownerName = owner
        self.body = body
        super.init(kind: .builtinFunction)
    }
}

/// Builtins the dispatch loop runs inline when their arguments have the expected types
/// (otherwise the builtin's own body runs, with its checks and messages).
enum InlineBuiltin: UInt8 {
    case none
    /// `list.append(l, x)` on an exact `list`.
    case listAppend
    /// `len(x)` of an exact `str`, `list`, `tuple`, `dict`, `set` or `frozenset` (instances
    /// of subclasses, which may define `__len__`, take the builtin's body).
    case len
}

/// A function bound to its first argument (`obj.method`).
final class PyBoundMethod: PyObject, @unchecked Sendable {
    /// Variable only so `deinit` can release it inside the trashcan's depth count.
    @exclusivity(unchecked) private(set) var function: Value
    @exclusivity(unchecked) private(set) var receiver: Value

    init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
        super.init(kind: .boundMethod)
    }

    /// The bound function when it is a Python function (the case calls from Swift put its
    /// arguments straight into its frame); nil for builtins and other callables.
    var pythonFunction: PyFunction? {
        guard case .object(let o) = function, o.kind == .function else { return nil }
        return unsafeDowncast(o, to: PyFunction.self)
    }

    deinit {
        // Bound methods can nest (`m = m.__call__` in a loop): released through the trashcan,
        // without building an array unless too deep.
        if let s = Trashcan.enter() {
            function = .none
            receiver = .none
            Trashcan.leave(s)
        } else {
            Trashcan.park([function, receiver])
            function = .none
            receiver = .none
        }
    }
}

/// A class: builtin or defined by the program.
final class PyType: PyObject, @unchecked Sendable {
    @exclusivity(unchecked) var name: String
    @exclusivity(unchecked) var qualname: String
    @exclusivity(unchecked) var bases: [PyType]
    @exclusivity(unchecked) var mro: [PyType] = []
    let dict: PyDict
    let isBuiltin: Bool
    /// True for BaseException and its subclasses.
    @exclusivity(unchecked) var isException = false
    /// For builtin types: the layout their instances use (drives isinstance for builtin values).
    @exclusivity(unchecked) var module: String
    /// For builtin types: how calling the type creates an instance.
    @exclusivity(unchecked) var constructor: BuiltinBody? = nil
    /// The class of this class when it is not `type` (`class C(metaclass=M)`).
    @exclusivity(unchecked) var metaclass: PyType? = nil
    /// For the builtin types whose values the dispatch loop calls methods on most (`str`,
    /// `list`, `dict`, ...): every plain method of the MRO by name, built once when the
    /// builtins are set up and read-only afterwards (builtin types are shared by all
    /// executions and cannot change), so `x.method` needs one probe and no MRO walk.
    @exclusivity(unchecked) var builtinMethods: PyDict? = nil
    /// Cache of ``instanceSlotNames``: computed on first use from the MRO's `__slots__`
    /// (derived state, so snapshots need not carry it).
    @exclusivity(unchecked) var slotState: SlotState = .unknown
    /// Cache of ``customGetattribute`` (derived state: recomputed after a snapshot load or
    /// a change to this class or a base). Kept with the lookup cache, whose invalidation
    /// reaches subclasses.
    var getattributeState: GetattributeState {
        get { lookupCache.getattributeState }
        set { lookupCache.getattributeState = newValue }
    }

    /// The cache behind ``VM/inlineInitializer(_:)``, kept with the lookup cache so a change
    /// to this class or a base resets it.
    var initializerCache: LookupCache { lookupCache }

    /// Whether a class in the MRO defines `__getattribute__` in Python.
    enum GetattributeState {
        case unknown
        case none
        case custom(Value)
    }

    /// Whether instances have a `__dict__` or only the attributes their classes' `__slots__` name.
    enum SlotState {
        case unknown
        case hasDict
        case slots(Set<String>)
    }

    init(name: String, bases: [PyType], dict: PyDict = PyDict(), isBuiltin: Bool, module: String = "builtins") {
        self.name = name
        self.qualname = name
        self.bases = bases
        self.dict = dict
        self.isBuiltin = isBuiltin
        self.module = module
        super.init(kind: .type)
        self.isException = bases.contains { $0.isException }
    }

    /// `issubclass(self, other)`.
    @inline(__always)
    func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        // Identity tests on the buffer's references, without retaining each class.
        let target = ObjectIdentifier(other)
        return mro.withUnsafeBufferPointer { classes in
            for i in classes.indices where ObjectIdentifier(classes[i]) == target { return true }
            return false
        }
    }

    /// True when a class in the MRO defines `__new__` in Python.
    var hasCustomNew: Bool {
        customNew != nil
    }

    /// A `__new__` defined in Python somewhere in the MRO (the builtin ones don't count).
    var customNew: Value? {
        guard let n = lookup(Names.new) else { return nil }
        if case .object(let o) = n {
            if o.kind == .builtinFunction { return nil }
            if o.kind == .staticMethod {
                let f = unsafeDowncast(o, to: PyMethodWrapper.self).function
                if f.asObject?.kind == .builtinFunction { return nil }
                return f
            }
        }
        return n
    }

    /// The builtin type (other than `object` and exceptions) this class derives from, if any.
    var builtinBase: PyType? {
        for t in mro where t.isBuiltin && t !== Builtins.shared.object && !t.isException {
            return t
        }
        return nil
    }

    /// Looks an attribute up along the MRO.
    /// MRO lookup results of user classes, keyed by interned name (`.unbound` = absent).
    /// Builtin types are shared between threads and immutable, so they keep no cache.
    private let lookupCache = LookupCache()

    /// The lookup cache, unretained (the class keeps it): the dispatch loop's attribute
    /// cache identifies a class and the state of its lookups by it.
    @inline(__always) var lookupCacheRef: Unmanaged<LookupCache> { Unmanaged.passUnretained(lookupCache) }
    /// The caches of user classes deriving from this one (to invalidate them). The weak
    /// references point at the caches, not the classes: an object that is the target of a
    /// weak reference pays Swift's slow side-table path on every retain and release, and
    /// classes are retained constantly (every instance, every `type(x)`).
    @exclusivity(unchecked) private var subclassCaches: [WeakCache] = []


    struct WeakCache {
        weak var cache: LookupCache?
    }

    func lookup(_ name: PyStr) -> Value? {
        guard let slot = lookupSlot(name) else { return uncachedLookup(name) }
        if case .unbound = slot.pointee { return nil }
        return slot.pointee
    }

    /// Where this class's cache holds the MRO lookup of `name` (`.unbound` when no class
    /// defines it), filled on a miss; nil for builtin types, names that are not interned and
    /// a full cache. The dispatch loop's attribute fast paths inspect the slot in place. Valid
    /// until the class (or a base) changes or the cache grows.
    @inline(__always)
    func lookupSlot(_ name: PyStr) -> UnsafeMutablePointer<Value>? {
        if isBuiltin || !name.isInterned { return nil }
        if let slot = lookupCache.slot(name) { return slot }
        return lookupCache.insert(name, uncachedLookup(name) ?? .unbound)
    }

    private func uncachedLookup(_ name: PyStr) -> Value? {
        // The MRO's classes and their dicts are borrowed: builtin types (never cached) take
        // this path on every method lookup, and a retain and release per class adds up.
        mro.withUnsafeBufferPointer { classes in
            for i in classes.indices {
                let found = Unmanaged.passUnretained(classes[i])._withUnsafeGuaranteedRef { t in
                    Unmanaged.passUnretained(t.dict)._withUnsafeGuaranteedRef { $0.getString(name) }
                }
                if let found { return found }
            }
            return nil
        }
    }

    /// Fills ``builtinMethods`` from the MRO (the nearest definition wins): builtin and
    /// Python functions only, so descriptors (properties, static and class methods) keep
    /// going through the general attribute path.
    func freezeBuiltinMethods() {
        let table = PyDict(capacity: 64)
        var seen = Set<String>()
        for t in mro {
            for (key, value) in t.dict.items {
                guard case .str(let name) = key, seen.insert(name.value).inserted else { continue }
                if case .object(let o) = value, o.kind == .builtinFunction || o.kind == .function {
                    table.setString(Interned.str(name.value), value)
                }
            }
        }
        builtinMethods = table
    }

    /// Registers this (new, user-defined) class with its user-defined bases.
    func registerWithBases() {
        for t in mro.dropFirst() where !t.isBuiltin {
            t.subclassCaches.append(WeakCache(cache: lookupCache))
        }
    }

    /// Call after changing this class's dict: drops cached lookups here and in subclasses.
    func invalidateLookups() {
        lookupCache.removeAll()
        subclassCaches.removeAll { $0.cache == nil }
        for ref in subclassCaches { ref.cache?.removeAll() }
    }

    func lookup(_ name: String) -> Value? {
        lookup(PyStr(name))
    }
}

/// Extra state of exception instances.
final class ExceptionState {
    @exclusivity(unchecked) var args: [Value]
    @exclusivity(unchecked) var cause: Value = .none
    @exclusivity(unchecked) var context: Value = .none
    @exclusivity(unchecked) var suppressContext = false
    /// (function name, file, line) entries, innermost last.
    @exclusivity(unchecked) var traceback: [TracebackEntry] = []
    /// Frames the exception passes through next that get no traceback entry: set for an
    /// error a Python-source module raises on behalf of its caller (CPython raises it
    /// before a frame exists), or for a re-raise that keeps an existing traceback.
    @exclusivity(unchecked) var hiddenFrames = 0

    init(args: [Value]) {
        self.args = args
    }

    deinit {
        // Long exception chains (`raise ... from previous` in a loop, or exceptions wrapped
        // as arguments of the next) nest through the cause, context and arguments: releasing
        // them counts against the trashcan's depth. Most exceptions hold only strings and
        // numbers, which cannot nest.
        guard cause.isHeapObject || context.isHeapObject || args.contains(where: { $0.isHeapObject }) else { return }
        if let s = Trashcan.enter() {
            args = []
            cause = .none
            context = .none
            Trashcan.leave(s)
            return
        }
        Trashcan.park(args + [cause, context])
        args = []
        cause = .none
        context = .none
    }
}

/// One frame of an exception's traceback.
///
/// A frame the exception unwound through is recorded as its code and failing instruction
/// alone (one reference, 16 bytes): the file, function, line and position markers are
/// decoded from the code only when the traceback is drawn, so raising and catching pays
/// for none of them.
struct TracebackEntry {
    private enum Origin {
        /// A frame of Python code stopped at instruction `pc`.
        case frame(CodeObject, pc: Int)
        /// A location given as text (restored from a snapshot, or set by library code).
        case location(TracebackLocation)
    }

    private let origin: Origin

    /// The entry of a frame of `code` stopped at instruction `pc`.
    init(code: CodeObject, pc: Int) {
        origin = .frame(code, pc: pc)
    }

    /// An entry for a location given as text; `storedSpan` carries a snapshot's positions.
    init(filename: String, function: String, line: Int, storedSpan: SourceSpan? = nil) {
        origin = .location(TracebackLocation(filename: filename, function: function, line: line, storedSpan: storedSpan))
    }

    var filename: String {
        switch origin {
        case .frame(let code, _): return code.filename
        case .location(let l): return l.filename
        }
    }

    var function: String {
        switch origin {
        case .frame(let code, _): return code.name
        case .location(let l): return l.function
        }
    }

    var line: Int {
        switch origin {
        case .frame(let code, let pc): return code.line(at: pc)
        case .location(let l): return l.line
        }
    }

    /// Where in the source the failing instruction came from.
    var span: SourceSpan {
        switch origin {
        case .frame(let code, let pc): return code.span(at: pc)
        case .location(let l): return l.storedSpan ?? SourceSpan(line: l.line)
        }
    }
}

/// A traceback location given as text (see ``TracebackEntry``).
final class TracebackLocation {
    let filename: String
    let function: String
    let line: Int
    let storedSpan: SourceSpan?

    init(filename: String, function: String, line: Int, storedSpan: SourceSpan?) {
        self.filename = filename
        self.function = function
        self.line = line
        self.storedSpan = storedSpan
    }
}

/// An instance of a class defined in Python (and of builtin exception classes).
final class PyInstance: PyObject, @unchecked Sendable {
    /// Variable only for `obj.__class__ = C` between layout-compatible classes.
    @exclusivity(unchecked) var cls: PyType
    /// The instance dict for lookups: ``noAttributes`` (shared, empty, never written) until
    /// something needs a dict of the instance's own, then that dict, retained by the instance
    /// (released in `deinit`). Most exceptions, and objects whose class keeps no per-instance
    /// data, never store an attribute and go without a dict: an 80-byte allocation, and its
    /// free, per raise. Unmanaged and never nil so that the attribute paths of the dispatch
    /// loop read it as they would a constant field, with no retain and no branch.
    @exclusivity(unchecked) private(set) var lookupAttributesRef: Unmanaged<PyDict>
    /// Whether ``lookupAttributesRef`` is the instance's own dict.
    @exclusivity(unchecked) private(set) var ownsAttributes = false
    @exclusivity(unchecked) var exception: ExceptionState?
    /// For instances of classes derived from a builtin type (`class Stack(list)`): the
    /// builtin value holding the data; operations the class does not override act on it.
    @exclusivity(unchecked) var builtinValue: Value?

    /// An instance of `cls`. `exceptionArgs`, for an exception class, are its `args`: the
    /// state is made once with them, where setting a new state afterwards would allocate it
    /// twice. An exception class given none gets empty `args`.
    init(cls: PyType, exceptionArgs: [Value]? = nil) {
        self.cls = cls
        lookupAttributesRef = Unmanaged.passUnretained(PyInstance.noAttributes)
        super.init(kind: .instance)
        if let exceptionArgs {
            exception = ExceptionState(args: exceptionArgs)
        } else if cls.isException {
            exception = ExceptionState(args: [])
        }
    }

    deinit {
        if ownsAttributes { lookupAttributesRef.release() }
    }

    /// The empty dict every instance looks attributes up in until it has one of its own.
    /// Nothing may write to it: writes go through ``attributes``.
    nonisolated(unsafe) static let noAttributes = Immortal.made(PyDict())

    /// The instance dict (`__dict__`), made empty on first use. Reads that would only look
    /// something up use ``existingAttributes`` instead, which never makes one.
    var attributes: PyDict {
        if ownsAttributes { return lookupAttributesRef.takeUnretainedValue() }
        return makeAttributes()
    }

    /// The instance dict if one was made.
    var existingAttributes: PyDict? { ownsAttributes ? lookupAttributesRef.takeUnretainedValue() : nil }

    @inline(never)
    private func makeAttributes() -> PyDict {
        let d = PyDict()
        lookupAttributesRef = Unmanaged.passRetained(d)
        ownsAttributes = true
        return d
    }
}

/// A module object (`import math`).
final class PyModule: PyObject, @unchecked Sendable {
    let name: String
    let dict: PyDict

    init(name: String, dict: PyDict = PyDict()) {
        self.name = name
        self.dict = dict
        super.init(kind: .module)
    }
}

/// `range(start, stop, step)`.
final class PyRange: PyObject, @unchecked Sendable {
    let start: Int
    let stop: Int
    let step: Int
    let count: Int

    init(start: Int, stop: Int, step: Int) {
        self.start = start
        self.stop = stop
        self.step = step
        // Unsigned arithmetic: the distance between two Ints, and |Int.min|, fit in a UInt.
        var n: UInt = 0
        if step > 0 && start < stop {
            n = (UInt(bitPattern: stop &- start) - 1) / step.magnitude + 1
        } else if step < 0 && start > stop {
            n = (UInt(bitPattern: start &- stop) - 1) / step.magnitude + 1
        }
        self.count = n > UInt(Int.max) ? Int.max : Int(n)
        super.init(kind: .range)
    }

    func item(_ i: Int) -> Int { start &+ i &* step }
}

/// `slice(start, stop, step)`.
final class PySlice: PyObject, @unchecked Sendable {
    let start: Value
    let stop: Value
    let step: Value

    init(start: Value, stop: Value, step: Value) {
        self.start = start
        self.stop = stop
        self.step = step
        super.init(kind: .slice)
    }
}

/// `property(fget, fset, fdel)`.
final class PyProperty: PyObject, @unchecked Sendable {
    let getter: Value
    let setter: Value
    let deleter: Value
    /// Writable like CPython's (`namedtuple` field docs are assigned after creation).
    @exclusivity(unchecked) var doc: Value
    /// The attribute name given by `__set_name__` (class creation), for error messages.
    @exclusivity(unchecked) var name: String?

    init(getter: Value, setter: Value, deleter: Value, doc: Value) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
        super.init(kind: .property)
    }
}

/// `staticmethod(f)` and `classmethod(f)`.
final class PyMethodWrapper: PyObject, @unchecked Sendable {
    let function: Value

    init(function: Value, isClassMethod: Bool) {
        self.function = function
        super.init(kind: isClassMethod ? .classMethod : .staticMethod)
    }
}

/// `super()` bound to a class and an instance (or class).
final class PySuper: PyObject, @unchecked Sendable {
    let startType: PyType
    let receiver: Value
    let receiverType: PyType

    init(startType: PyType, receiver: Value, receiverType: PyType) {
        self.startType = startType
        self.receiver = receiver
        self.receiverType = receiverType
        super.init(kind: .superObject)
    }
}

/// `dict.keys()`, `dict.values()`, `dict.items()`.
final class PyDictView: PyObject, @unchecked Sendable {
    enum Which { case keys, values, items }
    let dict: PyDict
    let which: Which

    init(dict: PyDict, which: Which) {
        self.dict = dict
        self.which = which
        super.init(kind: .dictView)
    }
}

/// Process-wide interned strings for names and short constants, so the same identifier in
/// different code objects is one object and dict/attribute lookups compare by identity first.
/// Keyed by UTF-8 bytes (Swift's `String` equality would merge canonically-equivalent names).
enum Interned {
    private static let lock = Lock()
    nonisolated(unsafe) private static var table: [Key: PyStr] = [:]
    static let maxEntries = 100_000
    static let maxLength = 64

    /// A table key: the string compared and hashed by its UTF-8 code units. Swift's own
    /// `String` equality would merge canonically equivalent names (`'\u212a'` and `'K'`),
    /// which Python keeps apart; a `[UInt8]` key would cost an allocation per lookup.
    private struct Key: Hashable {
        var text: String

        static func == (a: Key, b: Key) -> Bool {
            stringsEqual(a.text, b.text)
        }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Number of interned strings (for tests).
    static var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return table.count
    }

    static func str(_ s: String) -> PyStr {
        let key = Key(text: s)
        lock.lock()
        defer { lock.unlock() }
        if let p = table[key] { return p }
        let p = PyStr(frozen: s)
        // The table lives as long as the process and is shared by every program compiled in
        // it, so hostile sources (many or long identifiers) must not grow it without bound:
        // past these caps names simply stay uninterned (lookups still work, uncached).
        if table.count < maxEntries && s.utf8.count <= maxLength {
            p.isInterned = true
            table[key] = p
            // Kept by the table for the life of the process.
            Immortal.make(p)
        }
        return p
    }
}
