/// `int | None` and other `X | Y` unions of classes (PEP 604), as used in annotations and
/// `isinstance(x, int | str)`.
final class PyUnion: PyNativeObject, @unchecked Sendable {
    private(set) var members: [Value]

    init(_ members: [Value]) {
        self.members = members
        super.init(type: PyUnion.unionType)
    }

    deinit { Trashcan.release(&members) }

    nonisolated(unsafe) static let unionType: PyType = {
        let t = PyType(name: "UnionType", bases: [Builtins.shared.object], isBuiltin: true, module: "types")
        t.mro = [t, Builtins.shared.object]
        t.dict.setString(PyStr(frozen: "__repr__"), .object(PyBuiltinFunction(name: "__repr__", owner: "UnionType") { vm, args throws(PythonError) in
            guard args.count > 0, case .object(let o) = args[0], let u = o as? PyUnion else { return .str(PyStr.empty) }
            var parts: [String] = []
            for m in u.members {
                if m.isNone { parts.append("None") }
                else if let t = m.asType { parts.append(t.isBuiltin ? t.name : "\(t.module).\(t.qualname)") }
                else { parts.append(try vm.repr(m)) }
            }
            return .str(PyStr(parts.joined(separator: " | ")))
        }))
        let args = PyBuiltinFunction(name: "__args__", owner: "UnionType") { vm, args throws(PythonError) in
            guard args.count > 0, case .object(let o) = args[0], let u = o as? PyUnion else { return .none }
            return .object(PyTuple(u.members.map { $0.isNone ? .object(Builtins.shared.noneType) : $0 }))
        }
        t.dict.setString(PyStr(frozen: "__args__"), .object(PyProperty(getter: .object(args), setter: .none, deleter: .none, doc: .none)))
        t.dict.setString(PyStr(frozen: "__eq__"), .object(PyBuiltinFunction(name: "__eq__", owner: "UnionType") { vm, args throws(PythonError) in
            guard args.count > 1, case .object(let a) = args[0], let u = a as? PyUnion,
                  case .object(let b) = args[1], let w = b as? PyUnion else { return .notImplemented }
            // Equal as sets of members, like CPython.
            for m in u.members where !w.members.contains(where: { $0.isIdentical(to: m) }) { return .bool(false) }
            for m in w.members where !u.members.contains(where: { $0.isIdentical(to: m) }) { return .bool(false) }
            return .bool(true)
        }))
        t.dict.setString(PyStr(frozen: "__hash__"), .object(PyBuiltinFunction(name: "__hash__", owner: "UnionType") { vm, args throws(PythonError) in
            guard args.count > 0, case .object(let o) = args[0], let u = o as? PyUnion else { return .int(0) }
            var h = 0
            for m in u.members { h ^= try vm.hash(m) }
            return .int(h == -1 ? -2 : h)
        }))
        return t
    }()
}

extension VM {
    /// `X | Y` where the operands are classes, None or unions; nil when they are not.
    func unionOf(_ a: Value, _ b: Value) -> Value? {
        func members(_ v: Value) -> [Value]? {
            if v.isNone { return [.none] }
            if v.asType != nil { return [v] }
            if case .object(let o) = v, let u = o as? PyUnion { return u.members }
            if case .object(let o) = v, o is PyGenericAlias { return [v] }
            return nil
        }
        guard let x = members(a), let y = members(b) else { return nil }
        if a.isNone && b.isNone { return nil }
        var out: [Value] = []
        for m in x + y where !out.contains(where: { $0.isIdentical(to: m) }) { out.append(m) }
        return .object(PyUnion(out))
    }
}
