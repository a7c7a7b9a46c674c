import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Garter
#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The bytes of the file at `path` (any readable file: a pipe such as `/dev/stdin` too), or
/// CPython's "can't open file" message on stderr and exit status 2.
func readScript(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY)
    var bytes: [UInt8] = []
    var failure: Int32 = 0
    if fd < 0 {
        failure = errno
    } else {
        defer { close(fd) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: chunk[..<count])
            } else if count == 0 {
                break
            } else if errno != EINTR {
                failure = errno
                break
            }
        }
    }
    guard failure == 0 else {
        writeAll(2, "garter: can't open file '\(path)': [Errno \(failure)] \(String(cString: strerror(failure)))\n".utf8)
        throw ExitCode(2)
    }
    return bytes
}

/// Writes all of `bytes` to file descriptor `fd` (retrying short writes and interruptions).
func writeAll<Bytes: Collection<UInt8>>(_ fd: Int32, _ bytes: Bytes) {
    var buffer = Array(bytes)[...]
    while !buffer.isEmpty {
        let written = buffer.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if written < 0 {
            if errno == EINTR { continue }
            return
        }
        buffer = buffer.dropFirst(written)
    }
}

/// Writes program output to the process's stdout/stderr through a buffer.
final class StandardOutput: OutputSink {
    private var buffer: [UInt8] = []

    func write(_ text: String, isError: Bool) {
        if isError {
            flush()
            writeAll(2, text.utf8)
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        if buffer.isEmpty { return }
        writeAll(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The process entry point: a plain `garter [run] FILE` with simple limit options skips the
/// reflection-driven argument parser (most of a short run's start-up); anything else goes
/// through `GarterCommand`, which also reports every usage error.
///
/// Everything here is synchronous, the run included (on this thread): an `async` entry point
/// parks the main thread in `dispatch_main`, whose `pthread_exit` unwinds the thread, and in a
/// statically linked executable the first unwind sorts every unwind-table entry of the binary
/// (about 40 ms per run).
@main
enum Entry {
    static func main() {
        guard let settings = QuickRunArguments.parse(Array(CommandLine.arguments.dropFirst())) else {
            GarterCommand.main()
            return
        }
        do {
            try runScript(settings)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            GarterCommand.exit(withError: error)
        }
    }
}

struct GarterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "garter",
        abstract: "A small, fast, sandboxed interpreter for Python code written by AI agents.",
        subcommands: [Run.self, Check.self, Repl.self],
        defaultSubcommand: Run.self
    )
}

/// Formats a compile error like CPython does on stderr.
func report(_ e: CompileError) -> String {
    if e.typeName == "NotImplementedError" || e.typeName == "RecursionError" {
        return "Traceback (most recent call last):\n  File \"\(e.filename)\", line \(e.line), in <module>\n\(e.typeName): \(e.message)\n"
    }
    return e.report
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run a Python file like `python3 FILE` would.")

    @Argument(help: "The Python file to run.")
    var file: String

    @Option(name: .customLong("input"), help: ArgumentHelp("Bind a global variable to a JSON value (repeatable).", valueName: "NAME=JSON"))
    var inputs: [String] = []

    @Option(name: .customLong("max-recursion"), help: "Maximum Python call depth.")
    var maxRecursion: Int = RunSettings.defaultRecursion

    @Option(name: .customLong("max-duration"), help: ArgumentHelp("Stop the program with TimeoutError after this many seconds.", valueName: "SECONDS"))
    var maxDuration: Double = RunSettings.defaultDuration

    @Option(name: .customLong("max-output"), help: ArgumentHelp("Stop the program when it has printed more than this many bytes.", valueName: "BYTES"))
    var maxOutput: Int?

    @Option(name: .customLong("max-memory"), help: ArgumentHelp("Stop the program with MemoryError when it needs more memory than this (suffixes KB, MB, GB = 1024-based; 0 for no limit).", valueName: "BYTES"))
    var maxMemory: MemorySize = RunSettings.defaultMemory

    @Option(name: .customLong("max-allocations"), help: ArgumentHelp("Stop the program with MemoryError when it has created more than this many objects (strings, containers, instances, ...).", valueName: "COUNT"))
    var maxAllocations: Int?

    @Option(name: .customLong("host-functions"), help: ArgumentHelp("Expose the public functions of this Python file to the program as host functions (each runs in its own interpreter; `async def` ones can be gathered).", valueName: "FILE.py"))
    var hostFunctions: String?

    @OptionGroup var osOptions: OSOptions

    func run() throws {
        try runScript(RunSettings(file: file, inputs: inputs, maxRecursion: maxRecursion, maxDuration: maxDuration,
                                        maxOutput: maxOutput, maxMemory: maxMemory, maxAllocations: maxAllocations,
                                        hostFunctions: hostFunctions, osConfiguration: osOptions.configuration))
    }
}


/// Runs a script as `garter run` does.
func runScript(_ settings: RunSettings) throws {
    let file = settings.file
    let source = String(decoding: try readScript(file), as: UTF8.self)
    var bound: [String: PythonValue] = [:]
    for spec in settings.inputs {
        guard let eq = spec.firstIndex(of: "=") else {
            throw ValidationError("--input expects NAME=JSON, got '\(spec)'")
        }
        let name = String(spec[..<eq])
        do {
            bound[name] = try JSONInput.parse(String(spec[spec.index(after: eq)...]))
        } catch {
            throw ValidationError("--input \(name): invalid JSON: \(error)")
        }
    }
    // Like CPython 3.11, the main script's `__file__` and traceback filename are absolute.
    let absolutePath = scriptPath(file)
    if bound["__file__"] == nil { bound["__file__"] = .string(absolutePath) }
    let program: Program
    do {
        program = try Program.script(source: source, filename: absolutePath)
    } catch {
        writeAll(2, report(error).utf8)
        throw ExitCode(1)
    }
    var functions: [HostFunction] = []
    if let path = settings.hostFunctions {
        let data = try readScript(path)
        do {
            functions = try HostFunction.python(source: String(decoding: data, as: UTF8.self), filename: path)
        } catch let e as CompileError {
            writeAll(2, report(e).utf8)
            throw ExitCode(1)
        } catch let e as PythonException {
            writeAll(2, e.traceback.utf8)
            throw ExitCode(1)
        }
    }
    let out = StandardOutput()
    var os = try settings.osConfiguration()
    // `sys.argv[0]` is the script as given on the command line, like CPython's.
    os.arguments = [file]
    let limits = ResourceLimits(maxDuration: settings.maxDuration, maxRecursionDepth: settings.maxRecursion, maxOutputBytes: settings.maxOutput,
                                maxMemory: settings.maxMemory.bytes > 0 ? settings.maxMemory.bytes : nil,
                                maxAllocations: settings.maxAllocations,
                                // One run per process: the resident set is this run's.
                                checksResidentMemory: true)
    do {
        _ = try program.run(inputs: bound, functions: functions, limits: limits, output: out, os: os)
        out.flush()
    } catch let error as PythonException {
        out.flush()
        if error.typeName == "SystemExit" {
            if let message = error.exitMessage {
                writeAll(2, (message + "\n").utf8)
            }
            throw ExitCode(error.exitStatus)
        }
        writeAll(2, error.traceback.utf8)
        throw ExitCode(1)
    }
}


struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Parse and compile a Python file without running it.")

    @Argument(help: "The Python file to check.")
    var file: String

    func run() throws {
        let data = try readScript(file)
        do {
            _ = try Program.script(source: String(decoding: data, as: UTF8.self), filename: file)
            print("ok")
        } catch {
            writeAll(2, report(error).utf8)
            throw ExitCode(1)
        }
    }
}

struct Repl: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start an interactive session (globals persist between inputs).")

