#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The per-run side of the virtual OS: the host's ``OSConfiguration`` plus what the run
/// changes (working directory, virtual time slept, the seeded entropy stream, open files).
///
/// The working directory, the virtual time and the entropy state are saved in snapshots;
/// open files are not needed there: Python file objects carry their path, mode and position
/// and reopen on first use after a restore (see `OSNativeModule`).
final class OSRunState {
    var config: OSConfiguration
    /// Absolute, normalized virtual working directory.
    var cwd: String
    /// Nanoseconds added to the clocks by virtual sleeps.
    var virtualNanoseconds: Int64 = 0
    /// SplitMix64 state of the seeded entropy stream (nil: system entropy).
    var seededState: UInt64?
    /// Open files by handle number.
    var handles: [Int: OpenHandle] = [:]
    var nextHandle = 3
    /// Identifies this run's handle table: a file object saved in a snapshot carries the
    /// epoch of the run that opened it, so a restored run knows its handle is stale.
    private(set) lazy var epoch: Int = Int.random(in: 1..<(1 << 52))

    /// At most this many files open at once (`OSError: [Errno 24] Too many open files`).
    static let maxOpenFiles = 1024
    /// Largest file position (positions come from Python; arithmetic on them never traps).
    static let maxPosition = 1 << 60

    /// The step API's host-answered file system (``OSConfiguration/filesAnsweredByHost``).
    let hostFiles: HostAnsweredFiles?

    /// - Parameter filePauses: false for drivers that answer every file operation with
    ///   `config.files` anyway (the `run` methods, sessions): no pause, no replay.
    init(config: OSConfiguration, filePauses: Bool = true) {
        self.config = config
        hostFiles = filePauses && config.filesAnsweredByHost ? HostAnsweredFiles(fallback: config.files) : nil
        cwd = VirtualPath.normalize(config.workingDirectory)
        if case .seeded(let s) = config.random { seededState = s }
    }

    deinit {
        for h in handles.values { h.file.close() }
    }

    /// Replaces the configuration after a snapshot restore, keeping the run's own state.
    func restore(cwd: String, virtualNanoseconds: Int64, seededState: UInt64?) {
        self.cwd = cwd
        self.virtualNanoseconds = virtualNanoseconds
        if seededState != nil, case .seeded = config.random { self.seededState = seededState }
    }

    // MARK: Clocks, entropy, sleeping

    /// Wall-clock seconds and nanoseconds since the epoch under the clock policy, plus the
    /// time slept virtually. Never traps, whatever a callback returns.
    func wallClock() -> (seconds: Int, nanoseconds: Int) {
        let base: Double
        switch config.clock {
        case .system:
            var ts = timespec()
            clock_gettime(CLOCK_REALTIME, &ts)
            return Self.add(seconds: Int(ts.tv_sec), nanoseconds: Int(ts.tv_nsec), virtualNanoseconds)
        case .fixed(let t): base = t
        case .callback(let f): base = f()
        }
        let clamped = base.isFinite ? min(max(base, -1e15), 1e15) : 0
        let whole = clamped.rounded(.down)
        let ns = Int(((clamped - whole) * 1e9).rounded(.down))
        return Self.add(seconds: Int(whole), nanoseconds: min(max(ns, 0), 999_999_999), virtualNanoseconds)
    }

    private static func add(seconds: Int, nanoseconds: Int, _ extra: Int64) -> (seconds: Int, nanoseconds: Int) {
        let extraSeconds = Int(extra / 1_000_000_000)
        var ns = nanoseconds + Int(extra % 1_000_000_000)
        var s = seconds.addingReportingOverflow(extraSeconds).partialValue
        if ns >= 1_000_000_000 { ns -= 1_000_000_000; s = s.addingReportingOverflow(1).partialValue }
        if ns < 0 { ns += 1_000_000_000; s = s.subtractingReportingOverflow(1).partialValue }
        return (s, ns)
    }

