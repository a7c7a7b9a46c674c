#if canImport(FoundationEssentials)
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#else
import Foundation
#endif

/// How a host directory is mounted into a ``VirtualFileSystem``.
public enum MountMode: String, Sendable, Hashable, CaseIterable {
    /// Reads only; every change raises `PermissionError`.
    case readOnly = "ro"
    /// Reads and writes go to the host directory.
    case readWrite = "rw"
    /// Reads come from the host directory; changes are kept in memory and the host
    /// directory is never modified (see ``VirtualFileSystem/changes``).
    case overlay
}

/// A file the sandbox created, changed or deleted, from ``VirtualFileSystem/changes``.
public struct FileChange: Sendable, Hashable {
    /// What happened, compared with before the first change.
    public enum Kind: String, Sendable, Hashable {
        /// The file did not exist before the first change.
        case created
        /// The file existed and was written, truncated or replaced.
        case modified
        /// The file existed and is gone (removed or renamed away).
        case deleted
    }

    /// The virtual path (symbolic links resolved).
    public var path: String
    /// Created, modified or deleted.
    public var kind: Kind
    /// The mount the file is in; nil for the in-memory file system.
    public var mountMode: MountMode?
    /// For files in mounts: the host file (for read-write mounts it holds the new contents;
    /// for overlay mounts it is the untouched original, if any).
    public var hostPath: String?
    /// The current contents, for existing files in memory and overlay mounts (nil for
    /// deleted files and read-write mounts, whose contents are in ``hostPath``).
    public var contents: [UInt8]?
}

/// A mount that could not be set up.
public struct MountError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let description: String
}

/// The built-in ``OSAccess`` provider: an in-memory file system, with host directories
/// mounted into it read-only, read-write or as an overlay.
///
/// ```swift
/// let files = VirtualFileSystem()
/// try files.mount(host: "/srv/data", at: "/data")                      // read-only
/// try files.mount(host: "/tmp/out", at: "/out", mode: .readWrite, writeLimit: 10_000_000)
/// try files.mount(host: "/srv/repo", at: "/repo", mode: .overlay)      // host untouched
/// try files.addFile("/config.json", contents: Array(#"{"debug": true}"#.utf8))
/// let result = try program.run(functions: [], os: OSConfiguration(files: files, workingDirectory: "/data"))
/// for change in files.changes { print(change.kind, change.path) }
/// ```
///
/// Paths are resolved one component at a time. `..` moves up the virtual tree, so it never
/// reaches the host directory above a mount. Symbolic links inside a mount are followed only
/// when they are relative and stay inside the mount; absolute links and links leading out
/// are refused with `PermissionError`. Host names that are not UTF-8 are invisible, and
/// special files (FIFOs, devices) cannot be opened. The sandbox cannot create links.
///
/// Thread-safe: one file system may serve several runs at once.
public final class VirtualFileSystem: OSAccess, @unchecked Sendable {
    let lock = Lock()
    let root = MemDir()
    var mounts: [Mount] = []
    /// Cap on bytes written to the in-memory part (nil: none).
    let memoryWriteLimit: Int?
    var memoryWritten = 0
    /// Files changed since the last ``resetChanges()``: virtual path → existed before.
    var touched: [String: Bool] = [:]
    var touchedOrder: [String] = []

    /// Creates an empty file system (just `/`).
    /// - Parameter writeLimit: maximum bytes the sandbox may write to the in-memory part
    ///   (every write counts); beyond it writes fail with `OSError: [Errno 122] Disk quota
    ///   exceeded`.
    public init(writeLimit: Int? = nil) {
        memoryWriteLimit = writeLimit
    }

