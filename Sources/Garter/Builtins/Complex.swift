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

/// A `complex` value: an immutable pair of doubles (a native object of the builtin type
/// `complex`, whose dunders implement the arithmetic with `int`/`float`/`bool` operands).
final class PyComplex: PyNativeObject, @unchecked Sendable {
    let real: Double
    let imag: Double

    init(_ real: Double, _ imag: Double) {
        self.real = real
        self.imag = imag
        super.init(type: Builtins.shared.complexType)
    }
}

/// Complex arithmetic following CPython's `complexobject.c` (Smith's division, `c_powi` for
/// small integer exponents, the same overflow and zero-division errors), `repr`/`format`,
/// hashing and the `complex()` constructor including string parsing.
enum ComplexMath {
    typealias C = (re: Double, im: Double)

    static func value(_ c: C) -> Value { .object(PyComplex(c.re, c.im)) }

    /// The operand as a complex number: complex, int, bool or float (nil otherwise).
    static func operand(_ v: Value) throws(PythonError) -> C? {
        if case .object(let o) = v, let c = o as? PyComplex { return (c.real, c.imag) }
        if case .object(let o) = v, o.kind == .instance, let inst = o as? PyInstance, let base = inst.builtinValue {
            return try operand(base)
        }
        guard let n = PyNumber.operand(v) else { return nil }
        return (try PyNumber.toDouble(n), 0)
    }

    static func sum(_ a: C, _ b: C) -> C { (a.re + b.re, a.im + b.im) }
    static func diff(_ a: C, _ b: C) -> C { (a.re - b.re, a.im - b.im) }
    static func prod(_ a: C, _ b: C) -> C { (a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re) }

    static func quot(_ a: C, _ b: C) throws(PythonError) -> C {
        let absBr = Swift.abs(b.re), absBi = Swift.abs(b.im)
        if absBr >= absBi {
            if absBr == 0 {
                throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "complex division by zero")
            }
            let ratio = b.im / b.re
            let denom = b.re + b.im * ratio
            return ((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
        } else if absBi >= absBr {
            let ratio = b.re / b.im
            let denom = b.re * ratio + b.im
            return ((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
        }
        return (.nan, .nan)
    }

    static func powu(_ x: C, _ n: Int) -> C {
        var r: C = (1, 0), p = x
        var mask = 1
        while mask > 0 && n >= mask {
            if n & mask != 0 { r = prod(r, p) }
            mask <<= 1
            p = prod(p, p)
        }
        return r
    }

    static func pow(_ a: C, _ b: C) throws(PythonError) -> C {
        let r: C
        if b.im == 0 && b.re == b.re.rounded(.down) && Swift.abs(b.re) <= 100 {
            let n = Int(b.re)
            if n > 0 {
                r = powu(a, n)
            } else {
                do { r = try quot((1, 0), powu(a, -n)) } catch {
                    throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "0.0 to a negative or complex power")
                }
            }
        } else if b.re == 0 && b.im == 0 {
            r = (1, 0)
        } else if a.re == 0 && a.im == 0 {
            if b.im != 0 || b.re < 0 {
                throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "0.0 to a negative or complex power")
            }
            r = (0, 0)
        } else {
            let vabs = hypot(a.re, a.im)
            var len = LibM.pow(vabs, b.re)
            let at = atan2(a.im, a.re)
            var phase = at * b.re
            if b.im != 0 {
                len /= exp(at * b.im)
                phase += b.im * log(vabs)
            }
            // cos and sin of an infinite phase are a domain error in C, which CPython
            // reports as this ZeroDivisionError (`inf ** 1j`, `(1+1j) ** inf`).
            if phase.isInfinite {
                throw VM.makeErrorStatic(Builtins.shared.zeroDivisionError, "0.0 to a negative or complex power")
            }
            r = (len * cos(phase), len * sin(phase))
        }
        if (r.re.isInfinite || r.im.isInfinite) && a.re.isFinite && a.im.isFinite && b.re.isFinite && b.im.isFinite {
            throw VM.makeErrorStatic(Builtins.shared.overflowError, "complex exponentiation")
        }
        return r
    }

    static func abs(_ c: C) throws(PythonError) -> Double {
        if c.re.isInfinite || c.im.isInfinite { return .infinity }
        if c.re.isNaN || c.im.isNaN { return .nan }
        let r = hypot(c.re, c.im)
        if r.isInfinite { throw VM.makeErrorStatic(Builtins.shared.overflowError, "absolute value too large") }
        return r
    }

    /// `repr(float)` without the `.0` CPython's complex repr leaves off (`1j`, `(1.5-2j)`).
    static func part(_ d: Double, sign: Bool = false) -> String {
        var s = NumberText.floatRepr(d)
        if s.hasSuffix(".0") { s.removeLast(2) }
        if sign && !s.hasPrefix("-") { s = "+" + s }
        return s
    }

    static func repr(_ c: C) -> String {
        if c.re == 0 && c.re.sign == .plus { return part(c.im) + "j" }
        return "(" + part(c.re) + part(c.im, sign: true) + "j)"
    }

    static func hash(_ c: C) -> Int {
        let combined = PyNumber.hash(c.re) &+ 1000003 &* PyNumber.hash(c.im)
        return combined == -1 ? -2 : combined
    }

    /// Why `complex(string)` rejected its argument (CPython words the two differently).
    enum ParseFailure: Error {
        /// "complex() arg is a malformed string".
        case malformed
        /// An underscore not between two digits: "could not convert string to complex: ...".
        case underscores
    }

    /// `complex(string)`: CPython's `complex_subtype_from_string`. Non-ASCII whitespace
    /// counts as a space and non-ASCII decimal digits as their ASCII digits; underscores
    /// may only separate digits; then `<float>`, `<float>j`, `<float><signed-float>j`,
    /// `<float><sign>j`, `<sign>j` or `j`, optionally in parentheses, with ASCII
    /// whitespace around.
    static func parse(_ text: String) -> Result<C, ParseFailure> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for u in text.unicodeScalars {
            if u.value < 0x80 {
                bytes.append(UInt8(u.value))
            } else if StrOps.isSpace(u.value) {
                bytes.append(0x20)
            } else if u.properties.numericType == .decimal, let d = u.properties.numericValue, d >= 0, d <= 9 {
                bytes.append(0x30 + UInt8(d))
            } else {
                bytes.append(0xFF)  // never part of a number
            }
        }
        if bytes.contains(UInt8(ascii: "_")) {
            guard let cleaned = withoutDigitSeparators(bytes) else { return .failure(.underscores) }
            bytes = cleaned
        }
        guard let c = parseComplex(bytes) else { return .failure(.malformed) }
        return .success(c)
    }

