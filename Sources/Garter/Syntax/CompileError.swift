/// An error found while turning source text into bytecode: a Python `SyntaxError`
/// (or one of its subclasses), or a construct Garter does not support.
public struct CompileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The Python exception class name: `SyntaxError`, `IndentationError`, `TabError`,
    /// or `NotImplementedError` for valid Python that Garter does not support.
    public var typeName: String
    /// CPython's message, e.g. `invalid syntax` or `expected ':'`.
    public var message: String
    /// The file name given to the program.
    public var filename: String
    /// 1-based line of the error.
    public var line: Int
    /// 1-based column (in code points) of the error, or 0 when unknown.
    public var column: Int
    /// The text of the offending line, when known.
    public var sourceLine: String?

    /// Creates an error record.
    public init(typeName: String = "SyntaxError", message: String, filename: String = "<string>", line: Int, column: Int, sourceLine: String? = nil) {
        self.typeName = typeName
        self.message = message
        self.filename = filename
        self.line = line
        self.column = column
        self.sourceLine = sourceLine
    }

    /// `Type: message`, the last line CPython prints.
    public var description: String { "\(typeName): \(message)" }

    static func syntax(_ message: String, line: Int, column: Int) -> CompileError {
        CompileError(message: message, line: line, column: column)
    }

    static func indentation(_ message: String, line: Int, column: Int) -> CompileError {
        CompileError(typeName: "IndentationError", message: message, line: line, column: column)
    }

    static func unsupported(_ feature: String, line: Int, column: Int) -> CompileError {
        CompileError(typeName: "NotImplementedError", message: "\(feature) is not supported", line: line, column: column)
    }
}
