/// What a run may see of the operating system: files, environment variables, the clock,
/// randomness and sleeping. Pass it as `os:` to ``Program/start(inputs:externals:limits:output:cancellation:nestedCallHandler:os:)``,
/// the `run` methods, ``Session/init(functions:limits:output:os:)`` and
/// ``PausedExecution/init(serialized:output:os:)``.
///
/// The default grants nothing beyond today's behaviour: no files (`open()` raises
/// `PermissionError`), an empty environment, the system clock, system randomness and real
/// sleeps of at most 5 seconds each.
///
/// ```swift
/// let files = VirtualFileSystem()
/// try files.mount(host: "/srv/reports", at: "/data", mode: .overlay)
/// let os = OSConfiguration(files: files, environment: ["USER": "agent"], workingDirectory: "/data",
///                          clock: .fixed(1_700_000_000), random: .seeded(42), sleep: .virtual)
/// let result = try program.run(functions: [], os: os)
/// for change in files.changes { print(change.kind, change.path) }
/// ```
public struct OSConfiguration: Sendable {
    /// The settings, in one shared box: a run copies its configuration into its VM and drops
    /// it at the end, and with the fields stored inline each copy and destroy walked every
    /// field (the clock's closure payload through generic value witnesses: about 775
    /// instructions of the 24 000 that `1 + 1` took from source to result). A copy now
    /// retains the box; a setter copies it first when it is shared.
    private var storage: Storage

    /// The file system; nil refuses every file operation with `PermissionError`.
    public var files: (any OSAccess)? {
        get { storage.fields.files }
        set { uniqueStorage().fields.files = newValue }
    }
    /// `os.environ` / `os.getenv`. Changes the program makes stay inside the run.
    public var environment: [String: String] {
        get { storage.fields.environment }
        set { uniqueStorage().fields.environment = newValue }
    }
    /// The virtual working directory the run starts in (an absolute path).
    public var workingDirectory: String {
        get { storage.fields.workingDirectory }
        set { uniqueStorage().fields.workingDirectory = newValue }
    }
    /// `time.time()`, `datetime.now()`, `date.today()` and friends.
    public var clock: ClockPolicy {
        get { storage.fields.clock }
        set { uniqueStorage().fields.clock = newValue }
    }
    /// Where unseeded `random`, `uuid.uuid4()`, `secrets` and `os.urandom` get entropy.
    public var random: RandomPolicy {
        get { storage.fields.random }
        set { uniqueStorage().fields.random = newValue }
    }
    /// What `time.sleep` and `asyncio.sleep` do.
    public var sleep: SleepPolicy {
        get { storage.fields.sleep }
        set { uniqueStorage().fields.sleep = newValue }
    }
    /// `sys.argv` (`['']` when empty, as for `python3 -c`).
    public var arguments: [String] {
        get { storage.fields.arguments }
        set { uniqueStorage().fields.arguments = newValue }
    }
    /// Whether the step API hands file operations to the host: with it set,
    /// ``Program/start(inputs:externals:limits:output:cancellation:nestedCallHandler:os:)``
    /// pauses with ``Progress/os(_:_:)`` at each file operation the program makes (`open`,
    /// reads and writes, `os.listdir`, `Path.stat()`, ...), and the host answers with
    /// ``PausedExecution/resume(os:)`` (see ``OSOperation``).
    ///
    /// Operations made where a run cannot pause (from inside a builtin, such as `json.load(f)`
    /// reading its file or a `sorted` key calling `os.path.getsize`) and every operation of
    /// the `run` methods and sessions go to ``files`` instead (`PermissionError` when nil).
    public var filesAnsweredByHost: Bool {
        get { storage.fields.filesAnsweredByHost }
        set { uniqueStorage().fields.filesAnsweredByHost = newValue }
    }

    /// Creates a configuration; every parameter defaults to today's behaviour.
    public init(files: (any OSAccess)? = nil, environment: [String: String] = [:], workingDirectory: String = "/",
                clock: ClockPolicy = .system, random: RandomPolicy = .system, sleep: SleepPolicy = .real(),
                filesAnsweredByHost: Bool = false) {
        storage = Storage(Fields(files: files, environment: environment, workingDirectory: workingDirectory,
                                 clock: clock, random: random, sleep: sleep, filesAnsweredByHost: filesAnsweredByHost))
    }

    /// The default configuration (see ``standard``), sharing one box: the `os:` parameters
    /// of the run methods default to it, so a run that passes none allocates nothing for it.
    public init() {
        storage = Storage.standard
    }

    /// No files, empty environment, system clock and randomness, real sleeps capped at 5 s.
    public static var standard: OSConfiguration { OSConfiguration() }

    /// The box behind a configuration, made unique before a change.
    private mutating func uniqueStorage() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    /// The fields of an ``OSConfiguration``; `Fields()` is ``standard``'s.
    private struct Fields {
        var files: (any OSAccess)? = nil
        var environment: [String: String] = [:]
        var workingDirectory = "/"
        var clock = ClockPolicy.system
        var random = RandomPolicy.system
        var sleep = SleepPolicy.real()
        var arguments: [String] = []
        var filesAnsweredByHost = false
    }

    /// The box holding the fields. Only changed through ``uniqueStorage()``, so a box shared
    /// by several configurations (or runs, on several threads) is never written.
    private final class Storage: @unchecked Sendable {
        static let standard = Storage(Fields())

        var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }
}

/// The wall clock a run sees.
public enum ClockPolicy: Sendable {
    /// The host's real time.
    case system
    /// Always this many seconds since the Unix epoch (plus virtual sleeps).
    case fixed(Double)
    /// Asks the host each time; returns seconds since the Unix epoch.
    case callback(@Sendable () -> Double)
}

/// The entropy a run gets.
public enum RandomPolicy: Sendable, Hashable {
    /// The system's secure random generator.
    case system
    /// A deterministic stream derived from this seed: unseeded `random.Random()`, the
    /// `random` module's functions, `uuid.uuid4()`, `secrets` and `os.urandom` repeat
    /// exactly from run to run.
    case seeded(UInt64)
}

/// What sleeping does.
public enum SleepPolicy: Sendable, Hashable {
    /// Really sleeps, at most `maxSeconds` per call (and never past the run's time limit).
    case real(maxSeconds: Double = 5)
    /// Returns at once and advances the run's clocks (`time.time`, `datetime.now`, the
    /// asyncio loop) by the time slept. The monotonic clocks (`time.monotonic`,
    /// `time.perf_counter`, asyncio timers) then move only by sleeps, so timed code runs
    /// the same every time.
    case virtual
}
