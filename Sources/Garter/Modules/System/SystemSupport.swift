import BigInt
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// MT19937 exactly as CPython's `_randommodule.c`, so seeded sequences match CPython's.
final class MersenneTwister {
    static let n = 624
    static let m = 397
    var mt = [UInt32](repeating: 0, count: 624)
    var index = 625

    func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<Self.n {
            mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    func initByArray(_ key: [UInt32]) {
        let n = Self.n
        initGenrand(19650218)
        var i = 1, j = 0
        var k = max(n, key.count)
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1
            j += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            k -= 1
        }
        mt[0] = 0x8000_0000
    }

    func next32() -> UInt32 {
        let n = Self.n, m = Self.m
        if index >= n {
            var kk = 0
            @inline(__always) func twist(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
                let y = (a & 0x8000_0000) | (b & 0x7fff_ffff)
                return c ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_b0df : 0)
            }
            while kk < n - m {
                mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + m])
                kk += 1
            }
            while kk < n - 1 {
                mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + m - n])
                kk += 1
            }
            mt[n - 1] = twist(mt[n - 1], mt[0], mt[m - 1])
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= (y >> 11)
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= (y >> 18)
        return y
    }

    func random() -> Double {
        let a = Double(next32() >> 5), b = Double(next32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }
}

/// An MT19937 generator object (`_gsys.MT`), the core of `random.Random`.
final class PyMTState: PyNativeObject, @unchecked Sendable {
    let mt = MersenneTwister()
}

/// `_gsys`: private native helpers for the system modules written in Python (clock, entropy,
/// sleeping through `SystemHost`; the Mersenne Twister; float math; `strftime`; base64).
enum SystemSupport {
    static func nativeType(_ name: String, module: String) -> PyType {
        let t = PyType(name: name, bases: [Builtins.shared.object], isBuiltin: true, module: module)
        t.mro = [t, Builtins.shared.object]
        return t
    }

    static func method(_ t: PyType, _ name: String, _ body: @escaping BuiltinBody) {
        t.dict.setString(PyStr(frozen: name), .object(PyBuiltinFunction(name: name, owner: t.name, body: body)))
    }

    static func toDouble(_ vm: VM, _ v: Value) throws(PythonError) -> Double {
        if let o = PyNumber.operand(v) { return try PyNumber.toDouble(o) }
        if vm.isUserInstance(v), let r = try vm.callSpecial(v, Names.float, []) {
            if case .float(let d) = r { return d }
        }
        throw vm.makeError(Builtins.shared.typeError, "must be real number, not \(vm.typeName(v))")
    }

    static func toBigInt(_ vm: VM, _ v: Value) throws(PythonError) -> BigInt {
        if let b = v.asBigIntValue { return b }
        if vm.isUserInstance(v), let r = try vm.callSpecial(v, Names.index, []), let b = r.asBigIntValue { return b }
        throw vm.makeError(Builtins.shared.typeError, "'\(vm.typeName(v))' object cannot be interpreted as an integer")
    }

    static func bytesArgument(_ vm: VM, _ v: Value, _ what: String = "a bytes-like object is required") throws(PythonError) -> [UInt8] {
        if let b = v.asBytes { return b.bytes }
        throw vm.makeError(Builtins.shared.typeError, "\(what), not '\(vm.typeName(v))'")
    }

