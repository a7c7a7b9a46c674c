import BigInt

/// A Python value inside the VM.
///
/// Small immutable values (`None`, `bool`, `int` that fits in 64 bits, `float`) are stored
/// inline so arithmetic in the dispatch loop never allocates or touches reference counts;
/// strings and every other object are class references. The enum is 9 bytes (16-byte stride).
enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case str(PyStr)
    case object(PyObject)
    /// An empty local-variable slot or cell (never visible to Python code).
    case unbound
}

/// The kind tag every heap object carries, so the VM can test an object's type with one load
/// and downcast with `unsafeDowncast` instead of a dynamic cast.
enum ObjectKind: UInt8 {
    case bigInt, list, tuple, dict, set, frozenSet, bytes
    case function, builtinFunction, boundMethod, type, instance, module, cell
    case range, slice, generator, property, staticMethod, classMethod, superObject
    case listIterator, rangeIterator, nativeIterator, dictView, notImplemented, ellipsis, code
    /// An object of a native module type (`re.Pattern`, ...): see `PyNativeObject`.
    case native
    /// A host function or an event-loop primitive that pauses: see `PyExternalFunction`.
    case external
}

/// Base class of every heap object other than `str`.
class PyObject: @unchecked Sendable {
    final let kind: ObjectKind
    /// What the run's books charged for this object, in 16-byte units (0: created outside
    /// a run, never charged): see ``AllocationBudget``. Packed next to `kind`, in what would
    /// otherwise be padding.
    final var accountedUnits: UInt32

    /// An object whose contents take `contentBytes` bytes besides its fixed fields.
    init(kind: ObjectKind, contentBytes: Int = 0) {
        self.kind = kind
        self.accountedUnits = AllocationBudget.chargeObject(bytes: AllocationBudget.objectBytes &+ contentBytes)
    }

    deinit {
        if accountedUnits != 0 { AllocationBudget.credit(units: accountedUnits) }
    }
}

extension BigInt {
    /// `BigInt(i)` without the package's generic `BinaryInteger` conversion: the package is
    /// not inlinable, so that conversion runs unspecialized, walking `i.words` through
    /// witness tables, and costs more than the short product it usually feeds.
    @inline(__always)
    init(word i: Int) {
        self.init(sign: i < 0 ? .minus : .plus, magnitude: i == 0 ? BigUInt() : BigUInt(words: [i.magnitude]))
    }
}

/// Python `int` values that do not fit in a machine word.
final class PyBigInt: PyObject, @unchecked Sendable {
    let value: BigInt
    /// The magnitude as little-endian words without leading zeros, sharing `value`'s storage,
    /// when the value was made by ``BigWords`` (nil otherwise: ``BigWords/words(_:)`` copies).
    let magnitudeWords: [UInt]?

    init(_ value: BigInt) {
        self.value = value
        self.magnitudeWords = nil
        super.init(kind: .bigInt, contentBytes: value.magnitude.bitWidth >> 3)
    }

    /// A value from its sign and normalized magnitude words (at least one).
    init(negative: Bool, words: [UInt]) {
        self.value = BigInt(sign: negative ? .minus : .plus, magnitude: BigUInt(words: words))
        self.magnitudeWords = words
        super.init(kind: .bigInt, contentBytes: words.count &* MemoryLayout<UInt>.stride)
    }
}

extension Value {
    /// Makes an `int` value, using the inline representation whenever the value fits.
    static func bigInt(_ v: BigInt) -> Value {
        // BigInt's generic `Int(exactly:)` costs as much as a short product.
        let m = v.magnitude
        let bits = m.bitWidth
        if bits < Int.bitWidth {
            let w = bits == 0 ? 0 : Int(bitPattern: m.words[0])
            return .int(v.sign == .minus ? -w : w)
        }
        if bits == Int.bitWidth && v.sign == .minus && m.words[0] == UInt(1) << 63 { return .int(Int.min) }
        return .object(PyBigInt(v))
    }

    static func string(_ s: String) -> Value { .str(PyStr(s)) }

    static let emptyTuple: Value = .object(PyTuple.empty)
    static let notImplemented: Value = .object(PyNotImplemented.shared)
    static let ellipsis: Value = .object(PyEllipsis.shared)

