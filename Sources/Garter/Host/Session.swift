/// An interactive session: globals, functions and classes persist across ``feed(_:)`` calls,
/// like a Python REPL. Each feed returns the value of its last expression statement.
///
/// ```swift
/// let session = Session()
/// _ = try session.feed("def double(x):\n    return 2 * x\n")
/// let r = try session.feed("double(21)")
/// print(r.value)   // 42
/// ```
/// A session is not thread-safe: feed it from one thread (or actor) at a time.
public final class Session {
    let vm: VM
    private let buffer = BufferedOutput()
    private var feedCount = 0
    private var sources: [String: String] = [:]

    /// Creates a session whose `print` output goes to `output` (collected per feed by default).
    /// - Parameter os: files, environment, clock, randomness and sleep policies for every feed
    ///   (default: no files, empty environment, system clock and entropy, capped real sleeps).
    public init(output: OutputSink? = nil, recursionLimit: Int = 1000, os: OSConfiguration = OSConfiguration()) {
        vm = VM(output: output ?? buffer, recursionLimit: recursionLimit)
        vm.osState = OSRunState(config: os)
        vm.pausingEnabled = false
        vm.mainGlobals.setString("__name__", .str(PyStr("__main__")))
    }

    /// Binds a global variable.
    public func set(_ name: String, _ value: PythonValue) {
        vm.mainGlobals.setString(name, value.toValue())
    }

    /// Reads a global variable, if defined.
    public func get(_ name: String) -> PythonValue? {
        vm.mainGlobals.getString(name).map { PythonValue($0, vm: vm) }
    }

    /// Compiles and runs `code` in the session's globals.
    /// - Parameters:
    ///   - echo: print the repr of expression statements like the interactive interpreter does.
    ///   - timeLimit: seconds after which the feed stops with `TimeoutError`.
    /// - Returns: the value of the last expression statement (None otherwise) and the output.
    public func feed(_ code: String, echo: Bool = false, timeLimit: Double? = nil) throws -> RunResult {
        feedCount += 1
        return try feed(code, filename: "<input-\(feedCount)>", echo: echo, timeLimit: timeLimit)
    }

    func feed(_ code: String, filename: String, echo: Bool = false, timeLimit: Double? = nil) throws -> RunResult {
        sources[filename] = code
        let program = try Program(source: code, filename: filename, mode: echo ? .interactive : .lastExpression)
        buffer.stdout = ""
        vm.deadline = 0
        if let t = timeLimit, t > 0, t < 1e9 {
            vm.deadline = VM.monotonicNanoseconds() &+ UInt64(t * 1e9)
        }
        do {
            let value = try vm.runModule(program.code)
            return RunResult(value: PythonValue(value, vm: vm), stdout: buffer.stdout)
        } catch {
            throw PythonException(error.exception, vm: vm, sources: sources, stdout: buffer.stdout)
        }
    }
}
