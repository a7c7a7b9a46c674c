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

/// What a virtual path names.
enum VEntry {
    case memFile(MemFile)
    case memDir(MemDir)
    /// The root directory of a mount.
    case mountRoot(Mount)
    /// A host file, directory or symbolic link inside a mount (mount-relative components).
    case host(Mount, [String], FileStatus)
    /// An overlay file or directory kept in memory.
    case layerFile(Mount, [String], MemFile)
    case layerDir(Mount, [String])

    var isDirectory: Bool {
        switch self {
        case .memDir, .mountRoot, .layerDir: return true
        case .host(_, _, let s): return s.kind == .directory
        case .memFile, .layerFile: return false
        }
    }
}

/// A resolved path: its virtual components (symbolic links followed) and what is there.
struct VResolution {
    var comps: [String]
    var entry: VEntry?
    /// The path ended with `/`: it must name a directory.
    var mustBeDirectory: Bool
}

extension VirtualFileSystem {
    /// Largest in-memory file (`OSError: [Errno 27] File too large` beyond it).
    static let maxMemoryFileSize = 1 << 30
    /// Largest offset written in a host file (2 TiB).
    static let maxHostOffset = 1 << 41
    /// Longest path accepted (Linux's `PATH_MAX`).
    static let maxPathLength = 4096
    /// Most entries visited when listing a tree for a rename.
    static let maxTreeEntries = 100_000

    func innermostMount(containing comps: [String]) -> Mount? {
        for m in mounts where m.virtual.count < comps.count && Array(comps.prefix(m.virtual.count)) == m.virtual {
            return m
        }
        return nil
    }

    func isMountPoint(_ comps: [String]) -> Bool {
        mounts.contains { $0.virtual == comps }
    }

    func mountsBelow(_ comps: [String]) -> Bool {
        mounts.contains { $0.virtual.count > comps.count && Array($0.virtual.prefix(comps.count)) == comps }
    }

    func memDir(at comps: [String]) -> MemDir? {
        var dir = root
        for c in comps {
            guard case .dir(let d)? = dir.entries[c] else { return nil }
            dir = d
        }
        return dir
    }

    /// Whether the host directory at mount-relative `rel` shows through the overlay layer
    /// (no prefix of it was deleted, replaced by a file, or recreated in memory).
    func hostVisible(_ m: Mount, _ rel: [String]) -> Bool {
        guard m.mode == .overlay, !m.layer.isEmpty else { return true }
        var key = ""
        for c in rel {
            key = key.isEmpty ? c : key + "/" + c
            switch m.layer[key] {
            case nil, .directory(opaque: false)?: continue
            default: return false
            }
        }
        return true
    }

    /// What is at `comps`, whose parent is known to be a directory; nil when nothing is.
    func entry(at comps: [String]) throws(OSAccessError) -> VEntry? {
        if let m = mounts.first(where: { $0.virtual == comps }) { return .mountRoot(m) }
        guard let last = comps.last else { return .memDir(root) }
        if let m = innermostMount(containing: comps) {
            let rel = Array(comps.dropFirst(m.virtual.count))
            if m.mode == .overlay {
                switch m.layer[rel.joined(separator: "/")] {
                case .file(let f)?: return .layerFile(m, rel, f)
                case .directory?: return .layerDir(m, rel)
                case .whiteout?: return nil
                case nil: break
                }
                if !hostVisible(m, Array(rel.dropLast())) { return nil }
            }
            guard let (s, _) = try HostFiles.lstatus(m.hostPath(rel)) else { return nil }
            return .host(m, rel, s)
        }
        guard let dir = memDir(at: Array(comps.dropLast())) else { return nil }
        switch dir.entries[last] {
        case .file(let f)?: return .memFile(f)
        case .dir(let d)?: return .memDir(d)
        case nil: return nil
        }
    }

