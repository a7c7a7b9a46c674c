import BigInt
#if canImport(FoundationEssentials)
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
#else
import Foundation
#endif

/// Methods of `object`, `int`, `float`, exceptions, generators and `property`.
extension Builtins {
    func installOtherMethods() {
        method(object, "__init__") { _, _ throws(PythonError) in .none }
        staticMethod(object, "__new__") { vm, args throws(PythonError) in
            guard args.positionalCount >= 1, let cls = args[0].asType else {
                throw vm.makeError(Builtins.shared.typeError, "object.__new__(): not enough arguments")
            }
            if cls.isBuiltin && cls !== Builtins.shared.object {
                throw vm.makeError(Builtins.shared.typeError, "object.__new__(\(cls.name)) is not safe, use \(cls.name).__new__()")
            }
            let inst = cls.isException ? PyInstance(cls: cls, exceptionArgs: args.positionalAfterFirst) : PyInstance(cls: cls)
            return .object(inst)
        }
        method(object, "__eq__") { vm, args throws(PythonError) in
            guard args.count == 2 else { return .notImplemented }
            return args[0].isIdentical(to: args[1]) ? .bool(true) : .notImplemented
        }
        method(object, "__ne__") { vm, args throws(PythonError) in
            guard args.count == 2 else { return .notImplemented }
            let r = try vm.compare(.eq, args[0], args[1])
            return .bool(!(try vm.isTrue(r)))
        }
        method(object, "__hash__") { vm, args throws(PythonError) in
            guard args.count == 1, case .object(let o) = args[0] else { return .int(0) }
            return .int(vm.identityHash(o))
        }
        method(object, "__repr__") { vm, args throws(PythonError) in
            guard args.count == 1 else { return .none }
            if let inst = args[0].asInstance, inst.exception == nil {
                if let base = inst.builtinValue { return .str(PyStr(try vm.repr(base))) }
                return .str(PyStr("<\(inst.cls.module).\(inst.cls.qualname) object at \(vm.address(args[0]))>"))
            }
            return .str(PyStr(try vm.repr(args[0])))
        }
        method(object, "__str__") { vm, args throws(PythonError) in
            guard args.count == 1 else { return .none }
            return .str(PyStr(try vm.str(args[0])))
        }
        method(object, "__format__") { vm, args throws(PythonError) in
            guard args.count == 2 else { return .none }
            let spec = args[1].asString ?? ""
            if !spec.isEmpty {
                throw vm.makeError(Builtins.shared.typeError, "unsupported format string passed to \(vm.typeName(args[0])).__format__")
            }
            return .str(PyStr(try vm.str(args[0])))
        }
        method(object, "__setattr__") { vm, args throws(PythonError) in
            try args.check("__setattr__", min: 3, max: 3, vm: vm)
            guard let inst = args[0].asInstance, case .str(let name) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "can't apply this __setattr__ to \(vm.typeName(args[0])) object")
            }
            if name.value == "__class__" {
                try vm.assignClass(inst, args[2])
                return .none
            }
            if let allowed = inst.cls.instanceSlotNames, !allowed.contains(name.value) {
                throw vm.makeError(Builtins.shared.attributeError, "'\(inst.cls.name)' object has no attribute '\(name.value)'")
            }
            inst.attributes.setString(name, args[2])
            return .none
        }
        method(object, "__delattr__") { vm, args throws(PythonError) in
            try args.check("__delattr__", min: 2, max: 2, vm: vm)
            guard let inst = args[0].asInstance else {
                throw vm.makeError(Builtins.shared.typeError, "can't apply this __delattr__ to \(vm.typeName(args[0])) object")
            }
            guard case .str(let name) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            try vm.genericDeleteAttribute(inst, args[0], name)
            return .none
        }
        method(object, "__getattribute__") { vm, args throws(PythonError) in
            try args.check("__getattribute__", min: 2, max: 2, vm: vm)
            guard case .str(let name) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            if let inst = args[0].asInstance { return try vm.genericInstanceAttribute(inst, args[0], name, fallback: false) }
            return try vm.getAttribute(args[0], name)
        }
        classMethod(object, "__init_subclass__") { vm, args throws(PythonError) in
            guard args.count > 1 else { return .none }
            let owner = args[0].asType?.name ?? "object"
            if args.keywordCount != 0 {
                throw vm.makeError(Builtins.shared.typeError, "\(owner).__init_subclass__() takes no keyword arguments")
            }
            throw vm.makeError(Builtins.shared.typeError, "\(owner).__init_subclass__() takes no arguments (\(args.count - 1) given)")
        }

        method(baseException, "__init__") { vm, args throws(PythonError) in
            if let inst = args.count > 0 ? args[0].asInstance : nil {
                inst.exception?.args = args.positionalAfterFirst
            }
            return .none
        }
        method(baseException, "__str__") { vm, args throws(PythonError) in
            guard let inst = args.count > 0 ? args[0].asInstance : nil else { return .str(PyStr.empty) }
            return .str(PyStr(try vm.exceptionString(inst)))
        }
        method(baseException, "__repr__") { vm, args throws(PythonError) in
            guard let inst = args.count > 0 ? args[0].asInstance : nil, let state = inst.exception else { return .str(PyStr.empty) }
            let items = state.args
            if items.count == 1 { return .str(PyStr("\(inst.cls.name)(\(try vm.repr(items[0])))")) }
            return .str(PyStr("\(inst.cls.name)(\(try vm.reprItems(items)))"))
        }
        method(baseException, "with_traceback") { _, args throws(PythonError) in args.count > 0 ? args[0] : .none }
        method(baseException, "add_note") { vm, args throws(PythonError) in
            try args.check("add_note", min: 2, max: 2, vm: vm)
            guard let inst = args[0].asInstance else { return .none }
            let notes = inst.attributes.getString("__notes__")?.asList ?? PyList()
            notes.items.append(args[1])
            inst.attributes.setString("__notes__", .object(notes))
            return .none
        }
        method(stopIteration, "__init__") { _, args throws(PythonError) in
            if let inst = args.count > 0 ? args[0].asInstance : nil {
                inst.exception?.args = args.positionalAfterFirst
                inst.attributes.setString("value", args.count > 1 ? args[1] : .none)
            }
            return .none
        }

        // int
        method(int, "bit_length") { vm, args throws(PythonError) in
            try args.check("bit_length", min: 1, max: 1, vm: vm)
            switch args[0] {
            case .int(let i): return .int(Int.bitWidth - i.magnitude.leadingZeroBitCount)
            case .bool(let b): return .int(b ? 1 : 0)
            default: return .int(args[0].asBigInt?.value.magnitude.bitWidth ?? 0)
            }
        }
        method(int, "bit_count") { vm, args throws(PythonError) in
            try args.check("bit_count", min: 1, max: 1, vm: vm)
            switch args[0] {
            case .int(let i): return .int(i.magnitude.nonzeroBitCount)
            case .bool(let b): return .int(b ? 1 : 0)
            default: return .int(args[0].asBigInt?.value.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount } ?? 0)
            }
        }
        method(int, "conjugate") { vm, args throws(PythonError) in vm.builtinBase(args[0]) }
        method(int, "as_integer_ratio") { vm, args throws(PythonError) in
            .object(PyTuple([vm.builtinBase(args[0]), .int(1)]))
        }
        // The exact int value (an int subclass's value; `True.__index__()` is 1).
        for name in ["__index__", "__int__"] {
            method(int, name) { vm, args throws(PythonError) in
                let v = vm.builtinBase(args[0])
                if case .bool(let b) = v { return .int(b ? 1 : 0) }
                return v
            }
        }
        // `int.__format__`, `float.__format__`, `str.__format__`: the format spec mini-language
        // (`object.__format__` accepts only an empty spec).
        for t in [int, float, str] {
            method(t, "__format__") { vm, args throws(PythonError) in
                try args.check("__format__", min: 2, max: 2, vm: vm)
                guard case .str(let spec) = args[1] else {
                    throw vm.makeError(Builtins.shared.typeError, "__format__() argument must be str, not \(vm.typeName(args[1]))")
                }
                return .str(PyStr(try vm.format(vm.builtinBase(args[0]), spec.value)))
            }
        }
        method(int, "to_bytes") { vm, args throws(PythonError) in
            try args.check("to_bytes", min: 1, max: 3, keywords: ["length", "byteorder", "signed"], vm: vm)
            let length = args.positionalCount > 1 ? try vm.indexValue(args[1]) : try vm.indexValue(args.keyword("length") ?? .int(1))
            let order = (args.positionalCount > 2 ? args[2] : args.keyword("byteorder"))?.asString ?? "big"
            let signed = try vm.isTrue(args.keyword("signed") ?? .bool(false))
            guard var v = args[0].asBigIntValue else { return .none }
            if length < 0 || length > 100_000_000 { throw vm.makeError(Builtins.shared.valueError, "length argument must be non-negative") }
            if v < 0 {
                if !signed { throw vm.makeError(Builtins.shared.overflowError, "can't convert negative int to unsigned") }
                v += BigInt(1) << (length * 8)
            }
            // Bytes straight from the magnitude's words, least significant first (one pass:
            // shifting the value a byte at a time was quadratic).
            let fits = v >= 0 && v.magnitude.bitWidth <= length * 8
            var out: [UInt8] = []
            if fits {
                out.reserveCapacity(length)
                let words = v.magnitude.words
                for i in 0..<length {
                    let w = i / 8 < words.count ? words[i / 8] : 0
                    out.append(UInt8(truncatingIfNeeded: w >> UInt((i % 8) * 8)))
                }
            }
            // A signed value must also keep its sign bit: the top byte is >= 0x80 exactly
            // when the value is negative.
            let negative = args[0].asBigIntValue! < 0
            if !fits || (signed && length > 0 && (out.last! >= 0x80) != negative) {
                throw vm.makeError(Builtins.shared.overflowError, "int too big to convert")
            }
            return .object(PyBytes(order == "little" ? out : out.reversed()))
        }
        classMethod(int, "from_bytes") { vm, args throws(PythonError) in
            try args.check("from_bytes", min: 2, max: 3, keywords: ["bytes", "byteorder", "signed"], vm: vm)
            let source = args.positionalCount > 1 ? args[1] : (args.keyword("bytes") ?? .none)
            let b = try vm.bytesOfFromBytesArgument(source)
            let order = (args.positionalCount > 2 ? args[2] : args.keyword("byteorder"))?.asString ?? "big"
            guard order == "big" || order == "little" else {
                throw vm.makeError(Builtins.shared.valueError, "byteorder must be either 'little' or 'big'")
            }
            let signed = try vm.isTrue(args.keyword("signed") ?? .bool(false))
            // Packed into words, least significant byte first (one pass: shifting the value a
            // byte at a time was quadratic).
            let little: [UInt8] = order == "little" ? b : b.reversed()
            var words = [UInt](repeating: 0, count: (little.count + 7) / 8)
            for (i, x) in little.enumerated() { words[i / 8] |= UInt(x) << UInt((i % 8) * 8) }
            var v = BigInt(BigUInt(words: words))
            if signed, let top = little.last, top >= 0x80 { v = BigIntKernels.subtract(v, BigInt(1) << (little.count * 8)) }
            return .bigInt(v)
        }

        installNumericDunders()

        // float
        method(float, "is_integer") { vm, args throws(PythonError) in
            guard case .float(let d) = args[0] else { return .bool(false) }
            return .bool(d.isFinite && d == d.rounded(.towardZero))
        }
        method(float, "as_integer_ratio") { vm, args throws(PythonError) in
            guard case .float(let d) = args[0] else { return .none }
            if d.isNaN { throw vm.makeError(Builtins.shared.valueError, "cannot convert NaN to integer ratio") }
            if d.isInfinite { throw vm.makeError(Builtins.shared.overflowError, "cannot convert Infinity to integer ratio") }
            if d == 0 { return .object(PyTuple([.int(0), .int(1)])) }
            var num = BigInt(d.significandBitPattern | (d.isNormal ? (1 << 52) : 0))
            var exp = d.isNormal ? Int(d.exponent) - 52 : -1074
            var den = BigInt(1)
            while exp < 0 && num % 2 == 0 { num /= 2; exp += 1 }
            if exp > 0 { num <<= exp } else { den <<= -exp }
            if d < 0 { num = -num }
            return .object(PyTuple([.bigInt(num), .bigInt(den)]))
        }
        method(float, "conjugate") { _, args throws(PythonError) in args[0] }
        method(float, "hex") { _, args throws(PythonError) in
            guard case .float(let d) = args[0] else { return .none }
            return .str(PyStr(VM.floatHex(d)))
        }

        // Generators
        let G = PyGenerator.self
        objectMethod(generator, "send", G, kinds: [.generator], min: 1, max: 1) { vm, g, a throws(PythonError) in
            switch try vm.resumeGenerator(g, send: a[0], exception: nil) {
            case .yielded(let v): return v
            case .returned(let r): throw PythonError(vm.stopIteration(r))
            }
        }
        objectMethod(generator, "__next__", G, kinds: [.generator]) { vm, g, _ throws(PythonError) in
            switch try vm.resumeGenerator(g, send: .none, exception: nil) {
            case .yielded(let v): return v
            case .returned(let r): throw PythonError(vm.stopIteration(r))
            }
        }
        objectMethod(generator, "__iter__", G, kinds: [.generator]) { _, g, _ throws(PythonError) in .object(g) }
        objectMethod(generator, "throw", G, kinds: [.generator], min: 1, max: 3) { vm, g, a throws(PythonError) in
            // throw(type[, value[, tb]]): a value that is already an instance is thrown as is.
            var exc: PyInstance
            if a.positionalCount > 1, let inst = a[1].asInstance, inst.exception != nil {
                exc = inst
            } else if a.positionalCount > 1, !a[1].isNone, let t = a[0].asType {
                exc = try vm.exceptionFromRaise(try vm.callValue(.object(t), [a[1]]))
            } else {
                exc = try vm.exceptionFromRaise(a[0])
            }
            switch try vm.resumeGenerator(g, send: .none, exception: exc) {
            case .yielded(let v): return v
            case .returned(let r): throw PythonError(vm.stopIteration(r))
            }
        }
        objectMethod(generator, "close", G, kinds: [.generator]) { vm, g, _ throws(PythonError) in
            try vm.closeGenerator(g)
            return .none
        }
        for name in ["send", "throw", "close"] {
            if let m = generator.dict.getString(name) { coroutine.dict.setString(name, m) }
        }

        // property decorators
        let P = PyProperty.self
        objectMethod(property, "getter", P, kinds: [.property], min: 1, max: 1) { _, p, a throws(PythonError) in
            .object(PyProperty(getter: a[0], setter: p.setter, deleter: p.deleter, doc: p.doc))
        }
        objectMethod(property, "setter", P, kinds: [.property], min: 1, max: 1) { _, p, a throws(PythonError) in
            .object(PyProperty(getter: p.getter, setter: a[0], deleter: p.deleter, doc: p.doc))
        }
        objectMethod(property, "deleter", P, kinds: [.property], min: 1, max: 1) { _, p, a throws(PythonError) in
            .object(PyProperty(getter: p.getter, setter: p.setter, deleter: a[0], doc: p.doc))
        }
        objectMethod(property, "__get__", P, kinds: [.property], min: 1, max: 2) { vm, p, a throws(PythonError) in
            if a[0].isNone { return .object(p) }
            return try vm.callValue(p.getter, [a[0]])
        }

        classMethod(float, "fromhex") { vm, args throws(PythonError) in
            try args.check("fromhex", min: 2, max: 2, vm: vm)
            guard case .str(let s) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "must be str, not \(vm.typeName(args[1]))")
            }
            guard let d = VM.parseHexFloat(s.value) else {
                throw vm.makeError(Builtins.shared.valueError, "invalid hexadecimal floating-point string")
            }
            return .float(d)
        }
        objectMethod(slice, "indices", PySlice.self, kinds: [.slice], min: 1, max: 1) { vm, s, a throws(PythonError) in
            let n = try vm.indexValue(a[0])
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "length should not be negative") }
            let (start, stop, step, _) = try vm.sliceIndices(s, count: n)
            return .object(PyTuple([.int(start), .int(stop), .int(step)]))
        }
        staticMethod(type, "__new__") { vm, args throws(PythonError) in
            guard args.positionalCount == 4, let meta = args[0].asType else {
                throw vm.makeError(Builtins.shared.typeError, "type.__new__() takes exactly 3 arguments")
            }
            // Keyword arguments go to `__init_subclass__`.
            let keywords = args.keywordNames.enumerated().map { ($0.element, args[4 + $0.offset]) }
            return try vm.typeFromArguments(meta, args[1], args[2], args[3], keywords: keywords)
        }
        method(type, "__init__") { _, _ throws(PythonError) in .none }
        method(type, "__setattr__") { vm, args throws(PythonError) in
            // `type.__setattr__(int, 'x', 1)` follows the same rules as `int.x = 1`.
            try args.check("__setattr__", min: 3, max: 3, vm: vm)
            guard case .str(let name) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            if let t = args[0].asType { try vm.setClassAttribute(t, name, args[2]) } else { try vm.setAttribute(args[0], name, args[2]) }
            return .none
        }
        method(type, "__delattr__") { vm, args throws(PythonError) in
            try args.check("__delattr__", min: 2, max: 2, vm: vm)
            guard case .str(let name) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            if let t = args[0].asType { try vm.deleteClassAttribute(t, name) } else { try vm.deleteAttribute(args[0], name) }
            return .none
        }
        method(type, "__call__") { vm, args throws(PythonError) in
            guard args.count > 0, let t = args[0].asType else {
                throw vm.makeError(Builtins.shared.typeError, "descriptor '__call__' requires a 'type' object")
            }
            return try vm.callType(t, args.droppingFirst)
        }
        method(type, "mro") { vm, args throws(PythonError) in
            guard let t = args.count > 0 ? args[0].asType : nil else { return .none }
            return .object(PyList(t.mro.map { .object($0) }))
        }
    }
}