    /// `bytes` without its underscores, or nil when one is not between two digits
    /// (CPython's `_Py_string_to_number_with_underscores`).
    private static func withoutDigitSeparators(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var previous: UInt8 = 0
        for b in bytes {
            if b == UInt8(ascii: "_") {
                guard isDigit(previous) else { return nil }
            } else {
                if previous == UInt8(ascii: "_") && !isDigit(b) { return nil }
                out.append(b)
            }
            previous = b
        }
        return previous == UInt8(ascii: "_") ? nil : out
    }

    @inline(__always) private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// CPython's `complex_from_string_inner`.
    private static func parseComplex(_ s: [UInt8]) -> C? {
        var i = 0
        func at(_ k: Int) -> UInt8 { k < s.count ? s[k] : 0 }
        func isJ(_ b: UInt8) -> Bool { b == UInt8(ascii: "j") || b == UInt8(ascii: "J") }
        while NumberText.isCSpace(at(i)) { i += 1 }
        var bracket = false
        if at(i) == UInt8(ascii: "(") {
            bracket = true
            i += 1
            while NumberText.isCSpace(at(i)) { i += 1 }
        }
        var re = 0.0, im = 0.0
        if let (z, end) = floatPrefix(s, i) {
            i = end
            if at(i) == UInt8(ascii: "+") || at(i) == UInt8(ascii: "-") {
                re = z
                if let (y, end) = floatPrefix(s, i) {
                    im = y
                    i = end
                } else {
                    im = at(i) == UInt8(ascii: "+") ? 1 : -1
                    i += 1
                }
                guard isJ(at(i)) else { return nil }
                i += 1
            } else if isJ(at(i)) {
                im = z
                i += 1
            } else {
                re = z
            }
        } else {
            if at(i) == UInt8(ascii: "+") || at(i) == UInt8(ascii: "-") {
                im = at(i) == UInt8(ascii: "+") ? 1 : -1
                i += 1
            } else {
                im = 1
            }
            guard isJ(at(i)) else { return nil }
            i += 1
        }
        while NumberText.isCSpace(at(i)) { i += 1 }
        if bracket {
            guard at(i) == UInt8(ascii: ")") else { return nil }
            i += 1
            while NumberText.isCSpace(at(i)) { i += 1 }
        }
        return i == s.count ? (re, im) : nil
    }