    /// Resolves an absolute virtual path one component at a time. `..` moves up the virtual
    /// tree; relative symbolic links inside a mount are followed when they stay inside it.
    func resolve(_ path: String, followLast: Bool) throws(OSAccessError) -> VResolution {
        if path.contains("\0") { throw OSAccessError(.invalidArgument) }
        if path.utf8.count > Self.maxPathLength { throw OSAccessError(.fileNameTooLong) }
        let mustBeDirectory = path.hasSuffix("/") && path.count > 1
        var stack = Array(VirtualPath.components(path).reversed())
        var cur: [String] = []
        var links = 0
        var steps = 0
        while let c = stack.popLast() {
            steps += 1
            if steps > 16_384 { throw OSAccessError(.tooManySymbolicLinks) }
            if c == ".." {
                if !cur.isEmpty { cur.removeLast() }
                continue
            }
            if c.utf8.count > 255 { throw OSAccessError(.fileNameTooLong) }
            let v = cur + [c]
            let isLast = stack.isEmpty
            guard let e = try entry(at: v) else {
                if isLast { return VResolution(comps: v, entry: nil, mustBeDirectory: mustBeDirectory) }
                throw OSAccessError(.noSuchFileOrDirectory)
            }
            if case .host(let m, let rel, let s) = e, s.kind == .symbolicLink, !isLast || followLast || mustBeDirectory {
                links += 1
                if links > 40 { throw OSAccessError(.tooManySymbolicLinks) }
                let target = try HostFiles.readLink(m.hostPath(rel))
                if target.hasPrefix("/") {
                    throw OSAccessError(.permissionDenied, "Permission denied (absolute symbolic links are not followed)")
                }
                if target.isEmpty { throw OSAccessError(.noSuchFileOrDirectory) }
                var base = Array(rel.dropLast())
                for t in VirtualPath.components(target) {
                    if t == ".." {
                        if base.isEmpty {
                            throw OSAccessError(.permissionDenied, "Permission denied (symbolic link leads out of the mount)")
                        }
                        base.removeLast()
                    } else {
                        base.append(t)
                    }
                }
                cur = m.virtual
                for t in base.reversed() { stack.append(t) }
                continue
            }
            if !isLast && !e.isDirectory { throw OSAccessError(.notADirectory) }
            cur = v
        }
        let e = try entry(at: cur)
        if mustBeDirectory, let e, !e.isDirectory { throw OSAccessError(.notADirectory) }
        return VResolution(comps: cur, entry: e, mustBeDirectory: mustBeDirectory)
    }

    func status(of e: VEntry) -> FileStatus {
        switch e {
        case .memFile(let f), .layerFile(_, _, let f):
            return FileStatus(kind: .file, size: f.data.count, modificationTime: f.modified)
        case .memDir(let d):
            return FileStatus(kind: .directory, size: 0, modificationTime: d.created)
        case .layerDir:
            return FileStatus(kind: .directory, size: 0, modificationTime: 0)
        case .mountRoot(let m):
            if let (s, _) = try? HostFiles.lstatus(m.hostRoot) { return s }
            return FileStatus(kind: .directory)
        case .host(_, _, let s):
            return s
        }
    }

    /// The names in a directory entry at `comps`.
    func list(_ comps: [String], _ e: VEntry) throws(OSAccessError) -> [String] {
        var names = Set<String>()
        switch e {
        case .memDir(let d):
            names.formUnion(d.entries.keys)
        case .mountRoot(let m), .host(let m, _, _), .layerDir(let m, _):
            let rel = Array(comps.dropFirst(m.virtual.count))
            var hostShows = hostVisible(m, rel)
            if case .layerDir = e { hostShows = false }
            if hostShows { names.formUnion(try HostFiles.list(m.hostPath(rel))) }
            if m.mode == .overlay {
                let prefix = rel.isEmpty ? "" : rel.joined(separator: "/") + "/"
                for (key, value) in m.layer where key.hasPrefix(prefix) {
                    let name = key.dropFirst(prefix.count)
                    if name.isEmpty || name.contains("/") { continue }
                    if case .whiteout = value { names.remove(String(name)) } else { names.insert(String(name)) }
                }
            }
        case .memFile, .layerFile:
            throw OSAccessError(.notADirectory)
        }
        for m in mounts where m.virtual.count == comps.count + 1 && Array(m.virtual.prefix(comps.count)) == comps {
            if let last = m.virtual.last { names.insert(last) }
        }
        return names.sorted()
    }

    /// Whether the host has something at mount-relative `rel` that the overlay shows.
    func hostHas(_ m: Mount, _ rel: [String]) -> Bool {
        guard hostVisible(m, Array(rel.dropLast())) else { return false }
        return (try? HostFiles.lstatus(m.hostPath(rel))) != nil
    }

    func removeLayerTree(_ m: Mount, _ rel: [String]) {
        let key = rel.joined(separator: "/")
        let prefix = key + "/"
        for k in Array(m.layer.keys) where k == key || k.hasPrefix(prefix) { m.layer[k] = nil }
    }