    /// Mounts the host directory `host` at the absolute virtual path `at`.
    ///
    /// - Parameters:
    ///   - mode: read-only (default), read-write, or overlay (changes kept in memory).
    ///   - writeLimit: maximum bytes the sandbox may write into this mount (every write
    ///     counts; for overlay mounts a host file copied into memory on its first change
    ///     counts with its size); beyond it writes fail with `OSError: [Errno 122] Disk quota
    ///     exceeded`.
    /// - Throws: ``MountError`` when `host` is not a directory, `at` is not absolute, or a
    ///   mount is already there.
    public func mount(host: String, at virtualPath: String, mode: MountMode = .readOnly, writeLimit: Int? = nil) throws {
        guard let hostRoot = HostFiles.canonicalDirectory(host) else {
            throw MountError(description: "cannot mount \(host): not a directory")
        }
        guard virtualPath.hasPrefix("/"), !virtualPath.contains("\0") else {
            throw MountError(description: "mount point \(virtualPath) is not an absolute path")
        }
        let comps = VirtualPath.components(VirtualPath.normalize(virtualPath))
        lock.lock()
        defer { lock.unlock() }
        if mounts.contains(where: { $0.virtual == comps }) {
            throw MountError(description: "something is already mounted at \(virtualPath)")
        }
        var dir = root
        for c in comps {
            switch dir.entries[c] {
            case .dir(let d)?: dir = d
            case nil:
                let d = MemDir()
                dir.entries[c] = .dir(d)
                dir = d
            case .file?:
                throw MountError(description: "cannot mount at \(virtualPath): a file is in the way")
            }
        }
        mounts.append(Mount(virtual: comps, hostRoot: hostRoot, mode: mode, writeLimit: writeLimit))
        mounts.sort { $0.virtual.count > $1.virtual.count }
    }

    /// Creates (or replaces) an in-memory file, creating its parent directories. Host-side
    /// setup: not counted against limits nor reported as a change.
    public func addFile(_ path: String, contents: [UInt8]) throws {
        let comps = VirtualPath.components(VirtualPath.normalize(path))
        guard let name = comps.last else { throw MountError(description: "\(path) is not a file path") }
        lock.lock()
        defer { lock.unlock() }
        guard let dir = makeMemoryDirectories(Array(comps.dropLast())) else {
            throw MountError(description: "cannot create \(path): a file is in the way")
        }
        if case .dir? = dir.entries[name] { throw MountError(description: "cannot create \(path): it is a directory") }
        dir.entries[name] = .file(MemFile(contents))
    }

    /// Creates in-memory directories (like `mkdir -p`). Host-side setup.
    public func addDirectory(_ path: String) throws {
        lock.lock()
        defer { lock.unlock() }
        guard makeMemoryDirectories(VirtualPath.components(VirtualPath.normalize(path))) != nil else {
            throw MountError(description: "cannot create \(path): a file is in the way")
        }
    }

    private func makeMemoryDirectories(_ comps: [String]) -> MemDir? {
        var dir = root
        for c in comps {
            switch dir.entries[c] {
            case .dir(let d)?: dir = d
            case nil:
                let d = MemDir()
                dir.entries[c] = .dir(d)
                dir = d
            case .file?: return nil
            }
        }
        return dir
    }

    /// The contents of the file at virtual `path` as the sandbox sees it, or nil.
    public func contents(of path: String) -> [UInt8]? {
        lock.lock()
        defer { lock.unlock() }
        guard let r = try? resolve(VirtualPath.normalize(path), followLast: true), let e = r.entry else { return nil }
        return try? readAll(e)
    }

