/// Runtime support for `match` statements: sequence/mapping checks, key extraction and class
/// patterns with `__match_args__`.
extension VM {
    func isMapping(_ v: Value) -> Bool {
        if v.asDict != nil { return true }
        if case .object(let o) = v, o is PyMappingProxy { return true }
        if isUserInstance(v) { return lookupSpecial(v, PyStr("keys")) != nil && lookupSpecial(v, Names.getitem) != nil }
        return false
    }

    /// Sequence patterns match lists, tuples, ranges and user sequences, never str/bytes/dict.
    func isMatchSequence(_ v: Value) -> Bool {
        switch v {
        case .object(let o):
            switch o.kind {
            case .list, .tuple, .range: return true
            case .instance:
                return lookupSpecial(v, Names.getitem) != nil && lookupSpecial(v, Names.len) != nil && !isMapping(v)
            default: return false
            }
        default: return false
        }
    }

    func matchKeys(_ subject: Value, _ keys: Value) throws(PythonError) -> Value {
        guard let keyList = keys.asTuple?.items else { return .none }
        var values: [Value] = []
        var seen: [Value] = []
        for k in keyList {
            for s in seen where try equals(s, k) {
                throw makeError(Builtins.shared.valueError, "mapping pattern checks duplicate key (\(try repr(k)))")
            }
            seen.append(k)
            if let d = subject.asDict {
                guard let v = try d.get(k, vm: self) else { return .none }
                values.append(v)
            } else {
                guard let get = try getAttributeOrNil(subject, PyStr("get")) else { return .none }
                let marker = Value.object(PyCell())
                let v = try callValue(get, [k, marker])
                if v.isIdentical(to: marker) { return .none }
                values.append(v)
            }
        }
        return .object(PyTuple(values))
    }

    func copyDictWithoutKeys(_ subject: Value, _ keys: Value) throws(PythonError) -> Value {
        let d = PyDict()
        if let src = subject.asDict {
            for (k, v) in src.items { try d.set(k, v, vm: self) }
        } else {
            let keysMethod = try getAttribute(subject, PyStr("keys"))
            for k in try iterateToArray(try callValue(keysMethod, [])) {
                try d.set(k, try getItem(subject, k), vm: self)
            }
        }
        for k in keys.asTuple.map({ $0.array }) ?? [] { try d.remove(k, vm: self) }
        return .object(d)
    }

    /// Class pattern: returns a tuple of the positional then keyword sub-values, or None.
    func matchClass(_ subject: Value, _ clsValue: Value, positionalCount: Int, names: Value) throws(PythonError) -> Value {
        guard let cls = clsValue.asType else {
            throw makeError(Builtins.shared.typeError, "called match pattern must be a class")
        }
        if !isInstance(subject, cls) { return .none }
        var out: [Value] = []
        if positionalCount > 0 {
            let selfMatching: Set<String> = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]
            if cls.isBuiltin && selfMatching.contains(cls.name) {
                if positionalCount > 1 {
                    throw makeError(Builtins.shared.typeError, "\(cls.name)() accepts 1 positional sub-pattern (\(positionalCount) given)")
                }
                out.append(subject)
            } else {
                guard let matchArgs = cls.lookup(Names.matchArgs) else {
                    throw makeError(Builtins.shared.typeError, "\(cls.name)() accepts 0 positional sub-patterns (\(positionalCount) given)")
                }
                guard let args = matchArgs.asTuple?.items else {
                    throw makeError(Builtins.shared.typeError, "\(cls.name).__match_args__ must be a tuple (got \(typeName(matchArgs)))")
                }
                if positionalCount > args.count {
                    throw makeError(Builtins.shared.typeError, "\(cls.name)() accepts \(args.count) positional sub-pattern\(args.count == 1 ? "" : "s") (\(positionalCount) given)")
                }
                for i in 0..<positionalCount {
                    guard case .str(let name) = args[i] else {
                        throw makeError(Builtins.shared.typeError, "__match_args__ elements must be strings (got \(typeName(args[i])))")
                    }
                    guard let v = try getAttributeOrNil(subject, name) else { return .none }
                    out.append(v)
                }
            }
        }
        for n in names.asTuple.map({ $0.array }) ?? [] {
            guard case .str(let name) = n else { continue }
            guard let v = try getAttributeOrNil(subject, name) else { return .none }
            out.append(v)
        }
        return .object(PyTuple(out))
    }
}