    /// True for `bool`, `int` (inline or big) and `float` values, whose operators never run
    /// Python code.
    @inline(__always) var isPlainNumber: Bool {
        switch self {
        case .bool, .int, .float: return true
        case .object(let o): return o.kind == .bigInt
        default: return false
        }
    }

    @inline(__always) var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    @inline(__always) var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    @inline(__always) func objectOf(_ kind: ObjectKind) -> PyObject? {
        if case .object(let o) = self, o.kind == kind { return o }
        return nil
    }

    var asList: PyList? { objectOf(.list).map { unsafeDowncast($0, to: PyList.self) } }
    var asTuple: PyTuple? { objectOf(.tuple).map { unsafeDowncast($0, to: PyTuple.self) } }
    var asDict: PyDict? { objectOf(.dict).map { unsafeDowncast($0, to: PyDict.self) } }
    var asInstance: PyInstance? { objectOf(.instance).map { unsafeDowncast($0, to: PyInstance.self) } }
    var asType: PyType? { objectOf(.type).map { unsafeDowncast($0, to: PyType.self) } }
    var asFunction: PyFunction? { objectOf(.function).map { unsafeDowncast($0, to: PyFunction.self) } }
    var asBytes: PyBytes? { objectOf(.bytes).map { unsafeDowncast($0, to: PyBytes.self) } }
    var asBigInt: PyBigInt? { objectOf(.bigInt).map { unsafeDowncast($0, to: PyBigInt.self) } }
    var asSlice: PySlice? { objectOf(.slice).map { unsafeDowncast($0, to: PySlice.self) } }
    var asRange: PyRange? { objectOf(.range).map { unsafeDowncast($0, to: PyRange.self) } }
    var asCell: PyCell? { objectOf(.cell).map { unsafeDowncast($0, to: PyCell.self) } }
    var asGenerator: PyGenerator? { objectOf(.generator).map { unsafeDowncast($0, to: PyGenerator.self) } }
    var asModule: PyModule? { objectOf(.module).map { unsafeDowncast($0, to: PyModule.self) } }

    /// `set` or `frozenset`.
    var asSet: PySet? {
        if case .object(let o) = self, o.kind == .set || o.kind == .frozenSet { return unsafeDowncast(o, to: PySet.self) }
        return nil
    }

    var asString: String? {
        if case .str(let s) = self { return s.value }
        return nil
    }

    /// The value as an exact integer (`int` or `bool`), or nil.
    var asBigIntValue: BigInt? {
        switch self {
        case .int(let i): return BigInt(word: i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt: return unsafeDowncast(o, to: PyBigInt.self).value
        default: return nil
        }
    }

    /// Identity comparison (`is`).
    func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.str(let a), .str(let b)): return a === b || (a.value.utf8.count <= 1 && pyStringsEqual(a, b))
        case (.object(let a), .object(let b)): return a === b
        case (.unbound, .unbound): return true
        default: return false
        }
    }
}

/// The `NotImplemented` singleton.
final class PyNotImplemented: PyObject, @unchecked Sendable {
    nonisolated(unsafe) static let shared = Immortal.made(PyNotImplemented())
    private init() { super.init(kind: .notImplemented) }
}

/// The `Ellipsis` singleton.
final class PyEllipsis: PyObject, @unchecked Sendable {
    nonisolated(unsafe) static let shared = Immortal.made(PyEllipsis())
    private init() { super.init(kind: .ellipsis) }
}

/// A Python exception travelling through Swift code (builtins, operators). The VM catches it
/// at the dispatch loop and unwinds Python frames itself.
struct PythonError: Error, @unchecked Sendable {
    let exception: PyInstance

    init(_ exception: PyInstance) {
        self.exception = exception
    }
}

extension Array where Element == Value {
    /// `count` `.unbound` slots. Not `[Value](repeating:count:)`, whose allocation is an
    /// unspecialized call that looks up the array's type metadata every time (about 500
    /// instructions: a generator's arguments, every new set); growing an empty array is
    /// specialized.
    static func unbound(count: Int) -> [Value] {
        var out: [Value] = []
        if count <= 0 { return out }
        out.reserveCapacity(count)
        out.append(contentsOf: repeatElement(.unbound, count: count))
        return out
    }
}

