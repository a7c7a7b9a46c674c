/// The file system a sandboxed program sees, provided by the host.
///
/// Garter gives a program no file access of its own: `open()`, `pathlib` I/O, `os.listdir`
/// and the other file functions call the provider in ``OSConfiguration/files``, and without
/// one they raise `PermissionError`. Implement this protocol to serve files from anywhere, or
/// use the built-in ``VirtualFileSystem`` (an in-memory tree plus host directory mounts).
///
/// Every path a provider receives is absolute and `/`-separated, with no empty or `.`
/// components, no NUL byte, and valid UTF-8; it may contain `..` components, which the
/// provider resolves after its own symbolic links (so `link/..` means what POSIX says). The
/// interpreter resolves relative paths against the program's virtual working directory
/// first. Errors are reported as ``OSAccessError`` and become the matching Python exception
/// (`FileNotFoundError`, `PermissionError`, ...) with the path the program used.
///
/// Calls happen synchronously on the thread running the program; a provider shared by
/// concurrent runs must be thread-safe (hence `Sendable`).
public protocol OSAccess: Sendable {
    /// Metadata of the file or directory at `path`; with `followSymlinks` false, a symbolic
    /// link itself (`os.lstat`).
    func status(_ path: String, followSymlinks: Bool) throws(OSAccessError) -> FileStatus
    /// The names in the directory at `path` (without `.` and `..`), in a stable order.
    func listDirectory(_ path: String) throws(OSAccessError) -> [String]
    /// Creates the directory `path`; its parent must exist.
    func createDirectory(_ path: String) throws(OSAccessError)
    /// Removes the file (or symbolic link) at `path`.
    func removeFile(_ path: String) throws(OSAccessError)
    /// Removes the empty directory at `path`.
    func removeDirectory(_ path: String) throws(OSAccessError)
    /// Renames `source` to `destination`, replacing a file or an empty directory there
    /// (POSIX `rename`).
    func rename(_ source: String, to destination: String) throws(OSAccessError)
    /// Opens the file at `path` for reading and/or writing as `options` say.
    func open(_ path: String, options: OpenOptions) throws(OSAccessError) -> any OpenFile
    /// The canonical absolute form of `path` with every symbolic link resolved
    /// (`os.path.realpath`, `Path.resolve()`); a missing tail is kept as written.
    func realPath(_ path: String) throws(OSAccessError) -> String
}

extension OSAccess {
    /// Default: no symbolic links, so the lexically normalized path.
    public func realPath(_ path: String) throws(OSAccessError) -> String {
        VirtualPath.normalize(path)
    }
}

/// A file opened through an ``OSAccess`` provider. Reads and writes are positional (the
/// interpreter keeps each Python file object's position), like `pread`/`pwrite`.
///
/// An open file is used only by the run that opened it, on one thread at a time.
public protocol OpenFile: AnyObject {
    /// Up to `count` bytes starting at `offset` (fewer at the end of the file).
    func read(at offset: Int, count: Int) throws(OSAccessError) -> [UInt8]
    /// Writes `bytes` at `offset`, extending the file (with zero bytes if `offset` is past
    /// the end) as needed.
    func write(_ bytes: [UInt8], at offset: Int) throws(OSAccessError)
    /// The current size of the file in bytes.
    func size() throws(OSAccessError) -> Int
    /// Cuts or extends (with zero bytes) the file to `size` bytes.
    func truncate(to size: Int) throws(OSAccessError)
    /// Releases the file; no other call follows.
    func close()
}

/// How a file is opened (the flags of POSIX `open`).
public struct OpenOptions: OptionSet, Sendable, Hashable {
    /// The option bits.
    public let rawValue: Int
    /// Options from their bits.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Open for reading.
    public static let read = OpenOptions(rawValue: 1)
    /// Open for writing.
    public static let write = OpenOptions(rawValue: 2)
    /// Create the file when it does not exist.
    public static let create = OpenOptions(rawValue: 4)
    /// Cut the file to zero bytes.
    public static let truncate = OpenOptions(rawValue: 8)
    /// With `create`: fail with `fileExists` when the file exists (mode `'x'`).
    public static let exclusive = OpenOptions(rawValue: 16)
    /// Every write goes to the end of the file (mode `'a'`).
    public static let append = OpenOptions(rawValue: 32)
}

/// Metadata of a file, directory or symbolic link.
public struct FileStatus: Sendable, Hashable {
    /// What the path names.
    public enum Kind: Sendable, Hashable {
        /// A regular file (or a special file that cannot be opened).
        case file
        /// A directory.
        case directory
        /// A symbolic link (only from `status(_:followSymlinks: false)`).
        case symbolicLink
    }

    /// What the path names.
    public var kind: Kind
    /// Size in bytes (0 for directories in the in-memory file system).
    public var size: Int
    /// Last modification, in seconds since the Unix epoch.
    public var modificationTime: Double
    /// POSIX permission bits (`0o644`, `0o755`, ...).
    public var permissions: Int