    /// The files created, modified or deleted by sandboxed code since this file system was
    /// created or ``resetChanges()`` was called, in the order first changed. A file created
    /// and then deleted does not appear.
    public var changes: [FileChange] {
        lock.lock()
        defer { lock.unlock() }
        var out: [FileChange] = []
        for path in touchedOrder {
            guard let existed = touched[path] else { continue }
            let comps = VirtualPath.components(path)
            let entry = try? entry(at: comps)
            let isFile: Bool
            switch entry {
            case .memFile?, .layerFile?: isFile = true
            case .host(_, _, let s)?: isFile = s.kind != .directory
            default: isFile = false
            }
            let kind: FileChange.Kind
            if isFile { kind = existed ? .modified : .created } else if existed { kind = .deleted } else { continue }
            let m = innermostMount(containing: comps)
            var change = FileChange(path: path, kind: kind, mountMode: m?.mode)
            if let m { change.hostPath = m.hostPath(Array(comps.dropFirst(m.virtual.count))) }
            if isFile, let e = entry {
                switch e {
                case .memFile(let f), .layerFile(_, _, let f): change.contents = f.data
                default: break
                }
            }
            if m?.mode == .overlay, kind == .created { change.hostPath = nil }
            out.append(change)
        }
        return out
    }

    /// Forgets the recorded changes (overlay contents stay as they are).
    public func resetChanges() {
        lock.lock()
        defer { lock.unlock() }
        touched = [:]
        touchedOrder = []
    }

    func touch(_ comps: [String], existed: Bool) {
        let key = "/" + comps.joined(separator: "/")
        if touched[key] == nil {
            touched[key] = existed
            touchedOrder.append(key)
        }
    }

    // MARK: OSAccess

    /// Metadata of `path` (see ``OSAccess/status(_:followSymlinks:)``).
    public func status(_ path: String, followSymlinks: Bool) throws(OSAccessError) -> FileStatus {
        lock.lock()
        defer { lock.unlock() }
        let r = try resolve(path, followLast: followSymlinks)
        guard let e = r.entry else { throw OSAccessError(.noSuchFileOrDirectory) }
        return status(of: e)
    }

