import BigInt

/// `repr`, `str`, `format`, f-string conversion and `%`-formatting of values.
extension VM {
    /// Runs a pure text algorithm, turning its errors into Python exceptions.
    func py<T>(_ body: () throws -> T) throws(PythonError) -> T {
        do {
            return try body()
        } catch let e as PyErrorMessage {
            throw VM.error(from: e)
        } catch let e as PythonError {
            throw e
        } catch {
            throw makeError(Builtins.shared.systemError, "\(error)")
        }
    }

    func address(_ v: Value) -> String {
        "0x" + String(identity(of: v), radix: 16)
    }

    func repr(_ v: Value) throws(PythonError) -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return NumberText.floatRepr(d)
        case .str(let s): return StrOps.repr(s.value)
        case .unbound: return "<unbound>"
        case .object(let o):
            // Every kind of object may hold others (exception args, wrapped functions,
            // builtin values of subclasses), so the native recursion is bounded here once.
            guard StackGuard.hasRoom() else {
                throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
            }
            switch o.kind {
            case .bigInt:
                do { return try NumberText.decimalString(unsafeDowncast(o, to: PyBigInt.self).value) } catch { throw VM.error(from: error) }
            case .list:
                return try reprGuarded(o, "[...]") { vm throws(PythonError) in
                    "[" + (try vm.reprItems(unsafeDowncast(o, to: PyList.self).items)) + "]"
                }
            case .tuple:
                let items = unsafeDowncast(o, to: PyTuple.self).items
                if items.count == 1 {
                    return try reprGuarded(o, "(...)") { vm throws(PythonError) in "(" + (try vm.repr(items[0])) + ",)" }
                }
                return try reprGuarded(o, "(...)") { vm throws(PythonError) in "(" + (try vm.reprItems(items)) + ")" }
            case .dict:
                let d = unsafeDowncast(o, to: PyDict.self)
                return try reprGuarded(o, "{...}") { vm throws(PythonError) in
                    var parts: [String] = []
                    var text = TextGrowth()
                    for (k, val) in d.items {
                        let part = (try vm.repr(k)) + ": " + (try vm.repr(val))
                        try text.add(part.utf8.count &+ 2, vm: vm)
                        parts.append(part)
                    }
                    return "{" + parts.joined(separator: ", ") + "}"
                }
            case .set, .frozenSet:
                return try setRepr(unsafeDowncast(o, to: PySet.self), typeName: nil)
            case .bytes: return StrOps.bytesRepr(unsafeDowncast(o, to: PyBytes.self).bytes)
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
            case .slice:
                let s = unsafeDowncast(o, to: PySlice.self)
                return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
            case .function:
                return "<function \(unsafeDowncast(o, to: PyFunction.self).qualname) at \(address(v))>"
            case .builtinFunction:
                let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
                if let owner = f.ownerName { return "<method '\(f.name)' of '\(owner)' objects>" }
                return "<built-in function \(f.name)>"
            case .boundMethod:
                let m = unsafeDowncast(o, to: PyBoundMethod.self)
                if case .object(let fo) = m.function, fo.kind == .builtinFunction {
                    let f = unsafeDowncast(fo, to: PyBuiltinFunction.self)
                    if let t = m.receiver.asType {
                        return "<built-in method \(f.name) of type object at \(address(.object(t)))>"
                    }
                    return "<built-in method \(f.name) of \(typeName(m.receiver)) object at \(address(m.receiver))>"
                }
                let fname = (try? getAttribute(m.function, PyStr("__qualname__")).asString) ?? "?"
                return "<bound method \(fname ?? "?") of \(try repr(m.receiver))>"
            case .type:
                let t = unsafeDowncast(o, to: PyType.self)
                if let r = metaDunder(v, Names.repr) {
                    let s = try callValue(r, [])
                    guard case .str(let text) = s else { throw makeError(Builtins.shared.typeError, "__repr__ returned non-string (type \(typeName(s)))") }
                    return text.value
                }
                if t.isBuiltin { return t.module == "builtins" ? "<class '\(t.name)'>" : "<class '\(t.module).\(t.name)'>" }
                return t.module == "builtins" ? "<class '\(t.qualname)'>" : "<class '\(t.module).\(t.qualname)'>"
            case .module:
                return "<module '\(unsafeDowncast(o, to: PyModule.self).name)' (built-in)>"
            case .instance:
                let inst = unsafeDowncast(o, to: PyInstance.self)
                if let base = builtinDelegate(v, for: Names.repr) {
                    // A set subclass shows its class name: `MySet({1, 2})`.
                    if case .object(let bo) = base, bo.kind == .set || bo.kind == .frozenSet {
                        return try setRepr(unsafeDowncast(bo, to: PySet.self), typeName: inst.cls.name)
                    }
                    return try repr(base)
                }
                if let r = try callSpecialIfUser(v, Names.repr, []) {
                    guard case .str(let s) = r else {
                        throw makeError(Builtins.shared.typeError, "__repr__ returned non-string (type \(typeName(r)))")
                    }
                    return s.value
                }
                if let state = inst.exception {
                    let args = state.args
                    let name = inst.cls.name
                    if args.count == 1 { return "\(name)(\(try repr(args[0])))" }
                    return "\(name)(\(try reprItems(args)))"
                }
                let t = inst.cls
                return "<\(t.module).\(t.qualname) object at \(address(v))>"
            case .notImplemented: return "NotImplemented"
            case .ellipsis: return "Ellipsis"
            case .generator:
                let g = unsafeDowncast(o, to: PyGenerator.self)
                return "<\(g.isCoroutine ? "coroutine" : "generator") object \(g.qualname) at \(address(v))>"
            case .dictView:
                let view = unsafeDowncast(o, to: PyDictView.self)
                return try reprGuarded(o, "...") { vm throws(PythonError) in
                    switch view.which {
                    case .keys: return "dict_keys([" + (try vm.reprItems(view.dict.keys)) + "])"
                    case .values: return "dict_values([" + (try vm.reprItems(view.dict.values)) + "])"
                    case .items: return "dict_items([" + (try vm.reprItems(view.dict.items.map { .object(PyTuple([$0.0, $0.1])) })) + "])"
                    }
                }
            case .property: return "<property object at \(address(v))>"
            case .staticMethod: return "<staticmethod(\(try repr(unsafeDowncast(o, to: PyMethodWrapper.self).function)))>"
            case .classMethod: return "<classmethod(\(try repr(unsafeDowncast(o, to: PyMethodWrapper.self).function)))>"
            case .superObject: return "<super object>"
            case .cell: return "<cell at \(address(v))>"
            case .code: return "<code object at \(address(v))>"
            case .nativeIterator:
                if let describe = unsafeDowncast(o, to: PyNativeIterator.self).describe { return try describe(self) }
                return "<\(typeName(v)) object at \(address(v))>"
            case .listIterator, .rangeIterator:
                return "<\(typeName(v)) object at \(address(v))>"
            case .external:
                return "<built-in function \(unsafeDowncast(o, to: PyExternalFunction.self).name)>"
            case .native:
                if let r = try callSpecial(v, Names.repr, []) {
                    guard case .str(let s) = r else {
                        throw makeError(Builtins.shared.typeError, "__repr__ returned non-string (type \(typeName(r)))")
                    }
                    return s.value
                }
                let t = typeOf(v)
                return "<\(t.module).\(t.qualname) object at \(address(v))>"
            }
        }
    }

    func reprItems<Items: Collection>(_ items: Items) throws(PythonError) -> String where Items.Element == Value {
        var parts: [String] = []
        parts.reserveCapacity(items.count)
        var text = TextGrowth()
        for item in items {
            let part = try repr(item)
            try text.add(part.utf8.count &+ 2, vm: self)
            parts.append(part)
        }
        return parts.joined(separator: ", ")
    }

    /// Guards container reprs against self-reference and deep nesting.
    func reprGuarded(_ o: PyObject, _ recursive: String, _ body: (VM) throws(PythonError) -> String) throws(PythonError) -> String {
        let id = ObjectIdentifier(o)
        if reprActive.contains(id) { return recursive }
        // Like CPython 3.11's single recursion counter, nested reprs and Python frames (a
        // `__repr__` written in Python between them) count against the same limit.
        guard reprActive.count + frameCount < recursionLimit, StackGuard.hasRoom() else {
            throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded while getting the repr of an object")
        }
        reprActive.insert(id)
        defer { reprActive.remove(id) }
        return try body(self)
    }

    /// `repr` of a set or frozenset: `{1, 2}`, `frozenset({1})`, `set()`; a subclass's
    /// `typeName` replaces the type's own (`MySet({1})`, `MySet()`).
    func setRepr(_ s: PySet, typeName: String?) throws(PythonError) -> String {
        let name = typeName ?? (s.isFrozen ? "frozenset" : "set")
        if s.count == 0 { return name + "()" }
        return try reprGuarded(s, name + "(...)") { vm throws(PythonError) in
            let inner = "{" + (try vm.reprItems(s.elements)) + "}"
            return typeName == nil && !s.isFrozen ? inner : name + "(" + inner + ")"
        }
    }

    func str(_ v: Value) throws(PythonError) -> String {
        switch v {
        case .str(let s): return s.value
        case .object(let o) where o.kind == .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            if let base = builtinDelegate(v, for: Names.str), builtinDelegate(v, for: Names.repr) != nil {
                if case .object(let bo) = base, bo.kind == .set || bo.kind == .frozenSet { return try repr(v) }
                return try str(base)
            }
            if let r = try callSpecialIfUser(v, Names.str, []) {
                guard case .str(let s) = r else {
                    throw makeError(Builtins.shared.typeError, "__str__ returned non-string (type \(typeName(r)))")
                }
                return s.value
            }
            if inst.exception != nil {
                return try exceptionString(inst)
            }
            return try repr(v)
        case .object(let o) where o.kind == .native:
            // A native type may define `__str__` (mappingproxy shows its mapping).
            if let f = unsafeDowncast(o, to: PyNativeObject.self).type.dict.getString(Names.str) {
                let r = try callValue(f, with: v)
                guard case .str(let s) = r else {
                    throw makeError(Builtins.shared.typeError, "__str__ returned non-string (type \(typeName(r)))")
                }
                return s.value
            }
            return try repr(v)
        default:
            return try repr(v)
        }
    }

    func ascii(_ v: Value) throws(PythonError) -> String {
        let r = try repr(v)
        return StrOps.repr(r, asciiOnly: true).dropFirst().dropLast().description
    }

    // MARK: format()

    func formatValue(_ v: Value, conversion: Int, spec: Value) throws(PythonError) -> String {
        var value = v
        switch conversion {
        case 1: value = .str(PyStr(try str(v)))
        case 2: value = .str(PyStr(try repr(v)))
        case 3: value = .str(PyStr(try asciiRepr(v)))
        default: break
        }
        let specText = spec.asString ?? ""
        if specText.isEmpty {
            if case .str(let s) = value { return s.value }
            if conversion == 0, case .int(let i) = value { return String(i) }
        }
        return try format(value, specText)
    }

    func asciiRepr(_ v: Value) throws(PythonError) -> String {
        let r = try repr(v)
        var out = ""
        for u in r.unicodeScalars {
            if u.value < 128 { out.unicodeScalars.append(u) }
            else if u.value < 0x100 { out += "\\x" + hex(u.value, 2) }
            else if u.value < 0x10000 { out += "\\u" + hex(u.value, 4) }
            else { out += "\\U" + hex(u.value, 8) }
        }
        return out
    }

    func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }

    /// The builtin `format(value, spec)`.
    func format(_ v: Value, _ specText: String) throws(PythonError) -> String {
        switch v {
        case .str(let s):
            if specText.isEmpty { return s.value }
            return try numberText { () throws(PyErrorMessage) in try NumberText.format(s.value, spec: parsedSpec(specText)) }
        case .int(let i):
            if specText.isEmpty { return String(i) }
            return try numberText { () throws(PyErrorMessage) in try NumberText.format(i, spec: parsedSpec(specText)) }
        case .bool(let b):
            if specText.isEmpty { return b ? "True" : "False" }
            return try numberText { () throws(PyErrorMessage) in try NumberText.format(b ? 1 : 0, spec: parsedSpec(specText), typeName: "bool") }
        case .float(let d):
            if specText.isEmpty { return NumberText.floatRepr(d) }
            return try numberText { () throws(PyErrorMessage) in try NumberText.format(d, spec: parsedSpec(specText)) }
        case .object(let o):
            if o.kind == .bigInt {
                let b = unsafeDowncast(o, to: PyBigInt.self).value
                if specText.isEmpty { return try repr(v) }
                return try numberText { () throws(PyErrorMessage) in try NumberText.format(b, spec: parsedSpec(specText)) }
            }
            if o.kind == .instance {
                if let base = builtinDelegate(v, for: Names.format) {
                    // int/float/str.__format__ with an empty spec is str(self), so a
                    // subclass's own __str__ shows (`f"{MyInt(4)}"`).
                    if specText.isEmpty { return try str(v) }
                    return try format(base, specText)
                }
                let t = unsafeDowncast(o, to: PyInstance.self).cls
                if let f = t.lookup(Names.format), !(f.asObject?.kind == .builtinFunction) {
                    let r = try callValue(try bindDescriptor(f, instance: v, owner: t), with: .str(PyStr(specText)))
                    guard case .str(let s) = builtinBase(r) else {
                        throw makeError(Builtins.shared.typeError, "__format__ must return a str, not \(typeName(r))")
                    }
                    return s.value
                }
            }
            if o.kind == .native, let f = typeOf(v).lookup(Names.format) {
                // Native types with their own `__format__` (`complex`).
                let r = try callValue(try bindDescriptor(f, instance: v, owner: typeOf(v)), [.str(PyStr(specText))])
                if case .str(let s) = r { return s.value }
            }
        default: break
        }
        if specText.isEmpty { return try str(v) }
        throw makeError(Builtins.shared.typeError, "unsupported format string passed to \(typeName(v)).__format__")
    }

    /// `spec` parsed, through the run's cache of recent specs (an f-string in a loop parses
    /// its `{value:>9.2f}` once). The `NumberText.format` functions check it against the
    /// type they format.
    func parsedSpec(_ spec: String) throws(PyErrorMessage) -> FormatSpec {
        try formatSpecs.pieces(for: spec) { text in
            Result { () throws(PyErrorMessage) -> FormatSpec in try FormatSpec.parse(text) }
        }.get()
    }

    func numberText(_ body: () throws(PyErrorMessage) -> String) throws(PythonError) -> String {
        do { return try body() } catch { throw VM.error(from: error) }
    }

    // MARK: % formatting

    func percentFormat(_ template: String, _ args: Value, bytesMode: Bool = false) throws(PythonError) -> Value {
        // CPython reports a malformed template only when formatting reaches it.
        let (pieces, parseError) = percentTemplates.pieces(for: template, parse: NumberText.parsePercentPieces)
        // A single non-tuple argument is used as is: no array per call (`"%05d" % i`).
        var positional: [Value] = []
        var single: Value? = nil
        var mapping: Value? = nil
        if let t = args.asTuple {
            positional = t.array
        } else {
            single = args
            // CPython's `PyMapping_Check`: any non-str object with item access (a list or
            // bytes too) may serve `%(key)s` and is never "not all arguments converted".
            switch args {
            case .str: break
            case .object(let o):
                switch o.kind {
                case .dict, .list, .bytes, .range: mapping = args
                case .instance, .native: if lookupSpecial(args, Names.getitem) != nil { mapping = args }
                default: break
                }
            default: break
            }
        }
        let argumentCount = single == nil ? positional.count : 1
        var index = 0
        func next() throws(PythonError) -> Value {
            guard index < argumentCount else {
                throw makeError(Builtins.shared.typeError, "not enough arguments for format string")
            }
            defer { index += 1 }
            return single ?? positional[index]
        }
        var out = ""
        var text = TextGrowth()
        for piece in pieces {
            switch piece {
            case .literal(let s):
                try text.add(s.utf8.count, vm: self)
                out += s
            case .spec(let spec):
                var width: Int? = nil
                var precision: Int? = nil
                switch spec.width {
                case .absent: break
                case .value(let w): width = w
                case .star:
                    let w = try next()
                    guard case .int(let wi) = w else { throw makeError(Builtins.shared.typeError, "* wants int") }
                    width = wi
                }
                switch spec.precision {
                case .absent: break
                case .value(let p): precision = p
                case .star:
                    let p = try next()
                    guard case .int(let pi) = p else { throw makeError(Builtins.shared.typeError, "* wants int") }
                    precision = pi
                }
                let value: Value
                if let key = spec.key {
                    guard let m = mapping else {
                        throw makeError(Builtins.shared.typeError, "format requires a mapping")
                    }
                    value = try getItem(m, .str(PyStr(key)))
                    // The mapping was the only argument: a later `%s` has none left.
                    index = argumentCount
                } else {
                    value = try next()
                }
                if !bytesMode, precision == nil, try appendPercentFast(value, spec: spec, width: width, to: &out, text: &text) {
                    continue
                }
                let converted = try percentConvert(value, spec: spec, width: width, precision: precision, bytesMode: bytesMode)
                try text.add(converted.utf8.count, vm: self)
                out += converted
            }
        }
        if let parseError {
            // CPython asks for a mapping on reaching `%(`, before it reads the key.
            if mapping == nil && parseError.message == "incomplete format key" {
                throw makeError(Builtins.shared.typeError, "format requires a mapping")
            }
            throw VM.error(from: parseError)
        }
        if index < argumentCount && mapping == nil {
            throw makeError(Builtins.shared.typeError, "not all arguments converted during string formatting")
        }
        return .str(PyStr(out))
    }

    /// `%d`/`%i`/`%u` of an int and `%s` of a str without precision or sign flags, appended
    /// straight to `out` (`"emp%05d" % i`, `"%s-%s" % (a, b)`); false when the conversion
    /// needs ``percentConvert(_:spec:width:precision:bytesMode:)``.
    @inline(__always)
    func appendPercentFast(_ value: Value, spec: PercentSpec, width: Int?, to out: inout String, text: inout TextGrowth) throws(PythonError) -> Bool {
        guard !spec.plusSign, !spec.blank, !spec.alternate else { return false }
        let w = width ?? 0
        guard w >= 0 && w <= 64 else { return false }
        let piece: String
        switch (spec.conversion, value) {
        case ("s", .str(let s)):
            guard w == 0 else { return false }
            piece = s.value
        case ("d", .int(let v)), ("i", .int(let v)), ("u", .int(let v)):
            piece = NumberText.paddedDecimal(v, width: w, zeroPad: spec.zeroPad && !spec.leftAdjust, leftAdjust: spec.leftAdjust)
        default:
            return false
        }
        try text.add(piece.utf8.count, vm: self)
        out += piece
        return true
    }

    func percentConvert(_ value: Value, spec: PercentSpec, width: Int?, precision: Int?, bytesMode: Bool = false) throws(PythonError) -> String {
        let c = spec.conversion
        do {
            // `bytes % args`: text here holds bytes as Latin-1 code points.
            if bytesMode {
                switch c {
                case "s", "b":
                    var raw = value.bytesLike
                    if raw == nil, isUserInstance(value), let r = try callSpecial(value, PyStr("__bytes__"), []) { raw = r.bytesLike }
                    guard let raw else {
                        throw makeError(Builtins.shared.typeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '\(typeName(value))'")
                    }
                    return try NumberText.percentString(VM.latin1Text(raw), spec: spec, width: width, precision: precision)
                case "r", "a":
                    return try NumberText.percentString(try asciiRepr(value), spec: spec, width: width, precision: precision)
                case "c":
                    if case .int(let i) = value {
                        guard i >= 0, i < 256 else { throw makeError(Builtins.shared.overflowError, "%c arg not in range(256)") }
                        return try NumberText.percentString(VM.latin1Text([UInt8(i)]), spec: spec, width: width, precision: nil)
                    }
                    if let raw = value.bytesLike, raw.count == 1 {
                        return try NumberText.percentString(VM.latin1Text(raw), spec: spec, width: width, precision: nil)
                    }
                    throw makeError(Builtins.shared.typeError, "%c requires an integer in range(256) or a single byte")
                default:
                    break
                }
            }
            switch c {
            case "s": return try NumberText.percentString(try str(value), spec: spec, width: width, precision: precision)
            case "r": return try NumberText.percentString(try repr(value), spec: spec, width: width, precision: precision)
            case "a": return try NumberText.percentString(try asciiRepr(value), spec: spec, width: width, precision: precision)
            case "d", "i", "u", "x", "X", "o":
                let isDecimal = c == "d" || c == "i" || c == "u"
                switch value {
                case .int(let i): return try NumberText.percentInt(i, spec: spec, width: width, precision: precision)
                case .bool(let b): return try NumberText.percentInt(b ? 1 : 0, spec: spec, width: width, precision: precision)
                case .float(let d) where isDecimal:
                    let big = try NumberText.toBigInt(d)
                    return try NumberText.percentInt(big, spec: spec, width: width, precision: precision)
                case .object(let o) where o.kind == .bigInt:
                    return try NumberText.percentInt(unsafeDowncast(o, to: PyBigInt.self).value, spec: spec, width: width, precision: precision)
                case .object(let o) where o.kind == .instance:
                    // An int subclass formats its value; other objects go through
                    // `__index__`, and for the decimal conversions `__int__` (CPython's
                    // `mainformatlong`).
                    if let n = VM.exactInt(builtinBase(value)) {
                        return try percentConvert(n, spec: spec, width: width, precision: precision)
                    }
                    // `int(v)` for the decimal conversions, `operator.index(v)` for the others;
                    // a TypeError on the way becomes the format's own (CPython's `mainformatlong`).
                    let converted: Value?
                    do throws(PythonError) {
                        if isDecimal, let r = try callSpecial(value, Interned.str("__int__"), []) {
                            guard let n = VM.exactInt(builtinBase(r)) else {
                                throw makeError(Builtins.shared.typeError, "__int__ returned non-int (type \(typeName(r)))")
                            }
                            converted = n
                        } else if let r = try callSpecial(value, Names.index, []) {
                            converted = try checkedIndexResult(r)
                        } else {
                            converted = nil
                        }
                    } catch {
                        guard error.exception.cls.isSubtype(of: Builtins.shared.typeError) else { throw error }
                        converted = nil
                    }
                    if let converted {
                        return try percentConvert(converted, spec: spec, width: width, precision: precision)
                    }
                    fallthrough
                default:
                    if isDecimal {
                        throw makeError(Builtins.shared.typeError, "%\(c) format: a real number is required, not \(typeName(value))")
                    }
                    throw makeError(Builtins.shared.typeError, "%\(c) format: an integer is required, not \(typeName(value))")
                }
            case "e", "E", "f", "F", "g", "G":
                guard let operand = PyNumber.operand(value) else {
                    throw makeError(Builtins.shared.typeError, "must be real number, not \(typeName(value))")
                }
                return try NumberText.percentFloat(try PyNumber.toDouble(operand), spec: spec, width: width, precision: precision)
            case "c":
                switch value {
                case .int(let i):
                    guard i >= 0 && i < 0x110000, let u = Unicode.Scalar(UInt32(i)) else {
                        throw makeError(Builtins.shared.overflowError, "%c arg not in range(0x110000)")
                    }
                    return try NumberText.percentString(String(u), spec: spec, width: width, precision: nil)
                case .str(let s) where s.count == 1:
                    return try NumberText.percentString(s.value, spec: spec, width: width, precision: nil)
                default:
                    throw makeError(Builtins.shared.typeError, "%c requires int or char")
                }
            default:
                throw VM.error(from: spec.unsupportedError)
            }
        } catch let e as PyErrorMessage {
            throw VM.error(from: e)
        } catch let e as PythonError {
            throw e
        } catch {
            throw makeError(Builtins.shared.systemError, "\(error)")
        }
    }

    func bytesPercentFormat(_ b: PyBytes, _ args: Value) throws(PythonError) -> Value {
        let template = VM.latin1Text(b.bytes)
        guard case .str(let s) = try percentFormat(template, args, bytesMode: true) else { return .none }
        return .object(PyBytes(s.value.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }))
    }

    /// Bytes as a string of the code points 0-255 (Latin-1).
    static func latin1Text(_ bytes: [UInt8]) -> String {
        var s = String.UnicodeScalarView()
        for b in bytes { s.append(Unicode.Scalar(b)) }
        return String(s)
    }
}