    /// The monotonic clock when the run started (virtual time starts there).
    private lazy var monotonicBase = VM.monotonicNanoseconds()

    /// Monotonic nanoseconds plus the time slept virtually. Under virtual sleep the clock
    /// moves only by sleeps, so timers (and measurements) are exact and repeatable.
    func monotonicNanoseconds() -> UInt64 {
        let base = virtualSleep ? monotonicBase : VM.monotonicNanoseconds()
        return base &+ UInt64(max(0, virtualNanoseconds))
    }

    /// Advances the virtual clocks by `seconds` (saturating).
    func advance(seconds: Double) {
        guard seconds > 0 else { return }
        let ns = seconds * 1e9
        let add = ns.isFinite && ns < 9e18 ? Int64(ns) : Int64.max
        virtualNanoseconds = virtualNanoseconds.addingReportingOverflow(add).overflow ? Int64.max : virtualNanoseconds + add
    }

    /// How long to really wait for an asyncio timer due in `seconds`: nothing under virtual
    /// sleep (resuming the wait advances the clocks), else at most the policy's cap. The
    /// clocks skip the part beyond the cap, so the timer is due when the capped wait ends,
    /// as `time.sleep` returns after the cap (a loop would otherwise spin until real time
    /// reached the timer).
    func realTimerWait(_ seconds: Double) -> Double {
        if virtualSleep { return 0 }
        let wanted = seconds.isNaN ? 0 : max(seconds, 0)
        let s = min(wanted, sleepCap)
        if wanted > s { advance(seconds: wanted - s) }
        return s
    }

    /// Whether sleeps are virtual.
    var virtualSleep: Bool {
        if case .virtual = config.sleep { return true }
        return false
    }

    /// The longest real sleep per call.
    var sleepCap: Double {
        if case .real(let m) = config.sleep { return m.isNaN ? 0 : min(max(0, m), 86_400) }
        return 0
    }

    /// `count` bytes of entropy: the system generator, or the seeded stream.
    func entropy(count: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(count)
        if var state = seededState {
            while out.count < count {
                // SplitMix64.
                state = state &+ 0x9E37_79B9_7F4A_7C15
                var z = state
                z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                var w = z ^ (z >> 31)
                for _ in 0..<8 where out.count < count {
                    out.append(UInt8(truncatingIfNeeded: w))
                    w >>= 8
                }
            }
            seededState = state
            return out
        }
        var g = SystemRandomNumberGenerator()
        while out.count < count {
            var w = g.next()
            for _ in 0..<8 where out.count < count {
                out.append(UInt8(truncatingIfNeeded: w))
                w >>= 8
            }
        }
        return out
    }

    // MARK: Paths

    /// The absolute virtual path for `path` (relative paths join the working directory);
    /// `.` and duplicate slashes are removed, `..` is left for the provider.
    func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : cwd + "/" + path
        let comps = VirtualPath.components(joined)
        return "/" + comps.joined(separator: "/")
    }

    /// The provider, or the error every file operation raises without one.
    func files() throws(OSAccessError) -> any OSAccess {
        if let hostFiles { return hostFiles }
        guard let f = config.files else { throw OSAccessError.noFileSystem }
        return f
    }

    /// Whether the program has a file system at all.
    var hasFiles: Bool { hostFiles != nil || config.files != nil }

    /// Whether a file operation is waiting for the host's answer (the primitive that made
    /// it must unwind with ``pauseError`` instead of raising).
    var pausedForHost: Bool { hostFiles?.pending != nil }

    /// The error a primitive unwinds with while ``pausedForHost``.
    var pauseError: PythonError { PythonError(hostFiles?.signal ?? VM.makeExceptionStatic(Builtins.shared.runtimeError, "no host-answered files")) }

    /// Whether `error` is the unwinding of a file operation that waits for the host.
    func isPauseSignal(_ error: PythonError) -> Bool {
        guard let files = hostFiles, files.pending != nil else { return false }
        return error.exception === files.signal
    }
}

