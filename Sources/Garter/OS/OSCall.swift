/// A file-system operation the program made, surfaced by the step API as
/// ``Progress/os(_:_:)`` when ``OSConfiguration/filesAnsweredByHost`` is set. The host
/// answers it with ``PausedExecution/resume(os:)``.
///
/// The operations mirror ``OSAccess`` and ``OpenFile``, with file contents addressed by path
/// instead of an open handle, so a paused run holds no host resource and its snapshot resumes
/// anywhere: `open` checks, creates or truncates the file once, then each read or write names
/// the path and a byte offset. Paths are absolute, normalized as ``OSAccess`` describes.
public enum OSOperation: Sendable, Hashable {
    /// `os.stat` / `os.lstat` / `Path.exists()`...: answer ``OSAnswer/status(_:)``.
    case status(path: String, followSymlinks: Bool)
    /// `os.listdir` / `Path.iterdir()`: answer ``OSAnswer/names(_:)``.
    case listDirectory(path: String)
    /// `os.mkdir`: answer ``OSAnswer/done``.
    case createDirectory(path: String)
    /// `os.remove` / `Path.unlink()`: answer ``OSAnswer/done``.
    case removeFile(path: String)
    /// `os.rmdir`: answer ``OSAnswer/done``.
    case removeDirectory(path: String)
    /// `os.rename` / `os.replace`: answer ``OSAnswer/done``.
    case rename(source: String, destination: String)
    /// `os.path.realpath` / `Path.resolve()` / `os.chdir`: answer ``OSAnswer/path(_:)``.
    case realPath(path: String)
    /// `open()`: create, truncate or check the file as `options` say; answer ``OSAnswer/done``.
    case open(path: String, options: OpenOptions)
    /// Up to `count` bytes of the file from `offset`: answer ``OSAnswer/bytes(_:)`` (fewer
    /// bytes at the end of the file, none past it).
    case read(path: String, offset: Int, count: Int)
    /// Writes `bytes` at `offset`, extending the file with zero bytes as needed: answer
    /// ``OSAnswer/done``.
    case write(path: String, offset: Int, bytes: [UInt8])
    /// The size of the file in bytes: answer ``OSAnswer/size(_:)``.
    case size(path: String)
    /// Cuts or extends the file to `size` bytes: answer ``OSAnswer/done``.
    case truncate(path: String, size: Int)

    /// Performs the operation on `files`, for hosts that inspect or approve each call and
    /// then delegate it (to a ``VirtualFileSystem``, say).
    public func perform(using files: any OSAccess) -> OSAnswer {
        do throws(OSAccessError) {
            switch self {
            case .status(let path, let follow): return .status(try files.status(path, followSymlinks: follow))
            case .listDirectory(let path): return .names(try files.listDirectory(path))
            case .createDirectory(let path): try files.createDirectory(path)
            case .removeFile(let path): try files.removeFile(path)
            case .removeDirectory(let path): try files.removeDirectory(path)
            case .rename(let source, let destination): try files.rename(source, to: destination)
            case .realPath(let path): return .path(try files.realPath(path))
            case .open(let path, let options): try files.open(path, options: options).close()
            case .read(let path, let offset, let count):
                let file = try files.open(path, options: .read)
                defer { file.close() }
                return .bytes(try file.read(at: offset, count: count))
            case .write(let path, let offset, let bytes):
                let file = try files.open(path, options: .write)
                defer { file.close() }
                try file.write(bytes, at: offset)
            case .size(let path):
                let file = try files.open(path, options: .read)
                defer { file.close() }
                return .size(try file.size())
            case .truncate(let path, let size):
                let file = try files.open(path, options: .write)
                defer { file.close() }
                try file.truncate(to: size)
            }
            return .done
        } catch {
            return .error(error)
        }
    }

    /// The name of the operation's ``OSAnswer`` case for a successful answer.
    var expectedAnswer: String {
        switch self {
        case .status: return "status"
        case .listDirectory: return "names"
        case .realPath: return "path"
        case .read: return "bytes"
        case .size: return "size"
        default: return "done"
        }
    }
}

/// The host's answer to an ``OSOperation``: the result its case asks for, or an error
/// (which Python sees as the matching `OSError` subclass naming the program's path).
public enum OSAnswer: Sendable, Hashable {
    /// The operation succeeded and returns nothing.
    case done
    /// Metadata, for ``OSOperation/status(path:followSymlinks:)``.
    case status(FileStatus)
    /// Directory entries, for ``OSOperation/listDirectory(path:)``.
    case names([String])
    /// A canonical path, for ``OSOperation/realPath(path:)``.
    case path(String)
    /// File contents, for ``OSOperation/read(path:offset:count:)``.
    case bytes([UInt8])
    /// A size in bytes, for ``OSOperation/size(path:)``.
    case size(Int)
    /// The operation failed.
    case error(OSAccessError)

    /// The case name, matched against ``OSOperation``'s expected answer.
    var caseName: String {
        switch self {
        case .done: return "done"
        case .status: return "status"
        case .names: return "names"
        case .path: return "path"
        case .bytes: return "bytes"
        case .size: return "size"
        case .error: return "error"
        }
    }
}

/// A file-system call paused for the host (see ``OSOperation``).
public struct OSCall: Sendable, Hashable, CustomStringConvertible {
    /// What the program asks for.
    public let operation: OSOperation

    /// Creates a call (for hosts' tests; runs create their own).
    public init(operation: OSOperation) {
        self.operation = operation
    }

    /// The operation, for logs: `read('/data/a.txt', offset: 0, count: 65536)`.
    public var description: String {
        switch operation {
        case .status(let p, let f): return "status(\(Self.quote(p)), followSymlinks: \(f))"
        case .listDirectory(let p): return "listDirectory(\(Self.quote(p)))"
        case .createDirectory(let p): return "createDirectory(\(Self.quote(p)))"
        case .removeFile(let p): return "removeFile(\(Self.quote(p)))"
        case .removeDirectory(let p): return "removeDirectory(\(Self.quote(p)))"
        case .rename(let s, let d): return "rename(\(Self.quote(s)), \(Self.quote(d)))"
        case .realPath(let p): return "realPath(\(Self.quote(p)))"
        case .open(let p, let o): return "open(\(Self.quote(p)), options: \(o.rawValue))"
        case .read(let p, let o, let c): return "read(\(Self.quote(p)), offset: \(o), count: \(c))"
        case .write(let p, let o, let b): return "write(\(Self.quote(p)), offset: \(o), \(b.count) bytes)"
        case .size(let p): return "size(\(Self.quote(p)))"
        case .truncate(let p, let s): return "truncate(\(Self.quote(p)), size: \(s))"
        }
    }

    private static func quote(_ s: String) -> String { "'" + s + "'" }
}
