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
    /// Where the offending text ends: 1-based line and exclusive column (UTF-8 bytes, like
    /// ``column``), or 0 when only the start is known (one caret is drawn).
    public var endLine: Int = 0
    public var endColumn: Int = 0

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

    /// The error as CPython prints an uncaught SyntaxError on stderr: the file and line,
    /// the source line, carets under the offending text, and `Type: message`
    /// (pythonrun.c `print_exception_file_and_line` and `print_error_text`).
    public var report: String {
        var out = "  File \"\(filename)\", line \(line)\n"
        if let text = sourceLine {
            // pythonrun.c works on the UTF-8 text: offsets, stripping and clipping in bytes.
            let bytes = Array(text.utf8)
            var offset = column
            var endOffset = endColumn
            if endLine > line { endOffset = bytes.count + 1 }
            if endOffset > bytes.count + 1 { endOffset = bytes.count + 1 }
            let carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1
            var start = 0
            offset -= 1
            while start < bytes.count && (bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0x0C) {
                start += 1
                offset -= 1
            }
            let shownLength = bytes.count - start
            if offset > shownLength { offset = shownLength }
            out += "    " + String(decoding: bytes[start...], as: UTF8.self) + "\n"
            if column > 0 && offset >= 0 {
                out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
            }
        }
        return out + "\(typeName): \(message)\n"
    }

    /// The error with its end at the end of `token`.
    func ending(at token: Token) -> CompileError {
        var e = self
        e.endLine = token.endLine
        e.endColumn = token.endColumn + 1
        return e
    }

    /// The error covering the source range of a node.
    func spanning(_ node: Expr) -> CompileError { ending(line: node.endLine, column: node.endColumn) }

    /// The error covering the source range of a statement.
    func spanning(_ node: Stmt) -> CompileError { ending(line: node.endLine, column: node.endColumn) }

    /// The error ending at a node's 0-based end column (unchanged when the node has none).
    private func ending(line: Int, column: Int) -> CompileError {
        guard column >= 0 else { return self }
        var e = self
        e.endLine = line
        e.endColumn = column + 1
        return e
    }

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
