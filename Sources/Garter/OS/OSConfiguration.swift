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
    /// field (the clock's closure payload through generic value witnesses: about 1 500
    /// instructions per run, more than the rest of starting a run). A copy now retains the box;
    /// a setter copies it first when it is shared.
    private var storage: Storage

    /// The file system; nil refuses every file operation with `PermissionError`.
    public var files: (any OSAccess)? {
        get { storage.files }
        set { uniqueStorage().files = newValue }
    }
    /// `os.environ` / `os.getenv`. Changes the program makes stay inside the run.
    public var environment: [String: String] {
        get { storage.environment }
        set { uniqueStorage().environment = newValue }
    }
    /// The virtual working directory the run starts in (an absolute path).
    public var workingDirectory: String {
        get { storage.workingDirectory }
        set { uniqueStorage().workingDirectory = newValue }
    }
    /// `time.time()`, `datetime.now()`, `date.today()` and friends.
    public var clock: ClockPolicy {
        get { storage.clock }
        set { uniqueStorage().clock = newValue }
    }
    /// Where unseeded `random`, `uuid.uuid4()`, `secrets` and `os.urandom` get entropy.
    public var random: RandomPolicy {
        get { storage.random }
        set { uniqueStorage().random = newValue }
    }
    /// What `time.sleep` and `asyncio.sleep` do.
    public var sleep: SleepPolicy {
        get { storage.sleep }
        set { uniqueStorage().sleep = newValue }
    }
    /// `sys.argv` (`['']` when empty, as for `python3 -c`).
    public var arguments: [String] {
        get { storage.arguments }
        set { uniqueStorage().arguments = newValue }
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
        get { storage.filesAnsweredByHost }
        set { uniqueStorage().filesAnsweredByHost = newValue }
    }

    /// Creates a configuration; every parameter defaults to today's behaviour.
    public init(files: (any OSAccess)? = nil, environment: [String: String] = [:], workingDirectory: String = "/",
                clock: ClockPolicy = .system, random: RandomPolicy = .system, sleep: SleepPolicy = .real(),
                filesAnsweredByHost: Bool = false) {
        storage = Storage(files: files, environment: environment, workingDirectory: workingDirectory,
                          clock: clock, random: random, sleep: sleep, filesAnsweredByHost: filesAnsweredByHost)
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
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// The fields of an ``OSConfiguration``. Only changed through ``uniqueStorage()``, so a
    /// box shared by several configurations (or runs, on several threads) is never written.
    private final class Storage: @unchecked Sendable {
        static let standard = Storage(files: nil, environment: [:], workingDirectory: "/", clock: .system,
                                      random: .system, sleep: .real(), filesAnsweredByHost: false)

        var files: (any OSAccess)?
        var environment: [String: String]
        var workingDirectory: String
        var clock: ClockPolicy
        var random: RandomPolicy
        var sleep: SleepPolicy
        var arguments: [String] = []
        var filesAnsweredByHost: Bool

        init(files: (any OSAccess)?, environment: [String: String], workingDirectory: String, clock: ClockPolicy,
             random: RandomPolicy, sleep: SleepPolicy, filesAnsweredByHost: Bool) {
            self.files = files
            self.environment = environment
            self.workingDirectory = workingDirectory
            self.clock = clock
            self.random = random
            self.sleep = sleep
            self.filesAnsweredByHost = filesAnsweredByHost
        }

        func copy() -> Storage {
            let c = Storage(files: files, environment: environment, workingDirectory: workingDirectory, clock: clock,
                            random: random, sleep: sleep, filesAnsweredByHost: filesAnsweredByHost)
            c.arguments = arguments
            return c
        }
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
