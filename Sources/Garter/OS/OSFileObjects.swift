/// The file-object half of `_gos`: opening, reading and writing through a Python file
/// object's attributes (see `OSNativeModule`). Text files are decoded here, so positions are
/// byte offsets exactly like CPython's `tell()` cookies for UTF-8 files, and newline
/// translation works on bytes (CR and LF never occur inside a UTF-8 sequence).
extension OSNativeModule {
    static let fdKey = PyStr(frozen: "_fd")
    static let epochKey = PyStr(frozen: "_ep")
    static let pathKey = PyStr(frozen: "_path")
    static let flagsKey = PyStr(frozen: "_flags")
    static let posKey = PyStr(frozen: "_pos")
    static let encodingKey = PyStr(frozen: "_enc")
    static let errorsKey = PyStr(frozen: "_errors")
    static let newlineKey = PyStr(frozen: "_nl")

    /// Newline handling of a text file (`newline=` of `open`).
    enum NewlineMode {
        /// `None`: any of `\n`, `\r\n`, `\r` ends a line and reads as `\n`.
        case universal
        /// `''`: any of them ends a line, returned untranslated.
        case untranslated
        /// `'\n'`, `'\r'` or `'\r\n'`: only that ends a line; writes turn `\n` into it.
        case exactly([UInt8])
    }