    @OptionGroup var osOptions: OSOptions

    func run() throws {
        let out = StandardOutput()
        let session = Session(output: out, os: try osOptions.configuration())
        let interactive = isatty(0) != 0
        if interactive {
            writeAll(1, "Garter (Python 3.11 subset). An empty line ends a block; Ctrl-D exits.\n".utf8)
        }
        var pending: [String] = []
        while true {
            if interactive {
                writeAll(1, (pending.isEmpty ? ">>> " : "... ").utf8)
            }
            guard let line = readLine(strippingNewline: true) else { break }
            pending.append(line)
            let text = pending.joined(separator: "\n")
            // Keep reading while a block is open (until an empty line) or brackets are unclosed.
            if !line.isEmpty && (line.hasSuffix(":") || pending.count > 1 || Repl.needsMore(text)) { continue }
            pending = []
            if text.allSatisfy(\.isWhitespace) { continue }
            do {
                _ = try session.feed(text + "\n", echo: true)
            } catch let e as PythonException {
                out.flush()
                writeAll(2, e.traceback.utf8)
            } catch let e as CompileError {
                out.flush()
                writeAll(2, report(e).utf8)
            }
            out.flush()
        }
        out.flush()
    }

    /// True when the text so far cannot be complete (open brackets or triple quotes).
    static func needsMore(_ text: String) -> Bool {
        do {
            _ = try Program.script(source: text + "\n", filename: "<stdin>")
            return false
        } catch {
            return error.message.contains("was never closed") || error.message.contains("unterminated triple-quoted")
                || error.message.hasPrefix("expected an indented block")
        }
    }
}

