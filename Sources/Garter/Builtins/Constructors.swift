import BigInt

/// Calling builtin types: `int(...)`, `str(...)`, `list(...)`, `property(...)`, ...
extension Builtins {
    func installConstructors() {
        int.constructor = { vm, args throws(PythonError) in
            try args.check("int", min: 0, max: 2, keywords: ["base"], vm: vm)
            if args.positionalCount == 0 && args.keyword("base") == nil { return .int(0) }
            let x = args.positionalCount > 0 ? args[0] : .int(0)
            if let baseValue = args.positionalCount > 1 ? args[1] : args.keyword("base") {
                let base = try vm.indexValue(baseValue)
                let text: String
                if case .str(let s) = x { text = s.value }
                else if let b = x.asBytes { text = String(decoding: b.bytes, as: UTF8.self) }
                else { throw vm.makeError(Builtins.shared.typeError, "int() can't convert non-string with explicit base") }
                return try vm.parseIntText(text, base: base)
            }
            return try vm.toInt(x)
        }
        float.constructor = { vm, args throws(PythonError) in
            try args.check("float", min: 0, max: 1, vm: vm)
            if args.positionalCount == 0 { return .float(0) }
            let x = args[0]
            switch x {
            case .float: return x
            case .int(let i): return .float(Double(i))
            case .bool(let b): return .float(b ? 1 : 0)
            case .str(let s):
                do throws(PyErrorMessage) { return .float(try NumberText.parseFloat(s.value)) } catch { throw VM.error(from: error) }
            default:
                if let b = x.asBigInt { return .float(try PyNumber.toDouble(.big(b.value))) }
                if vm.isUserInstance(x) {
                    if let r = try vm.callSpecial(x, Names.float, []) { return r }
                    if let r = try vm.callSpecial(x, Names.index, []) { return .float(try PyNumber.toDouble(PyNumber.operand(r) ?? .int(0))) }
                }
                throw vm.makeError(Builtins.shared.typeError, "float() argument must be a string or a real number, not '\(vm.typeName(x))'")
            }
        }
        bool.constructor = { vm, args throws(PythonError) in
            try args.check("bool", min: 0, max: 1, vm: vm)
            if args.positionalCount == 0 { return .bool(false) }
            return .bool(try vm.isTrue(args[0]))
        }
        str.constructor = { vm, args throws(PythonError) in
            // `str(i)` of an int, the common case: its digits directly.
            if args.count == 1, args.keywordCount == 0, case .int(let i) = args[0] { return .str(PyStr.decimal(i)) }
            try args.check("str", min: 0, max: 3, keywords: ["object", "encoding", "errors"], vm: vm)
            let obj = args.positionalCount > 0 ? args[0] : (args.keyword("object") ?? .str(PyStr.empty))
            let encoding = args.positionalCount > 1 ? args[1] : args.keyword("encoding")
            if let encoding {
                guard case .str = encoding else {
                    throw vm.makeError(Builtins.shared.typeError, "str() argument 'encoding' must be str, not \(vm.typeName(encoding))")
                }
                guard let b = obj.asBytes else {
                    throw vm.makeError(Builtins.shared.typeError, "decoding to str: need a bytes-like object, \(vm.typeName(obj)) found")
                }
                return try vm.decodeBytes(b.bytes, encoding: encoding.asString ?? "utf-8", errors: args.positionalCount > 2 ? args[2].asString ?? "strict" : args.keyword("errors")?.asString ?? "strict")
            }
            // An exact str is its own str(), as in CPython: no copy.
            if case .str = obj { return obj }
            return .str(PyStr(try vm.str(obj)))
        }
        method.constructor = { vm, args throws(PythonError) in
            // `types.MethodType(function, instance)`.
            if args.keywordCount != 0 { throw vm.makeError(Builtins.shared.typeError, "method() takes no keyword arguments") }
            guard args.count == 2 else {
                throw vm.makeError(Builtins.shared.typeError, "method expected 2 arguments, got \(args.count)")
            }
            guard vm.isCallable(args[0]) else { throw vm.makeError(Builtins.shared.typeError, "first argument must be callable") }
            if args[1].isNone { throw vm.makeError(Builtins.shared.typeError, "instance must not be None") }
            return .object(PyBoundMethod(function: args[0], receiver: args[1]))
        }
        list.constructor = { vm, args throws(PythonError) in
            try args.check("list", min: 0, max: 1, vm: vm)
            if args.positionalCount == 0 { return .object(PyList()) }
            return .object(PyList(try vm.iterateToArray(args[0])))
        }
        tuple.constructor = { vm, args throws(PythonError) in
            try args.check("tuple", min: 0, max: 1, vm: vm)
            if args.positionalCount == 0 { return .emptyTuple }
            if args[0].asTuple != nil { return args[0] }
            return .object(PyTuple(try vm.iterateToArray(args[0])))
        }
        dictType.constructor = { vm, args throws(PythonError) in
            if args.positionalCount > 1 {
                throw vm.makeError(Builtins.shared.typeError, "dict expected at most 1 argument, got \(args.positionalCount)")
            }
            let d = PyDict()
            if args.positionalCount == 1 { try vm.dictUpdate(d, from: args[0], forCall: false) }
            for (i, k) in args.keywordNames.enumerated() {
                d.setString(k, args[args.positionalCount + i])
            }
            return .object(d)
        }
        set.constructor = { vm, args throws(PythonError) in
            try args.check("set", min: 0, max: 1, vm: vm)
            if args.positionalCount == 0 { return .object(PySet()) }
            return .object(try vm.setFromIterable(args[0]))
        }
        frozenset.constructor = { vm, args throws(PythonError) in
            try args.check("frozenset", min: 0, max: 1, vm: vm)
            if args.positionalCount == 0 { return .object(PySet(frozen: true)) }
            if case .object(let o) = args[0], o.kind == .frozenSet { return args[0] }
            return .object(try vm.setFromIterable(args[0], frozen: true))
        }
        bytes.constructor = { vm, args throws(PythonError) in
            try args.check("bytes", min: 0, max: 3, keywords: ["source", "encoding", "errors"], vm: vm)
            if args.positionalCount == 0 && args.keyword("source") == nil { return .object(PyBytes([])) }
            let source = args.positionalCount > 0 ? args[0] : args.keyword("source")!
            let encoding = args.positionalCount > 1 ? args[1] : args.keyword("encoding")
            switch source {
            case .str(let s):
                guard let enc = encoding else { throw vm.makeError(Builtins.shared.typeError, "string argument without an encoding") }
                return try vm.encodeString(s.value, encoding: enc.asString ?? "utf-8", errors: args.positionalCount > 2 ? args[2].asString ?? "strict" : "strict")
            case .int(let n):
                if n < 0 { throw vm.makeError(Builtins.shared.valueError, "negative count") }
                try vm.checkAllocation(n, times: 1)
                return .object(PyBytes([UInt8](repeating: 0, count: n)))
            default:
                if let b = source.asBytes { return .object(b) }
                if let ba = source.asByteArray { return .object(PyBytes(ba.bytes)) }
                if vm.isUserInstance(source), let r = try vm.callSpecial(source, PyStr("__bytes__"), []) {
                    guard r.asBytes != nil else {
                        throw vm.makeError(Builtins.shared.typeError, "__bytes__ returned non-bytes (type \(vm.typeName(r)))")
                    }
                    return r
                }
                var out: [UInt8] = []
                for v in try vm.iterateToArray(source) {
                    let i = try vm.indexValue(v)
                    guard i >= 0 && i < 256 else { throw vm.makeError(Builtins.shared.valueError, "bytes must be in range(0, 256)") }
                    out.append(UInt8(i))
                }
                return .object(PyBytes(out))
            }
        }
        range.constructor = { vm, args throws(PythonError) in
            try args.check("range", min: 1, max: 3, vm: vm)
            func int(_ v: Value) throws(PythonError) -> Int {
                if case .float = v { throw vm.makeError(Builtins.shared.typeError, "'float' object cannot be interpreted as an integer") }
                if v.asBigInt != nil { throw vm.makeError(Builtins.shared.overflowError, "Python int too large to convert to C ssize_t") }
                return try vm.indexValue(v)
            }
            switch args.positionalCount {
            case 1: return .object(PyRange(start: 0, stop: try int(args[0]), step: 1))
            case 2: return .object(PyRange(start: try int(args[0]), stop: try int(args[1]), step: 1))
            default:
                let step = try int(args[2])
                if step == 0 { throw vm.makeError(Builtins.shared.valueError, "range() arg 3 must not be zero") }
                return .object(PyRange(start: try int(args[0]), stop: try int(args[1]), step: step))
            }
        }
        slice.constructor = { vm, args throws(PythonError) in
            try args.check("slice", min: 1, max: 3, vm: vm)
            switch args.positionalCount {
            case 1: return .object(PySlice(start: .none, stop: args[0], step: .none))
            case 2: return .object(PySlice(start: args[0], stop: args[1], step: .none))
            default: return .object(PySlice(start: args[0], stop: args[1], step: args[2]))
            }
        }
        object.constructor = { vm, args throws(PythonError) in
            if args.count > 0 { throw vm.makeError(Builtins.shared.typeError, "object() takes no arguments") }
            return .object(PyInstance(cls: Builtins.shared.object))
        }
        type.constructor = { vm, args throws(PythonError) in
            if args.positionalCount == 1 && args.keywordCount == 0 { return .object(vm.typeOf(args[0])) }
            if args.positionalCount == 3 {
                let keywords = args.keywordNames.enumerated().map { ($0.element, args[3 + $0.offset]) }
                return try vm.typeFromArguments(Builtins.shared.type, args[0], args[1], args[2], keywords: keywords)
            }
            throw vm.makeError(Builtins.shared.typeError, "type() takes 1 or 3 arguments")
        }
        property.constructor = { vm, args throws(PythonError) in
            try args.check("property", min: 0, max: 4, keywords: ["fget", "fset", "fdel", "doc"], vm: vm)
            func arg(_ i: Int, _ name: String) -> Value {
                args.positionalCount > i ? args[i] : (args.keyword(name) ?? .none)
            }
            var doc = arg(3, "doc")
            if doc.isNone, let f = arg(0, "fget").asFunction { doc = f.doc }
            return .object(PyProperty(getter: arg(0, "fget"), setter: arg(1, "fset"), deleter: arg(2, "fdel"), doc: doc))
        }
        staticmethod.constructor = { vm, args throws(PythonError) in
            try args.check("staticmethod", min: 1, max: 1, vm: vm)
            return .object(PyMethodWrapper(function: args[0], isClassMethod: false))
        }
        classmethod.constructor = { vm, args throws(PythonError) in
            try args.check("classmethod", min: 1, max: 1, vm: vm)
            return .object(PyMethodWrapper(function: args[0], isClassMethod: true))
        }
        superType.constructor = { vm, args throws(PythonError) in
            try vm.makeSuper(args)
        }
    }
}

