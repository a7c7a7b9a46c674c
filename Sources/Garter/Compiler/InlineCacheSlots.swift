import Atomics

/// Numbers the instructions that consult one of the run's direct-mapped inline caches
/// (``GlobalCacheEntry`` for `LOAD_GLOBAL`; ``AttributeCacheEntry`` and
/// ``BuiltinMethodCacheEntry`` for attribute loads, stores and method loads), so that each
/// such instruction has an entry of its own.
///
/// An entry used to be chosen from the instruction's address, which made two hot call sites
/// share one whenever their code happened to land at colliding addresses: each then evicted
/// the other's entry at every execution, and how often that happened depended on the heap
/// (the same program varied by 10 % in instruction counts from one build to the next).
/// Numbered sites collide only once a table's worth of them were compiled in the process.
/// The numbers run on from one compilation to the next (a session's later inputs call the
/// functions of earlier ones), and a number only chooses an entry: every entry still checks
/// what it caches, so a collision costs a refill, never a wrong value.
struct InlineCacheSlots {
    /// The next numbers handed out in the process, per slot space.
    private static let nextGlobal = ManagedAtomic<Int>(0)
    private static let nextAttribute = ManagedAtomic<Int>(0)

    private let globalBase = InlineCacheSlots.nextGlobal.load(ordering: .relaxed)
    private let attributeBase = InlineCacheSlots.nextAttribute.load(ordering: .relaxed)
    private var globals = 0
    private var attributes = 0

    /// Gives `instruction` its entry number, if its opcode uses a cache.
    mutating func number(_ instruction: inout Instruction) {
        switch instruction.opcode {
        case .loadGlobal:
            instruction.cacheSlot = UInt16(truncatingIfNeeded: globalBase &+ globals)
            globals &+= 1
        case .loadAttr, .loadMethod, .storeAttr, .loadFastAttr, .loadFastMethod, .loadFastStoreAttr:
            instruction.cacheSlot = UInt16(truncatingIfNeeded: attributeBase &+ attributes)
            attributes &+= 1
        default:
            break
        }
    }

    /// Records the numbers this compilation used, so the next one starts after them (two
    /// compilations running at once may share numbers: that costs refills only).
    func commit() {
        InlineCacheSlots.nextGlobal.wrappingIncrement(by: globals, ordering: .relaxed)
        InlineCacheSlots.nextAttribute.wrappingIncrement(by: attributes, ordering: .relaxed)
    }
}
