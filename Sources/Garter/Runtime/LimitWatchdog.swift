import Atomics
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

/// Makes the dispatch loop look at its limits promptly, however slow each instruction is.
///
/// The loop checks the time limit and cancellation every `VM.maxTickMask + 1` back-edges and
/// calls. That is cheap, but counts instructions, not time: a loop whose body does a lot of
/// native work per iteration (scanning a huge list, creating a class with a long MRO) could
/// run for minutes between two checks. While a run with a deadline or a cancellation handle
/// is executing, it is registered here; a background thread wakes every millisecond and,
/// for every run past its deadline or cancelled, sets the run's tick mask to zero, so the
/// next back-edge or call checks the limits (CPython's "eval breaker").
final class LimitWatchdog: @unchecked Sendable {
    static let shared = LimitWatchdog()

    private struct Entry {
        let deadline: UInt64
        let cancellation: CancellationHandle?
        let mask: UnsafeAtomic<UInt32>
    }

    private let condition = Condition()
    private var entries: [ObjectIdentifier: Entry] = [:]
    private var started = false

    /// Watches `vm` until ``unregister(_:)`` (call both from the thread running it).
    func register(_ vm: VM) {
        guard vm.deadline != 0 || vm.cancellation != nil else { return }
        vm.watchdogRegistered = true
        condition.lock()
        entries[ObjectIdentifier(vm)] = Entry(deadline: vm.deadline, cancellation: vm.cancellation, mask: vm.tickMaskAtomic)
        if !started {
            started = true
            Threads.start(name: "garter-limit-watchdog", stackSize: 64 * 1024) { [unowned self] in self.run() }
        }
        condition.signal()
        condition.unlock()
    }

    /// Stops watching `vm`; after this returns the watchdog no longer touches its mask.
    func unregister(_ vm: VM) {
        // Runs without a deadline or cancellation handle were never registered: no lock.
        guard vm.watchdogRegistered else { return }
        vm.watchdogRegistered = false
        condition.lock()
        entries.removeValue(forKey: ObjectIdentifier(vm))
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while entries.isEmpty { condition.wait() }
            let now = VM.monotonicNanoseconds()
            // Under the lock: a VM unregisters (and may then free its mask) only while we
            // are not in here.
            for e in entries.values where (e.deadline != 0 && now >= e.deadline) || e.cancellation?.isCancelled == true {
                e.mask.store(0, ordering: .relaxed)
            }
            condition.unlock()
            usleep(1000)
        }
    }
}