extension VM {
    func parseIntText(_ text: String, base: Int) throws(PythonError) -> Value {
        do {
            switch try NumberText.parseInt(text, base: base) {
            case .small(let i): return .int(i)
            case .big(let b): return .bigInt(b)
            }
        } catch {
            throw VM.error(from: error)
        }
    }

    /// `int(x)` for one argument.
    func toInt(_ x: Value) throws(PythonError) -> Value {
        switch x {
        case .int: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d):
            if let i = Int(exactly: d.rounded(.towardZero)) { return .int(i) }
            do { return .bigInt(try NumberText.toBigInt(d)) } catch { throw VM.error(from: error) }
        case .str(let s): return try parseIntText(s.value, base: 10)
        default:
            if x.asBigInt != nil { return x }
            if let b = x.asBytes { return try parseIntText(String(decoding: b.bytes, as: UTF8.self), base: 10) }
            if isUserInstance(x) {
                if let r = try callSpecial(x, Names.int, []) { return r }
                if let r = try callSpecial(x, Names.index, []) { return r }
                if let r = try callSpecial(x, PyStr("__trunc__"), []) { return r }
            }
            throw makeError(Builtins.shared.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
        }
    }

    func decodeBytes(_ bytes: [UInt8], encoding: String, errors: String) throws(PythonError) -> Value {
        let enc = encoding.lowercased().replacing("_", with: "-")
        switch enc {
        case "utf-8", "utf8", "u8":
            if let s = String(validating: bytes, as: UTF8.self) { return .str(PyStr(s)) }
            if errors == "backslashreplace" { return .str(PyStr(UnicodeCodecs.decodeUTF8EscapingInvalid(bytes))) }
            if errors == "replace" { return .str(PyStr(String(decoding: bytes, as: UTF8.self))) }
            if errors == "ignore" {
                var out = ""
                var i = 0
                while i < bytes.count {
                    var j = i + 1
                    while j <= min(bytes.count, i + 4) {
                        if let s = String(validating: bytes[i..<j], as: UTF8.self) { out += s; break }
                        j += 1
                    }
                    i = j > min(bytes.count, i + 4) ? i + 1 : j
                }
                return .str(PyStr(out))
            }
            var pos = 0
            while pos < bytes.count {
                var ok = false
                for len in 1...4 where pos + len <= bytes.count {
                    if String(validating: bytes[pos..<(pos + len)], as: UTF8.self) != nil { pos += len; ok = true; break }
                }
                if !ok { break }
            }
            let b = pos < bytes.count ? bytes[pos] : 0
            let reason = (b & 0xC0) == 0x80 ? "invalid start byte" : (b >= 0xF8 ? "invalid start byte" : "invalid continuation byte")
            throw makeError(Builtins.shared.unicodeDecodeError, "'utf-8' codec can't decode byte 0x\(String(b, radix: 16)) in position \(pos): \(reason)")
        case "ascii", "us-ascii":
            for (i, b) in bytes.enumerated() where b >= 0x80 {
                if errors == "strict" {
                    throw makeError(Builtins.shared.unicodeDecodeError, "'ascii' codec can't decode byte 0x\(String(b, radix: 16)) in position \(i): ordinal not in range(128)")
                }
            }
            if errors == "ignore" { return .str(PyStr(String(decoding: bytes.filter { $0 < 0x80 }, as: UTF8.self))) }
            var s = String.UnicodeScalarView()
            for b in bytes {
                if b < 0x80 { s.append(Unicode.Scalar(b)) }
                else if errors == "backslashreplace" { s.append(contentsOf: "\\x\(hex(UInt32(b), 2))".unicodeScalars) }
                else { s.append("\u{FFFD}") }
            }
            return .str(PyStr(String(s)))
        case "latin-1", "latin1", "iso-8859-1", "iso8859-1":
            var s = String.UnicodeScalarView()
            for b in bytes { s.append(Unicode.Scalar(b)) }
            return .str(PyStr(String(s)))
        default:
            if let c = UnicodeCodecs.wideCodec(enc) {
                switch UnicodeCodecs.decode(bytes, width: c.width, bigEndian: c.bigEndian, name: c.name, errors: errors) {
                case .success(let s): return .str(PyStr(s))
                case .failure(let f): throw makeError(Builtins.shared.unicodeDecodeError, f.message)
                }
            }
            throw makeError(Builtins.shared.lookupError, "unknown encoding: \(encoding)")
        }
    }

