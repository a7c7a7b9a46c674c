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

/// The `math` module: CPython 3.11's functions with its special-value rules and error
/// messages (`math domain error`, `math range error`), its own Lanczos `gamma`/`lgamma`,
/// the exact `fsum` (Shewchuk) and the accurate `hypot`/`dist` vector norm, so results print
/// exactly like CPython's on the same libm.
enum MathModule {
    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("math")
        m.value("pi", .float(Double.pi))
        m.value("e", .float(M_E))
        m.value("tau", .float(2 * Double.pi))
        m.value("inf", .float(Double.infinity))
        m.value("nan", .float(Double.nan))

        // Unary functions through CPython's math_1 rules.
        let unary: [(String, (Double) -> Double, Bool)] = [
            ("acos", acos, false), ("acosh", acosh, false), ("asin", asin, false), ("asinh", asinh, false),
            ("atan", atan, false), ("atanh", atanh, false), ("cbrt", cbrt, false), ("cos", cos, false),
            ("cosh", cosh, true), ("exp", exp, true), ("exp2", exp2, true), ("expm1", expm1, true),
            ("fabs", fabs, false), ("log1p", log1p, false), ("sin", sin, false), ("sinh", sinh, true),
            ("sqrt", sqrt, false), ("tan", tan, false), ("tanh", tanh, false),
        ]
        for (name, f, canOverflow) in unary {
            m.function(name) { vm, args throws(PythonError) in
                try check(args, name, min: 1, max: 1, vm: vm)
                let x = try toDouble(vm, args[0])
                return .float(try math1(vm, x, f(x), canOverflow: canOverflow))
            }
        }
        m.function("erf") { vm, args throws(PythonError) in
            try check(args, "erf", min: 1, max: 1, vm: vm)
            return .float(erf(try toDouble(vm, args[0])))
        }
        m.function("erfc") { vm, args throws(PythonError) in
            try check(args, "erfc", min: 1, max: 1, vm: vm)
            return .float(erfc(try toDouble(vm, args[0])))
        }
        m.function("gamma") { vm, args throws(PythonError) in
            try check(args, "gamma", min: 1, max: 1, vm: vm)
            let (r, err) = tgammaCPython(try toDouble(vm, args[0]))
            try checkErrno(vm, err, r)
            return .float(r)
        }
        m.function("lgamma") { vm, args throws(PythonError) in
            try check(args, "lgamma", min: 1, max: 1, vm: vm)
            let (r, err) = lgammaCPython(try toDouble(vm, args[0]))
            try checkErrno(vm, err, r)
            return .float(r)
        }
        m.function("log") { vm, args throws(PythonError) in
            try check(args, "log", min: 1, max: 2, vm: vm)
            let num = try logHelper(vm, args[0], log)
            if args.positionalCount == 2 {
                let den = try logHelper(vm, args[1], log)
                if den == 0 { throw vm.makeError(Builtins.shared.zeroDivisionError, "float division by zero") }
                return .float(num / den)
            }
            return .float(num)
        }
        m.function("log2") { vm, args throws(PythonError) in
            try check(args, "log2", min: 1, max: 1, vm: vm)
            return .float(try logHelper(vm, args[0], log2))
        }
        m.function("log10") { vm, args throws(PythonError) in
            try check(args, "log10", min: 1, max: 1, vm: vm)
            return .float(try logHelper(vm, args[0], log10))
        }
        m.function("pow") { vm, args throws(PythonError) in
            try check(args, "pow", min: 2, max: 2, vm: vm)
            return .float(try mathPow(vm, try toDouble(vm, args[0]), try toDouble(vm, args[1])))
        }
        m.function("atan2") { vm, args throws(PythonError) in
            try check(args, "atan2", min: 2, max: 2, vm: vm)
            return .float(atan2(try toDouble(vm, args[0]), try toDouble(vm, args[1])))
        }
        m.function("copysign") { vm, args throws(PythonError) in
            try check(args, "copysign", min: 2, max: 2, vm: vm)
            let x = try toDouble(vm, args[0]), y = try toDouble(vm, args[1])
            return .float(LibM.copysign(x, y))
        }
        m.function("fmod") { vm, args throws(PythonError) in
            try check(args, "fmod", min: 2, max: 2, vm: vm)
            let x = try toDouble(vm, args[0]), y = try toDouble(vm, args[1])
            if y.isInfinite && x.isFinite { return .float(x) }
            let r = LibM.fmod(x, y)
            if r.isNaN && !x.isNaN && !y.isNaN { throw domainError(vm) }
            return .float(r)
        }
        m.function("remainder") { vm, args throws(PythonError) in
            try check(args, "remainder", min: 2, max: 2, vm: vm)
            let x = try toDouble(vm, args[0]), y = try toDouble(vm, args[1])
            if x.isNaN { return .float(x) }
            if y.isNaN { return .float(y) }
            if x.isInfinite || y == 0 { throw domainError(vm) }
            if y.isInfinite { return .float(x) }
            return .float(LibM.remainder(x, y))
        }
        m.function("ldexp") { vm, args throws(PythonError) in
            try check(args, "ldexp", min: 2, max: 2, vm: vm)
            let x = try toDouble(vm, args[0])
            let base = vm.builtinBase(args[1])
            guard let e = base.asBigIntValue else {
                throw vm.makeError(Builtins.shared.typeError, "Expected an int as second argument to ldexp.")
            }
            if x == 0 || !x.isFinite { return .float(x) }
            if e > 100_000 { throw rangeError(vm) }
            if e < -100_000 { return .float(LibM.copysign(0.0, x)) }
            let r = LibM.scalbn(x, Int(e))
            if r.isInfinite { throw rangeError(vm) }
            return .float(r)
        }
        m.function("frexp") { vm, args throws(PythonError) in
            try check(args, "frexp", min: 1, max: 1, vm: vm)
            let x = try toDouble(vm, args[0])
            if x.isNaN || x.isInfinite || x == 0 { return .object(PyTuple([.float(x), .int(0)])) }
            let (mant, exp) = LibM.frexp(x)
            return .object(PyTuple([.float(mant), .int(exp)]))
        }
        m.function("modf") { vm, args throws(PythonError) in
            try check(args, "modf", min: 1, max: 1, vm: vm)
            let x = try toDouble(vm, args[0])
            if x.isInfinite { return .object(PyTuple([.float(LibM.copysign(0.0, x)), .float(x)])) }
            if x.isNaN { return .object(PyTuple([.float(x), .float(x)])) }
            let ip = x < 0 ? LibM.ceil(x) : LibM.floor(x)
            return .object(PyTuple([.float(LibM.copysign(x - ip, x)), .float(ip)]))
        }
        m.function("floor") { vm, args throws(PythonError) in
            try check(args, "floor", min: 1, max: 1, vm: vm)
            return try roundingFunction(vm, args[0], special: PyStr("__floor__")) { LibM.floor($0) }
        }
        m.function("ceil") { vm, args throws(PythonError) in
            try check(args, "ceil", min: 1, max: 1, vm: vm)
            return try roundingFunction(vm, args[0], special: PyStr("__ceil__")) { LibM.ceil($0) }
        }
        m.function("trunc") { vm, args throws(PythonError) in
            try check(args, "trunc", min: 1, max: 1, vm: vm)
            let v = args[0]
            switch vm.builtinBase(v) {
            case .float(let d):
                if vm.isUserInstance(v), let r = try vm.callSpecial(v, PyStr("__trunc__"), []) { return r }
                return try floatToInt(vm, d.rounded(.towardZero))
            case .int(let i): return .int(i)
            case .bool(let b): return .int(b ? 1 : 0)
            default:
                if let b = v.asBigInt { return .object(b) }
                if vm.isUserInstance(v), let r = try vm.callSpecial(v, PyStr("__trunc__"), []) { return r }
                throw vm.makeError(Builtins.shared.typeError, "type \(vm.typeName(v)) doesn't define __trunc__ method")
            }
        }
        m.function("isfinite") { vm, args throws(PythonError) in
            try check(args, "isfinite", min: 1, max: 1, vm: vm)
            return .bool(try toDouble(vm, args[0]).isFinite)
        }
        m.function("isinf") { vm, args throws(PythonError) in
            try check(args, "isinf", min: 1, max: 1, vm: vm)
            return .bool(try toDouble(vm, args[0]).isInfinite)
        }
        m.function("isnan") { vm, args throws(PythonError) in
            try check(args, "isnan", min: 1, max: 1, vm: vm)
            return .bool(try toDouble(vm, args[0]).isNaN)
        }
        m.function("degrees") { vm, args throws(PythonError) in
            try check(args, "degrees", min: 1, max: 1, vm: vm)
            return .float(try toDouble(vm, args[0]) * (180.0 / Double.pi))
        }
        m.function("radians") { vm, args throws(PythonError) in
            try check(args, "radians", min: 1, max: 1, vm: vm)
            return .float(try toDouble(vm, args[0]) * (Double.pi / 180.0))
        }
        m.function("isclose") { vm, args throws(PythonError) in
            if args.positionalCount != 2 {
                if args.positionalCount < 2 {
                    let names = ["a", "b"].dropFirst(args.positionalCount).filter { args.keyword($0) == nil }
                    if let first = names.first {
                        throw vm.makeError(Builtins.shared.typeError, "isclose() missing required argument '\(first)' (pos \(first == "a" ? 1 : 2))")
                    }
                } else {
                    throw vm.makeError(Builtins.shared.typeError, "isclose() takes exactly 2 positional arguments (\(args.positionalCount) given)")
                }
            }
            for k in args.keywordNames where !["a", "b", "rel_tol", "abs_tol"].contains(k.value) {
                throw vm.makeError(Builtins.shared.typeError, "isclose() got an unexpected keyword argument '\(k.value)'")
            }
            let a = try toDouble(vm, args.positionalCount > 0 ? args[0] : args.keyword("a")!)
            let b = try toDouble(vm, args.positionalCount > 1 ? args[1] : args.keyword("b")!)
            let relTol = try args.keyword("rel_tol").map { v throws(PythonError) in try toDouble(vm, v) } ?? 1e-9
            let absTol = try args.keyword("abs_tol").map { v throws(PythonError) in try toDouble(vm, v) } ?? 0.0
            if relTol < 0 || absTol < 0 {
                throw vm.makeError(Builtins.shared.valueError, "tolerances must be non-negative")
            }
            if a == b { return .bool(true) }
            if a.isInfinite || b.isInfinite { return .bool(false) }
            let diff = Swift.abs(b - a)
            return .bool(diff <= Swift.abs(relTol * b) || diff <= Swift.abs(relTol * a) || diff <= absTol)
        }
        m.function("fsum") { vm, args throws(PythonError) in
            try check(args, "fsum", min: 1, max: 1, vm: vm)
            return .float(try fsum(vm, args[0]))
        }
        m.function("prod") { vm, args throws(PythonError) in
            for k in args.keywordNames where k.value != "start" {
                throw vm.makeError(Builtins.shared.typeError, "'\(k.value)' is an invalid keyword argument for prod()")
            }
            if args.positionalCount != 1 {
                throw vm.makeError(Builtins.shared.typeError, "prod() takes exactly 1 positional argument (\(args.positionalCount) given)")
            }
            var acc = args.keyword("start") ?? .int(1)
            let it = try vm.getIterator(args[0])
            while let x = try vm.nextItem(it) {
                if case .int(let a) = acc, case .int(let b) = x {
                    let (r, o) = a.multipliedReportingOverflow(by: b)
                    if !o { acc = .int(r); continue }
                }
                if case .float(let a) = acc, case .float(let b) = x {
                    acc = .float(a * b)
                    continue
                }
                acc = try vm.binaryOperation(.mul, acc, x, inplace: false)
            }
            return acc
        }
        m.function("hypot") { vm, args throws(PythonError) in
            try check(args, "hypot", min: 0, max: Int.max, vm: vm)
            var vec: [Double] = []
            var maxv = 0.0
            var foundNaN = false
            for i in 0..<args.positionalCount {
                let x = Swift.abs(try toDouble(vm, args[i]))
                vec.append(x)
                foundNaN = foundNaN || x.isNaN
                if x > maxv { maxv = x }
            }
            return .float(vectorNorm(&vec, maxv, foundNaN))
        }
        m.function("dist") { vm, args throws(PythonError) in
            try check(args, "dist", min: 2, max: 2, vm: vm)
            guard let p = vm.builtinBase(args[0]).asTuple.map({ $0.array }) ?? vm.builtinBase(args[0]).asList?.items,
                  let q = vm.builtinBase(args[1]).asTuple.map({ $0.array }) ?? vm.builtinBase(args[1]).asList?.items else {
                let bad = (vm.builtinBase(args[0]).asTuple ?? vm.builtinBase(args[0]).asList.map { _ in PyTuple.empty }) == nil ? args[0] : args[1]
                throw vm.makeError(Builtins.shared.typeError, "dist(): argument \(bad.isIdentical(to: args[0]) ? 1 : 2) must be tuple, not \(vm.typeName(bad))")
            }
            if p.count != q.count {
                throw vm.makeError(Builtins.shared.valueError, "both points must have the same number of dimensions")
            }
            var vec: [Double] = []
            var maxv = 0.0
            var foundNaN = false
            for i in 0..<p.count {
                let x = Swift.abs(try toDouble(vm, p[i]) - toDouble(vm, q[i]))
                vec.append(x)
                foundNaN = foundNaN || x.isNaN
                if x > maxv { maxv = x }
            }
            return .float(vectorNorm(&vec, maxv, foundNaN))
        }
        m.function("nextafter") { vm, args throws(PythonError) in
            try check(args, "nextafter", min: 2, max: 2, vm: vm)
            let x = try toDouble(vm, args[0]), y = try toDouble(vm, args[1])
            if x.isNaN || y.isNaN { return .float(Double.nan) }
            if x == y { return .float(y) }
            return .float(y > x ? x.nextUp : x.nextDown)
        }
        m.function("ulp") { vm, args throws(PythonError) in
            try check(args, "ulp", min: 1, max: 1, vm: vm)
            var x = try toDouble(vm, args[0])
            if x.isNaN { return .float(x) }
            x = Swift.abs(x)
            if x.isInfinite { return .float(x) }
            let x2 = x.nextUp
            if x2.isInfinite { return .float(x - x.nextDown) }
            return .float(x2 - x)
        }

