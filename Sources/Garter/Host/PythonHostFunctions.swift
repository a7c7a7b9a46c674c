
extension HostFunction {
    /// Host functions written in Python: every public top-level function of `source` (a name
    /// not starting with `_`) becomes a host function with the same name and parameter
    /// names; `async def` functions become asynchronous host functions.
    ///
    /// The functions run in their own Garter interpreter (not the program's), one call at a
    /// time, and see only values converted through ``PythonValue``; an exception they raise
    /// reaches the program as the same built-in exception type with the same message. This is
    /// how `garter run --host-functions tools.py` lets you try host calls from the command
    /// line, and how the conformance suite tests the host boundary against CPython.
    /// - Throws: ``CompileError`` or ``PythonException`` when `source` fails to load.
    public static func python(source: String, filename: String = "<host>") throws -> [HostFunction] {
        let host = PythonHost()
        _ = try host.session.feed(source, filename: filename)
        var result: [HostFunction] = []
        for (key, value) in host.session.vm.mainGlobals.items {
            guard case .str(let name) = key, !name.value.hasPrefix("_"), case .object(let o) = value, o.kind == .function else { continue }
            let fn = unsafeDowncast(o, to: PyFunction.self)
            guard fn.module == "__main__" else { continue }
            let code = fn.code
            let params = Array(code.varnames.prefix(code.argCount))
            let declared: [String]? = (code.hasVarArgs || code.hasVarKeywords) ? nil : params
            let n = name.value
            if code.isCoroutine {
                result.append(HostFunction(n, parameters: declared) { (call: ExternalCall) async throws -> PythonValue in
                    try host.call(n, call, isAsync: true)
                })
            } else {
                result.append(HostFunction(n, parameters: declared) { (call: ExternalCall) throws -> PythonValue in
                    try host.call(n, call, isAsync: false)
                })
            }
        }
        return result
    }
}

/// The interpreter Python-defined host functions run in.
final class PythonHost: @unchecked Sendable {
    let session = Session()
    private let lock = Lock()

    func call(_ name: String, _ call: ExternalCall, isAsync: Bool) throws -> PythonValue {
        lock.lock()
        defer { lock.unlock() }
        let vm = session.vm
        guard let fn = vm.mainGlobals.getString(name) else {
            throw ExternalError("NameError", "name '\(name)' is not defined")
        }
        let names = call.kwargs.map { PyStr($0.0) }
        do {
            var args: [Value] = []
            for a in call.args { args.append(try a.toValue(vm: vm)) }
            for (_, a) in call.kwargs { args.append(try a.toValue(vm: vm)) }
            var result = try vm.callValue(fn, args, keywordNames: names)
            if isAsync {
                let asyncio = try vm.importModule("asyncio")
                result = try vm.callValue(try vm.getAttribute(asyncio, PyStr("run")), [result])
            }
            return PythonValue(result, vm: vm)
        } catch {
            let exc = error.exception
            let message = (try? vm.exceptionString(exc)) ?? ""
            var type = exc.cls
            // Report the nearest built-in type (a host's own exception classes do not cross).
            while !type.isBuiltin, let base = type.bases.first { type = base }
            if exc.cls.isSubtype(of: Builtins.shared.keyError), let first = exc.exception?.args.first, case .str(let s) = first {
                throw ExternalError(type.name, s.value)
            }
            throw ExternalError(type.name, message)
        }
    }
}
