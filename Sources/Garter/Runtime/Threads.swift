#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

// Locks, conditions and threads on POSIX threads directly.
//
// The library uses FoundationEssentials where the platform has it, not Foundation: Foundation's
// `NSLock`, `NSCondition` and `Thread` would link in CoreFoundation, whose start-up
// (class registration, its own metadata) touched several megabytes of the binary in every
// process, and the ICU data behind it. These few types are all the library needs of them.

/// A mutual-exclusion lock (a pthread mutex). Not recursive.
final class Lock: @unchecked Sendable {
    // Allocated separately: a pthread mutex must not move, and a stored property's address
    // is only stable inside an access.
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
}

/// A lock with a condition variable, like Foundation's `NSCondition`: `wait` must be called
/// holding the lock, and is to be called in a loop re-checking the awaited state.
final class Condition: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
        condition = .allocate(capacity: 1)
        condition.initialize(to: pthread_cond_t())
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deallocate()
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func lock() { pthread_mutex_lock(mutex) }
    func unlock() { pthread_mutex_unlock(mutex) }
    func signal() { pthread_cond_signal(condition) }
    func broadcast() { pthread_cond_broadcast(condition) }

    /// Releases the lock until signalled (or woken spuriously), then takes it again.
    func wait() { pthread_cond_wait(condition, mutex) }

    /// Like ``wait()``, but returns `false` once the wall-clock `deadline` (from
    /// ``Condition/deadline(after:)``) has passed.
    func wait(until deadline: timespec) -> Bool {
        var deadline = deadline
        return pthread_cond_timedwait(condition, mutex, &deadline) != ETIMEDOUT
    }

    /// The wall-clock time `seconds` from now, as ``wait(until:)`` takes it.
    static func deadline(after seconds: Double) -> timespec {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        // Capped at a year: a huge or infinite timeout must not overflow the seconds field;
        // NaN (which `min`/`max` would pass through to a trapping `Int(_:)`) waits zero.
        let wait = seconds > 0 ? min(seconds, 365 * 86_400) : 0
        let whole = Int(wait)
        var nanoseconds = Int(now.tv_nsec) + Int((wait - Double(whole)) * 1e9)
        var total = Int(now.tv_sec) + whole
        if nanoseconds >= 1_000_000_000 {
            nanoseconds -= 1_000_000_000
            total += 1
        }
        return timespec(tv_sec: .init(total), tv_nsec: .init(nanoseconds))
    }
}

/// Detached background threads and sleeping.
enum Threads {
    private final class Start {
        let name: String
        let body: () -> Void
        init(name: String, body: @escaping () -> Void) {
            self.name = name
            self.body = body
        }
    }

    /// Starts a detached thread running `body`, named `name` where the C library lets a
    /// thread name itself (Glibc keeps `pthread_setname_np` behind `_GNU_SOURCE`); `stackSize`
    /// 0 keeps the platform's default. Returns false if the system could not create the thread.
    @discardableResult
    static func start(name: String, stackSize: Int = 0, _ body: @escaping () -> Void) -> Bool {
        let context = Unmanaged.passRetained(Start(name: name, body: body)).toOpaque()
        // Allocated, not zero-initialized: on Linux the importer gives `pthread_attr_t` its
        // initializer in the CDispatch module. `pthread_attr_init` fills it in.
        let attributes = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
        pthread_attr_init(attributes)
        defer {
            pthread_attr_destroy(attributes)
            attributes.deallocate()
        }
        pthread_attr_setdetachstate(attributes, Int32(PTHREAD_CREATE_DETACHED))
        if stackSize > 0 { pthread_attr_setstacksize(attributes, max(stackSize, Int(PTHREAD_STACK_MIN))) }
        #if canImport(Darwin)
        var thread: pthread_t?
        let status = pthread_create(&thread, attributes, { raw in
            Threads.run(raw)
            return nil
        }, context)
        #else
        var thread = pthread_t()
        let status = pthread_create(&thread, attributes, { raw in
            if let raw { Threads.run(raw) }
            return nil
        }, context)
        #endif
        if status != 0 {
            Unmanaged<Start>.fromOpaque(context).release()
            return false
        }
        return true
    }

    private static func run(_ raw: UnsafeMutableRawPointer) {
        let start = Unmanaged<Start>.fromOpaque(raw).takeRetainedValue()
        #if canImport(Darwin)
        pthread_setname_np(start.name)
        #endif
        start.body()
    }

    /// Blocks the calling thread for `seconds` (nothing for zero or less).
    static func sleep(seconds: Double) {
        guard seconds > 0 else { return }
        let wait = min(seconds, 365 * 86_400)
        var request = timespec(tv_sec: .init(Int(wait)), tv_nsec: .init(Int((wait - wait.rounded(.down)) * 1e9)))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }
}

/// The C math library's functions, for code that has its own functions of the same names
/// (`MathModule.pow` and the like) and so cannot call them unqualified.
enum LibM {
    static func pow(_ x: Double, _ y: Double) -> Double { cPow(x, y) }
    static func floor(_ x: Double) -> Double { x.rounded(.down) }
    static func ceil(_ x: Double) -> Double { x.rounded(.up) }
    static func copysign(_ magnitude: Double, _ sign: Double) -> Double { Double(signOf: sign, magnitudeOf: magnitude) }
    static func fmod(_ x: Double, _ y: Double) -> Double { x.truncatingRemainder(dividingBy: y) }
    static func remainder(_ x: Double, _ y: Double) -> Double { x.remainder(dividingBy: y) }
    static func scalbn(_ x: Double, _ n: Int) -> Double { cScalbn(x, Int32(clamping: n)) }
    static func frexp(_ x: Double) -> (Double, Int) { cFrexp(x) }
}

private func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
private func cScalbn(_ x: Double, _ n: Int32) -> Double { scalbn(x, n) }
private func cFrexp(_ x: Double) -> (Double, Int) {
    var exponent: Int32 = 0
    let mantissa = frexp(x, &exponent)
    return (mantissa, Int(exponent))
}