    /// The sorted names in a directory (mount points included).
    public func listDirectory(_ path: String) throws(OSAccessError) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let r = try resolve(path, followLast: true)
        guard let e = r.entry else { throw OSAccessError(.noSuchFileOrDirectory) }
        guard e.isDirectory else { throw OSAccessError(.notADirectory) }
        return try list(r.comps, e)
    }

    /// Creates a directory (in memory, in a read-write host directory, or in an overlay's memory layer).
    public func createDirectory(_ path: String) throws(OSAccessError) {
        lock.lock()
        defer { lock.unlock() }
        let r = try resolve(path, followLast: false)
        if r.entry != nil { throw OSAccessError(.fileExists) }
        guard let name = r.comps.last else { throw OSAccessError(.fileExists) }
        let parent = Array(r.comps.dropLast())
        if let m = innermostMount(containing: r.comps) {
            try m.checkWritable()
            let rel = Array(r.comps.dropFirst(m.virtual.count))
            if m.mode == .overlay {
                m.layer[rel.joined(separator: "/")] = .directory(opaque: true)
            } else {
                try HostFiles.makeDirectory(m.hostPath(rel))
            }
        } else {
            guard let dir = memDir(at: parent) else { throw OSAccessError(.noSuchFileOrDirectory) }
            dir.entries[name] = .dir(MemDir())
        }
    }

    /// Removes a file or symbolic link (an overlay hides the host file instead).
    public func removeFile(_ path: String) throws(OSAccessError) {
        lock.lock()
        defer { lock.unlock() }
        let r = try resolve(path, followLast: false)
        guard let e = r.entry else { throw OSAccessError(.noSuchFileOrDirectory) }
        if e.isDirectory { throw OSAccessError(.isADirectory) }
        try innermostMount(containing: r.comps)?.checkWritable()
        try remove(r.comps, e)
        touch(r.comps, existed: true)
    }

    /// Removes an empty directory; mount points are busy.
    public func removeDirectory(_ path: String) throws(OSAccessError) {
        lock.lock()
        defer { lock.unlock() }
        let r = try resolve(path, followLast: false)
        guard let e = r.entry else { throw OSAccessError(.noSuchFileOrDirectory) }
        guard e.isDirectory else { throw OSAccessError(.notADirectory) }
        if r.comps.isEmpty || isMountPoint(r.comps) { throw OSAccessError(.deviceOrResourceBusy) }
        try innermostMount(containing: r.comps)?.checkWritable()
        if try !list(r.comps, e).isEmpty { throw OSAccessError(.directoryNotEmpty) }
        try remove(r.comps, e)
    }

    /// Renames within one mount or within memory; across them fails with `EXDEV`.
    public func rename(_ source: String, to destination: String) throws(OSAccessError) {
        lock.lock()
        defer { lock.unlock() }
        let s = try resolve(source, followLast: false)
        guard let se = s.entry else { throw OSAccessError(.noSuchFileOrDirectory) }
        let d = try resolve(destination, followLast: false)
        if s.comps == d.comps { return }
        if s.comps.isEmpty || d.comps.isEmpty || isMountPoint(s.comps) || isMountPoint(d.comps) || mountsBelow(s.comps) {
            throw OSAccessError(.deviceOrResourceBusy)
        }
        let sm = innermostMount(containing: s.comps), dm = innermostMount(containing: d.comps)
        guard sm === dm else { throw OSAccessError(.crossDeviceLink) }
        try sm?.checkWritable()
        if let de = d.entry {
            if se.isDirectory && !de.isDirectory { throw OSAccessError(.notADirectory) }
            if !se.isDirectory && de.isDirectory { throw OSAccessError(.isADirectory) }
            if de.isDirectory, try !list(d.comps, de).isEmpty { throw OSAccessError(.directoryNotEmpty) }
        }
        if se.isDirectory && d.comps.count > s.comps.count && Array(d.comps.prefix(s.comps.count)) == s.comps {
            throw OSAccessError(.invalidArgument)
        }
        // Record what moves, for the change report.
        let moved = try filesBelow(s.comps, se)
        for rel in moved {
            touch(s.comps + rel, existed: true)
            touch(d.comps + rel, existed: d.entry != nil && !se.isDirectory)
        }
        try move(s, se, to: d, mount: sm)
    }

    /// Opens a file; in an overlay, opening a host file for writing copies it into memory first.
    public func open(_ path: String, options: OpenOptions) throws(OSAccessError) -> any OpenFile {
        lock.lock()
        defer { lock.unlock() }
        let exclusive = options.contains(.create) && options.contains(.exclusive)
        let r = try resolve(path, followLast: !exclusive)
        let writing = options.contains(.write) || options.contains(.append)
        let m = innermostMount(containing: r.comps)
        let rel = m.map { Array(r.comps.dropFirst($0.virtual.count)) } ?? []
        guard var e = r.entry else {
            guard options.contains(.create) else { throw OSAccessError(.noSuchFileOrDirectory) }
            guard let name = r.comps.last else { throw OSAccessError(.isADirectory) }
            if r.mustBeDirectory { throw OSAccessError(.isADirectory) }
            try m?.checkWritable()
            touch(r.comps, existed: false)
            if let m {
                if m.mode == .overlay {
                    let f = MemFile([])
                    m.layer[rel.joined(separator: "/")] = .file(f)
                    return VirtualOpenFile(fs: self, comps: r.comps, writable: writing, target: .layer(m, f))
                }
                try HostFiles.create(m.hostPath(rel))
                return VirtualOpenFile(fs: self, comps: r.comps, writable: writing, target: .host(m, m.hostPath(rel)))
            }
            guard let dir = memDir(at: Array(r.comps.dropLast())) else { throw OSAccessError(.noSuchFileOrDirectory) }
            let f = MemFile([])
            dir.entries[name] = .file(f)
            return VirtualOpenFile(fs: self, comps: r.comps, writable: writing, target: .memory(f))
        }
        if exclusive { throw OSAccessError(.fileExists) }
        if e.isDirectory { throw OSAccessError(.isADirectory) }
        if r.mustBeDirectory { throw OSAccessError(.notADirectory) }
        if writing { try m?.checkWritable() }
        if case .host(let hm, _, _) = e, hm.mode == .overlay, writing {
            // Copy-up: the first change of a host file in an overlay works on a memory copy.
            let data = options.contains(.truncate) ? [] : try HostFiles.readAll(hm.hostPath(rel))
            try hm.charge(data.count)
            let f = MemFile(data)
            hm.layer[rel.joined(separator: "/")] = .file(f)
            e = .layerFile(hm, rel, f)
        }
        let file: VirtualOpenFile
        switch e {
        case .memFile(let f): file = VirtualOpenFile(fs: self, comps: r.comps, writable: writing, target: .memory(f))
        case .layerFile(let lm, _, let f): file = VirtualOpenFile(fs: self, comps: r.comps, writable: writing, target: .layer(lm, f))
        case .host(let hm, let hrel, let s):
            if s.kind == .symbolicLink { throw OSAccessError(.tooManySymbolicLinks) }
            guard let (_, regular) = try HostFiles.lstatus(hm.hostPath(hrel)), regular else {
                throw OSAccessError(.permissionDenied, "Permission denied (not a regular file)")
            }
            file = VirtualOpenFile(fs: self, comps: r.comps, writable: writing, target: .host(hm, hm.hostPath(hrel)))
        default: throw OSAccessError(.isADirectory)
        }
        if options.contains(.truncate) && writing {
            try file.unlockedTruncate(to: 0)
        }
        return file
    }

    /// The path with symbolic links resolved (a missing tail kept as written).
    public func realPath(_ path: String) throws(OSAccessError) -> String {
        lock.lock()
        defer { lock.unlock() }
        // Resolve the longest existing prefix; keep a missing tail as written.
        var comps = VirtualPath.components(path)
        var tail: [String] = []
        while true {
            if let r = try? resolve("/" + comps.joined(separator: "/"), followLast: true) {
                return VirtualPath.normalize("/" + (r.comps + tail).joined(separator: "/"))
            }
            guard let last = comps.popLast() else { return VirtualPath.normalize(path) }
            tail.insert(last, at: 0)
        }
    }
}

