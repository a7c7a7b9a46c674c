#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Atomics

/// The count behind ``ResourceLimits/maxAllocations``: every heap object a run creates
/// (strings, containers, instances, functions, big integers, ...) takes one unit.
///
/// Objects are created all over the runtime, far from any `VM`, so the budget of the run
/// executing on the current thread is found through a thread-specific pointer that
/// ``ExecutionState`` installs around each step (and restores afterwards, so a Python-defined
/// host function running its own interpreter inside a call keeps its own budget). When the
/// count runs out, the VM's tick mask is zeroed: the dispatch loop checks its limits at the
/// next instruction boundary and raises the uncatchable `MemoryError`.
struct AllocationBudget {
    /// Objects the run may still create; negative once the limit is exceeded.
    var remaining: Int
    /// The VM's tick mask, zeroed when the budget runs out.
    let tickMask: UnsafeAtomic<UInt32>

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    /// Counts one object against the budget of the run on this thread, if it has one.
    @inline(__always)
    static func countObject() {
        guard let p = pthread_getspecific(key) else { return }
        let budget = p.assumingMemoryBound(to: AllocationBudget.self)
        budget.pointee.remaining &-= 1
        if budget.pointee.remaining == -1 {
            budget.pointee.tickMask.store(0, ordering: .relaxed)
        }
    }

    /// Makes `budget` (or none) the current thread's budget; returns the previous one.
    static func install(_ budget: UnsafeMutablePointer<AllocationBudget>?) -> UnsafeMutableRawPointer? {
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, budget.map { UnsafeMutableRawPointer($0) })
        return previous
    }

    /// Restores the budget returned by ``install(_:)``.
    static func restore(_ previous: UnsafeMutableRawPointer?) {
        pthread_setspecific(key, previous)
    }
}