    /// Removes a file or an (empty) directory.
    func remove(_ comps: [String], _ e: VEntry) throws(OSAccessError) {
        switch e {
        case .memFile, .memDir:
            guard let name = comps.last, let dir = memDir(at: Array(comps.dropLast())) else {
                throw OSAccessError(.noSuchFileOrDirectory)
            }
            dir.entries[name] = nil
        case .mountRoot:
            throw OSAccessError(.deviceOrResourceBusy)
        case .host(let m, let rel, let s):
            try m.checkWritable()
            if m.mode == .overlay {
                removeLayerTree(m, rel)
                m.layer[rel.joined(separator: "/")] = .whiteout
            } else if s.kind == .directory {
                try HostFiles.removeDirectory(m.hostPath(rel))
            } else {
                try HostFiles.removeFile(m.hostPath(rel))
            }
        case .layerFile(let m, let rel, _), .layerDir(let m, let rel):
            let had = hostHas(m, rel)
            removeLayerTree(m, rel)
            if had { m.layer[rel.joined(separator: "/")] = .whiteout }
        }
    }

    /// Mount- or tree-relative paths of the files at or below an entry (for change reports).
    func filesBelow(_ comps: [String], _ e: VEntry) throws(OSAccessError) -> [[String]] {
        guard e.isDirectory else { return [[]] }
        var out: [[String]] = []
        var queue: [([String], VEntry)] = [([], e)]
        var visited = 0
        while let (rel, entry) = queue.popLast() {
            for name in try list(comps + rel, entry) {
                visited += 1
                if visited > Self.maxTreeEntries { throw OSAccessError(.fileTooLarge, "Too many files to move") }
                guard let child = try self.entry(at: comps + rel + [name]) else { continue }
                if child.isDirectory { queue.append((rel + [name], child)) } else { out.append(rel + [name]) }
            }
        }
        return out
    }

    /// The whole contents of a file entry.
    func readAll(_ e: VEntry) throws(OSAccessError) -> [UInt8] {
        switch e {
        case .memFile(let f), .layerFile(_, _, let f): return f.data
        case .host(let m, let rel, let s):
            if s.kind == .symbolicLink { throw OSAccessError(.tooManySymbolicLinks) }
            if s.kind == .directory { throw OSAccessError(.isADirectory) }
            return try HostFiles.readAll(m.hostPath(rel))
        default: throw OSAccessError(.isADirectory)
        }
    }

    /// Moves `s` to `d` (checks done by `rename`).
    func move(_ s: VResolution, _ se: VEntry, to d: VResolution, mount m: Mount?) throws(OSAccessError) {
        guard let sname = s.comps.last, let dname = d.comps.last else { throw OSAccessError(.deviceOrResourceBusy) }
        guard let m else {
            guard let sdir = memDir(at: Array(s.comps.dropLast())), let ddir = memDir(at: Array(d.comps.dropLast())),
                  let node = sdir.entries[sname] else { throw OSAccessError(.noSuchFileOrDirectory) }
            sdir.entries[sname] = nil
            ddir.entries[dname] = node
            return
        }
        let srel = Array(s.comps.dropFirst(m.virtual.count)), drel = Array(d.comps.dropFirst(m.virtual.count))
        if m.mode != .overlay {
            try HostFiles.rename(m.hostPath(srel), m.hostPath(drel))
            return
        }
        // Overlay: copy the source into the layer at the destination, then hide the source.
        let sourceOnHost = hostHas(m, srel)
        var copies: [(rel: [String], entry: LayerEntry)] = []
        if se.isDirectory {
            copies.append(([], .directory(opaque: true)))
            var queue: [([String], VEntry)] = [([], se)]
            var visited = 0
            while let (rel, entry) = queue.popLast() {
                for name in try list(s.comps + rel, entry) {
                    visited += 1
                    if visited > Self.maxTreeEntries { throw OSAccessError(.fileTooLarge, "Too many files to move") }
                    guard let child = try self.entry(at: s.comps + rel + [name]) else { continue }
                    if child.isDirectory {
                        copies.append((rel + [name], .directory(opaque: true)))
                        queue.append((rel + [name], child))
                    } else {
                        copies.append((rel + [name], .file(try layerCopy(m, child))))
                    }
                }
            }
        } else {
            copies.append(([], .file(try layerCopy(m, se))))
        }
        removeLayerTree(m, drel)
        removeLayerTree(m, srel)
        for c in copies { m.layer[(drel + c.rel).joined(separator: "/")] = c.entry }
        if sourceOnHost { m.layer[srel.joined(separator: "/")] = .whiteout }
    }

    /// A memory copy of a file for an overlay layer (layer files move as they are).
    private func layerCopy(_ m: Mount, _ e: VEntry) throws(OSAccessError) -> MemFile {
        if case .layerFile(_, _, let f) = e { return f }
        if case .host(_, _, let s) = e, s.kind == .symbolicLink {
            throw OSAccessError(.operationNotPermitted, "Operation not permitted (symbolic links cannot be moved in an overlay)")
        }
        let data = try readAll(e)
        try m.charge(data.count)
        return MemFile(data)
    }

