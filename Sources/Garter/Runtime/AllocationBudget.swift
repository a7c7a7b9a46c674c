#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Atomics
import GarterThreadLocals

/// The books behind ``ResourceLimits/maxAllocations`` and ``ResourceLimits/maxMemory``: every
/// heap object a run creates (strings, containers, instances, functions, big integers, ...)
/// counts as one object and is charged its size in bytes while it lives.
///
/// Objects are created and freed all over the runtime, far from any `VM`, so the budget of
/// the run executing on the current thread is found through a thread-specific pointer that
/// ``ExecutionState`` installs around each step (and restores afterwards, so a Python-defined
/// host function running its own interpreter inside a call keeps its own books). Each
/// object remembers what it was charged (``PyObject/accountedUnits``) and gives it back when
/// it is freed; containers re-charge when their storage grows or shrinks. Sizes are counted
/// in 16-byte units: the granularity of the allocator, and small enough to fit an object's
/// charge into 32 bits.
///
/// When either limit is passed the VM's tick mask is zeroed: the dispatch loop checks its
/// limits at the next instruction boundary that polls and raises the uncatchable
/// `MemoryError`. Single large results are refused before they are allocated
/// (``VM/checkAllocation(_:times:itemSize:)``).
struct AllocationBudget {
    /// Objects the run may still create (`Int.max` without a limit); negative once exceeded.
    var objectsRemaining: Int
    /// The size of the objects charged to the run that are still alive, in 16-byte units.
    var liveUnits: Int
    /// The memory limit in 16-byte units (`Int.max` without a limit).
    var unitLimit: Int
    /// The VM's tick mask, zeroed when a limit is passed.
    let tickMask: UnsafeAtomic<UInt32>
    /// The run these books belong to (unretained: the VM owns its budget), for long native
    /// computations that poll its limits (``RunInterrupt``): the one per-thread pointer
    /// serves both.
    let vm: Unmanaged<VM>

    /// What every object is charged besides its contents: the object header, its fields and
    /// the allocator's rounding, which come to 48–96 bytes for most objects.
    static let objectBytes = 64

    /// 16-byte units covering `bytes` (nonnegative; rounded up without overflowing).
    @inline(__always)
    static func units(_ bytes: Int) -> Int { (bytes >> 4) &+ (bytes & 15 != 0 ? 1 : 0) }

    /// The budget of the run on this thread, if any (a C thread-local: this is read for
    /// every object made and freed, and `pthread_getspecific` was a library call each time).
    @inline(__always)
    static var current: UnsafeMutablePointer<AllocationBudget>? {
        garter_get_thread_budget()?.assumingMemoryBound(to: AllocationBudget.self)
    }

    /// Counts a new object of `bytes` bytes against the run on this thread; returns the
    /// units charged, 0 when no run keeps books on this thread (the object is then never
    /// credited either).
    @inline(__always)
    static func chargeObject(bytes: Int) -> UInt32 {
        guard let budget = current else { return 0 }
        let units = Swift.min(AllocationBudget.units(bytes), Int(UInt32.max))
        budget.pointee.objectsRemaining &-= 1
        budget.pointee.liveUnits &+= units
        if budget.pointee.objectsRemaining < 0 || budget.pointee.liveUnits > budget.pointee.unitLimit {
            budget.pointee.tickMask.store(0, ordering: .relaxed)
        }
        return UInt32(truncatingIfNeeded: units)
    }

    /// Charges (positive) or credits (negative) `units` to the run on this thread, for an
    /// object whose contents changed size; false when no run keeps books on this thread.
    @inline(__always)
    static func adjust(units: Int) -> Bool {
        guard let budget = current else { return false }
        budget.pointee.liveUnits &+= units
        if units > 0 && budget.pointee.liveUnits > budget.pointee.unitLimit {
            budget.pointee.tickMask.store(0, ordering: .relaxed)
        }
        return true
    }

    /// Gives back the units of an object being freed.
    @inline(__always)
    static func credit(units: UInt32) {
        guard let budget = current else { return }
        budget.pointee.liveUnits &-= Int(units)
    }

    /// Makes `budget` (or none) the current thread's budget; returns the previous one.
    static func install(_ budget: UnsafeMutablePointer<AllocationBudget>?) -> UnsafeMutableRawPointer? {
        let previous = garter_get_thread_budget()
        garter_set_thread_budget(budget.map { UnsafeMutableRawPointer($0) })
        return previous
    }

    /// Restores the budget returned by ``install(_:)``.
    static func restore(_ previous: UnsafeMutableRawPointer?) {
        garter_set_thread_budget(previous)
    }
}

/// Size changes of an accounted object's contents.
///
/// An object's charge is its base size plus its contents; containers call these when their
/// storage is reallocated, so the run's books follow what is really held.
extension PyObject {
    /// Moves the object's charge to `base + contentBytes`. Objects created without books (no
    /// run on the thread) stay uncharged.
    @inline(__always)
    final func accountContents(bytes contentBytes: Int) {
        guard accountedUnits != 0 else { return }
        let wanted = AllocationBudget.units(AllocationBudget.objectBytes) &+ AllocationBudget.units(Swift.max(contentBytes, 0))
        if wanted != Int(accountedUnits) { reaccount(wanted) }
    }

    @inline(never)
    final func reaccount(_ wanted: Int) {
        guard wanted <= Int(UInt32.max), AllocationBudget.adjust(units: wanted &- Int(accountedUnits)) else { return }
        accountedUnits = UInt32(wanted)
    }
}

extension VM {
    /// The values made from the parts of a native split (`str.splitlines`, `bytes.split`,
    /// ...), polling the run's limits as they are made: a split into millions of parts runs
    /// for seconds in native code, past the time limit and the books.
    func valuesPolling<S: Sequence>(_ parts: S, _ make: (S.Element) -> Value) throws(PythonError) -> [Value] {
        var out: [Value] = []
        out.reserveCapacity(parts.underestimatedCount)
        for part in parts {
            if tickMask == 0 { try checkLimits() }
            out.append(make(part))
        }
        return out
    }
}

/// Text built up in Swift before it becomes a Python object (the repr of a container, a
/// serialization): its size is checked against the run's memory limit as it grows, each
/// time it doubles past 1 MiB, since an item repeated many times (`[s] * 1000`) can expand
/// far beyond the memory its container was charged.
struct TextGrowth {
    private var total = 0
    private var nextCheck = 1 << 20

    /// Adds `bytes` of text; raises `MemoryError` when the text so far would not fit, and
    /// the run's limit errors once it has been flagged (past its deadline, cancelled, over
    /// its books): a repr of a long container runs in native code, which the dispatch loop
    /// cannot interrupt.
    @inline(__always)
    mutating func add(_ bytes: Int, vm: VM) throws(PythonError) {
        if vm.tickMask == 0 { try vm.checkLimits() }
        total &+= bytes
        if total >= nextCheck {
            nextCheck = total &* 2
            try vm.checkMemory(adding: total)
        }
    }
}
