import BigInt

/// `_gos`: the native core of `os`, `os.path`, `pathlib` and file objects (`io.open`). Every
/// call goes through the run's ``OSRunState``: paths are made absolute against the virtual
/// working directory and handed to the host's ``OSAccess`` provider; its errors become
/// CPython's `OSError` subclasses with `errno`, `strerror` and `filename`.
///
/// File objects are Python instances (see `IOModule.fileSource`) whose state lives in their
/// attributes: `_fd` (handle number, -1 when closed), `_ep` (epoch of the run that opened
/// the handle), `_path` (absolute virtual path), `_flags` (``OpenOptions`` bits), `_pos`
/// (byte position), and for text files `_enc`, `_errors`, `_nl`. A file object restored from
/// a snapshot finds its handle stale and reopens its path (without creating or truncating)
/// at its saved position.
enum OSNativeModule {
    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("_gos")
        // MARK: paths and directories
        m.function("getcwd") { vm, _ throws(PythonError) in .str(PyStr(vm.osState.cwd)) }
        m.function("chdir") { vm, args throws(PythonError) in
            try args.check("chdir", min: 1, max: 1, vm: vm)
            let (orig, path) = try pathArgument(vm, args[0], "chdir")
            let status = try provider(vm, orig) { fs throws(OSAccessError) in try fs.status(path, followSymlinks: true) }
            guard status.kind == .directory else {
                throw vm.osError(OSAccessError(.notADirectory), filename: orig)
            }
            let real = (try? vm.osState.files().realPath(path)) ?? VirtualPath.normalize(path)
            if vm.osState.pausedForHost { throw vm.osState.pauseError }
            vm.osState.cwd = VirtualPath.normalize(real)
            return .none
        }
        m.function("stat") { vm, args throws(PythonError) in
            try args.check("stat", min: 2, max: 3, vm: vm)
            let (orig, path) = try pathArgument(vm, args[0], args.count > 2 ? (args[2].asString ?? "stat") : "stat")
            let follow = try vm.isTrue(args[1])
            let s = try provider(vm, orig) { fs throws(OSAccessError) in try fs.status(path, followSymlinks: follow) }
            let type = s.kind == .directory ? 0o040000 : s.kind == .symbolicLink ? 0o120000 : 0o100000
            let mtime = s.modificationTime.isFinite ? s.modificationTime : 0
            return .object(PyTuple([.int(type | (s.permissions & 0o7777)), .int(max(0, s.size)), .float(mtime)]))
        }
        m.function("listdir") { vm, args throws(PythonError) in
            try args.check("listdir", min: 1, max: 1, vm: vm)
            let (orig, path) = try pathArgument(vm, args[0], "listdir")
            let names = try provider(vm, orig) { fs throws(OSAccessError) in try fs.listDirectory(path) }
            let asBytes = orig.asBytes != nil
            return .object(PyList(names.map { asBytes ? .object(PyBytes(Array($0.utf8))) : .str(PyStr($0)) }))
        }
        m.function("mkdir") { vm, args throws(PythonError) in
            try args.check("mkdir", min: 1, max: 1, vm: vm)
            let (orig, path) = try pathArgument(vm, args[0], "mkdir")
            try provider(vm, orig) { fs throws(OSAccessError) in try fs.createDirectory(path) }
            return .none
        }
        m.function("rmdir") { vm, args throws(PythonError) in
            try args.check("rmdir", min: 1, max: 1, vm: vm)
            let (orig, path) = try pathArgument(vm, args[0], "rmdir")
            try provider(vm, orig) { fs throws(OSAccessError) in try fs.removeDirectory(path) }
            return .none
        }
        m.function("unlink") { vm, args throws(PythonError) in
            try args.check("unlink", min: 1, max: 2, vm: vm)
            let (orig, path) = try pathArgument(vm, args[0], args.count > 1 ? (args[1].asString ?? "unlink") : "unlink")
            try provider(vm, orig) { fs throws(OSAccessError) in try fs.removeFile(path) }
            return .none
        }
        m.function("rename") { vm, args throws(PythonError) in
            try args.check("rename", min: 2, max: 3, vm: vm)
            let fn = args.count > 2 ? (args[2].asString ?? "rename") : "rename"
            let (o1, p1) = try pathArgument(vm, args[0], fn, role: "src")
            let (o2, p2) = try pathArgument(vm, args[1], fn, role: "dst")
            try provider(vm, o1, o2) { fs throws(OSAccessError) in try fs.rename(p1, to: p2) }
            return .none
        }
        m.function("realpath") { vm, args throws(PythonError) in
            try args.check("realpath", min: 1, max: 1, vm: vm)
            let (orig, path) = try pathArgument(vm, args[0], "realpath")
            let real: String
            if vm.osState.hasFiles {
                do { real = try vm.osState.files().realPath(path) } catch { real = VirtualPath.normalize(path) }
                if vm.osState.pausedForHost { throw vm.osState.pauseError }
            } else {
                real = VirtualPath.normalize(path)
            }
            return orig.asBytes != nil ? .object(PyBytes(Array(real.utf8))) : .str(PyStr(real))
        }
        m.function("environ") { vm, _ throws(PythonError) in
            let d = PyDict()
            for (k, v) in vm.osState.config.environment.sorted(by: { $0.key < $1.key }) {
                d.setString(PyStr(k), .str(PyStr(v)))
            }
            return .object(d)
        }
        m.function("has_files") { vm, _ throws(PythonError) in .bool(vm.osState.hasFiles) }
        m.function("urandom") { vm, args throws(PythonError) in
            try args.check("urandom", min: 1, max: 1, vm: vm)
            let n = try vm.indexValue(args[0])
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "negative argument not allowed") }
            if n > 1 << 24 { throw vm.makeError(Builtins.shared.memoryError, "") }
            return .object(PyBytes(SystemHost.entropy(vm, count: n)))
        }
        installFileFunctions(m)
        if vm.osState.hostFiles != nil {
            // The host answers file operations: the primitives become calls the dispatch
            // loop can pause at (see `HostAnsweredFiles`).
            for (k, v) in m.module.dict.items {
                guard case .str(let key) = k, case .object(let o) = v, let f = o as? PyBuiltinFunction else { continue }
                m.module.dict.setString(key, .object(PyExternalFunction(name: f.name, parameters: nil, isAsync: false, role: .os, native: f.body)))
            }
        }
        return m.module
    }

    // MARK: Helpers

    /// `os.fspath` for a path argument: the original str/bytes (what error messages show)
    /// and the absolute virtual path for the provider. Refuses NUL bytes like CPython.
    static func pathArgument(_ vm: VM, _ value: Value, _ function: String?, role: String = "path") throws(PythonError) -> (Value, String) {
        var v = value
        if v.asString == nil && v.asBytes == nil, vm.isUserInstance(v),
           let r = try vm.callSpecial(v, PyStr("__fspath__"), []) {
            guard r.asString != nil || r.asBytes != nil else {
                throw vm.makeError(Builtins.shared.typeError, "expected \(vm.typeOf(value).name).__fspath__() to return str or bytes, not \(vm.typeName(r))")
            }
            v = r
        }
        let text: String
        if let s = v.asString {
            text = s
        } else if let b = v.asBytes {
            guard case .str(let s) = try vm.decodeBytes(b.bytes, encoding: "utf-8", errors: "strict") else { text = ""; return (v, text) }
            text = s.value
        } else {
            let t = vm.typeName(value)
            if let function {
                let accepted: String
                switch function {
                case "listdir", "scandir": accepted = "string, bytes, os.PathLike, integer or None"
                case "stat", "chdir": accepted = "string, bytes, os.PathLike or integer"
                default: accepted = "string, bytes or os.PathLike"
                }
                throw vm.makeError(Builtins.shared.typeError, "\(function): \(role) should be \(accepted), not \(t)")
            }
            throw vm.makeError(Builtins.shared.typeError, "expected str, bytes or os.PathLike object, not \(t)")
        }
        if text.utf8.contains(0) { throw vm.makeError(Builtins.shared.valueError, "embedded null byte") }
        if text.isEmpty { throw vm.osError(OSAccessError(.noSuchFileOrDirectory), filename: v) }
        var abs = vm.osState.absolute(text)
        if abs.utf8.count > VirtualFileSystem.maxPathLength {
            throw vm.osError(OSAccessError(.fileNameTooLong), filename: v)
        }
        if abs != "/" && (text.hasSuffix("/") || text.hasSuffix("/.") || text == ".") { abs += "/" }
        return (v, abs)
    }

    /// Runs a provider call, turning its error into the Python exception.
    @discardableResult
    static func provider<T>(_ vm: VM, _ filename: Value, _ filename2: Value? = nil, _ body: (any OSAccess) throws(OSAccessError) -> T) throws(PythonError) -> T {
        do {
            return try body(try vm.osState.files())
        } catch {
            if vm.osState.pausedForHost { throw vm.osState.pauseError }
            throw vm.osError(error, filename: filename, filename2: filename2)
        }
    }
}

extension VM {
    /// The `OSError` subclass CPython picks for an errno (`FileNotFoundError` for 2, ...).
    static func osErrorClass(_ errno: Int) -> PyType {
        let b = Builtins.shared
        switch errno {
        case 2: return b.fileNotFoundError
        case 17: return b.fileExistsError
        case 1, 13: return b.permissionError
        case 20: return b.notADirectoryError
        case 21: return b.isADirectoryError
        case 110: return b.timeoutError
        default:
            if let t = b.extraOSErrors[errno] { return t }
            return b.osError
        }
    }

    /// An `OSError` like CPython raises for a failed system call on `filename`.
    func osError(_ e: OSAccessError, filename: Value? = nil, filename2: Value? = nil) -> PythonError {
        let exc = PyInstance(cls: VM.osErrorClass(e.code.rawValue), exceptionArgs: [.int(e.code.rawValue), .str(PyStr(e.message))])
        exc.attributes.setString("errno", .int(e.code.rawValue))
        exc.attributes.setString("strerror", .str(PyStr(e.message)))
        exc.attributes.setString("filename", filename ?? .none)
        exc.attributes.setString("filename2", filename2 ?? .none)
        return PythonError(exc)
    }
}
