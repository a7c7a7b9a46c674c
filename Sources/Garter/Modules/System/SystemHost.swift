#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only places the system modules (`time`, `datetime`, `random`, `uuid`) touch the host:
/// the wall clock, the monotonic clock, entropy and sleeping. A host policy (fixed clock,
/// seeded entropy, virtual sleep) is applied here and nowhere else.
enum SystemHost {
    /// Wall-clock time: seconds and nanoseconds since the Unix epoch (`time.time()`,
    /// `datetime.now()`, `date.today()`).
    static func wallClock(_ vm: VM) -> (seconds: Int, nanoseconds: Int) {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return (Int(ts.tv_sec), Int(ts.tv_nsec))
    }

    /// Monotonic nanoseconds (`time.monotonic()`, `time.perf_counter()`).
    static func monotonicNanoseconds(_ vm: VM) -> UInt64 {
        VM.monotonicNanoseconds()
    }

    /// CPU time of the process in nanoseconds (`time.process_time()`).
    static func processNanoseconds(_ vm: VM) -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
        return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    }

    /// `count` bytes of system entropy (unseeded `random`, `uuid4`, `os.urandom`-like uses).
    static func entropy(_ vm: VM, count: Int) -> [UInt8] {
        var g = SystemRandomNumberGenerator()
        var out: [UInt8] = []
        out.reserveCapacity(count)
        while out.count < count {
            var w = g.next()
            for _ in 0..<8 where out.count < count {
                out.append(UInt8(truncatingIfNeeded: w))
                w >>= 8
            }
        }
        return out
    }

    /// Longest single real sleep, so a program cannot park the host thread for long.
    static let maxSleepSeconds = 5.0

    /// `time.sleep`: really sleeps (capped), and never past the run's deadline: sleeping
    /// beyond it raises the run's `TimeoutError` when the deadline is reached.
    static func sleep(_ vm: VM, seconds: Double) throws(PythonError) {
        var duration = min(seconds, maxSleepSeconds)
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
