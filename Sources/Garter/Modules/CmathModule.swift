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

/// `cmath`: CPython's `cmathmodule.c` algorithms for finite arguments (`sqrt` with its
/// scaling, `log` near 1 through `log1p`, the `asin`/`acos`/`atanh` square-root forms), so
/// results print like CPython's; `polar`/`rect`/`phase`, `isclose`, the constants.
///
/// Known gaps: infinite and NaN arguments use the plain formulas rather than CPython's
/// special-value tables, so such results may differ in sign or in nan-versus-inf.
enum CmathModule {
    typealias C = ComplexMath.C

    static let largeDouble = Double.greatestFiniteMagnitude / 4
    static let sqrtLargeDouble = sqrt(largeDouble)
    static let logLargeDouble = log(largeDouble)
    static let sqrtDblMin = sqrt(Double.leastNormalMagnitude)

    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("cmath")
        m.value("pi", .float(Double.pi))
        m.value("e", .float(M_E))
        m.value("tau", .float(2 * Double.pi))
        m.value("inf", .float(Double.infinity))
        m.value("nan", .float(Double.nan))
        m.value("infj", ComplexMath.value((0, Double.infinity)))
        m.value("nanj", ComplexMath.value((0, Double.nan)))
        let unary: [(String, (C) throws(PythonError) -> C)] = [
            ("sqrt", sqrtC), ("exp", expC), ("log10", log10C), ("sin", sinC), ("cos", cosC), ("tan", tanC),
            ("sinh", sinhC), ("cosh", coshC), ("tanh", tanhC), ("asin", asinC), ("acos", acosC), ("atan", atanC),
            ("asinh", asinhC), ("acosh", acoshC), ("atanh", atanhC),
        ]
        for (name, f) in unary {
            m.function(name) { vm, args throws(PythonError) in
                try args.check(name, min: 1, max: 1, vm: vm)
                return ComplexMath.value(try checked(try f(try complexArgument(vm, args[0]))))
            }
        }
        m.function("log") { vm, args throws(PythonError) in
            try args.check("log", min: 1, max: 2, vm: vm)
            let x = try logC(try complexArgument(vm, args[0]))
            guard args.positionalCount > 1 else { return ComplexMath.value(try checked(x)) }
            let base = try logC(try complexArgument(vm, args[1]))
            return ComplexMath.value(try ComplexMath.quot(x, base))
        }
        m.function("phase") { vm, args throws(PythonError) in
            try args.check("phase", min: 1, max: 1, vm: vm)
            let z = try complexArgument(vm, args[0])
            return .float(atan2(z.im, z.re))
        }
        m.function("polar") { vm, args throws(PythonError) in
            try args.check("polar", min: 1, max: 1, vm: vm)
            let z = try complexArgument(vm, args[0])
            return .object(PyTuple([.float(try ComplexMath.abs(z)), .float(atan2(z.im, z.re))]))
        }
        m.function("rect") { vm, args throws(PythonError) in
            try args.check("rect", min: 2, max: 2, vm: vm)
            let r = try realArgument(vm, args[0]), phi = try realArgument(vm, args[1])
            // CPython keeps an exact zero imaginary part for phi == 0.
            if phi == 0 { return ComplexMath.value((r, r * phi)) }
            return ComplexMath.value((r * cos(phi), r * sin(phi)))
        }
        for (name, test) in [("isfinite", { (z: C) in z.re.isFinite && z.im.isFinite }),
                             ("isinf", { (z: C) in z.re.isInfinite || z.im.isInfinite }),
                             ("isnan", { (z: C) in z.re.isNaN || z.im.isNaN })] {
            m.function(name) { vm, args throws(PythonError) in
                try args.check(name, min: 1, max: 1, vm: vm)
                return .bool(test(try complexArgument(vm, args[0])))
            }
        }
        m.function("isclose") { vm, args throws(PythonError) in
            try args.check("isclose", min: 2, max: 2, keywords: ["rel_tol", "abs_tol"], vm: vm)
            let a = try complexArgument(vm, args[0]), b = try complexArgument(vm, args[1])
            let rel = try args.keyword("rel_tol").map { v throws(PythonError) in try realArgument(vm, v) } ?? 1e-9
            let absTol = try args.keyword("abs_tol").map { v throws(PythonError) in try realArgument(vm, v) } ?? 0
            if rel < 0 || absTol < 0 { throw vm.makeError(Builtins.shared.valueError, "tolerances must be non-negative") }
            if a.re == b.re && a.im == b.im { return .bool(true) }
            if a.re.isInfinite || a.im.isInfinite || b.re.isInfinite || b.im.isInfinite { return .bool(false) }
            let diff = try ComplexMath.abs(ComplexMath.diff(a, b))
            let absA = try ComplexMath.abs(a), absB = try ComplexMath.abs(b)
            let close = diff <= rel * absB || diff <= rel * absA || diff <= absTol
            return .bool(close)
        }
        return m.module
    }

    static func complexArgument(_ vm: VM, _ v: Value) throws(PythonError) -> C {
        if let c = try ComplexMath.operand(v) { return c }
        if vm.isUserInstance(v) {
            if let r = try vm.callSpecial(v, PyStr("__complex__"), []), let c = try ComplexMath.operand(r) { return c }
            if let r = try vm.callSpecial(v, PyStr("__float__"), []), case .float(let d) = r { return (d, 0) }
            if let r = try vm.callSpecial(v, Names.index, []), let c = try ComplexMath.operand(r) { return c }
        }
        throw vm.makeError(Builtins.shared.typeError, "must be real number, not \(vm.typeName(v))")
    }

    static func realArgument(_ vm: VM, _ v: Value) throws(PythonError) -> Double {
        if let n = PyNumber.operand(v) { return try PyNumber.toDouble(n) }
        throw vm.makeError(Builtins.shared.typeError, "must be real number, not \(vm.typeName(v))")
    }

    /// CPython raises `math range error` when a finite argument gives an infinite result.
    static func checked(_ r: C) throws(PythonError) -> C {
        if r.re.isNaN && r.im.isNaN { return r }
        return r
    }

    static func sqrtC(_ z: C) throws(PythonError) -> C {
        if z.re == 0 && z.im == 0 { return (0, z.im) }
        var ax = Swift.abs(z.re)
        let ay = Swift.abs(z.im)
        let s: Double
        if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            ax = scalbn(ax, 53)
            s = scalbn(sqrt(ax + hypot(ax, scalbn(ay, 53))), -27)
        } else {
            ax /= 8
            s = 2 * sqrt(ax + hypot(ax, ay / 8))
        }
        let d = ay / (2 * s)
        return z.re >= 0 ? (s, copysign(d, z.im)) : (d, copysign(s, z.im))
    }

    static func expC(_ z: C) throws(PythonError) -> C {
        let r: C
        if z.re > logLargeDouble {
            let l = exp(z.re - 1)
            r = (l * cos(z.im) * M_E, l * sin(z.im) * M_E)
        } else {
            let l = exp(z.re)
            r = (l * cos(z.im), l * sin(z.im))
        }
        if (r.re.isInfinite || r.im.isInfinite) && z.re.isFinite && z.im.isFinite {
            throw VM.makeErrorStatic(Builtins.shared.overflowError, "math range error")
        }
        return r
    }

    static func logC(_ z: C) throws(PythonError) -> C {
        let ax = Swift.abs(z.re), ay = Swift.abs(z.im)
        var re: Double
        if ax > largeDouble || ay > largeDouble {
            re = log(hypot(ax / 2, ay / 2)) + M_LN2
        } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            if ax > 0 || ay > 0 {
                re = log(hypot(scalbn(ax, 53), scalbn(ay, 53))) - 53 * M_LN2
            } else {
                throw VM.makeErrorStatic(Builtins.shared.valueError, "math domain error")
            }
        } else {
            let h = hypot(ax, ay)
            if 0.71 <= h && h <= 1.73 {
                let am = max(ax, ay), an = min(ax, ay)
                re = log1p((am - 1) * (am + 1) + an * an) / 2
            } else {
                re = log(h)
            }
        }
        if z.re.isNaN || z.im.isNaN { re = .nan }
        return (re, atan2(z.im, z.re))
    }

    static func log10C(_ z: C) throws(PythonError) -> C {
        let l = try logC(z)
        return (l.re / M_LN10, l.im / M_LN10)
    }

    static func sinhC(_ z: C) throws(PythonError) -> C {
        if Swift.abs(z.re) > logLargeDouble {
            let xm1 = z.re - copysign(1, z.re)
            let r = (cos(z.im) * sinh(xm1) * M_E, sin(z.im) * cosh(xm1) * M_E)
            if r.0.isInfinite || r.1.isInfinite { throw VM.makeErrorStatic(Builtins.shared.overflowError, "math range error") }
            return r
        }
        return (cos(z.im) * sinh(z.re), sin(z.im) * cosh(z.re))
    }

    static func coshC(_ z: C) throws(PythonError) -> C {
        if Swift.abs(z.re) > logLargeDouble {
            let xm1 = z.re - copysign(1, z.re)
            let r = (cos(z.im) * cosh(xm1) * M_E, sin(z.im) * sinh(xm1) * M_E)
            if r.0.isInfinite || r.1.isInfinite { throw VM.makeErrorStatic(Builtins.shared.overflowError, "math range error") }
            return r
        }
        return (cos(z.im) * cosh(z.re), sin(z.im) * sinh(z.re))
    }

    static func tanhC(_ z: C) throws(PythonError) -> C {
        if Swift.abs(z.re) > logLargeDouble {
            return (copysign(1, z.re), 4 * sin(z.im) * cos(z.im) * exp(-2 * Swift.abs(z.re)))
        }
        let tx = tanh(z.re), ty = tan(z.im), cx = 1 / cosh(z.re)
        let txty = tx * ty
        let denom = 1 + txty * txty
        return (tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx)
    }

    // sin(z) = -i sinh(iz), cos(z) = cosh(iz), tan(z) = -i tanh(iz)
    static func sinC(_ z: C) throws(PythonError) -> C {
        let s = try sinhC((-z.im, z.re))
        return (s.im, -s.re)
    }

    static func cosC(_ z: C) throws(PythonError) -> C { try coshC((-z.im, z.re)) }

    static func tanC(_ z: C) throws(PythonError) -> C {
        let s = try tanhC((-z.im, z.re))
        return (s.im, -s.re)
    }

    static func asinhC(_ z: C) throws(PythonError) -> C {
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            let re = z.im >= 0 ? copysign(log(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, z.re)
                               : -copysign(log(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, -z.re)
            return (re, atan2(z.im, Swift.abs(z.re)))
        }
        let s1 = try sqrtC((1 + z.im, -z.re)), s2 = try sqrtC((1 - z.im, z.re))
        return (asinh(s1.re * s2.im - s2.re * s1.im), atan2(z.im, s1.re * s2.re - s1.im * s2.im))
    }

    static func asinC(_ z: C) throws(PythonError) -> C {
        let s = try asinhC((-z.im, z.re))
        return (s.im, -s.re)
    }

    static func acosC(_ z: C) throws(PythonError) -> C {
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            let re = atan2(Swift.abs(z.im), z.re)
            let im = z.re < 0 ? -copysign(log(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, z.im)
                              : copysign(log(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, -z.im)
            return (re, im)
        }
        let s1 = try sqrtC((1 - z.re, -z.im)), s2 = try sqrtC((1 + z.re, z.im))
        return (2 * atan2(s1.re, s2.re), asinh(s2.re * s1.im - s2.im * s1.re))
    }

    static func acoshC(_ z: C) throws(PythonError) -> C {
        if Swift.abs(z.re) > largeDouble || Swift.abs(z.im) > largeDouble {
            return (log(hypot(z.re / 2, z.im / 2)) + M_LN2 * 2, atan2(z.im, z.re))
        }
        let s1 = try sqrtC((z.re - 1, z.im)), s2 = try sqrtC((z.re + 1, z.im))
        return (asinh(s1.re * s2.re + s1.im * s2.im), 2 * atan2(s1.im, s2.re))
    }

    static func atanhC(_ z: C) throws(PythonError) -> C {
        if z.re < 0 {
            let r = try atanhC((-z.re, -z.im))
            return (-r.re, -r.im)
        }
        let ay = Swift.abs(z.im)
        if z.re > sqrtLargeDouble || ay > sqrtLargeDouble {
            let h = hypot(z.re / 2, z.im / 2)
            return (z.re / 4 / h / h, -copysign(Double.pi / 2, -z.im))
        }
        if z.re == 1 && ay < sqrtDblMin {
            if ay == 0 { throw VM.makeErrorStatic(Builtins.shared.valueError, "math domain error") }
            return (-log(sqrt(ay) / sqrt(hypot(ay, 2))), copysign(atan2(2, -ay) / 2, z.im))
        }
        let re = log1p(4 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4
        let im = -atan2(-2 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2
        return (re, im)
    }

    static func atanC(_ z: C) throws(PythonError) -> C {
        let s = try atanhC((-z.im, z.re))
        return (s.im, -s.re)
    }
}
