#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Uninitialized memory for the runtime's frequent allocations (tuple items, dict tables
/// and entries, set tables, argument buffers, code blocks), taken from `malloc` itself.
///
/// `UnsafeMutablePointer.allocate(capacity:)` asks Swift's runtime for the "default"
/// alignment, which the runtime serves through its aligned path: `posix_memalign` on Linux,
/// which relays to `malloc` after about 140 instructions of its own (callgrind: more than
/// `malloc` itself costs, paid by every tuple and every new dict). `malloc` already aligns
/// to 16 bytes, more than any type allocated here needs.
///
/// The memory is freed as before, with `deallocate()`: Swift's runtime frees default-aligned
/// memory with `free` on every platform Garter runs on (Linux and Apple's).
enum HeapMemory {
    /// Room for `capacity` values of `T` (at least one byte is allocated), not initialized.
    ///
    /// Stops the process, as `allocate(capacity:)` does, when the size overflows or the
    /// allocator has no memory left; callers check sizes that programs control against the
    /// run's memory limit first.
    @inline(__always)
    static func allocate<T>(_: T.Type, capacity: Int) -> UnsafeMutablePointer<T> {
        allocateBytes(MemoryLayout<T>.stride, times: capacity, alignment: MemoryLayout<T>.alignment)
            .bindMemory(to: T.self, capacity: capacity)
    }

    /// `size` times `count` bytes aligned to `alignment` (at most 16), not initialized.
    @inline(__always)
    static func allocateBytes(_ size: Int, times count: Int = 1, alignment: Int) -> UnsafeMutableRawPointer {
        let (bytes, overflow) = size.multipliedReportingOverflow(by: count)
        guard alignment <= 16, !overflow, bytes >= 0, let p = malloc(Swift.max(bytes, 1)) else {
            outOfMemory(bytes)
        }
        return p
    }

    @inline(never)
    private static func outOfMemory(_ bytes: Int) -> Never {
        fatalError("Could not allocate \(bytes) bytes")
    }
}