    static func installFileFunctions(_ m: ModuleBuilder) {
        m.function("open") { vm, args throws(PythonError) in
            try args.check("open", min: 3, max: 3, vm: vm)
            guard let inst = args[0].asInstance else { throw vm.makeError(Builtins.shared.typeError, "open() expects a file object") }
            let (orig, path) = try pathArgument(vm, args[1], nil)
            let options = OpenOptions(rawValue: try vm.indexValue(args[2]) & 63)
            let state = vm.osState
            if state.handles.count >= OSRunState.maxOpenFiles {
                throw vm.osError(OSAccessError(.tooManyOpenFiles), filename: orig)
            }
            let file = try provider(vm, orig) { fs throws(OSAccessError) in try fs.open(path, options: options) }
            var pos = 0
            if options.contains(.append) {
                pos = (try? file.size()) ?? 0
                if state.pausedForHost { throw state.pauseError }
            }
            let fd = state.nextHandle
            state.nextHandle += 1
            let handle = OpenHandle(file: file, path: path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path, options: options)
            state.handles[fd] = handle
            inst.attributes.setString(fdKey, .int(fd))
            inst.attributes.setString(epochKey, .int(state.epoch))
            inst.attributes.setString(pathKey, .str(PyStr(handle.path)))
            inst.attributes.setString(flagsKey, .int(options.rawValue))
            inst.attributes.setString(posKey, .int(pos))
            return .none
        }
        m.function("close") { vm, args throws(PythonError) in
            try args.check("close", min: 1, max: 1, vm: vm)
            guard let inst = args[0].asInstance else { return .none }
            if case .int(let fd)? = inst.attributes.getString(fdKey), case .int(let ep)? = inst.attributes.getString(epochKey),
               ep == vm.osState.epoch, let h = vm.osState.handles.removeValue(forKey: fd) {
                h.file.close()
            }
            inst.attributes.setString(fdKey, .int(-1))
            return .none
        }
        m.function("read") { vm, args throws(PythonError) in
            try args.check("read", min: 2, max: 2, vm: vm)
            let (inst, h, pos) = try handle(vm, args[0])
            let n = try vm.indexValue(args[1])
            let data = try io(vm, inst) { () throws(OSAccessError) in try h.read(at: pos, count: n) }
            inst.attributes.setString(posKey, .int(pos + data.count))
            return .object(PyBytes(data))
        }
        m.function("readline") { vm, args throws(PythonError) in
            try args.check("readline", min: 2, max: 2, vm: vm)
            let (inst, h, pos) = try handle(vm, args[0])
            let limit = try vm.indexValue(args[1])
            let data = try io(vm, inst) { () throws(OSAccessError) in try h.readLine(at: pos, limit: limit) }
            inst.attributes.setString(posKey, .int(pos + data.count))
            return .object(PyBytes(data))
        }
        m.function("readtext") { vm, args throws(PythonError) in
            try args.check("readtext", min: 2, max: 2, vm: vm)
            let (inst, h, pos) = try handle(vm, args[0])
            let n = try vm.indexValue(args[1])
            let (encoding, errors, mode) = textSettings(inst)
            var end = pos
            var data: [UInt8]
            if n < 0 {
                data = try io(vm, inst) { () throws(OSAccessError) in try h.read(at: pos, count: -1) }
                end += data.count
            } else {
                data = try io(vm, inst) { () throws(OSAccessError) in
                    try characters(h, from: &end, count: n, utf8: encoding == "utf-8", mode: mode, lineEnd: false)
                }
            }
            inst.attributes.setString(posKey, .int(end))
            return try decode(vm, data, encoding, errors, mode)
        }
        m.function("readlinetext") { vm, args throws(PythonError) in
            try args.check("readlinetext", min: 2, max: 2, vm: vm)
            let (inst, h, pos) = try handle(vm, args[0])
            let limit = try vm.indexValue(args[1])
            let (encoding, errors, mode) = textSettings(inst)
            var end = pos
            let data = try io(vm, inst) { () throws(OSAccessError) in
                if limit >= 0 {
                    return try characters(h, from: &end, count: limit, utf8: encoding == "utf-8", mode: mode, lineEnd: true)
                }
                let line = try textLine(h, at: pos, mode: mode)
                end += line.count
                return line
            }
            inst.attributes.setString(posKey, .int(end))
            return try decode(vm, data, encoding, errors, mode)
        }
        m.function("write") { vm, args throws(PythonError) in
            try args.check("write", min: 2, max: 2, vm: vm)
            guard let bytes = args[1].bytesLike else {
                throw vm.makeError(Builtins.shared.typeError, "a bytes-like object is required, not '\(vm.typeName(args[1]))'")
            }
            let (inst, h, pos) = try handle(vm, args[0])
            try writeBytes(vm, inst, h, pos, bytes)
            return .int(bytes.count)
        }
        m.function("writetext") { vm, args throws(PythonError) in
            try args.check("writetext", min: 2, max: 2, vm: vm)
            guard case .str(let s) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "write() argument must be str, not \(vm.typeName(args[1]))")
            }
            let (inst, h, pos) = try handle(vm, args[0])
            let (encoding, errors, mode) = textSettings(inst)
            guard let encoded = try vm.encodeString(s.value, encoding: encoding, errors: errors).asBytes?.bytes else { return .int(0) }
            var bytes = encoded
            if case .exactly(let nl) = mode, nl != [0x0A], bytes.contains(0x0A) {
                bytes = []
                bytes.reserveCapacity(encoded.count)
                for b in encoded { if b == 0x0A { bytes.append(contentsOf: nl) } else { bytes.append(b) } }
            }
            try writeBytes(vm, inst, h, pos, bytes)
            return .int(s.value.unicodeScalars.count)
        }
        m.function("seek") { vm, args throws(PythonError) in
            try args.check("seek", min: 3, max: 3, vm: vm)
            let (inst, h, pos) = try handle(vm, args[0])
            let offset = try vm.indexValue(args[1])
            let whence = try vm.indexValue(args[2])
            var base = 0
            switch whence {
            case 0: base = 0
            case 1: base = pos
            case 2: base = try io(vm, inst) { () throws(OSAccessError) in try h.size() }
            default: throw vm.makeError(Builtins.shared.valueError, "invalid whence (\(whence), should be 0, 1 or 2)")
            }
            let (target, overflow) = base.addingReportingOverflow(offset)
            if overflow || target > OSRunState.maxPosition { throw vm.makeError(Builtins.shared.overflowError, "Python int too large to convert to C long") }
            if target < 0 { throw vm.osError(OSAccessError(.invalidArgument)) }
            inst.attributes.setString(posKey, .int(target))
            return .int(target)
        }
        m.function("size") { vm, args throws(PythonError) in
            try args.check("size", min: 1, max: 1, vm: vm)
            let (inst, h, _) = try handle(vm, args[0])
            return .int(try io(vm, inst) { () throws(OSAccessError) in try h.size() })
        }
        m.function("truncate") { vm, args throws(PythonError) in
            try args.check("truncate", min: 2, max: 2, vm: vm)
            let (inst, h, _) = try handle(vm, args[0])
            let size = try vm.indexValue(args[1])
            if size < 0 { throw vm.osError(OSAccessError(.invalidArgument)) }
            try io(vm, inst) { () throws(OSAccessError) in try h.truncate(to: size) }
            return .int(size)
        }
    }

    /// The open handle of a file object (reopening it after a snapshot restore), its
    /// instance and position.
    static func handle(_ vm: VM, _ value: Value) throws(PythonError) -> (PyInstance, OpenHandle, Int) {
        guard let inst = value.asInstance, case .int(let fd)? = inst.attributes.getString(fdKey) else {
            throw vm.makeError(Builtins.shared.typeError, "not a file object")
        }
        guard fd >= 0 else { throw vm.makeError(Builtins.shared.valueError, "I/O operation on closed file.") }
        guard case .int(let pos)? = inst.attributes.getString(posKey), pos >= 0, pos <= OSRunState.maxPosition else {
            throw vm.makeError(Builtins.shared.valueError, "bad file position")
        }
        let state = vm.osState
        if case .int(let ep)? = inst.attributes.getString(epochKey), ep == state.epoch, let h = state.handles[fd] {
            return (inst, h, pos)
        }
        // A file object from a snapshot: open its path again, without creating or truncating.
        guard case .str(let path)? = inst.attributes.getString(pathKey), path.value.hasPrefix("/"),
              case .int(let flags)? = inst.attributes.getString(flagsKey) else {
            throw vm.makeError(Builtins.shared.valueError, "I/O operation on closed file.")
        }
        var options = OpenOptions(rawValue: flags & 63)
        options.subtract([.create, .truncate, .exclusive])
        if state.handles.count >= OSRunState.maxOpenFiles {
            throw vm.osError(OSAccessError(.tooManyOpenFiles), filename: inst.attributes.getString("name"))
        }
        let name = inst.attributes.getString("name") ?? .str(path)
        let file = try provider(vm, name) { fs throws(OSAccessError) in try fs.open(path.value, options: options) }
        let newFD = state.nextHandle
        state.nextHandle += 1
        let h = OpenHandle(file: file, path: path.value, options: options)
        state.handles[newFD] = h
        inst.attributes.setString(fdKey, .int(newFD))
        inst.attributes.setString(epochKey, .int(state.epoch))
        return (inst, h, pos)
    }

    /// Runs a file operation, turning a provider error into `OSError` naming the file.
    @discardableResult
    static func io<T>(_ vm: VM, _ inst: PyInstance, _ body: () throws(OSAccessError) -> T) throws(PythonError) -> T {
        do {
            return try body()
        } catch {
            if vm.osState.pausedForHost { throw vm.osState.pauseError }
            throw vm.osError(error, filename: nil)
        }
    }

    static func writeBytes(_ vm: VM, _ inst: PyInstance, _ h: OpenHandle, _ pos: Int, _ bytes: [UInt8]) throws(PythonError) {
        var at = pos
        if h.options.contains(.append) { at = try io(vm, inst) { () throws(OSAccessError) in try h.size() } }
        try io(vm, inst) { () throws(OSAccessError) in try h.write(bytes, at: at) }
        inst.attributes.setString(posKey, .int(at + bytes.count))
    }

    static func textSettings(_ inst: PyInstance) -> (String, String, NewlineMode) {
        let encoding = inst.attributes.getString(encodingKey)?.asString ?? "utf-8"
        let errors = inst.attributes.getString(errorsKey)?.asString ?? "strict"
        let mode: NewlineMode
        switch inst.attributes.getString(newlineKey) {
        case .str(let s)?:
            mode = s.value.isEmpty ? .untranslated : .exactly(Array(s.value.utf8))
        default:
            mode = .universal
        }
        return (encoding, errors, mode)
    }

    static func decode(_ vm: VM, _ data: [UInt8], _ encoding: String, _ errors: String, _ mode: NewlineMode) throws(PythonError) -> Value {
        var bytes = data
        if case .universal = mode, bytes.contains(0x0D) {
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x0D {
                    out.append(0x0A)
                    if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
                } else {
                    out.append(b)
                }
                i += 1
            }
            bytes = out
        }
        return try vm.decodeBytes(bytes, encoding: encoding, errors: errors)
    }

    /// Reads up to `count` characters from `pos` (a `\r\n` pair counts as one in universal
    /// mode); with `lineEnd`, stops after a line ending.
    static func characters(_ h: OpenHandle, from pos: inout Int, count: Int, utf8: Bool, mode: NewlineMode, lineEnd: Bool) throws(OSAccessError) -> [UInt8] {
        var out: [UInt8] = []
        var chars = 0
        while chars < count, let b = try h.byte(at: pos) {
            out.append(b)
            pos += 1
            if utf8 && b >= 0xC0 {
                let len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                var k = 1
                while k < len, let c = try h.byte(at: pos), c & 0xC0 == 0x80 {
                    out.append(c)
                    pos += 1
                    k += 1
                }
            }
            chars += 1
            switch mode {
            case .universal, .untranslated:
                if b == 0x0D, try h.byte(at: pos) == 0x0A, case .universal = mode {
                    out.append(0x0A)
                    pos += 1
                } else if b == 0x0D, lineEnd, chars < count, try h.byte(at: pos) == 0x0A {
                    out.append(0x0A)
                    pos += 1
                    chars += 1
                }
                if lineEnd && (b == 0x0A || b == 0x0D) { return out }
            case .exactly(let nl):
                if lineEnd && out.count >= nl.count && Array(out.suffix(nl.count)) == nl { return out }
            }
        }
        return out
    }

    /// The bytes of one text line from `pos`, line ending included.
    static func textLine(_ h: OpenHandle, at pos: Int, mode: NewlineMode) throws(OSAccessError) -> [UInt8] {
        switch mode {
        case .universal, .untranslated:
            var line = try h.readLine(at: pos, limit: -1, stopAtCR: true)
            if line.last == 0x0D, try h.byte(at: pos + line.count) == 0x0A { line.append(0x0A) }
            return line
        case .exactly(let nl):
            guard let last = nl.last else { return [] }
            var line = try h.readLine(at: pos, limit: -1, terminator: last)
            while line.last == last && line.count >= nl.count && Array(line.suffix(nl.count)) != nl {
                let more = try h.readLine(at: pos + line.count, limit: -1, terminator: last)
                if more.isEmpty { break }
                line += more
            }
            return line
        }
    }
}
