/// `locals()` and argument-less `vars()`; `aiter()`/`anext()`.
extension Builtins {
    func installLocalsAndAsyncIteration() {
        // `exit()`/`quit()` (the site module's Quitter objects): raise SystemExit(code).
        for name in ["exit", "quit"] {
            function(name) { vm, args throws(PythonError) in
                try args.check(name, min: 0, max: 1, keywords: ["code"], vm: vm)
                let code = args.positionalCount > 0 ? args[0] : (args.keyword("code") ?? .none)
                let exc = try vm.callValue(.object(Builtins.shared.systemExit), code.isNone ? [] : [code])
                guard let inst = exc.asInstance else { return .none }
                throw PythonError(inst)
            }
        }
        function("aiter") { vm, args throws(PythonError) in
            try args.check("aiter", min: 1, max: 1, vm: vm)
            guard let r = try vm.callSpecial(args[0], PyStr("__aiter__"), []) else {
                throw vm.makeError(Builtins.shared.typeError, "'\(vm.typeName(args[0]))' object is not an async iterable")
            }
            return r
        }
        function("anext") { vm, args throws(PythonError) in
            try args.check("anext", min: 1, max: 2, vm: vm)
            if args.positionalCount == 1 {
                guard let r = try vm.callSpecial(args[0], PyStr("__anext__"), []) else {
                    throw vm.makeError(Builtins.shared.typeError, "'\(vm.typeName(args[0]))' object is not an async iterator")
                }
                return r
            }
            if vm.lookupSpecial(args[0], PyStr("__anext__")) == nil {
                throw vm.makeError(Builtins.shared.typeError, "'\(vm.typeName(args[0]))' object is not an async iterator")
            }
            // With a default: a coroutine that turns StopAsyncIteration into the default.
            let helper = try vm.getAttribute(try vm.importModule("_garter_anext"), PyStr("anext_default"))
            return try vm.callValue(helper, [args[0], args[1]])
        }
        function("locals") { vm, args throws(PythonError) in
            try args.check("locals", min: 0, max: 0, vm: vm)
            return .object(vm.currentLocals())
        }
    }
}

extension VM {
    /// `locals()` of the running Python frame: the namespace of a class body or module, or
    /// for a function a new dict of its bound local, cell and free variables.
    func currentLocals() -> PyDict {
        guard frameCount > 0 else { return mainGlobals }
        let f = frames[frameCount - 1]
        if let ns = f.namespace { return ns }
        let code = f.code
        if code.qualname == "<module>" { return f.globals }
        let d = PyDict()
        for (i, name) in code.varnames.enumerated() where i < code.localCount {
            if case .unbound = f.locals[i] { continue }
            if code.cellvars.contains(name) { continue }
            d.setString(PyStr(name), f.locals[i])
        }
        for (i, name) in code.cellvars.enumerated() where i < code.cellCount {
            guard let cell = f.locals[code.localCount + i].asCell else { continue }
            if case .unbound = cell.value { continue }
            d.setString(PyStr(name), cell.value)
        }
        for (i, name) in code.freevars.enumerated() where i < code.freeCount {
            guard let cell = f.locals[code.localCount + code.cellCount + i].asCell else { continue }
            if case .unbound = cell.value { continue }
            d.setString(PyStr(name), cell.value)
        }
        return d
    }
}