/// Borrowed access to the object a `Value` slot holds, for the dispatch loop.
///
/// Reading `.object(let o)` out of a stack slot copies the reference (a retain and a
/// release), because the compiler cannot prove the slot stays unchanged while `o` is in use.
/// The fast paths that only inspect an object read the slot's bits instead: the payload word
/// is the reference and the byte after it the case tag. The tag of `.object` is measured
/// once at start-up, and the layout checked; if it is not what these reads assume, the tag
/// is one no value has and every borrowed read falls back to the ordinary path.
enum ValueLayout {
    /// The tag byte of `.object`; 0xFF (so that every fast path falls back to ordinary
    /// enum operations) also when an `.int` or `.float` slot does not keep its case when only
    /// its payload word is rewritten, which ``UnsafeMutablePointer/replacePayload(int:objectTag:)``
    /// relies on.
    static let objectTag: UInt8 = payloadsRewriteInPlace() ? measuredTag(of: .object(PyTuple.empty), reference: PyTuple.empty) : 0xFF
    /// The tag byte of `.str`.
    static let strTag: UInt8 = measuredTag(of: .str(PyStr.empty), reference: PyStr.empty)

    /// Whether writing a new payload word over an `.int` (`.float`) slot leaves `.int`
    /// (`.float`) of the new payload, for every kind of word (the tag lives apart from it).
    private static func payloadsRewriteInPlace() -> Bool {
        guard MemoryLayout<Value>.size == 9, MemoryLayout<Value>.stride == 16 else { return false }
        let slot = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        defer { slot.deallocate() }
        let raw = UnsafeMutableRawPointer(slot)
        for (start, word) in [(0, Int.min), (-1, 0), (Int.max, -1), (7, 0x7FF0_0000_0000_0001)] {
            slot.initialize(to: .int(start))
            raw.storeBytes(of: word, as: Int.self)
            guard case .int(word) = slot.pointee else { return false }
            slot.initialize(to: .float(Double(start)))
            raw.storeBytes(of: word, as: Int.self)
            guard case .float(let d) = slot.pointee, d.bitPattern == UInt64(bitPattern: Int64(word)) else { return false }
        }
        return true
    }