    func encodeString(_ s: String, encoding: String, errors: String) throws(PythonError) -> Value {
        let enc = encoding.lowercased().replacing("_", with: "-")
        switch enc {
        case "utf-8", "utf8", "u8": return .object(PyBytes(Array(s.utf8)))
        case "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "iso8859-1":
            let limit: UInt32 = enc.hasPrefix("ascii") || enc == "us-ascii" ? 0x80 : 0x100
            var out: [UInt8] = []
            let scalars = Array(s.unicodeScalars)
            for (i, u) in scalars.enumerated() {
                if u.value < limit { out.append(UInt8(u.value)) }
                else if errors == "strict" {
                    let name = limit == 0x80 ? "ascii" : "latin-1"
                    // CPython reports the whole run of characters the codec cannot encode.
                    var end = i + 1
                    while end < scalars.count && scalars[end].value >= limit { end += 1 }
                    let what = end - i == 1 ? "character '\(UnicodeCodecs.escaped(u))' in position \(i)" : "characters in position \(i)-\(end - 1)"
                    throw makeError(Builtins.shared.unicodeEncodeError, "'\(name)' codec can't encode \(what): ordinal not in range(\(limit))")
                } else {
                    guard let text = UnicodeCodecs.encodeReplacement(u, errors: errors) else {
                        throw makeError(Builtins.shared.lookupError, "unknown error handler name '\(errors)'")
                    }
                    out.append(contentsOf: text.utf8)
                }
            }
            return .object(PyBytes(out))
        default:
            if let c = UnicodeCodecs.wideCodec(enc) {
                return .object(PyBytes(UnicodeCodecs.encode(s, width: c.width, bigEndian: c.bigEndian)))
            }
            throw makeError(Builtins.shared.lookupError, "unknown encoding: \(encoding)")
        }
    }