    static let mtType: PyType = {
        let t = nativeType("MT", module: "_gsys")
        t.constructor = { vm, args throws(PythonError) in
            .object(PyMTState(type: mtType))
        }
        method(t, "seed") { vm, args throws(PythonError) in
            try args.check("seed", min: 2, max: 2, vm: vm)
            guard case .object(let o) = args[0], let s = o as? PyMTState else { return .none }
            try seed(vm, s.mt, args[1])
            return .none
        }
        method(t, "random") { vm, args throws(PythonError) in
            guard case .object(let o) = args[0], let s = o as? PyMTState else { return .none }
            return .float(s.mt.random())
        }
        method(t, "getrandbits") { vm, args throws(PythonError) in
            try args.check("getrandbits", min: 2, max: 2, vm: vm)
            guard case .object(let o) = args[0], let s = o as? PyMTState else { return .none }
            let k = try vm.indexValue(args[1])
            if k < 0 { throw vm.makeError(Builtins.shared.valueError, "number of bits must be non-negative") }
            if k == 0 { return .int(0) }
            if k <= 32 { return .int(Int(s.mt.next32() >> UInt32(32 - k))) }
            try PyNumber.checkBits(k)
            return .bigInt(bigRandomBits(s.mt, k))
        }
        method(t, "randbelow") { vm, args throws(PythonError) in
            // randbelow(n): CPython's _randbelow_with_getrandbits, in Swift.
            try args.check("randbelow", min: 2, max: 2, vm: vm)
            guard case .object(let o) = args[0], let s = o as? PyMTState else { return .none }
            if case .int(let n) = args[1], n > 0 {
                let k = Int.bitWidth - n.leadingZeroBitCount
                while true {
                    var r: UInt64
                    if k <= 32 {
                        r = UInt64(s.mt.next32() >> UInt32(32 - k))
                    } else {
                        let lo = UInt64(s.mt.next32())
                        let hi = UInt64(s.mt.next32() >> UInt32(64 - k))
                        r = lo | (hi << 32)
                    }
                    if r < UInt64(n) { return .int(Int(r)) }
                }
            }
            let n = try toBigInt(vm, args[1])
            if n <= 0 { throw vm.makeError(Builtins.shared.valueError, "n must be positive") }
            let k = n.magnitude.bitWidth - n.magnitude.leadingZeroBitCount
            try PyNumber.checkBits(k)
            while true {
                let r = bigRandomBits(s.mt, k)
                if r < n { return .bigInt(r) }
            }
        }
        method(t, "getstate") { vm, args throws(PythonError) in
            guard case .object(let o) = args[0], let s = o as? PyMTState else { return .none }
            var items: [Value] = s.mt.mt.map { .int(Int($0)) }
            items.append(.int(s.mt.index))
            return .object(PyTuple(items))
        }
        method(t, "setstate") { vm, args throws(PythonError) in
            try args.check("setstate", min: 2, max: 2, vm: vm)
            guard case .object(let o) = args[0], let s = o as? PyMTState else { return .none }
            guard let t = args[1].asTuple else {
                throw vm.makeError(Builtins.shared.typeError, "state vector must be a tuple")
            }
            guard t.items.count == MersenneTwister.n + 1 else {
                throw vm.makeError(Builtins.shared.valueError, "state vector is the wrong size")
            }
            var state: [UInt32] = []
            for v in t.items.prefix(MersenneTwister.n) {
                let b = try toBigInt(vm, v)
                guard let w = UInt32(exactly: b) else {
                    throw vm.makeError(Builtins.shared.overflowError, "Python int too large to convert to C unsigned long")
                }
                state.append(w)
            }
            let index = try vm.indexValue(t.items[MersenneTwister.n])
            guard index >= 0 && index <= MersenneTwister.n else {
                throw vm.makeError(Builtins.shared.valueError, "invalid state")
            }
            s.mt.mt = state
            s.mt.index = index
            return .none
        }
        return t
    }()

    /// `getrandbits(k)` for k > 32: 32-bit words, least significant first (CPython's order).
    static func bigRandomBits(_ mt: MersenneTwister, _ k: Int) -> BigInt {
        var words: [UInt] = []
        var left = k
        var pending: UInt = 0
        var half = false
        while left > 0 {
            var r = mt.next32()
            if left < 32 { r >>= UInt32(32 - left) }
            if half {
                words.append(pending | (UInt(r) << 32))
                half = false
            } else {
                pending = UInt(r)
                half = true
            }
            left -= 32
        }
        if half { words.append(pending) }
        return BigInt(BigUInt(words: words))
    }

    /// CPython's `random_seed`: None from entropy, int by absolute value, anything else by hash.
    static func seed(_ vm: VM, _ mt: MersenneTwister, _ a: Value) throws(PythonError) {
        if a.isNone {
            let bytes = SystemHost.entropy(vm, count: MersenneTwister.n * 4)
            var key: [UInt32] = []
            for i in stride(from: 0, to: bytes.count, by: 4) {
                key.append(UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24)
            }
            mt.initByArray(key)
            return
        }
        let n: BigUInt
        if let b = a.asBigIntValue {
            n = b.magnitude
        } else {
            n = BigUInt(UInt(bitPattern: try vm.hash(a)))
        }
        var key: [UInt32] = []
        for w in n.words {
            key.append(UInt32(truncatingIfNeeded: w))
            key.append(UInt32(truncatingIfNeeded: w >> 32))
        }
        while key.count > 1 && key.last == 0 { key.removeLast() }
        if key.isEmpty { key = [0] }
        mt.initByArray(key)
    }