    /// The longest float literal starting at `start` (`[sign] digits [. digits] [e [sign] digits]`
    /// or `[sign] inf|infinity|nan`, case-insensitive) and the index after it; nil when none
    /// starts there. Like `PyOS_string_to_double` with an end pointer, overflow gives ±inf.
    private static func floatPrefix(_ s: [UInt8], _ start: Int) -> (Double, Int)? {
        var i = start
        func at(_ k: Int) -> UInt8 { k < s.count ? s[k] : 0 }
        var negative = false
        if at(i) == UInt8(ascii: "+") || at(i) == UInt8(ascii: "-") {
            negative = at(i) == UInt8(ascii: "-")
            i += 1
        }
        func matches(_ word: String, at k: Int) -> Bool {
            var k = k
            for w in word.utf8 {
                guard at(k) | 0x20 == w else { return false }
                k += 1
            }
            return true
        }
        if matches("infinity", at: i) { return (negative ? -.infinity : .infinity, i + 8) }
        if matches("inf", at: i) { return (negative ? -.infinity : .infinity, i + 3) }
        if matches("nan", at: i) { return (.nan, i + 3) }
        let mantissaStart = i
        var digits = 0
        while isDigit(at(i)) { i += 1; digits += 1 }
        if at(i) == UInt8(ascii: ".") {
            i += 1
            while isDigit(at(i)) { i += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if at(i) | 0x20 == UInt8(ascii: "e") {
            var k = i + 1
            if at(k) == UInt8(ascii: "+") || at(k) == UInt8(ascii: "-") { k += 1 }
            if isDigit(at(k)) {
                while isDigit(at(k)) { k += 1 }
                i = k
            }
        }
        guard let magnitude = Double(String(decoding: s[mantissaStart..<i], as: UTF8.self)) else { return nil }
        return (negative ? -magnitude : magnitude, i)
    }
}

extension Builtins {
    func installComplexMethods() {
        let t = complexType
        func receiver(_ vm: VM, _ args: Arguments, _ name: String) throws(PythonError) -> ComplexMath.C {
            guard args.count > 0, case .object(let o) = args[0], let c = o as? PyComplex else {
                throw vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' requires a 'complex' object but received a '\(args.count > 0 ? vm.typeName(args[0]) : "NoneType")'")
            }
            return (c.real, c.imag)
        }
        func binary(_ name: String, reflected: Bool, _ op: @escaping (ComplexMath.C, ComplexMath.C) throws(PythonError) -> ComplexMath.C) {
            method(t, name) { vm, args throws(PythonError) in
                let me = try receiver(vm, args, name)
                guard args.count == 2, let other = try ComplexMath.operand(args[1]) else { return .notImplemented }
                return ComplexMath.value(reflected ? try op(other, me) : try op(me, other))
            }
        }
        for (name, rname, op) in [("__add__", "__radd__", ComplexMath.sum), ("__sub__", "__rsub__", ComplexMath.diff),
                                  ("__mul__", "__rmul__", ComplexMath.prod)] as [(String, String, (ComplexMath.C, ComplexMath.C) -> ComplexMath.C)] {
            binary(name, reflected: false) { a, b throws(PythonError) in op(a, b) }
            binary(rname, reflected: true) { a, b throws(PythonError) in op(a, b) }
        }
        binary("__truediv__", reflected: false) { a, b throws(PythonError) in try ComplexMath.quot(a, b) }
        binary("__rtruediv__", reflected: true) { a, b throws(PythonError) in try ComplexMath.quot(a, b) }
        method(t, "__pow__") { vm, args throws(PythonError) in
            let me = try receiver(vm, args, "__pow__")
            if args.count > 2, !args[2].isNone { throw vm.makeError(Builtins.shared.valueError, "complex modulo") }
            guard args.count >= 2, let other = try ComplexMath.operand(args[1]) else { return .notImplemented }
            return ComplexMath.value(try ComplexMath.pow(me, other))
        }
        method(t, "__rpow__") { vm, args throws(PythonError) in
            let me = try receiver(vm, args, "__rpow__")
            guard args.count >= 2, let other = try ComplexMath.operand(args[1]) else { return .notImplemented }
            return ComplexMath.value(try ComplexMath.pow(other, me))
        }
        method(t, "__neg__") { vm, args throws(PythonError) in
            let c = try receiver(vm, args, "__neg__")
            return ComplexMath.value((-c.re, -c.im))
        }
        method(t, "__pos__") { vm, args throws(PythonError) in ComplexMath.value(try receiver(vm, args, "__pos__")) }
        method(t, "__abs__") { vm, args throws(PythonError) in .float(try ComplexMath.abs(try receiver(vm, args, "__abs__"))) }
        method(t, "__bool__") { vm, args throws(PythonError) in
            let c = try receiver(vm, args, "__bool__")
            return .bool(c.re != 0 || c.im != 0)
        }
        method(t, "__hash__") { vm, args throws(PythonError) in .int(ComplexMath.hash(try receiver(vm, args, "__hash__"))) }
        method(t, "__repr__") { vm, args throws(PythonError) in .str(PyStr(ComplexMath.repr(try receiver(vm, args, "__repr__")))) }
        method(t, "__str__") { vm, args throws(PythonError) in .str(PyStr(ComplexMath.repr(try receiver(vm, args, "__str__")))) }
        for (name, negate) in [("__eq__", false), ("__ne__", true)] {
            method(t, name) { vm, args throws(PythonError) in
                let me = try receiver(vm, args, name)
                guard args.count == 2 else { return .notImplemented }
                let equal: Bool
                if case .object(let o) = args[1], let c = o as? PyComplex {
                    equal = me.re == c.real && me.im == c.imag
                } else if let n = PyNumber.operand(args[1]) {
                    // Exact comparison of the real part with an int, as CPython does.
                    equal = me.im == 0 && PyNumber.compare(.float(me.re), n) == 0
                } else {
                    return .notImplemented
                }
                return .bool(equal != negate)
            }
        }
        method(t, "conjugate") { vm, args throws(PythonError) in
            let c = try receiver(vm, args, "conjugate")
            return ComplexMath.value((c.re, -c.im))
        }
        method(t, "__getnewargs__") { vm, args throws(PythonError) in
            let c = try receiver(vm, args, "__getnewargs__")
            return .object(PyTuple([.float(c.re), .float(c.im)]))
        }
        method(t, "__format__") { vm, args throws(PythonError) in
            let c = try receiver(vm, args, "__format__")
            guard args.count == 2, case .str(let spec) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "format() argument 2 must be str")
            }
            return .str(PyStr(try ComplexMath.format(vm, c, spec.value)))
        }
        for (name, isReal) in [("real", true), ("imag", false)] {
            let getter = PyBuiltinFunction(name: name, owner: "complex") { vm, args throws(PythonError) in
                let c = try receiver(vm, args, name)
                return .float(isReal ? c.re : c.im)
            }
            t.dict.setString(PyStr(frozen: name), .object(PyProperty(getter: .object(getter), setter: .none, deleter: .none, doc: .none)))
        }
        t.constructor = { vm, args throws(PythonError) in try ComplexMath.construct(vm, args) }
    }
}

