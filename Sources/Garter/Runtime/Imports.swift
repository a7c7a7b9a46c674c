/// `import`: only modules implemented inside Garter can be imported; everything else is a
/// `ModuleNotFoundError`, so sandboxed code cannot reach the host.
extension VM {
    func importModule(_ name: String) throws(PythonError) -> Value {
        if let m = modules[name] { return .object(m) }
        if let definition = ModuleRegistry.definitions[name] {
            // A submodule (`json.decoder`): import the package first, like CPython.
            var parent: PyModule? = nil
            if let dot = name.lastIndex(of: ".") {
                parent = try importModule(String(name[..<dot])).asModule
                if let m = modules[name] { return .object(m) }
            }
            let m: PyModule
            switch definition {
            case .native(let factory):
                m = try factory(self)
            case .source(let source):
                let code = try ModuleRegistry.code(for: name, source: source)
                m = PyModule(name: name)
                m.dict.setString("__name__", .str(PyStr(name)))
                modules[name] = m
                do {
                    try runModuleCode(code, globals: m.dict)
                } catch {
                    modules[name] = nil
                    throw error
                }
            }
            modules[name] = m
            moduleOrder.append(name)
            if let parent, let dot = name.lastIndex(of: ".") {
                parent.dict.setString(PyStr(String(name[name.index(after: dot)...])), .object(m))
            }
            return .object(m)
        }
        let e = makeException(Builtins.shared.moduleNotFoundError, "No module named '\(name)'")
        e.attributes.setString("name", .str(PyStr(name)))
        throw PythonError(e)
    }

    /// Runs module-level code with the given globals (Python-source modules).
    func runModuleCode(_ code: CodeObject, globals: PyDict) throws(PythonError) {
        let (start, chunkEnd) = freeStackStart
        let f = try pushFrame(code: code, function: nil, globals: globals, start: start, initialized: 0, chunkEnd: chunkEnd)
        f.pointee.isEntry = true
        _ = try execute(f)
    }

    func importFrom(_ module: Value, _ name: PyStr) throws(PythonError) -> Value {
        guard let m = module.asModule else {
            return try getAttribute(module, name)
        }
        if let v = m.dict.getString(name) { return v }
        // `from package import name` may name a submodule. Only its absence becomes the
        // ImportError below: any other error (one raised while the submodule runs, or a run
        // limit, which nothing in the run may catch) propagates.
        let submodule = m.name + "." + name.value
        if ModuleRegistry.definitions[submodule] != nil { return try importModule(submodule) }
        throw makeError(Builtins.shared.importError, "cannot import name '\(name.value)' from '\(m.name)' (unknown location)")
    }

    func importStar(_ module: Value, into ns: PyDict) throws(PythonError) {
        guard let m = module.asModule else { return }
        if let all = m.dict.getString("__all__") {
            for n in try iterateToArray(all) {
                guard case .str(let s) = n else { continue }
                ns.setString(s, try importFrom(module, s))
            }
            return
        }
        for (k, v) in m.dict.items {
            guard case .str(let s) = k, !s.value.hasPrefix("_") else { continue }
            ns.setString(s, v)
        }
    }
}

/// The modules Garter implements: native ones built in Swift, and ones written in Python
/// whose source is compiled once per process and shared (code objects are immutable).
enum ModuleRegistry {
    typealias Factory = @Sendable (VM) throws(PythonError) -> PyModule

    enum Definition: Sendable {
        /// Built in Swift.
        case native(Factory)
        /// Python source run in a fresh module namespace at first import.
        case source(String)
    }

    /// Every importable module by name (see `Modules/ModuleList.swift`).
    static var definitions: [String: Definition] { ModuleList.all }

    private static let cacheLock = Lock()
    nonisolated(unsafe) private static var compiled: [String: CodeObject] = [:]

    /// Python-source modules standing in for modules CPython implements in C (or for
    /// Garter's own helpers): tracebacks show no frames of theirs, like CPython's.
    static let hiddenFrameModules: Set<String> = [
        "_garter_exceptstar", "_garter_anext", "_structseq", "sys", "io", "_csv", "functools",
        "collections", "datetime", "struct", "decimal", "time", "abc", "binascii",
    ]

    /// Parts of Python-source modules that CPython implements in C (asyncio's Future and
    /// Task are `_asyncio`): functions whose qualified name starts with one of these.
    static let hiddenFrameQualnames: [String: [String]] = [
        "asyncio": ["Future.", "Task.", "_GatheringFuture.", "_Yield."],
    ]

    /// The compiled code of a Python-source module (compiled on first use).
    static func code(for name: String, source: String) throws(PythonError) -> CodeObject {
        cacheLock.lock()
        defer { cacheLock.unlock() }
        if let c = compiled[name] { return c }
        do {
            let c = try Compiler.compile(source: source, filename: "<\(name)>", mode: .module)
            if hiddenFrameModules.contains(name) {
                for code in SnapshotEncoder.codeTable(c) { code.hiddenInTracebacks = true }
            } else if let prefixes = hiddenFrameQualnames[name] {
                for code in SnapshotEncoder.codeTable(c) where prefixes.contains(where: { code.qualname.hasPrefix($0) }) {
                    code.hiddenInTracebacks = true
                }
            }
            compiled[name] = c
            return c
        } catch {
            throw VM.makeErrorStatic(Builtins.shared.systemError, "cannot compile built-in module \(name): \(error)")
        }
    }
}

/// Helps native modules declare their contents.
struct ModuleBuilder {
    let module: PyModule

    init(_ name: String) {
        module = PyModule(name: name)
        module.dict.setString("__name__", .str(PyStr(name)))
    }

    func function(_ name: String, _ body: @escaping BuiltinBody) {
        let f = PyBuiltinFunction(name: name, body: body)
        if !module.name.hasPrefix("_") { f.moduleName = module.name }
        module.dict.setString(PyStr(name), .object(f))
    }

    func value(_ name: String, _ v: Value) {
        module.dict.setString(PyStr(name), v)
    }
}