    // MARK: The module

    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("_gsys")
        m.value("MT", .object(mtType))
        m.function("new_instance") { vm, args throws(PythonError) in
            try args.check("new_instance", min: 1, max: 1, vm: vm)
            guard let t = args[0].asType, !t.isBuiltin else {
                throw vm.makeError(Builtins.shared.typeError, "object.__new__(X): X is not a type object (\(vm.typeName(args[0])))")
            }
            return .object(PyInstance(cls: t))
        }
        // Clocks and sleeping (through SystemHost).
        m.function("time_ns") { vm, _ throws(PythonError) in
            let (s, ns) = SystemHost.wallClock(vm)
            return .bigInt(BigInt(s) * 1_000_000_000 + BigInt(ns))
        }
        m.function("time") { vm, _ throws(PythonError) in
            let (s, ns) = SystemHost.wallClock(vm)
            return .float(Double(s) + Double(ns) / 1e9)
        }
        m.function("monotonic_ns") { vm, _ throws(PythonError) in
            .bigInt(BigInt(SystemHost.monotonicNanoseconds(vm)))
        }
        m.function("process_time_ns") { vm, _ throws(PythonError) in
            .bigInt(BigInt(SystemHost.processNanoseconds(vm)))
        }
        m.function("sleep") { vm, args throws(PythonError) in
            try args.check("sleep", min: 1, max: 1, vm: vm)
            let s = try toDouble(vm, args[0])
            if s.isNaN { throw vm.makeError(Builtins.shared.valueError, "Invalid value NaN (not a number)") }
            if s < 0 { throw vm.makeError(Builtins.shared.valueError, "sleep length must be non-negative") }
            try SystemHost.sleep(vm, seconds: s)
            return .none
        }
        m.function("urandom") { vm, args throws(PythonError) in
            try args.check("urandom", min: 1, max: 1, vm: vm)
            let n = try vm.indexValue(args[0])
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "negative argument not allowed") }
            if n > 1 << 24 { throw vm.makeError(Builtins.shared.memoryError, "") }
            return .object(PyBytes(SystemHost.entropy(vm, count: n)))
        }
        m.function("localtime") { vm, args throws(PythonError) in try brokenDownTime(vm, args, local: true) }
        m.function("gmtime") { vm, args throws(PythonError) in try brokenDownTime(vm, args, local: false) }
        m.function("mktime") { vm, args throws(PythonError) in
            try args.check("mktime", min: 1, max: 1, vm: vm)
            var t = try tmFromTuple(vm, args[0])
            t.tm_wday = -1
            let r = mktime(&t)
            if r == -1 && t.tm_wday == -1 {
                throw vm.makeError(Builtins.shared.overflowError, "mktime argument out of range")
            }
            return .float(Double(r))
        }
        m.function("strftime") { vm, args throws(PythonError) in
            try args.check("strftime", min: 2, max: 2, vm: vm)
            guard case .str(let fmt) = args[0] else {
                throw vm.makeError(Builtins.shared.typeError, "strftime() argument 1 must be str, not \(vm.typeName(args[0]))")
            }
            var t = try tmFromTuple(vm, args[1], checking: true)
            return .str(PyStr(cStrftime(fmt.value, &t)))
        }
        // Float math used by random and statistics.
        let unary: [(String, (Double) -> Double)] = [
            ("sqrt", { $0.squareRoot() }), ("log", { Glibc_log($0) }), ("exp", { Glibc_exp($0) }),
            ("cos", { Glibc_cos($0) }), ("sin", { Glibc_sin($0) }), ("acos", { Glibc_acos($0) }),
            ("erf", { Glibc_erf($0) }), ("fabs", { Swift.abs($0) }),
        ]
        for (name, f) in unary {
            m.function(name) { vm, args throws(PythonError) in
                try args.check(name, min: 1, max: 1, vm: vm)
                let x = try toDouble(vm, args[0])
                if (name == "sqrt" || name == "log") && (x < 0 || (name == "log" && x == 0)) {
                    throw vm.makeError(Builtins.shared.valueError, "math domain error")
                }
                if name == "acos" && (x < -1 || x > 1) {
                    throw vm.makeError(Builtins.shared.valueError, "math domain error")
                }
                let r = f(x)
                if r.isInfinite && x.isFinite {
                    throw vm.makeError(Builtins.shared.overflowError, "math range error")
                }
                return .float(r)
            }
        }
        m.function("isfinite") { vm, args throws(PythonError) in
            .bool(try toDouble(vm, args[0]).isFinite)
        }
        m.function("floor") { vm, args throws(PythonError) in
            try args.check("floor", min: 1, max: 1, vm: vm)
            if args[0].asBigIntValue != nil { return try toBigIntValue(vm, args[0]) }
            let x = try toDouble(vm, args[0])
            return try integral(vm, x.rounded(.down))
        }
        m.function("ceil") { vm, args throws(PythonError) in
            try args.check("ceil", min: 1, max: 1, vm: vm)
            if args[0].asBigIntValue != nil { return try toBigIntValue(vm, args[0]) }
            let x = try toDouble(vm, args[0])
            return try integral(vm, x.rounded(.up))
        }
        m.function("modf") { vm, args throws(PythonError) in
            let x = try toDouble(vm, args[0])
            if x.isInfinite { return .object(PyTuple([.float(Double(signOf: x, magnitudeOf: 0)), .float(x)])) }
            let ip = x.rounded(.towardZero)
            return .object(PyTuple([.float(Double(signOf: x, magnitudeOf: (x - ip).magnitude)), .float(ip)]))
        }
        m.function("frexp") { vm, args throws(PythonError) in
            let x = try toDouble(vm, args[0])
            if x == 0 || !x.isFinite { return .object(PyTuple([.float(x), .int(0)])) }
            let (m, e) = Glibc_frexp(x)
            return .object(PyTuple([.float(m), .int(e)]))
        }
        m.function("isqrt") { vm, args throws(PythonError) in
            let n = try toBigInt(vm, args[0])
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "isqrt() argument must be nonnegative") }
            return .bigInt(BigInt(try BigIntKernels.squareRoot(n.magnitude)))
        }
        m.function("hypot") { vm, args throws(PythonError) in
            try args.check("hypot", min: 2, max: 2, vm: vm)
            return .float(Glibc_hypot(try toDouble(vm, args[0]), try toDouble(vm, args[1])))
        }
        m.function("fieldtuple") { vm, args throws(PythonError) in
            // fieldtuple(obj, names): tuple(getattr(obj, n) for n in names) (dataclasses).
            try args.check("fieldtuple", min: 2, max: 2, vm: vm)
            guard let names = args[1].asTuple else { return .emptyTuple }
            var out: [Value] = []
            out.reserveCapacity(names.items.count)
            for n in names.items {
                guard case .str(let s) = n else { continue }
                out.append(try vm.getAttribute(args[0], s))
            }
            return .object(PyTuple(out))
        }
        m.function("gcd") { vm, args throws(PythonError) in
            try args.check("gcd", min: 2, max: 2, vm: vm)
            let a = try toBigInt(vm, args[0]), b = try toBigInt(vm, args[1])
            return .bigInt(BigInt(try BigIntKernels.gcd(a.magnitude, b.magnitude)))
        }
        m.function("fsum") { vm, args throws(PythonError) in
            try args.check("fsum", min: 1, max: 1, vm: vm)
            return .float(try fsum(vm, args[0]))
        }
        // base64 cores.
        m.function("b64encode") { vm, args throws(PythonError) in
            try args.check("b64encode", min: 2, max: 3, vm: vm)
            let data = try bytesArgument(vm, args[0])
            let alphabet = try bytesArgument(vm, args[1])
            let newline = args.positionalCount > 2 ? try vm.isTrue(args[2]) : false
            return .object(PyBytes(base64Encode(data, alphabet: alphabet, newline: newline)))
        }
        m.function("b64decode") { vm, args throws(PythonError) in
            // Returns bytes, or a str error message for binascii.Error.
            try args.check("b64decode", min: 2, max: 2, vm: vm)
            let data = try bytesArgument(vm, args[0])
            switch base64Decode(data, strict: try vm.isTrue(args[1])) {
            case .success(let bytes): return .object(PyBytes(bytes))
            case .failure(let message): return .str(PyStr(message.text))
            }
        }
        m.function("translate") { vm, args throws(PythonError) in
            // translate(data, from, to): byte-for-byte replacement (bytes.maketrans + translate).
            try args.check("translate", min: 3, max: 3, vm: vm)
            var data = try bytesArgument(vm, args[0])
            let from = try bytesArgument(vm, args[1]), to = try bytesArgument(vm, args[2])
            var table = [UInt8](repeating: 0, count: 256)
            for i in 0..<256 { table[i] = UInt8(i) }
            for (f, t) in zip(from, to) { table[Int(f)] = t }
            for i in data.indices { data[i] = table[Int(data[i])] }
            return .object(PyBytes(data))
        }
        m.function("unhexlify") { vm, args throws(PythonError) in
            // Returns bytes, or a str error message for binascii.Error.
            try args.check("unhexlify", min: 1, max: 1, vm: vm)
            let data = try bytesArgument(vm, args[0])
            if data.count % 2 != 0 { return .str(PyStr("Odd-length string")) }
            func digit(_ c: UInt8) -> Int {
                switch c {
                case 48...57: return Int(c) - 48
                case 65...70: return Int(c) - 55
                case 97...102: return Int(c) - 87
                default: return -1
                }
            }
            var out: [UInt8] = []
            out.reserveCapacity(data.count / 2)
            var i = 0
            while i < data.count {
                let hi = digit(data[i]), lo = digit(data[i + 1])
                if hi < 0 || lo < 0 { return .str(PyStr("Non-hexadecimal digit found")) }
                out.append(UInt8(hi << 4 | lo))
                i += 2
            }
            return .object(PyBytes(out))
        }
        m.function("crc32") { vm, args throws(PythonError) in
            try args.check("crc32", min: 1, max: 2, vm: vm)
            let data = try bytesArgument(vm, args[0])
            var crc: UInt32 = 0
            if args.positionalCount > 1 {
                crc = UInt32(truncatingIfNeeded: try toBigInt(vm, args[1]))
            }
            crc = ~crc
            for b in data {
                crc ^= UInt32(b)
                for _ in 0..<8 { crc = (crc >> 1) ^ ((crc & 1) != 0 ? 0xEDB8_8320 : 0) }
            }
            return .int(Int(~crc))
        }
        return m.module
    }

    static func toBigIntValue(_ vm: VM, _ v: Value) throws(PythonError) -> Value {
        if case .bool(let b) = v { return .int(b ? 1 : 0) }
        return v
    }

    static func integral(_ vm: VM, _ x: Double) throws(PythonError) -> Value {
        if x.isNaN { throw vm.makeError(Builtins.shared.valueError, "cannot convert float NaN to integer") }
        if x.isInfinite { throw vm.makeError(Builtins.shared.overflowError, "cannot convert float infinity to integer") }
        if let i = Int(exactly: x) { return .int(i) }
        return .bigInt(BigInt(x))
    }

    /// Shewchuk's exact float summation (CPython's `math.fsum`).
    static func fsum(_ vm: VM, _ iterable: Value) throws(PythonError) -> Double {
        try MathModule.fsum(vm, iterable)
    }

    // MARK: Broken-down time

    static func brokenDownTime(_ vm: VM, _ args: Arguments, local: Bool) throws(PythonError) -> Value {
        try args.check(local ? "localtime" : "gmtime", min: 0, max: 1, vm: vm)
        var seconds: Int
        if args.positionalCount == 0 || args[0].isNone {
            seconds = SystemHost.wallClock(vm).seconds
        } else {
            let d = try toDouble(vm, args[0])
            guard d.isFinite, d > -1e17, d < 1e17 else {
                throw vm.makeError(Builtins.shared.overflowError, "timestamp out of range for platform time_t")
            }
            seconds = Int(d.rounded(.down))
        }
        var t = time_t(seconds)
        var out = tm()
        let ok = local ? localtime_r(&t, &out) != nil : gmtime_r(&t, &out) != nil
        if !ok { throw vm.makeError(Builtins.shared.overflowError, "timestamp out of range for platform time_t") }
        var zone = local ? "" : "UTC"
        if local, let z = out.tm_zone { zone = String(cString: z) }
        return .object(PyTuple([
            .int(Int(out.tm_year) + 1900), .int(Int(out.tm_mon) + 1), .int(Int(out.tm_mday)),
            .int(Int(out.tm_hour)), .int(Int(out.tm_min)), .int(Int(out.tm_sec)),
            .int((Int(out.tm_wday) + 6) % 7), .int(Int(out.tm_yday) + 1), .int(Int(out.tm_isdst)),
            .str(PyStr(zone)), .int(Int(out.tm_gmtoff)),
        ]))
    }

    /// A C `tm` from a Python time tuple (9 fields; CPython's `gettmarg` and `checktm`).
    static func tmFromTuple(_ vm: VM, _ v: Value, checking: Bool = false) throws(PythonError) -> tm {
        var items: [Value]
        if let t = v.asTuple { items = t.array } else {
            items = try vm.iterateToArray(v)
        }
        guard items.count >= 9 else {
            throw vm.makeError(Builtins.shared.typeError, "function takes exactly 9 arguments (\(items.count) given)")
        }
        var f: [Int] = []
        for i in 0..<9 { f.append(try vm.indexValue(items[i])) }
        var t = tm()
        guard f[0] >= Int(Int32.min) + 1900, f[0] <= Int(Int32.max) else {
            throw vm.makeError(Builtins.shared.overflowError, "year out of range")
        }
        t.tm_year = Int32(f[0] - 1900)
        var mon = f[1], mday = f[2], wday = f[6], yday = f[7]
        if checking {
            if mon == 0 { mon = 1 }
            if mon < 1 || mon > 12 { throw vm.makeError(Builtins.shared.valueError, "month out of range") }
            if mday == 0 { mday = 1 }
            if mday < 1 || mday > 31 { throw vm.makeError(Builtins.shared.valueError, "day of month out of range") }
            if f[3] < 0 || f[3] > 23 { throw vm.makeError(Builtins.shared.valueError, "hour out of range") }
            if f[4] < 0 || f[4] > 59 { throw vm.makeError(Builtins.shared.valueError, "minute out of range") }
            if f[5] < 0 || f[5] > 61 { throw vm.makeError(Builtins.shared.valueError, "seconds out of range") }
            if wday < 0 { throw vm.makeError(Builtins.shared.valueError, "day of week out of range") }
            if yday == 0 { yday = 1 }
            if yday < 1 || yday > 366 { throw vm.makeError(Builtins.shared.valueError, "day of year out of range") }
        }
        wday = ((wday % 7) + 7) % 7
        t.tm_mon = Int32(truncatingIfNeeded: mon &- 1)
        t.tm_mday = Int32(truncatingIfNeeded: mday)
        t.tm_hour = Int32(truncatingIfNeeded: f[3])
        t.tm_min = Int32(truncatingIfNeeded: f[4])
        t.tm_sec = Int32(truncatingIfNeeded: f[5])
        t.tm_wday = Int32((wday + 1) % 7)
        t.tm_yday = Int32(truncatingIfNeeded: yday &- 1)
        t.tm_isdst = Int32(truncatingIfNeeded: max(-1, min(1, f[8])))
        return t
    }

    static func cStrftime(_ format: String, _ t: inout tm) -> String {
        if format.isEmpty { return "" }
        var capacity = 1024
        let limit = max(1024, min(format.utf8.count * 256, 1 << 24))
        while capacity <= limit {
            var buffer = [CChar](repeating: 0, count: capacity)
            let n = format.withCString { f in strftime(&buffer, capacity, f, &t) }
            if n > 0 || capacity * 2 > limit {
                return String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
            capacity *= 2
        }
        return ""
    }

    // MARK: base64

    static func base64Encode(_ data: [UInt8], alphabet: [UInt8], newline: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((data.count + 2) / 3 * 4 + 1)
        var i = 0
        while i + 2 < data.count {
            let n = Int(data[i]) << 16 | Int(data[i + 1]) << 8 | Int(data[i + 2])
            out.append(alphabet[n >> 18 & 63]); out.append(alphabet[n >> 12 & 63])
            out.append(alphabet[n >> 6 & 63]); out.append(alphabet[n & 63])
            i += 3
        }
        let rest = data.count - i
        if rest == 1 {
            let n = Int(data[i]) << 16
            out.append(alphabet[n >> 18 & 63]); out.append(alphabet[n >> 12 & 63])
            out.append(61); out.append(61)
        } else if rest == 2 {
            let n = Int(data[i]) << 16 | Int(data[i + 1]) << 8
            out.append(alphabet[n >> 18 & 63]); out.append(alphabet[n >> 12 & 63])
            out.append(alphabet[n >> 6 & 63]); out.append(61)
        }
        if newline { out.append(10) }
        return out
    }

    struct DecodeFailure: Error { let text: String }

    /// binascii.a2b_base64 (standard alphabet; callers translate alternative characters first).
    static func base64Decode(_ data: [UInt8], strict: Bool) -> Result<[UInt8], DecodeFailure> {
        func value(_ c: UInt8) -> Int {
            switch c {
            case 65...90: return Int(c) - 65
            case 97...122: return Int(c) - 71
            case 48...57: return Int(c) + 4
            case 43: return 62
            case 47: return 63
            default: return -1
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(data.count / 4 * 3 + 3)
        var quadPos = 0, leftChar = 0, pads = 0
        var paddingStarted = false
        if strict && data.first == 61 { return .failure(DecodeFailure(text: "Leading padding not allowed")) }
        var i = 0
        while i < data.count {
            let c = data[i]
            if c == 61 {
                paddingStarted = true
                if quadPos >= 2 {
                    pads += 1
                    if quadPos + pads >= 4 {
                        if strict && i + 1 < data.count {
                            return .failure(DecodeFailure(text: "Excess data after padding"))
                        }
                        return .success(out)
                    }
                }
                i += 1
                continue
            }
            let v = value(c)
            if v < 0 {
                if strict { return .failure(DecodeFailure(text: "Only base64 data is allowed")) }
                i += 1
                continue
            }
            if strict && paddingStarted {
                return .failure(DecodeFailure(text: "Discontinuous padding not allowed"))
            }
            pads = 0
            switch quadPos {
            case 0:
                quadPos = 1
                leftChar = v
            case 1:
                quadPos = 2
                out.append(UInt8((leftChar << 2 | v >> 4) & 0xff))
                leftChar = v & 0x0f
            case 2:
                quadPos = 3
                out.append(UInt8((leftChar << 4 | v >> 2) & 0xff))
                leftChar = v & 0x03
            default:
                quadPos = 0
                out.append(UInt8((leftChar << 6 | v) & 0xff))
                leftChar = 0
            }
            i += 1
        }
        if quadPos == 1 {
            return .failure(DecodeFailure(text: "Invalid base64-encoded string: number of data characters (\(out.count / 3 * 4 + 1)) cannot be 1 more than a multiple of 4"))
        }
        if quadPos != 0 { return .failure(DecodeFailure(text: "Incorrect padding")) }
        return .success(out)
    }
}

// libm entry points under distinct names (the module's own `sqrt`/`log` closures shadow them).
@inline(__always) fileprivate func Glibc_log(_ x: Double) -> Double { log(x) }
@inline(__always) fileprivate func Glibc_exp(_ x: Double) -> Double { exp(x) }
@inline(__always) fileprivate func Glibc_cos(_ x: Double) -> Double { cos(x) }
@inline(__always) fileprivate func Glibc_sin(_ x: Double) -> Double { sin(x) }
@inline(__always) fileprivate func Glibc_acos(_ x: Double) -> Double { acos(x) }
@inline(__always) fileprivate func Glibc_erf(_ x: Double) -> Double { erf(x) }
@inline(__always) fileprivate func Glibc_hypot(_ x: Double, _ y: Double) -> Double { hypot(x, y) }
@inline(__always) fileprivate func Glibc_frexp(_ x: Double) -> (Double, Int) { frexp(x) }