extension ComplexMath {
    /// `complex(real=0, imag=0)` / `complex(string)`.
    static func construct(_ vm: VM, _ args: Arguments) throws(PythonError) -> Value {
        try args.check("complex", min: 0, max: 2, keywords: ["real", "imag"], vm: vm)
        let realArg = args.positionalCount > 0 ? args[0] : args.keyword("real")
        let imagArg = args.positionalCount > 1 ? args[1] : args.keyword("imag")
        if case .str(let s)? = realArg {
            if imagArg != nil { throw vm.makeError(Builtins.shared.typeError, "complex() can't take second arg if first is a string") }
            switch parse(s.value) {
            case .success(let c):
                return value(c)
            case .failure(.malformed):
                throw vm.makeError(Builtins.shared.valueError, "complex() arg is a malformed string")
            case .failure(.underscores):
                throw vm.makeError(Builtins.shared.valueError, "could not convert string to complex: \(try vm.repr(realArg!))")
            }
        }
        if case .str? = imagArg { throw vm.makeError(Builtins.shared.typeError, "complex() second arg can't be a string") }
        func convert(_ v: Value, _ which: String) throws(PythonError) -> C {
            if let c = try operand(v) { return c }
            if vm.isUserInstance(v) {
                if let r = try vm.callSpecial(v, PyStr("__complex__"), []) {
                    guard case .object(let o) = r, let c = o as? PyComplex else {
                        throw vm.makeError(Builtins.shared.typeError, "__complex__ returned non-complex (type \(vm.typeName(r)))")
                    }
                    return (c.real, c.imag)
                }
                if let r = try vm.callSpecial(v, PyStr("__float__"), []), case .float(let d) = r { return (d, 0) }
                if let r = try vm.callSpecial(v, Names.index, []), let c = try operand(r) { return c }
            }
            let what = which == "first argument" ? "first argument must be a string or a number" : "second argument must be a number"
            throw vm.makeError(Builtins.shared.typeError, "complex() \(what), not '\(vm.typeName(v))'")
        }
        var r: C = (0, 0)
        var realIsComplex = false
        if let realArg {
            r = try convert(realArg, "first argument")
            realIsComplex = isComplex(realArg)
        }
        guard let imagArg else { return value(r) }
        let i = try convert(imagArg, "second argument")
        // CPython: real - imag.imag only when imag is complex; imag.real + real.imag only
        // when real is complex (so `complex(1, -0.0)` keeps the negative zero).
        let re = isComplex(imagArg) ? r.re - i.im : r.re
        let im = realIsComplex ? i.re + r.im : i.re
        return value((re, im))
    }

