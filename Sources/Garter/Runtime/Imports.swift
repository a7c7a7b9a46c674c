/// `import`: only modules implemented inside Garter can be imported; everything else is a
/// `ModuleNotFoundError`, so sandboxed code cannot reach the host.
extension VM {
    func importModule(_ name: String) throws(PythonError) -> Value {
        if let m = modules[name] { return .object(m) }
        if let factory = ModuleRegistry.factories[name] {
            let m = try factory(self)
            modules[name] = m
            return .object(m)
        }
        let e = makeException(Builtins.shared.moduleNotFoundError, "No module named '\(name)'")
        e.attributes.setString("name", .str(PyStr(name)))
        throw PythonError(e)
    }

    func importFrom(_ module: Value, _ name: PyStr) throws(PythonError) -> Value {
        guard let m = module.asModule else {
            return try getAttribute(module, name)
        }
        if let v = m.dict.getString(name) { return v }
        if let sub = try? importModule(m.name + "." + name.value) { return sub }
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

/// The modules Garter implements, by name. The standard-library issue fills this in.
enum ModuleRegistry {
    typealias Factory = (VM) throws(PythonError) -> PyModule
    nonisolated(unsafe) static let factories: [String: Factory] = [:]
}
