#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only code that touches the host file system (for ``VirtualFileSystem`` mounts).
///
/// Callers pass host paths built from a mount's root and components that were each checked
/// with `lstat` to be plain names of existing directories (never symbolic links); the last
/// component is opened with `O_NOFOLLOW`, so a final symbolic link is never followed by the
/// OS either. Files are opened per operation (no host descriptor outlives a call), with
/// `O_NONBLOCK` and a check that the target is a regular file, so FIFOs and devices in a
/// mount cannot block or be read.
enum HostFiles {
    /// Maps the current `errno` to an error.
    static func error(_ e: Int32 = errno) -> OSAccessError {
        switch e {
        case ENOENT: return OSAccessError(.noSuchFileOrDirectory)
        case EACCES, EPERM: return OSAccessError(.permissionDenied)
        case EEXIST: return OSAccessError(.fileExists)
        case ENOTDIR: return OSAccessError(.notADirectory)
        case EISDIR: return OSAccessError(.isADirectory)
        case ENOTEMPTY: return OSAccessError(.directoryNotEmpty)
        case EXDEV: return OSAccessError(.crossDeviceLink)
        case ENOSPC: return OSAccessError(.noSpaceLeftOnDevice)
        case EROFS: return OSAccessError(.readOnlyFileSystem)
        case ENAMETOOLONG: return OSAccessError(.fileNameTooLong)
        case ELOOP: return OSAccessError(.tooManySymbolicLinks, "Too many levels of symbolic links (symbolic links are not followed here)")
        case EBUSY: return OSAccessError(.deviceOrResourceBusy)
        case EINVAL: return OSAccessError(.invalidArgument)
        case EFBIG: return OSAccessError(.fileTooLarge)
        case EMFILE, ENFILE: return OSAccessError(.tooManyOpenFiles)
        case EDQUOT: return OSAccessError(.diskQuotaExceeded)
        default: return OSAccessError(.inputOutputError)
        }
    }

    /// `lstat`: nil when nothing is there. Special files (FIFOs, sockets, devices) are
    /// reported as files that cannot be opened.
    static func lstatus(_ path: String) throws(OSAccessError) -> (FileStatus, regular: Bool)? {
        var st = stat()
        if lstat(path, &st) != 0 {
            let e = errno
            if e == ENOENT || e == ENOTDIR { return nil }
            throw error(e)
        }
        let type = st.st_mode & S_IFMT
        let kind: FileStatus.Kind = type == S_IFDIR ? .directory : type == S_IFLNK ? .symbolicLink : .file
        #if canImport(Darwin)
        let mtime = Double(st.st_mtimespec.tv_sec) + Double(st.st_mtimespec.tv_nsec) / 1e9
        #else
        let mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        #endif
        let status = FileStatus(kind: kind, size: Int(st.st_size), modificationTime: mtime, permissions: Int(st.st_mode & 0o7777))
        return (status, type == S_IFREG || type == S_IFDIR || type == S_IFLNK)
    }

    /// The target of the symbolic link at `path`; targets that are not UTF-8 are refused.
    static func readLink(_ path: String) throws(OSAccessError) -> String {
        var buffer = [CChar](repeating: 0, count: 4097)
        let n = readlink(path, &buffer, 4096)
        if n < 0 { throw error() }
        let bytes = buffer[0..<n].map { UInt8(bitPattern: $0) }
        guard let s = String(validating: bytes, as: UTF8.self), !s.contains("\0") else {
            throw OSAccessError(.permissionDenied, "Permission denied (symbolic link target is not UTF-8)")
        }
        return s
    }

    /// The UTF-8 names in a directory (others are skipped: Python code could not name them).
    static func list(_ path: String) throws(OSAccessError) -> [String] {
        guard let dir = opendir(path) else { throw error() }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name: String? = withUnsafePointer(to: &entry.pointee.d_name) { p in
                p.withMemoryRebound(to: UInt8.self, capacity: 256) { bytes in
                    var n = 0
                    while n < 256 && bytes[n] != 0 { n += 1 }
                    return String(validating: UnsafeBufferPointer(start: bytes, count: n), as: UTF8.self)
                }
            }
            guard let name, name != ".", name != ".." else { continue }
            names.append(name)
            if names.count > 1_000_000 { break }
        }
        return names.sorted()
    }

    /// Opens a regular file (never following a final symbolic link).
    private static func openRegular(_ path: String, _ flags: Int32, mode: mode_t = 0o644) throws(OSAccessError) -> Int32 {
        let fd = open(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, mode)
        if fd < 0 { throw error() }
        var st = stat()
        if fstat(fd, &st) != 0 || (st.st_mode & S_IFMT) != S_IFREG {
            let isDir = (st.st_mode & S_IFMT) == S_IFDIR
            close(fd)
            if isDir { throw OSAccessError(.isADirectory) }
            throw OSAccessError(.permissionDenied, "Permission denied (not a regular file)")
        }
        return fd
    }

    static func create(_ path: String) throws(OSAccessError) {
        let fd = try openRegular(path, O_WRONLY | O_CREAT | O_EXCL)
        close(fd)
    }

    static func read(_ path: String, at offset: Int, count: Int) throws(OSAccessError) -> [UInt8] {
        guard count > 0, offset >= 0 else { return [] }
        let fd = try openRegular(path, O_RDONLY)
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: min(count, 1 << 26))
        var got = 0
        while got < out.count {
            let n = out.withUnsafeMutableBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return pread(fd, base + got, buf.count - got, off_t(offset + got))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw error()
            }
            if n == 0 { break }
            got += n
        }
        out.removeSubrange(got...)
        return out
    }

    static func readAll(_ path: String) throws(OSAccessError) -> [UInt8] {
        let size = try self.size(path)
        return try read(path, at: 0, count: size)
    }

    static func write(_ path: String, _ bytes: [UInt8], at offset: Int) throws(OSAccessError) {
        let fd = try openRegular(path, O_WRONLY)
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return pwrite(fd, base + done, buf.count - done, off_t(offset + done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw error()
            }
            done += n
        }
    }

    static func size(_ path: String) throws(OSAccessError) -> Int {
        guard let (s, regular) = try lstatus(path) else { throw OSAccessError(.noSuchFileOrDirectory) }
        guard regular, s.kind == .file else { throw OSAccessError(.permissionDenied) }
        return s.size
    }

    static func truncate(_ path: String, to size: Int) throws(OSAccessError) {
        let fd = try openRegular(path, O_WRONLY)
        defer { close(fd) }
        if ftruncate(fd, off_t(size)) != 0 { throw error() }
    }

    static func makeDirectory(_ path: String) throws(OSAccessError) {
        if mkdir(path, 0o755) != 0 { throw error() }
    }

    static func removeFile(_ path: String) throws(OSAccessError) {
        if unlink(path) != 0 { throw error() }
    }

    static func removeDirectory(_ path: String) throws(OSAccessError) {
        if rmdir(path) != 0 { throw error() }
    }

    static func rename(_ from: String, _ to: String) throws(OSAccessError) {
        if Glibc_rename(from, to) != 0 { throw error() }
    }

    /// The canonical form of a host directory (for mount roots), or nil.
    static func canonicalDirectory(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        let s = String(cString: p)
        var st = stat()
        guard stat(s, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        return s
    }
}

#if canImport(Glibc)
@inline(__always) private func Glibc_rename(_ a: String, _ b: String) -> Int32 { Glibc.rename(a, b) }
#elseif canImport(Darwin)
@inline(__always) private func Glibc_rename(_ a: String, _ b: String) -> Int32 { Darwin.rename(a, b) }
#endif