    /// Creates a status; permissions default to `0o644` for files and `0o755` otherwise.
    public init(kind: Kind, size: Int = 0, modificationTime: Double = 0, permissions: Int? = nil) {
        self.kind = kind
        self.size = size
        self.modificationTime = modificationTime
        self.permissions = permissions ?? (kind == .file ? 0o644 : 0o755)
    }
}

/// A POSIX error number, always with its Linux value (what `errno` shows in Python,
/// whatever the host platform) and CPython's message for it.
public enum OSErrorCode: Int, Sendable, Hashable, CaseIterable {
    /// `EPERM` (1): refused by policy (for example, no file system was given).
    case operationNotPermitted = 1
    /// `ENOENT` (2): `FileNotFoundError`.
    case noSuchFileOrDirectory = 2
    /// `EIO` (5): a host error with no better code.
    case inputOutputError = 5
    /// `EBADF` (9): writing a file opened for reading, or a file descriptor number.
    case badFileDescriptor = 9
    /// `EACCES` (13): `PermissionError` (read-only mounts, refused links).
    case permissionDenied = 13
    /// `EBUSY` (16): removing or renaming a mount point.
    case deviceOrResourceBusy = 16
    /// `EEXIST` (17): `FileExistsError`.
    case fileExists = 17
    /// `EXDEV` (18): renaming between mounts.
    case crossDeviceLink = 18
    /// `ENOTDIR` (20): `NotADirectoryError`.
    case notADirectory = 20
    /// `EISDIR` (21): `IsADirectoryError`.
    case isADirectory = 21
    /// `EINVAL` (22).
    case invalidArgument = 22
    /// `EMFILE` (24): the run has too many files open.
    case tooManyOpenFiles = 24
    /// `EFBIG` (27): beyond the largest file the file system keeps.
    case fileTooLarge = 27
    /// `ENOSPC` (28).
    case noSpaceLeftOnDevice = 28
    /// `EROFS` (30).
    case readOnlyFileSystem = 30
    /// `ENAMETOOLONG` (36).
    case fileNameTooLong = 36
    /// `ENOTEMPTY` (39).
    case directoryNotEmpty = 39
    /// `ELOOP` (40): a symbolic link loop.
    case tooManySymbolicLinks = 40
    /// `EDQUOT` (122): a write limit was reached.
    case diskQuotaExceeded = 122

    /// CPython's `os.strerror` text for the code (glibc wording).
    public var message: String {
        switch self {
        case .operationNotPermitted: return "Operation not permitted"
        case .noSuchFileOrDirectory: return "No such file or directory"
        case .inputOutputError: return "Input/output error"
        case .badFileDescriptor: return "Bad file descriptor"
        case .permissionDenied: return "Permission denied"
        case .deviceOrResourceBusy: return "Device or resource busy"
        case .fileExists: return "File exists"
        case .crossDeviceLink: return "Invalid cross-device link"
        case .notADirectory: return "Not a directory"
        case .isADirectory: return "Is a directory"
        case .invalidArgument: return "Invalid argument"
        case .tooManyOpenFiles: return "Too many open files"
        case .fileTooLarge: return "File too large"
        case .noSpaceLeftOnDevice: return "No space left on device"
        case .readOnlyFileSystem: return "Read-only file system"
        case .fileNameTooLong: return "File name too long"
        case .directoryNotEmpty: return "Directory not empty"
        case .tooManySymbolicLinks: return "Too many levels of symbolic links"
        case .diskQuotaExceeded: return "Disk quota exceeded"
        }
    }
}

/// A failed file-system operation: a POSIX error code and, optionally, a more specific
/// message that replaces the standard text (Python's `strerror`).
public struct OSAccessError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The error number.
    public var code: OSErrorCode
    /// The text Python shows as `strerror`; nil for the standard text of `code`.
    public var detail: String?

    /// An error with the standard message of `code`, or `detail` instead.
    public init(_ code: OSErrorCode, _ detail: String? = nil) {
        self.code = code
        self.detail = detail
    }

    /// The `strerror` text.
    public var message: String { detail ?? code.message }

    /// `[Errno N] message`, as Python prints it.
    public var description: String { "[Errno \(code.rawValue)] \(message)" }

    /// The error every file operation raises when the host gave the sandbox no file system.
    public static let noFileSystem = OSAccessError(.operationNotPermitted, "Operation not permitted (no file system was given to the sandbox)")
}

/// Lexical helpers for the absolute `/`-separated paths providers receive.
public enum VirtualPath {
    /// The components of `path` without empty and `.` components (`..` kept).
    public static func components(_ path: String) -> [String] {
        path.split(separator: "/", omittingEmptySubsequences: true).compactMap { c in
            c == "." ? nil : String(c)
        }
    }

    /// `path` with `.`/`..`/duplicate slashes removed (`..` at the root stays at the root).
    public static func normalize(_ path: String) -> String {
        if path == "/" { return path }
        var out: [String] = []
        for c in components(path) {
            if c == ".." { if !out.isEmpty { out.removeLast() } } else { out.append(c) }
        }
        return "/" + out.joined(separator: "/")
    }
}