        // Integer functions.
        m.function("factorial") { vm, args throws(PythonError) in
            try check(args, "factorial", min: 1, max: 1, vm: vm)
            let n = try toInteger(vm, args[0])
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "factorial() not defined for negative values") }
            guard let small = Int(exactly: n) else {
                throw vm.makeError(Builtins.shared.overflowError, "factorial() argument should not exceed \(Int.max)")
            }
            if small > 100_000 { throw vm.makeError(Builtins.shared.memoryError, "") }
            return .bigInt(try productRange(2, small))
        }
        m.function("gcd") { vm, args throws(PythonError) in
            try check(args, "gcd", min: 0, max: Int.max, vm: vm)
            var g = BigUInt(0)
            var small = 0
            var allSmall = true
            for i in 0..<args.positionalCount {
                let v = try toInteger(vm, args[i])
                if allSmall, let s = Int(exactly: v), s != Int.min {
                    small = gcdInt(small, Swift.abs(s))
                    continue
                }
                if allSmall { g = BigUInt(small); allSmall = false }
                g = try BigIntKernels.gcd(g, v.magnitude)
            }
            return allSmall ? .int(small) : .bigInt(BigInt(g))
        }
        m.function("lcm") { vm, args throws(PythonError) in
            try check(args, "lcm", min: 0, max: Int.max, vm: vm)
            var l = BigUInt(1)
            for i in 0..<args.positionalCount {
                let v = try toInteger(vm, args[i]).magnitude
                if v == 0 {
                    for j in (i + 1)..<max(args.positionalCount, i + 1) { _ = try toInteger(vm, args[j]) }
                    return .int(0)
                }
                let g = try BigIntKernels.gcd(l, v)
                l = try BigIntKernels.multiply(try BigIntKernels.divide(l, g).quotient, v)
                try PyNumber.checkBits(l.bitWidth)
            }
            return .bigInt(BigInt(l))
        }
        m.function("isqrt") { vm, args throws(PythonError) in
            try check(args, "isqrt", min: 1, max: 1, vm: vm)
            let n = try toInteger(vm, args[0])
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "isqrt() argument must be nonnegative") }
            if let s = Int(exactly: n) {
                var r = Int(Double(s).squareRoot())
                while r > 0 && r.multipliedReportingOverflow(by: r).overflow || r * r > s { r -= 1 }
                while !(r + 1).multipliedReportingOverflow(by: r + 1).overflow && (r + 1) * (r + 1) <= s { r += 1 }
                return .int(r)
            }
            return .bigInt(BigInt(try BigIntKernels.squareRoot(n.magnitude)))
        }
        m.function("comb") { vm, args throws(PythonError) in
            try check(args, "comb", min: 2, max: 2, vm: vm)
            let n = try toInteger(vm, args[0]), k = try toInteger(vm, args[1])
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "n must be a non-negative integer") }
            if k < 0 { throw vm.makeError(Builtins.shared.valueError, "k must be a non-negative integer") }
            if k > n { return .int(0) }
            var kk = k
            if n - k < kk { kk = n - k }
            guard let ks = Int(exactly: kk) else { throw vm.makeError(Builtins.shared.overflowError, "min(n - k, k) must not exceed \(Int.max)") }
            if ks > 200_000 { throw vm.makeError(Builtins.shared.memoryError, "") }
            var r = BigInt(1)
            var i = 0
            while i < ks {
                try RunInterrupt.poll()
                r = try BigIntKernels.divide(try BigIntKernels.multiply(r, n - BigInt(i)), BigInt(i + 1)).quotient
                i += 1
                if i & 1023 == 0 { try PyNumber.checkBits(r.magnitude.bitWidth) }
            }
            return .bigInt(r)
        }
        m.function("perm") { vm, args throws(PythonError) in
            try check(args, "perm", min: 1, max: 2, vm: vm)
            let n = try toInteger(vm, args[0])
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "n must be a non-negative integer") }
            let k: BigInt
            if args.positionalCount < 2 || args[1].isNone {
                k = n
            } else {
                k = try toInteger(vm, args[1])
            }
            if k < 0 { throw vm.makeError(Builtins.shared.valueError, "k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let ks = Int(exactly: k) else { throw vm.makeError(Builtins.shared.overflowError, "k must not exceed \(Int.max)") }
            if ks > 200_000 { throw vm.makeError(Builtins.shared.memoryError, "") }
            var r = BigInt(1)
            var i = 0
            while i < ks {
                try RunInterrupt.poll()
                r = try BigIntKernels.multiply(r, n - BigInt(i))
                i += 1
                if i & 1023 == 0 { try PyNumber.checkBits(r.magnitude.bitWidth) }
            }
            return .bigInt(r)
        }
        return m.module
    }

    // MARK: Conversions and errors

    /// Argument checking with CPython's wording for `math` functions (`math.gcd() takes no
    /// keyword arguments`, `pow expected 2 arguments, got 1`).
    static func check(_ args: Arguments, _ name: String, min: Int, max: Int, vm: VM) throws(PythonError) {
        if args.keywordCount != 0 {
            throw vm.makeError(Builtins.shared.typeError, "\(name == "log" ? "" : "math.")\(name)() takes no keyword arguments")
        }
        if min == 1 && max == 1 {
            try args.check("math.\(name)", min: 1, max: 1, vm: vm)
        } else if name == "log" && (args.positionalCount < 1 || args.positionalCount > 2) {
            throw vm.makeError(Builtins.shared.typeError, "math.log requires 1 to 2 arguments")
        } else {
            try args.check(name, min: min, max: max, vm: vm)
        }
    }

    static func domainError(_ vm: VM) -> PythonError {
        vm.makeError(Builtins.shared.valueError, "math domain error")
    }

    static func rangeError(_ vm: VM) -> PythonError {
        vm.makeError(Builtins.shared.overflowError, "math range error")
    }

    /// `PyFloat_AsDouble`: float, int (exactly rounded), `__float__` or `__index__`.
    static func toDouble(_ vm: VM, _ v: Value) throws(PythonError) -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .object(let o):
            if o.kind == .bigInt {
                return try PyNumber.toDouble(.big(unsafeDowncast(o, to: PyBigInt.self).value))
            }
            if o.kind == .instance {
                if let r = try vm.callSpecial(v, Names.float, []) {
                    if case .float(let d) = vm.builtinBase(r) { return d }
                    throw vm.makeError(Builtins.shared.typeError, "\(vm.typeName(v)).__float__ returned non-float (type \(vm.typeName(r)))")
                }
                if let r = try vm.callSpecial(v, Names.index, []) {
                    if let b = r.asBigIntValue { return try PyNumber.toDouble(.big(b)) }
                    throw vm.makeError(Builtins.shared.typeError, "__index__ returned non-int (type \(vm.typeName(r)))")
                }
                let base = vm.builtinBase(v)
                if !base.isIdentical(to: v) { return try toDouble(vm, base) }
            }
        default: break
        }
        throw vm.makeError(Builtins.shared.typeError, "must be real number, not \(vm.typeName(v))")
    }

    /// An exact integer through `__index__`.
    static func toInteger(_ vm: VM, _ v: Value) throws(PythonError) -> BigInt {
        if let b = v.asBigIntValue { return b }
        if vm.isUserInstance(v) {
            if let r = try vm.callSpecial(v, Names.index, []) {
                if let b = vm.builtinBase(r).asBigIntValue { return b }
                throw vm.makeError(Builtins.shared.typeError, "__index__ returned non-int (type \(vm.typeName(r)))")
            }
            if let b = vm.builtinBase(v).asBigIntValue { return b }
        }
        throw vm.makeError(Builtins.shared.typeError, "'\(vm.typeName(v))' object cannot be interpreted as an integer")
    }

    static func floatToInt(_ vm: VM, _ d: Double) throws(PythonError) -> Value {
        if d.isNaN { throw vm.makeError(Builtins.shared.valueError, "cannot convert float NaN to integer") }
        if d.isInfinite { throw vm.makeError(Builtins.shared.overflowError, "cannot convert float infinity to integer") }
        if Swift.abs(d) < 9.0e18 { return .int(Int(d)) }
        do { return .bigInt(try NumberText.toBigInt(d)) } catch { throw VM.error(from: error) }
    }

    static func roundingFunction(_ vm: VM, _ v: Value, special: PyStr, _ f: (Double) -> Double) throws(PythonError) -> Value {
        switch v {
        case .float(let d): return try floatToInt(vm, f(d))
        case .int: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .object(let o):
            if o.kind == .bigInt { return v }
            if o.kind == .instance, let r = try vm.callSpecial(v, special, []) { return r }
        default: break
        }
        return try floatToInt(vm, f(try toDouble(vm, v)))
    }

    /// CPython's `math_1`: NaN from a non-NaN is a domain error; an infinity from a finite
    /// argument is a range error (overflow) or a domain error (singularity).
    static func math1(_ vm: VM, _ x: Double, _ r: Double, canOverflow: Bool) throws(PythonError) -> Double {
        if r.isNaN && !x.isNaN { throw domainError(vm) }
        if r.isInfinite && x.isFinite {
            throw canOverflow ? rangeError(vm) : domainError(vm)
        }
        return r
    }

    enum Errno { case none, domain, range }

    static func checkErrno(_ vm: VM, _ e: Errno, _ r: Double) throws(PythonError) {
        switch e {
        case .none: return
        case .domain: throw domainError(vm)
        case .range:
            if Swift.abs(r) < 1.5 { return }
            throw rangeError(vm)
        }
    }

    /// `log`/`log2`/`log10` of a number; ints too large for a float use their binary exponent.
    static func logHelper(_ vm: VM, _ v: Value, _ f: (Double) -> Double) throws(PythonError) -> Double {
        if let b = vm.builtinBase(v).asBigIntValue {
            if b <= 0 { throw domainError(vm) }
            if let d = try? PyNumber.toDouble(.big(b)) { return f(d) }
            // Too large for a float: log(m * 2**e) = log(m) + log(2) * e with m in [0.5, 1),
            // m correctly rounded (CPython's _PyLong_Frexp).
            let bits = b.magnitude.bitWidth
            let shift = bits - 64
            let top = b.magnitude >> shift
            let sticky = b.magnitude.trailingZeroBitCount < shift
            var m = Double(sign: .plus, exponent: -64, significand: Double(UInt64(top) | (sticky ? 1 : 0)))
            var e = bits
            if m == 1.0 {
                m = 0.5
                e += 1
            }
            return f(m) + f(2.0) * Double(e)
        }
        let x = try toDouble(vm, v)
        if x.isNaN { return x }
        if x == 0 || x < 0 { throw domainError(vm) }
        if x.isInfinite { return x }
        return f(x)
    }

    static func mathPow(_ vm: VM, _ x: Double, _ y: Double) throws(PythonError) -> Double {
        var r = 0.0
        if !x.isFinite || !y.isFinite {
            if x.isNaN { r = y == 0 ? 1 : x }
            else if y.isNaN { r = x == 1 ? 1 : y }
            else if x.isInfinite {
                let oddY = y.isFinite && LibM.fmod(Swift.abs(y), 2.0) == 1.0
                if y > 0 { r = oddY ? x : Swift.abs(x) }
                else if y == 0 { r = 1 }
                else { r = oddY ? LibM.copysign(0.0, x) : 0.0 }
            } else {
                if Swift.abs(x) == 1.0 { r = 1 }
                else if y > 0 && Swift.abs(x) > 1.0 { r = y }
                else if y < 0 && Swift.abs(x) < 1.0 { r = -y }
                else { r = 0 }
            }
            return r
        }
        r = LibM.pow(x, y)
        if r.isNaN { throw domainError(vm) }
        if r.isInfinite {
            if x == 0 { throw domainError(vm) }
            throw rangeError(vm)
        }
        return r
    }

    static func gcdInt(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }

    /// The product lo * (lo+1) * ... * hi by binary splitting.
    static func productRange(_ lo: Int, _ hi: Int) throws(PythonError) -> BigInt {
        if lo > hi { return 1 }
        if hi - lo < 16 {
            var r = BigInt(1)
            var small: UInt64 = 1
            for i in lo...hi {
                let (p, o) = small.multipliedReportingOverflow(by: UInt64(i))
                if o {
                    r *= BigInt(small)
                    small = UInt64(i)
                } else {
                    small = p
                }
            }
            return r * BigInt(small)
        }
        let mid = (lo + hi) / 2
        return try BigIntKernels.multiply(try productRange(lo, mid), try productRange(mid + 1, hi))
    }

    // MARK: fsum

    /// CPython's `math.fsum`: Shewchuk's exact partials with half-even correction.
    static func fsum(_ vm: VM, _ iterable: Value) throws(PythonError) -> Double {
        var p: [Double] = []
        var specialSum = 0.0, infSum = 0.0
        let it = try vm.getIterator(iterable)
        while let item = try vm.nextItem(it) {
            var x = try toDouble(vm, item)
            let xsave = x
            var i = 0
            for j in 0..<p.count {
                var y = p[j]
                if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
                let hi = x + y
                let yr = hi - x
                let lo = y - yr
                if lo != 0 {
                    p[i] = lo
                    i += 1
                }
                x = hi
            }
            p.removeSubrange(i..<p.count)
            if x != 0 {
                if !x.isFinite {
                    if xsave.isFinite {
                        throw vm.makeError(Builtins.shared.overflowError, "intermediate overflow in fsum")
                    }
                    if xsave.isInfinite { infSum += xsave }
                    specialSum += xsave
                    p.removeAll()
                } else {
                    p.append(x)
                }
            }
        }
        if specialSum != 0 {
            if infSum.isNaN { throw vm.makeError(Builtins.shared.valueError, "-inf + inf in fsum") }
            return specialSum
        }
        var hi = 0.0
        var n = p.count
        if n > 0 {
            n -= 1
            hi = p[n]
            var lo = 0.0
            while n > 0 {
                let x = hi
                n -= 1
                let y = p[n]
                hi = x + y
                let yr = hi - x
                lo = y - yr
                if lo != 0 { break }
            }
            if n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0)) {
                let y = lo * 2
                let x = hi + y
                let yr = x - hi
                if y == yr { hi = x }
            }
        }
        return hi
    }

    // MARK: hypot / dist

    /// CPython 3.11's `vector_norm`: scaled, with compensated summation and a correction step.
    static func vectorNorm(_ vec: inout [Double], _ maxv: Double, _ foundNaN: Bool) -> Double {
        let t27 = 134217729.0
        if maxv.isInfinite { return maxv }
        if foundNaN { return Double.nan }
        if maxv == 0 || vec.count <= 1 { return maxv }
        let (_, maxE) = LibM.frexp(maxv)
        if maxE < -1023 {
            for i in vec.indices { vec[i] /= Double.leastNormalMagnitude }
            return Double.leastNormalMagnitude * vectorNorm(&vec, maxv / Double.leastNormalMagnitude, foundNaN)
        }
        let scale = LibM.scalbn(1.0, -maxE)
        var csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0
        for v in vec {
            var x = v * scale
            var t = x * t27
            let hi = t - (t - x)
            let lo = x - hi
            x = hi * hi
            var old = csum
            csum += x
            frac1 += (old - csum) + x
            x = 2.0 * hi * lo
            old = csum
            csum += x
            frac2 += (old - csum) + x
            frac3 += lo * lo
            t = 0
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).squareRoot()
        var x = h
        let t = x * t27
        let hi = t - (t - x)
        let lo = x - hi
        x = -hi * hi
        var old = csum
        csum += x
        frac1 += (old - csum) + x
        x = -2.0 * hi * lo
        old = csum
        csum += x
        frac2 += (old - csum) + x
        x = -lo * lo
        old = csum
        csum += x
        frac3 += (old - csum) + x
        x = csum - 1.0 + (frac1 + frac2 + frac3)
        return (h + x / (2.0 * h)) / scale
    }

    // MARK: gamma / lgamma (CPython's Lanczos approximation)

    static let lanczosG = 6.024680040776729583740234375
    static let lanczosGMinusHalf = 5.524680040776729583740234375
    static let lanczosNum: [Double] = [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ]
    static let lanczosDen: [Double] = [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ]
    static let gammaIntegral: [Double] = [
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    ]
    static let logPi = 1.144729885849400174143427351353058711647

    static func lanczosSum(_ x: Double) -> Double {
        var num = 0.0, den = 0.0
        if x < 5.0 {
            for i in stride(from: 12, through: 0, by: -1) {
                num = num * x + lanczosNum[i]
                den = den * x + lanczosDen[i]
            }
        } else {
            for i in 0..<13 {
                num = num / x + lanczosNum[i]
                den = den / x + lanczosDen[i]
            }
        }
        return num / den
    }

    static func sinpi(_ x: Double) -> Double {
        let y = LibM.fmod(Swift.abs(x), 2.0)
        let n = Int((2.0 * y).rounded(.toNearestOrAwayFromZero))
        var r: Double
        switch n {
        case 0: r = sin(Double.pi * y)
        case 1: r = cos(Double.pi * (y - 0.5))
        case 2: r = sin(Double.pi * (1.0 - y))
        case 3: r = -cos(Double.pi * (y - 1.5))
        default: r = sin(Double.pi * (y - 2.0))
        }
        return LibM.copysign(1.0, x) * r
    }

    static func tgammaCPython(_ x: Double) -> (Double, Errno) {
        if !x.isFinite {
            if x.isNaN || x > 0 { return (x, .none) }
            return (Double.nan, .domain)
        }
        if x == 0 { return (LibM.copysign(Double.infinity, x), .domain) }
        if x == LibM.floor(x) {
            if x < 0 { return (Double.nan, .domain) }
            if x <= 23 { return (gammaIntegral[Int(x) - 1], .none) }
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 {
            let r = 1.0 / x
            return (r, r.isInfinite ? .range : .none)
        }
        if absx > 200.0 {
            if x < 0 { return (0.0 / sinpi(x), .none) }
            return (Double.infinity, .range)
        }
        let y = absx + lanczosGMinusHalf
        var z: Double
        if absx > lanczosGMinusHalf {
            let q = y - absx
            z = q - lanczosGMinusHalf
        } else {
            let q = y - lanczosGMinusHalf
            z = q - absx
        }
        z = z * lanczosG / y
        var r: Double
        if x < 0 {
            r = -Double.pi / sinpi(absx) / absx * exp(y) / lanczosSum(absx)
            r -= z * r
            if absx < 140.0 {
                r /= LibM.pow(y, absx - 0.5)
            } else {
                let sqrtpow = LibM.pow(y, absx / 2.0 - 0.25)
                r /= sqrtpow
                r /= sqrtpow
            }
        } else {
            r = lanczosSum(absx) / exp(y)
            r += z * r
            if absx < 140.0 {
                r *= LibM.pow(y, absx - 0.5)
            } else {
                let sqrtpow = LibM.pow(y, absx / 2.0 - 0.25)
                r *= sqrtpow
                r *= sqrtpow
            }
        }
        return (r, r.isInfinite ? .range : .none)
    }

    static func lgammaCPython(_ x: Double) -> (Double, Errno) {
        if !x.isFinite {
            if x.isNaN { return (x, .none) }
            return (Double.infinity, .none)
        }
        if x == LibM.floor(x) && x <= 2.0 {
            if x <= 0 { return (Double.infinity, .domain) }
            return (0.0, .none)
        }
        let absx = Swift.abs(x)
        if absx < 1e-20 { return (-log(absx), .none) }
        var r = log(lanczosSum(absx)) - lanczosG
        r += (absx - 0.5) * (log(absx + lanczosG - 0.5) - 1)
        if x < 0 {
            r = logPi - log(Swift.abs(sinpi(absx))) - log(absx) - r
        }
        return (r, r.isInfinite ? .range : .none)
    }
}
