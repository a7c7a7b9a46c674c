import Garter

/// What `garter run` needs to run a script, however the command line was parsed.
struct RunSettings {
    /// The defaults of `garter run`'s limit options (the parsed command declares them with these).
    static let defaultRecursion = 1000
    static let defaultDuration: Double = 30
    static let defaultMemory = MemorySize(bytes: 1 << 30)

    var file: String
    var inputs: [String] = []
    var maxRecursion = RunSettings.defaultRecursion
    var maxDuration = RunSettings.defaultDuration
    var maxOutput: Int?
    var maxMemory = RunSettings.defaultMemory
    var maxAllocations: Int?
    var hostFunctions: String?
    /// Builds the OS configuration; called after the script has compiled, so that a missing
    /// file or a syntax error is reported before a bad `--mount`, as the parsed path does.
    var osConfiguration: () throws -> OSConfiguration = { OSConfiguration(workingDirectory: "/") }
}

/// A direct reading of the common command lines `garter [run] FILE` with `--max-*` limits.
///
/// swift-argument-parser builds its model of the commands by reflection (`Mirror` walks and
/// protocol-conformance scans over the whole binary): about 28 million instructions, most of a
/// short script's start-up, and pages of metadata made resident. This reader accepts only
/// command lines whose meaning is unambiguous: the `run` subcommand (or a bare file, which
/// `run` is the default for), one file argument not starting with `-`, and each `--max-*`
/// option at most once with a value its type accepts. It returns `nil` for everything else
/// (help, other subcommands, `--input`, OS options, repeated or malformed options, `--`), and
/// `GarterCommand` then parses and reports exactly as before.
enum QuickRunArguments {
    /// The settings `arguments` (without the program name) describe, or `nil` to use the full parser.
    static func parse(_ arguments: [String]) -> RunSettings? {
        var rest = arguments[...]
        if rest.first == "run" {
            rest = rest.dropFirst()
        } else if let first = rest.first, ["check", "repl", "help"].contains(first) {
            return nil
        }
        var file: String?
        var settings = RunSettings(file: "")
        var seen: Set<String> = []
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                if file != nil { return nil }
                file = argument
                continue
            }
            var name = argument
            var value: String
            if let eq = argument.firstIndex(of: "=") {
                name = String(argument[..<eq])
                value = String(argument[argument.index(after: eq)...])
            } else {
                guard let next = rest.popFirst() else { return nil }
                value = next
            }
            guard !value.hasPrefix("-"), seen.insert(name).inserted else { return nil }
            switch name {
            case "--max-recursion":
                guard let n = Int(value) else { return nil }
                settings.maxRecursion = n
            case "--max-duration":
                guard let seconds = Double(value) else { return nil }
                settings.maxDuration = seconds
            case "--max-output":
                guard let n = Int(value) else { return nil }
                settings.maxOutput = n
            case "--max-memory":
                guard let size = MemorySize(argument: value) else { return nil }
                settings.maxMemory = size
            case "--max-allocations":
                guard let n = Int(value) else { return nil }
                settings.maxAllocations = n
            default:
                return nil
            }
        }
        guard let file, !file.isEmpty else { return nil }
        settings.file = file
        return settings
    }
}