    static func isComplex(_ v: Value) -> Bool {
        if case .object(let o) = v, o is PyComplex { return true }
        return false
    }

    /// `format(complex, spec)`: both parts formatted as floats, the imaginary one signed.
    static func format(_ vm: VM, _ c: C, _ spec: String) throws(PythonError) -> String {
        if spec.isEmpty { return repr(c) }
        // [[fill]align][sign][z][#][0][width][,|_][.precision][type]
        var chars = Array(spec)
        var fill: Character = " ", align: Character? = nil
        if chars.count >= 2, "<>^=".contains(chars[1]) { fill = chars[0]; align = chars[1]; chars.removeFirst(2) }
        else if let f = chars.first, "<>^=".contains(f) { align = f; chars.removeFirst() }
        if align == "=" { throw vm.makeError(Builtins.shared.valueError, "'=' alignment flag is not allowed in complex format specifier") }
        var sign = ""
        if let f = chars.first, "+- ".contains(f) { sign = String(f); chars.removeFirst() }
        var width = 0
        var digits = ""
        while let f = chars.first, f.isNumber { digits.append(f); chars.removeFirst() }
        if !digits.isEmpty {
            guard let w = Int(digits) else { throw vm.makeError(Builtins.shared.valueError, "Too many decimal digits in format string") }
            width = w
            try vm.checkAllocation(width, times: 1, itemSize: 1)
        }
        let rest = String(chars)
        var type: Character? = nil
        if let l = rest.last, l.isLetter || l == "%" { type = l }
        if type == "%" { throw vm.makeError(Builtins.shared.valueError, "Unknown format code '%' for object of type 'complex'") }
        let precisionPart = type == nil ? rest : String(rest.dropLast())
        let body: String
        if type == nil && precisionPart.isEmpty {
            body = repr(c)
            if sign == "+" && !body.hasPrefix("(") && !body.hasPrefix("-") {
                return pad("+" + body, width: width, fill: fill, align: align ?? ">")
            }
        } else {
            let t = type.map(String.init) ?? "g"
            let reText = try vm.formatValue(.float(c.re), conversion: 0, spec: .str(PyStr(sign + precisionPart + t)))
            let imText = try vm.formatValue(.float(c.im), conversion: 0, spec: .str(PyStr("+" + precisionPart + t)))
            let skipReal = type == nil && c.re == 0 && c.re.sign == .plus
            body = type == nil ? (skipReal ? imText.drop(while: { $0 == "+" }) + "j" : "(" + reText + imText + "j)") : reText + imText + "j"
        }
        return pad(body, width: width, fill: fill, align: align ?? ">")
    }

    static func pad(_ s: String, width: Int, fill: Character, align: Character) -> String {
        let n = s.count
        guard width > n else { return s }
        let extra = width - n
        switch align {
        case "<": return s + String(repeating: fill, count: extra)
        case "^": return String(repeating: fill, count: extra / 2) + s + String(repeating: fill, count: extra - extra / 2)
        default: return String(repeating: fill, count: extra) + s
        }
    }
}