    /// The tag byte of `value` (which holds `reference`), or 0xFF (no value's tag) when the
    /// layout is not the expected one or another case shares the tag.
    private static func measuredTag(of value: Value, reference: AnyObject) -> UInt8 {
        guard MemoryLayout<Value>.size == 9, MemoryLayout<Value>.stride == 16 else { return 0xFF }
        let slot = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        defer { slot.deallocate() }
        func tagAndWord(_ v: Value) -> (UInt8, UInt) {
            slot.initialize(to: v)
            defer { slot.deinitialize(count: 1) }
            let raw = UnsafeRawPointer(slot)
            return (raw.load(fromByteOffset: 8, as: UInt8.self), raw.load(as: UInt.self))
        }
        let (tag, word) = tagAndWord(value)
        guard word == UInt(bitPattern: Unmanaged.passUnretained(reference).toOpaque()) else { return 0xFF }
        let all: [Value] = [.none, .unbound, .bool(true), .int(Int(bitPattern: word)), .float(1), .str(PyStr.empty), .object(PyTuple.empty)]
        let sharing = all.filter { tagAndWord($0).0 == tag }.count
        return sharing == 1 ? tag : 0xFF
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// The object in this slot, unretained, when the slot holds `.object` (`tag` is
    /// ``ValueLayout/objectTag``); nil otherwise. Valid while the slot keeps its value.
    @inline(__always)
    func borrowedObject(tag: UInt8) -> Unmanaged<PyObject>? {
        let raw = UnsafeRawPointer(self)
        guard raw.load(fromByteOffset: 8, as: UInt8.self) == tag else { return nil }
        return raw.load(as: Unmanaged<PyObject>.self)
    }

    /// The plain instance (a user class's object) in this slot, unretained (the slot keeps
    /// it alive), or nil.
    @inline(__always)
    func borrowedInstance(tag: UInt8) -> Unmanaged<PyInstance>? {
        guard let u = borrowedObject(tag: tag), u._withUnsafeGuaranteedRef({ $0.kind }) == .instance else { return nil }
        return Unmanaged<PyInstance>.fromOpaque(u.toOpaque())
    }

    /// The module in this slot, unretained (the slot keeps it alive), or nil.
    @inline(__always)
    func borrowedModule(tag: UInt8) -> Unmanaged<PyModule>? {
        guard let u = borrowedObject(tag: tag), u._withUnsafeGuaranteedRef({ $0.kind }) == .module else { return nil }
        return Unmanaged<PyModule>.fromOpaque(u.toOpaque())
    }

    /// Deinitializes `n` values starting here, releasing only the slots that hold a
    /// reference: cheaper than `deinitialize(count:)`, which calls the enum's generic destroy
    /// for every slot (frames pop many `int`, `float`, `None` and empty slots).
    @inline(__always)
    func deinitializeValues(count n: Int) {
        deinitializeValues(count: n, objectTag: ValueLayout.objectTag, strTag: ValueLayout.strTag)
    }

    /// ``deinitializeValues(count:objectTag:strTag:)`` for the slots from here up to `end`
    /// (walking pointers: a frame's pop needs no division of the distance by the stride).
    @inline(__always)
    func deinitializeValues(upTo end: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) {
        if objectTag == 0xFF || strTag == 0xFF {
            if end > self { deinitialize(count: end - self) }
            return
        }
        var p = UnsafeRawPointer(self)
        let stop = UnsafeRawPointer(end)
        while p < stop {
            let tag = p.load(fromByteOffset: 8, as: UInt8.self)
            if tag == objectTag {
                p.load(as: Unmanaged<PyObject>.self).release()
            } else if tag == strTag {
                p.load(as: Unmanaged<PyStr>.self).release()
            }
            p += MemoryLayout<Value>.stride
        }
    }

    /// ``deinitializeValues(count:)`` with ``ValueLayout``'s tags passed in (the dispatch
    /// loop keeps them in registers; reading the globals costs a call each on Linux). Its own
    /// offset loop: going through ``deinitializeValues(upTo:objectTag:strTag:)`` measured 1 %
    /// more instructions on richards.
    @inline(__always)
    func deinitializeValues(count n: Int, objectTag: UInt8, strTag: UInt8) {
        if objectTag == 0xFF || strTag == 0xFF {
            deinitialize(count: n)
            return
        }
        let raw = UnsafeRawPointer(self)
        var offset = 0
        for _ in 0..<Swift.max(n, 0) {
            let tag = raw.load(fromByteOffset: offset &+ 8, as: UInt8.self)
            if tag == objectTag {
                raw.load(fromByteOffset: offset, as: Unmanaged<PyObject>.self).release()
            } else if tag == strTag {
                raw.load(fromByteOffset: offset, as: Unmanaged<PyStr>.self).release()
            }
            offset &+= MemoryLayout<Value>.stride
        }
    }

    /// Makes this slot, which holds an `.int`, hold `.int(value)` by rewriting the payload
    /// word alone: the tag stays (``ValueLayout/objectTag`` is 0xFF where that was not
    /// confirmed, and the slot is then assigned as usual). An ordinary store of a new value
    /// went through the enum's outlined initializer, a call per arithmetic result.
    @inline(__always)
    func replacePayload(int value: Int, objectTag: UInt8) {
        if objectTag == 0xFF {
            pointee = .int(value)
            return
        }
        UnsafeMutableRawPointer(self).storeBytes(of: value, as: Int.self)
    }

    /// ``replacePayload(int:objectTag:)`` for a slot holding a `.float`.
    @inline(__always)
    func replacePayload(float value: Double, objectTag: UInt8) {
        if objectTag == 0xFF {
            pointee = .float(value)
            return
        }
        UnsafeMutableRawPointer(self).storeBytes(of: value, as: Double.self)
    }

    /// Initializes this (uninitialized) slot with a copy of `source`'s value: the bits are
    /// copied and only a reference is retained. Copying a `Value` the ordinary way calls the
    /// enum's outlined copy, a function call and a switch even for an int. `objectTag` and
    /// `strTag` are ``ValueLayout``'s tags, passed in so the dispatch loop keeps them in
    /// registers.
    @inline(__always)
    func initialize(copying source: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) {
        if objectTag == 0xFF || strTag == 0xFF {
            initialize(to: source.pointee)
            return
        }
        let raw = UnsafeRawPointer(source)
        let tag = raw.load(fromByteOffset: 8, as: UInt8.self)
        if tag == objectTag {
            _ = raw.load(as: Unmanaged<PyObject>.self).retain()
        } else if tag == strTag {
            _ = raw.load(as: Unmanaged<PyStr>.self).retain()
        }
        UnsafeMutableRawPointer(self).copyMemory(from: raw, byteCount: MemoryLayout<Value>.size)
    }

    /// Deinitializes this one slot, releasing its reference if it holds one (see
    /// ``initialize(copying:objectTag:strTag:)`` for the tags).
    @inline(__always)
    func deinitializeValue(objectTag: UInt8, strTag: UInt8) {
        deinitializeValues(count: 1, objectTag: objectTag, strTag: strTag)
    }

    /// Moves the value out of `source` (left uninitialized) into this uninitialized slot: its
    /// bits, with no reference counting. (`initialize(to: source.move())` stayed an outlined
    /// call inside the dispatch loop, and `moveInitialize(from:count: 1)` a `memmove`.)
    @inline(__always)
    func initialize(movingFrom source: UnsafeMutablePointer<Value>) {
        UnsafeMutableRawPointer(self).copyMemory(from: UnsafeRawPointer(source), byteCount: MemoryLayout<Value>.size)
    }

    /// Replaces this slot's value with the one moved out of `source` (left uninitialized),
    /// then releases the old value's reference if it had one (see
    /// ``initialize(copying:objectTag:strTag:)`` for the tags).
    @inline(__always)
    func assign(movingFrom source: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) {
        if objectTag == 0xFF || strTag == 0xFF {
            pointee = source.move()
            return
        }
        let raw = UnsafeRawPointer(self)
        let tag = raw.load(fromByteOffset: 8, as: UInt8.self)
        let old = raw.load(as: UnsafeRawPointer?.self)
        initialize(movingFrom: source)
        guard let old else { return }
        if tag == objectTag {
            Unmanaged<PyObject>.fromOpaque(old).release()
        } else if tag == strTag {
            Unmanaged<PyStr>.fromOpaque(old).release()
        }
    }

    /// The string in this slot, unretained, when the slot holds `.str` (`tag` is
    /// ``ValueLayout/strTag``); nil otherwise. Valid while the slot keeps its value.
    @inline(__always)
    func borrowedStr(tag: UInt8) -> Unmanaged<PyStr>? {
        let raw = UnsafeRawPointer(self)
        guard raw.load(fromByteOffset: 8, as: UInt8.self) == tag else { return nil }
        return raw.load(as: Unmanaged<PyStr>.self)
    }
}

extension VM {
    /// `container[index]` read through borrowed references when it cannot run Python code or
    /// fail: a list or tuple indexed by an in-range int, or a dict holding the str key. Nil
    /// for anything else, which the full subscript path handles (and raises for).
    @inline(__always)
    static func borrowedSubscript(_ container: UnsafeMutablePointer<Value>, _ index: UnsafeMutablePointer<Value>, objectTag: UInt8, strTag: UInt8) -> Value? {
        guard let u = container.borrowedObject(tag: objectTag) else { return nil }
        let kind = u._withUnsafeGuaranteedRef { $0.kind }
        if case .int(let i) = index.pointee, kind == .list || kind == .tuple {
            return u._withUnsafeGuaranteedRef { o in
                let read = { (items: UnsafeBufferPointer<Value>) -> Value? in
                    let j = i < 0 ? i &+ items.count : i
                    return j >= 0 && j < items.count ? items[j] : nil
                }
                if kind == .list { return unsafeDowncast(o, to: PyList.self).items.withUnsafeBufferPointer(read) }
                let t = unsafeDowncast(o, to: PyTuple.self)
                return read(UnsafeBufferPointer(start: t.base, count: t.count))
            }
        }
        if kind == .dict, let key = index.borrowedStr(tag: strTag) {
            return u._withUnsafeGuaranteedRef { o in
                key._withUnsafeGuaranteedRef { unsafeDowncast(o, to: PyDict.self).getString($0) }
            }
        }
        return nil
    }
}


extension Unmanaged {
    /// Runs `body` with the referenced object borrowed (no retain/release pair): the
    /// caller guarantees the object outlives the call. `_withUnsafeGuaranteedRef` for a body
    /// with typed throws.
    @inline(__always)
    func withBorrowed<R>(_ body: (Instance) throws(PythonError) -> R) throws(PythonError) -> R {
        let outcome: Result<R, PythonError> = _withUnsafeGuaranteedRef { object in
            do throws(PythonError) { return .success(try body(object)) } catch { return .failure(error) }
        }
        switch consume outcome {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }
}
