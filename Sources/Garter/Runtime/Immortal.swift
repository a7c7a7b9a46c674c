/// Process-lifetime objects made immortal in the Swift runtime's sense: the shared builtins
/// (types, functions, method descriptors) and interned names.
///
/// These objects are never freed anyway, yet every push of `len` or `list` onto the value
/// stack, and every `typeOf` of a list, retained and released them: an atomic
/// read-modify-write pair of about 13 ns on this project's machines, on a cache line that
/// every thread running Python shares. The runtime skips both for an object whose
/// reference-count word carries the immortal pattern (it leaves the word untouched and
/// never deallocates it), the representation of its own static objects such as the empty
/// array's storage.
///
/// The pattern is not invented here: it is read from that empty-array storage, checked
/// against the documented layout (the low 32 bits set and the side-table bit set), and a
/// probe object is made immortal and retained and released to confirm that the runtime
/// leaves its word unchanged. If any of that fails, ``make(_:)`` does nothing and every
/// object keeps ordinary reference counting.
enum Immortal {
    private final class Probe {}

    /// The immortal reference-count word, or nil where it could not be confirmed.
    nonisolated(unsafe) private static let pattern: UInt64? = confirmPattern()

    private static func confirmPattern() -> UInt64? {
        guard MemoryLayout<Int>.size == 8, MemoryLayout<ContiguousArray<Int>>.size == 8 else { return nil }
        let empty = ContiguousArray<Int>()
        let bits = withExtendedLifetime(empty) {
            unsafeBitCast(empty, to: UnsafeRawPointer.self).load(fromByteOffset: 8, as: UInt64.self)
        }
        guard bits & 0xFFFF_FFFF == 0xFFFF_FFFF, bits >> 63 == 1 else { return nil }
        let probe = Unmanaged.passRetained(Probe())
        let word = probe.toOpaque().advanced(by: 8).assumingMemoryBound(to: UInt64.self)
        // A fresh object has no side table (the top bit clear); refuse anything else.
        guard word.pointee >> 63 == 0 else { return nil }
        word.pointee = bits
        _ = probe.retain()
        let afterRetain = word.pointee
        probe.release()
        let afterRelease = word.pointee
        // The probe is left as it is: immortal, or (if the runtime disagreed) leaked.
        return afterRetain == bits && afterRelease == bits ? bits : nil
    }

    /// Makes `object` immortal. Only for objects that live as long as the process and that
    /// no other thread can reach yet (called while they are being set up).
    static func make(_ object: AnyObject) {
        guard let pattern else { return }
        let word = Unmanaged.passUnretained(object).toOpaque().advanced(by: 8).assumingMemoryBound(to: UInt64.self)
        // An object with a side table (weak references to it) keeps ordinary counting.
        guard word.pointee >> 63 == 0 else { return }
        word.pointee = pattern
    }

    /// `object`, made immortal (for the initializers of process-wide singletons).
    static func made<T: AnyObject>(_ object: T) -> T {
        make(object)
        return object
    }

    /// Whether the runtime's immortal pattern was confirmed (for tests).
    static var isAvailable: Bool { pattern != nil }

    /// Whether `object` is immortal (for tests).
    static func isImmortal(_ object: AnyObject) -> Bool {
        guard let pattern else { return false }
        return Unmanaged.passUnretained(object).toOpaque().advanced(by: 8).assumingMemoryBound(to: UInt64.self).pointee == pattern
    }

    /// Makes every object reachable from `root` immortal: dict keys and values, a type's
    /// dict, bases, MRO and method table, tuple items, wrapped functions and property
    /// accessors, and the strings among them.
    static func makeReachable(from root: Value) {
        guard pattern != nil else { return }
        var seen = Set<ObjectIdentifier>()
        var work: [Value] = [root]
        while let v = work.popLast() {
            switch v {
            case .str(let s):
                if seen.insert(ObjectIdentifier(s)).inserted { make(s) }
            case .object(let o):
                guard seen.insert(ObjectIdentifier(o)).inserted else { continue }
                make(o)
                switch o.kind {
                case .dict:
                    let d = unsafeDowncast(o, to: PyDict.self)
                    var i = 0
                    while let e = d.rawEntry(i) {
                        i += 1
                        work.append(e.key)
                        work.append(e.value)
                    }
                case .type:
                    let t = unsafeDowncast(o, to: PyType.self)
                    work.append(.object(t.dict))
                    for b in t.mro { work.append(.object(b)) }
                    for b in t.bases { work.append(.object(b)) }
                    if let m = t.metaclass { work.append(.object(m)) }
                    if let m = t.builtinMethods { work.append(.object(m)) }
                case .tuple:
                    work.append(contentsOf: unsafeDowncast(o, to: PyTuple.self).items)
                case .classMethod, .staticMethod:
                    work.append(unsafeDowncast(o, to: PyMethodWrapper.self).function)
                case .property:
                    let p = unsafeDowncast(o, to: PyProperty.self)
                    work.append(contentsOf: [p.getter, p.setter, p.deleter])
                default:
                    break
                }
            default:
                break
            }
        }
    }
}
