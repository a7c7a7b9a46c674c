/// Special methods of builtin types that the VM implements directly (iteration of `str` and
/// `tuple`, `len(range)`, set algebra, sequence comparison...), registered on the types so
/// that `hasattr("abc", "__iter__")`, `dir(tuple)` and explicit calls such as
/// `(1, 2).__add__((3,))` or `{1} .__or__({2})` behave as in CPython. Each delegates to the
/// operation the VM performs for the corresponding syntax.
extension Builtins {
    /// Registers `name` on `type` with `arity` arguments after the receiver; the body gets
    /// the receiver's builtin value (for instances of subclasses, the wrapped value).
    /// `type.name(other)`: `op` on the receiver and an operand of the same builtin family
    /// (sets, dicts), swapped for a reflected method; `NotImplemented` for other operands.
    private func familyOperator(_ type: PyType, _ name: String, _ op: BinaryOperator, family: Int, reflected: Bool = false, inplace: Bool = false) {
        protocolMethod(type, name, arity: 1) { vm, v, a throws(PythonError) in
            let other = vm.builtinBase(a[0])
            guard Builtins.family(other) == family else { return .notImplemented }
            return reflected ? try vm.binaryOperation(op, other, v, inplace: false) : try vm.binaryOperation(op, v, other, inplace: inplace)
        }
    }

    private func protocolMethod(_ type: PyType, _ name: String, arity: Int,
                                _ body: @escaping (VM, Value, Arguments) throws(PythonError) -> Value) {
        method(type, name) { vm, args throws(PythonError) in
            let rest = args.droppingFirst
            // CPython's slot wrappers word these errors themselves.
            if rest.keywordCount != 0 {
                throw vm.makeError(Builtins.shared.typeError, "wrapper \(name)() takes no keyword arguments")
            }
            if rest.count != arity {
                throw vm.makeError(Builtins.shared.typeError, "expected \(arity) argument\(arity == 1 ? "" : "s"), got \(rest.count)")
            }
            return try body(vm, vm.builtinBase(args[0]), rest)
        }
    }

    /// The family a builtin value belongs to for comparisons and set algebra (`set` and
    /// `frozenset` are one family); nil for values of other types.
    private static func family(_ v: Value) -> Int? {
        switch v {
        case .str: return 0
        case .object(let o):
            switch o.kind {
            case .tuple: return 1
            case .list: return 2
            case .bytes: return 3
            case .set, .frozenSet: return 4
            case .dict: return 5
            default: return nil
            }
        default: return nil
        }
    }

