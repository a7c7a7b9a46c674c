#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import GarterThreadLocals

/// Knows how much native (Swift) stack the current thread has left, so that the few places
/// that must recurse natively (parser, compiler, `repr`/`==` of nested containers, builtins that
/// call back into Python) stop with a Python `RecursionError` instead of overflowing the stack,
/// whatever thread the host runs Garter on.
///
/// The lowest usable address of each thread's stack is computed once per thread and cached in
/// thread-local storage; a check is then a pointer comparison.
#if os(Linux)
@_silgen_name("pthread_getattr_np")
private func garter_pthread_getattr_np(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

enum StackGuard {
    /// Bytes kept free below the point where we stop recursing.
    static let reserve: UInt = 96 * 1024

    /// The lowest stack address this thread may recurse down to, or 0 when unknown. Cached in
    /// a C thread-local (read by every parser and compiler nesting check).
    static func limit() -> UInt {
        let cached = garter_get_thread_stack_limit()
        if cached != 0 { return UInt(cached) }
        let computed = computeLimit()
        garter_set_thread_stack_limit(UInt(computed))
        return computed
    }

    private static func computeLimit() -> UInt {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        #if canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        let size = UInt(pthread_get_stacksize_np(pthread_self()))
        let low = top &- size
        #else
        // Filled in by the C library; allocated rather than zero-initialized because the
        // importer gives `pthread_attr_t` its initializer in the CDispatch module.
        let attr = UnsafeMutablePointer<pthread_attr_t>.allocate(capacity: 1)
        defer { attr.deallocate() }
        var low: UInt = 0
        var size: UInt = 0
        if garter_pthread_getattr_np(pthread_self(), attr) == 0 {
            var addr: UnsafeMutableRawPointer? = nil
            var sz: Int = 0
            if pthread_attr_getstack(attr, &addr, &sz) == 0, let addr {
                low = UInt(bitPattern: addr)
                size = UInt(sz)
            }
            pthread_attr_destroy(attr)
        }
        if low == 0 || size == 0 {
            // Unknown bounds: allow 256 KiB below the first call on this thread.
            return here > 256 * 1024 ? here - 256 * 1024 : 1
        }
        #endif
        let floor = low &+ reserve
        if getenv("GARTER_DEBUG_STACK") != nil {
            let text = "stack: here=\(here) low=\(low) size=\(size) floor=\(floor)\n"
            _ = text.withCString { write(2, $0, strlen($0)) }
        }
        // Guard against odd values (e.g. a main thread whose limit is reported as huge).
        if floor >= here { return here > 256 * 1024 ? here - 256 * 1024 : 1 }
        return floor
    }

    /// True when the current stack pointer is still above the thread's limit.
    @inline(__always)
    static func hasRoom() -> Bool {
        hasRoom(above: limit())
    }

    /// True when the current stack pointer is above `floor`, a ``limit()`` the caller read
    /// earlier on this thread (saving the thread-local lookup on hot paths).
    @inline(__always)
    static func hasRoom(above floor: UInt) -> Bool {
        var marker: UInt8 = 0
        let here = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return here > floor
    }
}