/// A regular file in the in-memory file system or an overlay layer.
final class MemFile {
    var data: [UInt8]
    var modified: Double

    init(_ data: [UInt8]) {
        self.data = data
        modified = Date().timeIntervalSince1970
    }
}

/// A directory in the in-memory file system.
final class MemDir {
    var entries: [String: MemNode] = [:]
    let created = Date().timeIntervalSince1970
}

enum MemNode {
    case file(MemFile)
    case dir(MemDir)
}

/// A mounted host directory.
final class Mount {
    let virtual: [String]
    let hostRoot: String
    let mode: MountMode
    let writeLimit: Int?
    var written = 0
    /// Overlay changes by mount-relative path (`a/b.txt`).
    var layer: [String: LayerEntry] = [:]

    init(virtual: [String], hostRoot: String, mode: MountMode, writeLimit: Int?) {
        self.virtual = virtual
        self.hostRoot = hostRoot
        self.mode = mode
        self.writeLimit = writeLimit
    }

    /// The host path of checked mount-relative components.
    func hostPath(_ rel: [String]) -> String {
        rel.isEmpty ? hostRoot : (hostRoot == "/" ? "" : hostRoot) + "/" + rel.joined(separator: "/")
    }

    func checkWritable() throws(OSAccessError) {
        if mode == .readOnly { throw OSAccessError(.permissionDenied) }
    }

    /// Counts `n` bytes against the write limit.
    func charge(_ n: Int) throws(OSAccessError) {
        if let limit = writeLimit {
            if n > limit - written { throw OSAccessError(.diskQuotaExceeded) }
        }
        written += n
    }
}

/// An overlay change.
enum LayerEntry {
    case file(MemFile)
    /// A directory made in memory; `opaque` hides a host directory of the same name.
    case directory(opaque: Bool)
    /// Deleted: hides the host entry.
    case whiteout
}