    /// Registers the special methods listed in this file's overview on the builtin types.
    func installProtocolDunders() {
        // Containers: iteration, size, item access and membership.
        for t in [str, tuple, set, frozenset, bytes, range] {
            protocolMethod(t, "__iter__", arity: 0) { vm, v, _ throws(PythonError) in try vm.getIterator(v) }
        }
        for t in [bytes, range] {
            protocolMethod(t, "__len__", arity: 0) { vm, v, _ throws(PythonError) in .int(try vm.length(of: v)) }
            protocolMethod(t, "__getitem__", arity: 1) { vm, v, a throws(PythonError) in try vm.getItem(v, a[0]) }
            protocolMethod(t, "__contains__", arity: 1) { vm, v, a throws(PythonError) in .bool(try vm.contains(v, a[0])) }
        }
        protocolMethod(bytes, "__bytes__", arity: 0) { _, v, _ throws(PythonError) in v }
        for t in [range, noneType] {
            protocolMethod(t, "__bool__", arity: 0) { vm, v, _ throws(PythonError) in .bool(try vm.isTrue(v)) }
        }

        // Sequence concatenation and repetition (their TypeErrors are CPython's).
        for t in [tuple, bytes] {
            protocolMethod(t, "__add__", arity: 1) { vm, v, a throws(PythonError) in
                try vm.binaryOperation(.add, v, vm.builtinBase(a[0]), inplace: false)
            }
        }
        for t in [list, tuple, bytes] {
            protocolMethod(t, "__mul__", arity: 1) { vm, v, a throws(PythonError) in try vm.binaryOperation(.mul, v, a[0], inplace: false) }
        }
        for t in [str, list, tuple, bytes] {
            protocolMethod(t, "__rmul__", arity: 1) { vm, v, a throws(PythonError) in try vm.binaryOperation(.mul, v, a[0], inplace: false) }
        }
        protocolMethod(list, "__iadd__", arity: 1) { vm, v, a throws(PythonError) in try vm.binaryOperation(.add, v, a[0], inplace: true) }
        protocolMethod(list, "__imul__", arity: 1) { vm, v, a throws(PythonError) in try vm.binaryOperation(.mul, v, a[0], inplace: true) }
        protocolMethod(list, "__delitem__", arity: 1) { vm, v, a throws(PythonError) in
            try vm.deleteItem(v, a[0])
            return .none
        }

        // Ordering within a family; NotImplemented across families.
        let orderings: [(String, CompareOperator)] = [("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)]
        for t in [str, list, tuple, bytes, set, frozenset] {
            for (name, op) in orderings {
                protocolMethod(t, name, arity: 1) { vm, v, a throws(PythonError) in
                    let other = vm.builtinBase(a[0])
                    guard let f = Builtins.family(other), f == Builtins.family(v) else { return .notImplemented }
                    return try vm.compare(op, v, other)
                }
            }
        }

        // Set algebra and the dict union.
        let setOperators: [(String, BinaryOperator)] = [("or", .or), ("and", .and), ("sub", .sub), ("xor", .xor)]
        for t in [set, frozenset] {
            for (name, op) in setOperators {
                familyOperator(t, "__\(name)__", op, family: 4)
                familyOperator(t, "__r\(name)__", op, family: 4, reflected: true)
            }
        }
        for (name, op) in setOperators {
            familyOperator(set, "__i\(name)__", op, family: 4, inplace: true)
        }
        familyOperator(dictType, "__or__", .or, family: 5)
        familyOperator(dictType, "__ror__", .or, family: 5, reflected: true)
        protocolMethod(dictType, "__ior__", arity: 1) { vm, v, a throws(PythonError) in
            try vm.binaryOperation(.or, v, a[0], inplace: true)
        }

        // Numbers: rounding toward integers and divmod.
        for t in [int, float] {
            protocolMethod(t, "__trunc__", arity: 0) { vm, v, _ throws(PythonError) in
                try MathModule.roundingFunction(vm, v, special: PyStr("__trunc__")) { $0.rounded(.towardZero) }
            }
            protocolMethod(t, "__floor__", arity: 0) { vm, v, _ throws(PythonError) in
                try MathModule.roundingFunction(vm, v, special: PyStr("__floor__")) { $0.rounded(.down) }
            }
            protocolMethod(t, "__ceil__", arity: 0) { vm, v, _ throws(PythonError) in
                try MathModule.roundingFunction(vm, v, special: PyStr("__ceil__")) { $0.rounded(.up) }
            }
            protocolMethod(t, "__divmod__", arity: 1) { vm, v, a throws(PythonError) in
                guard PyNumber.operand(vm.builtinBase(a[0])) != nil else { return .notImplemented }
                return try vm.callValue(Builtins.shared.dict.getString("divmod") ?? .none, [v, a[0]])
            }
            protocolMethod(t, "__rdivmod__", arity: 1) { vm, v, a throws(PythonError) in
                guard PyNumber.operand(vm.builtinBase(a[0])) != nil else { return .notImplemented }
                return try vm.callValue(Builtins.shared.dict.getString("divmod") ?? .none, [a[0], v])
            }
        }
        protocolMethod(float, "__int__", arity: 0) { vm, v, _ throws(PythonError) in try vm.toInt(v) }
    }
}
