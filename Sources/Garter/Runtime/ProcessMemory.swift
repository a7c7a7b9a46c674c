#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Atomics

/// The resident memory of the process, for the memory limit's backstop.
///
/// The memory limit is enforced on the books each run keeps of its objects
/// (``AllocationBudget``). Memory the books do not see (Swift-side buffers inside native
/// code) is caught by comparing the growth of the process's resident set with the limit,
/// but only while a single run with a memory limit exists in the process (the CLI's case):
/// with several, their growth would mix and one run could fail for another's memory.
enum ProcessMemory {
    /// Runs (VMs) with a memory limit alive in the process.
    static let limitedRuns = ManagedAtomic<Int>(0)
    /// How many times a run started a memory limit: a run whose stamp is still the latest
    /// was never joined by another, so the resident growth since its start is its own.
    static let limitedRunStarts = ManagedAtomic<Int>(0)

    /// Resident bytes now, or 0 when unknown.
    static func residentBytes() -> Int {
        #if os(Linux)
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 127) }
        guard n > 0 else { return 0 }
        // "size resident shared ...": the second number, in pages.
        var field = 0
        var value = 0
        for i in 0..<n {
            let c = buffer[i]
            if c == 0x20 {
                if field == 1 { break }
                field += 1
                value = 0
            } else if c >= 0x30 && c <= 0x39 {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int(c - 0x30))
                if o1 || o2 { return 0 }
                value = s
            }
        }
        let (bytes, o) = value.multipliedReportingOverflow(by: Int(sysconf(Int32(_SC_PAGESIZE))))
        return o ? 0 : bytes
        #elseif canImport(Darwin)
        var info = mach_task_basic_info()
        var count = mach_msg_type_number_t(MemoryLayout<mach_task_basic_info>.size / MemoryLayout<natural_t>.size)
        let kr = withUnsafeMutablePointer(to: &info) {
            $0.withMemoryRebound(to: integer_t.self, capacity: Int(count)) {
                task_info(mach_task_self_, task_flavor_t(MACH_TASK_BASIC_INFO), $0, &count)
            }
        }
        return kr == KERN_SUCCESS ? Int(clamping: info.resident_size) : 0
        #else
        return 0
        #endif
    }
}
