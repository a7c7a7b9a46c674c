/// `bytearray`: mutable bytes. Implemented as a native object whose methods delegate to the
/// `bytes` algorithms where results are new values.
final class PyByteArray: PyNativeObject, @unchecked Sendable {
    /// The bytes; changes re-charge the run's books when the storage was reallocated.
    @exclusivity(unchecked) var bytes: [UInt8] {
        didSet { if accountedUnits != 0 { accountContents(bytes: bytes.capacity) } }
    }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        super.init(type: Builtins.shared.bytearray)
        accountContents(bytes: bytes.capacity)
    }
}

extension Value {
    var asByteArray: PyByteArray? {
        if case .object(let o) = self, o.kind == .native { return o as? PyByteArray }
        return nil
    }

    /// The bytes of a `bytes` or `bytearray` value.
    var bytesLike: [UInt8]? {
        if let b = asBytes { return b.bytes }
        return asByteArray?.bytes
    }
}

extension Builtins {
    func installByteArray() {
        let t = bytearray
        dict.setString(PyStr(frozen: "bytearray"), .object(t))
        t.constructor = { vm, args throws(PythonError) in
            if args.positionalCount == 0 && args.keywordCount == 0 { return .object(PyByteArray([])) }
            let made = try Builtins.shared.bytes.constructor!(vm, args)
            return .object(PyByteArray(made.asBytes?.bytes ?? []))
        }
        func this(_ vm: VM, _ args: Arguments, _ name: String) throws(PythonError) -> PyByteArray {
            guard args.count > 0, let b = args[0].asByteArray else {
                throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' for 'bytearray' objects doesn't apply to a '\(args.count > 0 ? vm.typeName(args[0]) : "nothing")' object")
            }
            return b
        }
        func byte(_ vm: VM, _ v: Value) throws(PythonError) -> UInt8 {
            let i = try vm.indexValue(v)
            guard i >= 0 && i < 256 else { throw vm.makeError(Builtins.shared.valueError, "byte must be in range(0, 256)") }
            return UInt8(i)
        }
        method(t, "__repr__") { vm, args throws(PythonError) in
            .str(PyStr("bytearray(" + StrOps.bytesRepr(try this(vm, args, "__repr__").bytes, forByteArray: true) + ")"))
        }
        method(t, "__len__") { vm, args throws(PythonError) in .int(try this(vm, args, "__len__").bytes.count) }
        method(t, "__iter__") { vm, args throws(PythonError) in
            let b = try this(vm, args, "__iter__")
            var i = 0
            return vm.nativeIterator(.bytearrayIterator) { _ throws(PythonError) in
                guard i < b.bytes.count else { return nil }
                defer { i += 1 }
                return .int(Int(b.bytes[i]))
            }
        }
        method(t, "__getitem__") { vm, args throws(PythonError) in
            let b = try this(vm, args, "__getitem__")
            if let s = args[1].asSlice { return .object(PyByteArray(try vm.sliceArray(b.bytes, s))) }
            let position = try vm.sequenceIndex(args[1], count: b.bytes.count, what: "bytearray")
            return .int(Int(b.bytes[position]))
        }
        method(t, "__setitem__") { vm, args throws(PythonError) in
            let b = try this(vm, args, "__setitem__")
            if let s = args[1].asSlice {
                var new: [UInt8] = []
                if let bl = args[2].bytesLike { new = bl } else { for v in try vm.iterateToArray(args[2]) { new.append(try byte(vm, v)) } }
                let (start, stop, step, count) = try vm.sliceIndices(s, count: b.bytes.count)
                if step == 1 {
                    b.bytes.replaceSubrange(start..<max(start, stop), with: new)
                    return .none
                }
                guard new.count == count else {
                    throw vm.makeError(Builtins.shared.valueError, "attempt to assign bytes of size \(new.count) to extended slice of size \(count)")
                }
                for k in 0..<count { b.bytes[start + k * step] = new[k] }
                return .none
            }
            // The value first: its `__index__` may resize the bytearray, and the position
            // must be checked against the size it then has.
            let value = try byte(vm, args[2])
            let position = try vm.sequenceIndex(args[1], count: b.bytes.count, what: "bytearray")
            b.bytes[position] = value
            return .none
        }
        method(t, "__delitem__") { vm, args throws(PythonError) in
            let b = try this(vm, args, "__delitem__")
            if let s = args[1].asSlice {
                let (start, _, step, count) = try vm.sliceIndices(s, count: b.bytes.count)
                b.bytes.removeSlice(start: start, step: step, count: count)
                return .none
            }
            let position = try vm.sequenceIndex(args[1], count: b.bytes.count, what: "bytearray")
            b.bytes.remove(at: position)
            return .none
        }
        method(t, "__contains__") { vm, args throws(PythonError) in
            let b = try this(vm, args, "__contains__")
            return .bool(try vm.contains(.object(PyBytes(b.bytes)), args[1]))
        }
        method(t, "__eq__") { vm, args throws(PythonError) in
            guard let other = args[1].bytesLike else { return .notImplemented }
            return .bool(try this(vm, args, "__eq__").bytes == other)
        }
        method(t, "__ne__") { vm, args throws(PythonError) in
            guard let other = args[1].bytesLike else { return .notImplemented }
            return .bool(try this(vm, args, "__ne__").bytes != other)
        }
        method(t, "__add__") { vm, args throws(PythonError) in
            guard let other = args[1].bytesLike else { return .notImplemented }
            return .object(PyByteArray(try this(vm, args, "__add__").bytes + other))
        }
        method(t, "__iadd__") { vm, args throws(PythonError) in
            guard let other = args[1].bytesLike else { return .notImplemented }
            try this(vm, args, "__iadd__").bytes += other
            return args[0]
        }
        method(t, "__mul__") { vm, args throws(PythonError) in
            let b = try this(vm, args, "__mul__")
            guard let n = try vm.repeatCount(args[1]) else { return .notImplemented }
            try vm.checkAllocation(b.bytes.count, times: max(n, 0))
            return .object(PyByteArray(n <= 0 || b.bytes.isEmpty ? [] : VM.repeated(b.bytes, n)))
        }
        method(t, "__hash__") { vm, _ throws(PythonError) in
            throw vm.makeError(Builtins.shared.typeError, "unhashable type: 'bytearray'")
        }
        t.dict.setString(PyStr(frozen: "__hash__"), .none)
        method(t, "append") { vm, args throws(PythonError) in
            try args.check("bytearray.append", min: 2, max: 2, vm: vm)
            try this(vm, args, "append").bytes.append(try byte(vm, args[1]))
            return .none
        }
        method(t, "extend") { vm, args throws(PythonError) in
            try args.check("bytearray.extend", min: 2, max: 2, vm: vm)
            let b = try this(vm, args, "extend")
            if let bl = args[1].bytesLike { b.bytes += bl } else { for v in try vm.iterateToArray(args[1]) { b.bytes.append(try byte(vm, v)) } }
            return .none
        }
        method(t, "pop") { vm, args throws(PythonError) in
            let b = try this(vm, args, "pop")
            // The index first, as in CPython: its `__index__` may change the bytearray.
            var i = args.positionalCount > 1 ? try vm.sizeArgument(args[1]) : -1
            if b.bytes.isEmpty { throw vm.makeError(Builtins.shared.indexError, "pop from empty bytearray") }
            if i < 0 { i += b.bytes.count }
            guard i >= 0 && i < b.bytes.count else { throw vm.makeError(Builtins.shared.indexError, "pop index out of range") }
            return .int(Int(b.bytes.remove(at: i)))
        }
        method(t, "insert") { vm, args throws(PythonError) in
            try args.check("bytearray.insert", min: 3, max: 3, vm: vm)
            let b = try this(vm, args, "insert")
            var i = try vm.sizeArgument(args[1])
            if i < 0 { i = max(0, i + b.bytes.count) }
            b.bytes.insert(try byte(vm, args[2]), at: min(i, b.bytes.count))
            return .none
        }
        method(t, "clear") { vm, args throws(PythonError) in
            try this(vm, args, "clear").bytes.removeAll()
            return .none
        }
        method(t, "reverse") { vm, args throws(PythonError) in
            try this(vm, args, "reverse").bytes.reverse()
            return .none
        }
        method(t, "copy") { vm, args throws(PythonError) in .object(PyByteArray(try this(vm, args, "copy").bytes)) }
        // Methods returning new values reuse the bytes implementations.
        for name in ["decode", "hex", "upper", "lower", "startswith", "endswith", "find", "count", "replace", "split", "strip", "join",
                     "lstrip", "rstrip", "rsplit", "splitlines", "partition", "rpartition", "rfind", "index", "rindex",
                     "removeprefix", "removesuffix", "center", "ljust", "rjust", "zfill", "expandtabs", "capitalize",
                     "swapcase", "title", "isalnum", "isalpha", "isascii", "isdigit", "isspace", "islower", "isupper",
                     "istitle", "translate"] {
            guard let impl = bytes.dict.getString(name) else { continue }
            method(t, name) { vm, args throws(PythonError) in
                let b = try this(vm, args, name)
                var all: [Value] = [.object(PyBytes(b.bytes))]
                for i in 1..<args.count { all.append(args[i]) }
                let r = try vm.callValue(impl, all, keywordNames: args.keywordNames)
                // bytearray methods return bytearrays where the bytes ones return bytes.
                func wrap(_ v: Value) -> Value {
                    if let rb = v.asBytes { return .object(PyByteArray(rb.bytes)) }
                    return v
                }
                if name == "decode" || name == "hex" { return r }
                if let l = r.asList { return .object(PyList(l.items.map(wrap))) }
                if let tu = r.asTuple { return .object(PyTuple(tu.items.map(wrap))) }
                return wrap(r)
            }
        }
        if let maketrans = bytes.dict.getString("maketrans") { t.dict.setString(PyStr(frozen: "maketrans"), maketrans) }
        classMethod(t, "fromhex") { vm, args throws(PythonError) in
            guard let impl = Builtins.shared.bytes.lookup("fromhex") else { return .none }
            let r = try vm.callValue(try vm.bindDescriptor(impl, instance: .none, owner: Builtins.shared.bytes), args.positionalAfterFirst)
            return .object(PyByteArray(r.bytesLike ?? []))
        }
        method(t, "remove") { vm, args throws(PythonError) in
            let b = try this(vm, args, "remove")
            try args.check("remove", min: 2, max: 2, vm: vm)
            let v = try vm.indexValue(args[1])
            guard v >= 0 && v < 256 else { throw vm.makeError(Builtins.shared.valueError, "byte must be in range(0, 256)") }
            guard let i = b.bytes.firstIndex(of: UInt8(v)) else { throw vm.makeError(Builtins.shared.valueError, "value not found in bytearray") }
            b.bytes.remove(at: i)
            return .none
        }
    }
}