/// An open file of a run: the provider's file plus a read-ahead cache.
final class OpenHandle {
    let file: any OpenFile
    /// The absolute virtual path it was opened with (for reopening after a restore).
    let path: String
    let options: OpenOptions
    private var cacheOffset = 0
    private var cache: [UInt8] = []
    static let chunk = 64 * 1024

    init(file: any OpenFile, path: String, options: OpenOptions) {
        self.file = file
        self.path = path
        self.options = options
    }

    /// Up to `count` bytes at `offset` (count < 0: to the end of the file).
    func read(at offset: Int, count: Int) throws(OSAccessError) -> [UInt8] {
        if count < 0 {
            let size = try file.size()
            guard size > offset else { return [] }
            return try fetch(offset, size - offset)
        }
        return try fetch(offset, count)
    }

    private func fetch(_ offset: Int, _ count: Int) throws(OSAccessError) -> [UInt8] {
        guard count > 0, offset >= 0 else { return [] }
        var out: [UInt8] = []
        var pos = offset
        var left = count
        while left > 0 {
            if pos >= cacheOffset && pos < cacheOffset + cache.count {
                let start = pos - cacheOffset
                let n = min(left, cache.count - start)
                out.append(contentsOf: cache[start..<(start + n)])
                pos += n
                left -= n
                continue
            }
            if left >= Self.chunk {
                // Large reads go straight to the file, as many times as it takes.
                let data = try file.read(at: pos, count: left)
                if data.isEmpty { break }
                out.append(contentsOf: data.prefix(left))
                pos += min(data.count, left)
                left -= min(data.count, left)
                continue
            }
            cache = try file.read(at: pos, count: Self.chunk)
            cacheOffset = pos
            if cache.isEmpty { break }
        }
        return out
    }

    /// One byte at `offset`, or nil at the end of the file.
    func byte(at offset: Int) throws(OSAccessError) -> UInt8? {
        if offset >= cacheOffset && offset < cacheOffset + cache.count { return cache[offset - cacheOffset] }
        guard offset >= 0 else { return nil }
        cache = try file.read(at: offset, count: Self.chunk)
        cacheOffset = offset
        return cache.first
    }

    /// Bytes from `offset` up to and including the first `terminator` (or `limit` bytes, or
    /// the end of the file).
    func readLine(at offset: Int, limit: Int, terminator: UInt8 = 0x0A, stopAtCR: Bool = false) throws(OSAccessError) -> [UInt8] {
        var out: [UInt8] = []
        var pos = offset
        while limit < 0 || out.count < limit {
            if !(pos >= cacheOffset && pos < cacheOffset + cache.count) {
                guard try byte(at: pos) != nil else { break }
            }
            let start = pos - cacheOffset
            var end = cache.count
            if limit >= 0 { end = min(end, start + (limit - out.count)) }
            let found = stopAtCR ? cache[start..<end].firstIndex { $0 == 0x0A || $0 == 0x0D } : cache[start..<end].firstIndex(of: terminator)
            if let i = found {
                out.append(contentsOf: cache[start...i])
                return out
            }
            out.append(contentsOf: cache[start..<end])
            pos += end - start
        }
        return out
    }

    func write(_ bytes: [UInt8], at offset: Int) throws(OSAccessError) {
        guard options.contains(.write) || options.contains(.append) else { throw OSAccessError(.badFileDescriptor) }
        cache = []
        try file.write(bytes, at: offset)
    }

    func truncate(to size: Int) throws(OSAccessError) {
        guard options.contains(.write) || options.contains(.append) else { throw OSAccessError(.badFileDescriptor) }
        cache = []
        try file.truncate(to: size)
    }

    func size() throws(OSAccessError) -> Int { try file.size() }
}