    /// Counts bytes written to memory against the in-memory write limit.
    func chargeMemory(_ n: Int) throws(OSAccessError) {
        if let limit = memoryWriteLimit, n > limit - memoryWritten { throw OSAccessError(.diskQuotaExceeded) }
        memoryWritten += n
    }
}

/// A file opened in a ``VirtualFileSystem``.
final class VirtualOpenFile: OpenFile {
    enum Target {
        case memory(MemFile)
        case layer(Mount, MemFile)
        case host(Mount, String)
    }

    let fs: VirtualFileSystem
    let comps: [String]
    let target: Target
    /// Opened for writing (checked on every write: a file opened for reading in a read-only
    /// or overlay mount points at the host file itself).
    let writable: Bool

    init(fs: VirtualFileSystem, comps: [String], writable: Bool, target: Target) {
        self.fs = fs
        self.comps = comps
        self.writable = writable
        self.target = target
    }

    private func checkWritable() throws(OSAccessError) {
        guard writable else { throw OSAccessError(.badFileDescriptor) }
        switch target {
        case .memory: break
        case .layer(let m, _), .host(let m, _):
            try m.checkWritable()
            if case .host = target, m.mode == .overlay { throw OSAccessError(.badFileDescriptor) }
        }
    }

    func read(at offset: Int, count: Int) throws(OSAccessError) -> [UInt8] {
        fs.lock.lock()
        defer { fs.lock.unlock() }
        switch target {
        case .memory(let f), .layer(_, let f):
            guard offset >= 0, count > 0, offset < f.data.count else { return [] }
            let end = offset + min(count, f.data.count - offset)
            return Array(f.data[offset..<end])
        case .host(_, let path):
            return try HostFiles.read(path, at: offset, count: count)
        }
    }

    func write(_ bytes: [UInt8], at offset: Int) throws(OSAccessError) {
        fs.lock.lock()
        defer { fs.lock.unlock() }
        guard offset >= 0 else { throw OSAccessError(.invalidArgument) }
        try checkWritable()
        if bytes.isEmpty { return }
        switch target {
        case .memory(let f), .layer(_, let f):
            guard offset <= VirtualFileSystem.maxMemoryFileSize - bytes.count else { throw OSAccessError(.fileTooLarge) }
            let cost = bytes.count + max(0, offset - f.data.count)
            if case .layer(let m, _) = target { try m.charge(cost) } else { try fs.chargeMemory(cost) }
            fs.touch(comps, existed: true)
            if offset > f.data.count { f.data.append(contentsOf: repeatElement(0, count: offset - f.data.count)) }
            let end = min(f.data.count, offset + bytes.count)
            f.data.replaceSubrange(offset..<end, with: bytes)
            f.modified = Date().timeIntervalSince1970
        case .host(let m, let path):
            guard offset <= VirtualFileSystem.maxHostOffset - bytes.count else { throw OSAccessError(.fileTooLarge) }
            try m.charge(bytes.count)
            fs.touch(comps, existed: true)
            try HostFiles.write(path, bytes, at: offset)
        }
    }

    func size() throws(OSAccessError) -> Int {
        fs.lock.lock()
        defer { fs.lock.unlock() }
        switch target {
        case .memory(let f), .layer(_, let f): return f.data.count
        case .host(_, let path): return try HostFiles.size(path)
        }
    }

    func truncate(to size: Int) throws(OSAccessError) {
        fs.lock.lock()
        defer { fs.lock.unlock() }
        try unlockedTruncate(to: size)
    }

    /// `truncate` for callers holding the file system's lock.
    func unlockedTruncate(to size: Int) throws(OSAccessError) {
        guard size >= 0 else { throw OSAccessError(.invalidArgument) }
        try checkWritable()
        switch target {
        case .memory(let f), .layer(_, let f):
            guard size <= VirtualFileSystem.maxMemoryFileSize else { throw OSAccessError(.fileTooLarge) }
            if size == f.data.count { return }
            let grow = max(0, size - f.data.count)
            if case .layer(let m, _) = target { try m.charge(grow) } else { try fs.chargeMemory(grow) }
            fs.touch(comps, existed: true)
            if size < f.data.count { f.data.removeSubrange(size...) } else { f.data.append(contentsOf: repeatElement(0, count: grow)) }
            f.modified = Date().timeIntervalSince1970
        case .host(let m, let path):
            guard size <= VirtualFileSystem.maxHostOffset else { throw OSAccessError(.fileTooLarge) }
            let current = try HostFiles.size(path)
            if current == size { return }
            try m.charge(max(0, size - current))
            fs.touch(comps, existed: true)
            try HostFiles.truncate(path, to: size)
        }
    }

    func close() {}
}