    /// `dict.update` / `{**x}` / `f(**x)` merging.
    func dictUpdate(_ d: PyDict, from v: Value, forCall: Bool, callee: Value = .none) throws(PythonError) {
        if let src = v.asDict {
            for (k, val) in src.items {
                if forCall {
                    guard case .str = k else { throw makeError(Builtins.shared.typeError, "keywords must be strings") }
                    if try d.contains(k, vm: self) {
                        throw makeError(Builtins.shared.typeError, "\(functionString(callee)) got multiple values for keyword argument '\(k.asString ?? "")'")
                    }
                }
                try d.set(k, val, vm: self)
            }
            return
        }
        if isUserInstance(v), let keysMethod = try getAttributeOrNil(v, Names.keys) {
            for k in try iterateToArray(try callValue(keysMethod, [])) {
                try d.set(k, try getItem(v, k), vm: self)
            }
            return
        }
        if forCall {
            throw makeError(Builtins.shared.typeError, "\(functionString(callee)) argument after ** must be a mapping, not \(typeName(v))")
        }
        let it: Value
        do { it = try getIterator(v) } catch {
            throw makeError(Builtins.shared.typeError, "'\(typeName(v))' object is not iterable")
        }
        var index = 0
        if case .object(let io) = it, io.kind == .nativeIterator {
            // `dict(zip(keys, values))`, `dict(enumerate(xs))`, `dict(d.items())`: the pairs'
            // items come straight from the iterator, without a tuple each.
            let iterator = Unmanaged.passUnretained(unsafeDowncast(io, to: PyNativeIterator.self))
            let slots = UnsafeMutablePointer<Value>.allocate(capacity: 2)
            defer { slots.deallocate() }
            while let more = try stepPair(iterator, into: slots) {
                if !more { return }
                let value = slots.move()
                try d.set((slots + 1).move(), value, vm: self)
                index += 1
            }
        }
        while let item = try nextItem(it) {
            if case .object(let o) = item, o.kind == .tuple {
                // The usual element, a pair from zip() or items(): no copy of its items.
                let t = unsafeDowncast(o, to: PyTuple.self)
                if t.count == 2 {
                    try d.set(t[0], t[1], vm: self)
                    index += 1
                    continue
                }
            }
            let pair: [Value]
            do { pair = try iterateToArray(item) } catch {
                throw makeError(Builtins.shared.typeError, "cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            guard pair.count == 2 else {
                throw makeError(Builtins.shared.valueError, "dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1], vm: self)
            index += 1
        }
    }

    func calleeName(_ v: Value) -> String {
        if let f = v.asFunction { return f.qualname }
        if case .object(let o) = v, o.kind == .builtinFunction { return unsafeDowncast(o, to: PyBuiltinFunction.self).name }
        if let t = v.asType { return t.name }
        return typeName(v)
    }
}
