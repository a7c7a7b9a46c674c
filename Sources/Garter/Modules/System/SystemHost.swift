#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only places the system modules (`time`, `datetime`, `random`, `uuid`) touch the host:
/// the wall clock, the monotonic clock, entropy and sleeping. The run's ``OSConfiguration``
/// policies (fixed clock, seeded entropy, virtual sleep) apply here and nowhere else.
enum SystemHost {
    /// Wall-clock time: seconds and nanoseconds since the Unix epoch (`time.time()`,
    /// `datetime.now()`, `date.today()`), under the run's clock policy.
    static func wallClock(_ vm: VM) -> (seconds: Int, nanoseconds: Int) {
        vm.osState.wallClock()
    }

    /// Monotonic nanoseconds (`time.monotonic()`, `time.perf_counter()`, the asyncio loop),
    /// advanced by virtual sleeps.
    static func monotonicNanoseconds(_ vm: VM) -> UInt64 {
        vm.osState.monotonicNanoseconds()
    }

    /// CPU time of the process in nanoseconds (`time.process_time()`).
    static func processNanoseconds(_ vm: VM) -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// `count` bytes of entropy (unseeded `random`, `uuid4`, `os.urandom`, `secrets`): the
    /// system generator, or the run's seeded stream.
    static func entropy(_ vm: VM, count: Int) -> [UInt8] {
        vm.osState.entropy(count: count)
    }

    /// Longest single real sleep under the default policy.
    static let maxSleepSeconds = 5.0

    /// `time.sleep`: under a virtual policy advances the run's clocks; otherwise really
    /// sleeps (capped), and never past the run's deadline: sleeping beyond it raises the
    /// run's `TimeoutError` when the deadline is reached.
    static func sleep(_ vm: VM, seconds: Double) throws(PythonError) {
        let os = vm.osState
        if os.virtualSleep {
            os.advance(seconds: seconds)
            return
        }
        var duration = min(seconds, os.sleepCap)
        var timesOut = false
        if vm.deadline != 0 {
            let now = VM.monotonicNanoseconds()
            let left = vm.deadline > now ? Double(vm.deadline - now) / 1e9 : 0
            if duration >= left {
                duration = left
                timesOut = true
            }
        }
        // Sleep in slices so a host cancellation is noticed within 10 ms.
        var left = duration
        while left > 0 {
            let slice = min(left, 0.01)
            var ts = timespec()
            ts.tv_sec = Int(slice)
            ts.tv_nsec = Int((slice - Double(Int(slice))) * 1e9)
            _ = nanosleep(&ts, nil)
            left -= slice
            try vm.checkCancellation()
        }
        if timesOut { throw vm.limitExceeded(Builtins.shared.timeoutError, "execution time limit exceeded") }
    }
}