extension Builtins {
    /// Arithmetic and comparison dunders of `int` and `float` (`(5).__add__(3)`,
    /// `super().__add__(x)` in subclasses); they return NotImplemented for foreign operands.
    func installNumericDunders() {
        let binary: [(String, BinaryOperator, Bool)] = [
            ("__add__", .add, false), ("__sub__", .sub, false), ("__mul__", .mul, false),
            ("__truediv__", .truediv, false), ("__floordiv__", .floordiv, false), ("__mod__", .mod, false),
            ("__pow__", .pow, false), ("__lshift__", .lshift, false), ("__rshift__", .rshift, false),
            ("__and__", .and, false), ("__or__", .or, false), ("__xor__", .xor, false),
            ("__radd__", .add, true), ("__rsub__", .sub, true), ("__rmul__", .mul, true),
            ("__rtruediv__", .truediv, true), ("__rfloordiv__", .floordiv, true), ("__rmod__", .mod, true),
            ("__rpow__", .pow, true), ("__rlshift__", .lshift, true), ("__rrshift__", .rshift, true),
            ("__rand__", .and, true), ("__ror__", .or, true), ("__rxor__", .xor, true),
        ]
        for t in [int, float] {
            let isFloat = t === float
            for (name, op, reflected) in binary {
                if isFloat && (op == .lshift || op == .rshift || op == .and || op == .or || op == .xor) { continue }
                method(t, name) { vm, args throws(PythonError) in
                    try args.check("\(t.name).\(name)", min: 2, max: 2, vm: vm)
                    let me = vm.builtinBase(args[0]), other = vm.builtinBase(args[1])
                    guard let o = PyNumber.operand(other) else { return .notImplemented }
                    if !isFloat, case .float = o { return .notImplemented }
                    let (a, b) = reflected ? (other, me) : (me, other)
                    return try PyNumber.binary(op, a, b) ?? .notImplemented
                }
            }
            let unary: [(String, UnaryOperator)] = [("__neg__", .negative), ("__pos__", .positive)]
            for (name, op) in unary {
                method(t, name) { vm, args throws(PythonError) in try vm.unaryOperation(op, vm.builtinBase(args[0])) }
            }
            if !isFloat {
                method(t, "__invert__") { vm, args throws(PythonError) in try vm.unaryOperation(.invert, vm.builtinBase(args[0])) }
            }
            method(t, "__abs__") { vm, args throws(PythonError) in
                try vm.callValue(vm.builtins.getString("abs")!, [vm.builtinBase(args[0])])
            }
            method(t, "__bool__") { vm, args throws(PythonError) in .bool(try vm.isTrue(vm.builtinBase(args[0]))) }
            method(t, "__float__") { vm, args throws(PythonError) in
                .float(try PyNumber.toDouble(PyNumber.operand(vm.builtinBase(args[0])) ?? .int(0)))
            }
            method(t, "__round__") { vm, args throws(PythonError) in
                try vm.round(vm.builtinBase(args[0]), args.positionalCount > 1 ? args[1] : .none)
            }
            for (name, op) in [("__eq__", CompareOperator.eq), ("__ne__", .ne), ("__lt__", .lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
                method(t, name) { vm, args throws(PythonError) in
                    try args.check("\(t.name).\(name)", min: 2, max: 2, vm: vm)
                    let a = vm.builtinBase(args[0]), b = vm.builtinBase(args[1])
                    guard PyNumber.operand(b) != nil else { return .notImplemented }
                    // int's comparisons leave a float to float's reflected method, as CPython's do.
                    if !isFloat, case .float = b { return .notImplemented }
                    return try vm.compare(op, a, b)
                }
            }
            method(t, "__hash__") { vm, args throws(PythonError) in .int(try vm.hash(vm.builtinBase(args[0]))) }
        }
    }
}

extension VM {
    /// `float.hex()`.
    static func floatHex(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0x0.0p+0" }
        var exponent = Int(d.exponent)
        var mantissa = d.significandBitPattern
        var lead = "1"
        if d.isSubnormal {
            lead = "0"
            exponent = -1022
        }
        _ = mantissa
        mantissa = d.significandBitPattern
        var hex = String(mantissa, radix: 16)
        hex = String(repeating: "0", count: 13 - hex.count) + hex
        return "\(sign)0x\(lead).\(hex)p\(exponent >= 0 ? "+" : "")\(exponent)"
    }

