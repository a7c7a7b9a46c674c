import Foundation

/// A compiled Python program: parsed and compiled once, immutable, reusable and shareable
/// between threads.
///
/// ```swift
/// let program = try Program(source: "total = sum(prices)\ntotal * 2", filename: "agent.py")
/// let result = try program.run(inputs: ["prices": [1, 2, 3]])
/// print(result.value)   // 12
/// ```
public struct Program: Sendable {
    let code: CodeObject
    let mode: Compiler.Mode
    /// The file name used in tracebacks.
    public let filename: String
    /// The source text.
    public let source: String

    /// Compiles `source`. Throws ``CompileError`` (a Python `SyntaxError`, or
    /// `NotImplementedError` for valid Python that Garter does not support).
    public init(source: String, filename: String = "<string>") throws(CompileError) {
        try self.init(source: source, filename: filename, mode: .lastExpression)
    }

    init(source: String, filename: String, mode: Compiler.Mode) throws(CompileError) {
        self.source = source
        self.filename = filename
        self.mode = mode
        self.code = try Compiler.compile(source: source, filename: filename, mode: mode)
    }

    /// Compiles a script whose top level returns None (what `garter run` executes).
    public static func script(source: String, filename: String) throws(CompileError) -> Program {
        try Program(source: source, filename: filename, mode: .module)
    }

    /// Runs the program to completion.
    ///
    /// - Parameters:
    ///   - inputs: values bound as global variables before the run.
    ///   - output: where `print` writes; by default output is collected into the result.
    ///   - recursionLimit: maximum Python call depth (`RecursionError` beyond it).
    ///   - timeLimit: seconds of execution after which the run stops with `TimeoutError`.
    ///   - os: files, environment, clock, randomness and sleep policies (default: none of
    ///     them granted beyond the system clock, entropy and capped real sleeps).
    /// - Returns: the value of the last expression statement (None otherwise) and the output.
    /// - Throws: ``PythonException`` when the program raises an uncaught exception.
    public func run(inputs: [String: PythonValue] = [:], output: OutputSink? = nil, recursionLimit: Int = 1000, timeLimit: Double? = nil, os: OSConfiguration = OSConfiguration()) throws(PythonException) -> RunResult {
        let limits = ResourceLimits(maxDuration: timeLimit, maxRecursionDepth: recursionLimit)
        let state = makeState(inputs: inputs, externals: [], limits: limits, output: output, os: os)
        let vm = state.vm
        let code = self.code
        var progress = try state.step { () throws(PythonError) -> Value in try vm.runModule(code) }
        while true {
            switch progress {
            case .complete(let result):
                return result
            case .waiting(_, let paused):
                // Without host functions only timers (asyncio.sleep) can be pending.
                state.sleepForTimer(paused.waitTimeout ?? 0)
                progress = try paused.resumeTimer()
            case .call(_, let paused):
                progress = try paused.resumeTimer()
            }
        }
    }
}

/// The result of a completed run.
public struct RunResult: Sendable {
    /// The value of the last expression statement, or None.
    public let value: PythonValue
    /// Everything printed (empty when a custom output sink was used).
    public let stdout: String
}

/// An uncaught Python exception, with CPython's rendering.
public struct PythonException: Error, Sendable, CustomStringConvertible {
    /// The exception class name (`ValueError`).
    public let typeName: String
    /// `str(exception)`.
    public let message: String
    /// The full traceback text CPython would print to stderr.
    public let traceback: String
    /// The last line of the traceback: `Type: message`.
    public let summary: String
    /// Output printed before the exception.
    public let stdout: String
    /// Line number of the innermost frame, when known.
    public let line: Int?
    /// The process exit status CPython would use (`SystemExit` carries its own).
    public let exitStatus: Int32
    /// For `SystemExit` with a non-integer argument (`sys.exit("bad input")`): the text CPython
    /// prints to stderr before exiting with status 1.
    public let exitMessage: String?

    init(_ exc: PyInstance, vm: VM, sources: [String: String], stdout: String) {
        typeName = exc.cls.name
        message = (try? vm.exceptionString(exc)) ?? ""
        var lines: [String: [Substring]] = [:]
        for (k, v) in sources { lines[k] = v.split(separator: "\n", omittingEmptySubsequences: false) }
        traceback = vm.formatTraceback(exc, sourceLines: lines)
        summary = vm.exceptionSummary(exc)
        self.stdout = stdout
        line = exc.exception?.traceback.first?.line
        var exitMessage: String? = nil
        if exc.cls.isSubtype(of: Builtins.shared.systemExit) {
            let args = exc.exception?.args ?? []
            if args.isEmpty || args[0].isNone { exitStatus = 0 }
            else if case .int(let code) = args[0] { exitStatus = Int32(truncatingIfNeeded: code) }
            else if case .bool(let b) = args[0] { exitStatus = b ? 1 : 0 }
            else {
                exitStatus = 1
                exitMessage = args.count == 1 ? ((try? vm.str(args[0])) ?? "") : ((try? vm.repr(.object(PyTuple(args)))) ?? "")
            }
        } else {
            exitStatus = 1
        }
        self.exitMessage = exitMessage
    }

    public var description: String { summary }
}

extension VM {
    /// Runs module-level code in the main globals.
    func runModule(_ code: CodeObject) throws(PythonError) -> Value {
        let (start, chunkEnd) = freeStackStart
        let f = try pushFrame(code: code, function: nil, globals: mainGlobals, start: start, initialized: 0, chunkEnd: chunkEnd)
        f.pointee.isEntry = true
        return try execute(f)
    }
}