/// What the program may see of the host: mounted directories, environment variables, the
/// working directory and a random seed (nothing by default).
struct OSOptions: ParsableArguments {
    @Option(name: .customLong("mount"), help: ArgumentHelp("Mount a host directory at a virtual path: ro (read-only, the default), rw (writes go to the host) or overlay (writes kept in memory). Repeatable.", valueName: "HOST:VIRTUAL[:ro|rw|overlay]"))
    var mounts: [String] = []

    @Option(name: .customLong("env"), help: ArgumentHelp("Set an environment variable for os.environ / os.getenv (repeatable; the environment is empty otherwise).", valueName: "NAME=VALUE"))
    var environment: [String] = []

    @Option(name: .customLong("cwd"), help: ArgumentHelp("The program's virtual working directory.", valueName: "DIR"))
    var workingDirectory: String = "/"

    @Option(name: .customLong("seed"), help: ArgumentHelp("Make unseeded random, uuid4, secrets and os.urandom deterministic.", valueName: "N"))
    var seed: UInt64?

    /// The configuration these options describe.
    func configuration() throws -> OSConfiguration {
        var config = OSConfiguration(workingDirectory: workingDirectory)
        if !mounts.isEmpty {
            // Writes kept in memory (outside mounts, and in overlay mounts) are capped.
            let memoryCap = 256 << 20
            let files = VirtualFileSystem(writeLimit: memoryCap)
            for spec in mounts {
                var parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
                var mode = MountMode.readOnly
                if parts.count >= 3, let m = MountMode(rawValue: parts[parts.count - 1]) {
                    mode = m
                    parts.removeLast()
                }
                guard parts.count >= 2, let virtual = parts.last, virtual.hasPrefix("/"), !parts[0].isEmpty else {
                    throw ValidationError("--mount expects HOST:VIRTUAL[:ro|rw|overlay] with an absolute VIRTUAL path, got '\(spec)'")
                }
                let host = parts.dropLast().joined(separator: ":")
                do {
                    try files.mount(host: host, at: virtual, mode: mode, writeLimit: mode == .overlay ? memoryCap : nil)
                } catch {
                    throw ValidationError("--mount \(spec): \(error)")
                }
            }
            if workingDirectory != "/" { try? files.addDirectory(workingDirectory) }
            config.files = files
        }
        for spec in environment {
            guard let eq = spec.firstIndex(of: "="), eq != spec.startIndex else {
                throw ValidationError("--env expects NAME=VALUE, got '\(spec)'")
            }
            config.environment[String(spec[..<eq])] = String(spec[spec.index(after: eq)...])
        }
        if let seed { config.random = .seeded(seed) }
        guard workingDirectory.hasPrefix("/") else {
            throw ValidationError("--cwd expects an absolute virtual path, got '\(workingDirectory)'")
        }
        return config
    }
}

/// A byte count given on the command line: `1048576`, `512KB`, `256MB`, `2GB` (1024-based).
struct MemorySize: ExpressibleByArgument, CustomStringConvertible {
    let bytes: Int

    /// The size as the help text shows a default (`1GB`, `256MB`, `100`).
    var description: String {
        for (suffix, factor) in [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)] where bytes >= factor && bytes % factor == 0 {
            return "\(bytes / factor)\(suffix)"
        }
        return "\(bytes)"
    }

    var defaultValueDescription: String { description }

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let text = trimmed(argument).uppercased()
        var number = Substring(text)
        var scale = 1
        for (suffix, factor) in [("KIB", 1 << 10), ("MIB", 1 << 20), ("GIB", 1 << 30), ("KB", 1 << 10), ("MB", 1 << 20), ("GB", 1 << 30), ("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30), ("B", 1)] where text.hasSuffix(suffix) {
            number = text.dropLast(suffix.count)
            scale = factor
            break
        }
        guard let n = Int(trimmed(number)), n >= 0 else { return nil }
        let (total, overflow) = n.multipliedReportingOverflow(by: scale)
        guard !overflow else { return nil }
        bytes = total
    }
}

/// `text` without leading and trailing whitespace.
func trimmed<S: StringProtocol>(_ text: S) -> S.SubSequence {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }) else { return text[text.endIndex...] }
    let last = text.lastIndex(where: { !$0.isWhitespace })!
    return text[first...last]
}

/// The file name tracebacks show for a script: like CPython 3.11 (which makes `sys.path[0]`
/// and the main module's file absolute), a relative path is joined to the working directory
/// as given, without normalizing `.` or `..`.
func scriptPath(_ file: String) -> String {
    if file.hasPrefix("/") { return file }
    let cwd = FileManager.default.currentDirectoryPath
    return cwd.hasSuffix("/") ? cwd + file : cwd + "/" + file
}