    /// `float.fromhex()`.
    static func parseHexFloat(_ text: String) -> Double? {
        // Only ASCII whitespace (C's `isspace`), unlike `float()`.
        var s = Substring(text.trimmingASCIISpace().lowercased())
        var negative = false
        if s.hasPrefix("-") { negative = true; s = s.dropFirst() } else if s.hasPrefix("+") { s = s.dropFirst() }
        if s == "inf" || s == "infinity" { return negative ? -.infinity : .infinity }
        if s == "nan" { return .nan }
        if s.hasPrefix("0x") { s = s.dropFirst(2) }
        var mantissa = 0.0
        var exponent = 0
        var sawDigit = false
        var fraction = false
        while let c = s.first, let v = c.hexDigitValue {
            mantissa = mantissa * 16 + Double(v)
            if fraction { exponent -= 4 }
            sawDigit = true
            s = s.dropFirst()
            if s.first == "." && !fraction { fraction = true; s = s.dropFirst() }
        }
        if s.first == "." && !fraction {
            s = s.dropFirst()
            while let c = s.first, let v = c.hexDigitValue {
                mantissa = mantissa * 16 + Double(v)
                exponent -= 4
                sawDigit = true
                s = s.dropFirst()
            }
        }
        if !sawDigit { return nil }
        if s.first == "p" {
            s = s.dropFirst()
            guard let e = Int(s), abs(e) < 100_000 else { return nil }
            exponent += e
            s = ""
        }
        if !s.isEmpty { return nil }
        let value = mantissa * pow(2.0, Double(exponent))
        return negative ? -value : value
    }
}

extension VM {
    /// The bytes `int.from_bytes` reads from its argument: bytes, a bytearray or an iterable
    /// of ints in `range(0, 256)`, with CPython's errors otherwise.
    func bytesOfFromBytesArgument(_ source: Value) throws(PythonError) -> [UInt8] {
        if let b = source.asBytes { return b.bytes }
        if let b = source.asByteArray { return b.bytes }
        if case .str = source { throw makeError(Builtins.shared.typeError, "cannot convert 'str' object to bytes") }
        if isNotIterableType(source) {
            throw makeError(Builtins.shared.typeError, "cannot convert '\(typeName(source))' object to bytes")
        }
        var out: [UInt8] = []
        for v in try iterateToArray(source) {
            let i = try indexValue(v)
            guard i >= 0 && i < 256 else { throw makeError(Builtins.shared.valueError, "bytes must be in range(0, 256)") }
            out.append(UInt8(i))
        }
        return out
    }
}
