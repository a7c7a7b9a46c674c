/// Snapshot encoding of a run paused at a host-answered file operation: the operation and
/// the answers already given to the primitive being replayed (see `HostAnsweredFiles`).
extension ByteWriter {
    mutating func osOperation(_ op: OSOperation) {
        switch op {
        case .status(let p, let follow): u8(0); string(p); u8(follow ? 1 : 0)
        case .listDirectory(let p): u8(1); string(p)
        case .createDirectory(let p): u8(2); string(p)
        case .removeFile(let p): u8(3); string(p)
        case .removeDirectory(let p): u8(4); string(p)
        case .rename(let s, let d): u8(5); string(s); string(d)
        case .realPath(let p): u8(6); string(p)
        case .open(let p, let o): u8(7); string(p); uint(o.rawValue)
        case .read(let p, let o, let c): u8(8); string(p); int(o); int(c)
        case .write(let p, let o, let b): u8(9); string(p); int(o); raw(b)
        case .size(let p): u8(10); string(p)
        case .truncate(let p, let s): u8(11); string(p); int(s)
        }
    }

    mutating func osAnswer(_ a: OSAnswer) {
        switch a {
        case .done: u8(0)
        case .status(let s):
            u8(1)
            u8(s.kind == .file ? 0 : s.kind == .directory ? 1 : 2)
            int(s.size)
            double(s.modificationTime)
            int(s.permissions)
        case .names(let n):
            u8(2)
            uint(n.count)
            for s in n { string(s) }
        case .path(let p): u8(3); string(p)
        case .bytes(let b): u8(4); raw(b)
        case .size(let s): u8(5); int(s)
        case .error(let e):
            u8(6)
            uint(e.code.rawValue)
            if let d = e.detail { u8(1); string(d) } else { u8(0) }
        }
    }
}

extension ByteReader {
    mutating func osOperation() throws(SnapshotError) -> OSOperation {
        switch try u8() {
        case 0: return .status(path: try string(), followSymlinks: try u8() == 1)
        case 1: return .listDirectory(path: try string())
        case 2: return .createDirectory(path: try string())
        case 3: return .removeFile(path: try string())
        case 4: return .removeDirectory(path: try string())
        case 5: return .rename(source: try string(), destination: try string())
        case 6: return .realPath(path: try string())
        case 7: return .open(path: try string(), options: OpenOptions(rawValue: try uint(max: 63)))
        case 8: return .read(path: try string(), offset: try int(), count: try int())
        case 9: return .write(path: try string(), offset: try int(), bytes: try raw())
        case 10: return .size(path: try string())
        case 11: return .truncate(path: try string(), size: try int())
        default: throw SnapshotError("bad file operation")
        }
    }

    mutating func osAnswer() throws(SnapshotError) -> OSAnswer {
        switch try u8() {
        case 0: return .done
        case 1:
            let k = try u8()
            guard k <= 2 else { throw SnapshotError("bad file status") }
            return .status(FileStatus(kind: k == 0 ? .file : k == 1 ? .directory : .symbolicLink,
                                      size: try int(), modificationTime: try double(), permissions: try int()))
        case 2:
            let n = try count()
            var names: [String] = []
            for _ in 0..<n { names.append(try string()) }
            return .names(names)
        case 3: return .path(try string())
        case 4: return .bytes(try raw())
        case 5: return .size(try int())
        case 6:
            guard let code = OSErrorCode(rawValue: try uint(max: 1 << 16)) else { throw SnapshotError("bad error code") }
            let detail: String? = try u8() == 1 ? try string() : nil
            return .error(OSAccessError(code, detail))
        default: throw SnapshotError("bad file answer")
        }
    }
}
