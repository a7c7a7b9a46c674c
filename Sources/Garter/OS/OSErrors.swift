/// `OSError` like CPython's: `OSError(errno, strerror[, filename[, winerror[, filename2]]])`
/// picks the subclass for the errno (`OSError(2, 'x')` is a `FileNotFoundError`), keeps
/// `errno`, `strerror`, `filename` and `filename2`, leaves only `(errno, strerror)` in `args`
/// when a file name is given, and prints as `[Errno 2] No such file or directory: 'x'`.
extension Builtins {
    func installOSErrorMethods() {
        method(osError, "__init__") { _, args throws(PythonError) in
            if let inst = args.count > 0 ? args[0].asInstance : nil {
                Builtins.parseOSErrorArguments(inst, args.positionalAfterFirst)
            }
            return .none
        }
    }

    /// `OSError(*args)` for the builtin class `t` (or the subclass its errno selects).
    static func makeOSError(_ t: PyType, _ args: [Value]) -> PyInstance {
        var cls = t
        if t === Builtins.shared.osError, args.count >= 2, args.count <= 5, case .int(let code) = args[0] {
            cls = VM.osErrorClass(code)
        }
        let inst = PyInstance(cls: cls, exceptionArgs: args)
        parseOSErrorArguments(inst, args)
        return inst
    }

    static func parseOSErrorArguments(_ inst: PyInstance, _ args: [Value]) {
        var errno: Value = .none, strerror: Value = .none, filename: Value = .none, filename2: Value = .none
        var kept = args
        if args.count >= 2 && args.count <= 5 {
            errno = args[0]
            strerror = args[1]
            if args.count >= 3, !args[2].isNone {
                filename = args[2]
                if args.count == 5, !args[4].isNone { filename2 = args[4] }
                kept = [args[0], args[1]]
            }
        }
        inst.exception?.args = kept
        inst.attributes.setString("errno", errno)
        inst.attributes.setString("strerror", strerror)
        inst.attributes.setString("filename", filename)
        inst.attributes.setString("filename2", filename2)
    }
}

extension VM {
    /// `str()` of an `OSError` with errno and strerror, or nil to use the plain rendering.
    func osErrorString(_ exc: PyInstance) throws(PythonError) -> String? {
        let a = exc.attributes
        let filename = a.getString("filename") ?? .none
        let errno = a.getString("errno") ?? .none
        let strerror = a.getString("strerror") ?? .none
        if !filename.isNone {
            let filename2 = a.getString("filename2") ?? .none
            let head = "[Errno \(try str(errno))] \(try str(strerror)): \(try repr(filename))"
            return filename2.isNone ? head : head + " -> \(try repr(filename2))"
        }
        if !errno.isNone && !strerror.isNone {
            return "[Errno \(try str(errno))] \(try str(strerror))"
        }
        return nil
    }
}
