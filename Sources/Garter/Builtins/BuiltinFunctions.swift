import BigInt

extension Arguments {
    /// Checks the positional count with CPython's wording; keyword arguments are refused
    /// unless listed in `keywords`.
    ///
    /// The name is evaluated only for an error message: callers often interpolate it
    /// (`"str.\(name)"`), which would otherwise build a string on every call.
    @inline(__always)
    func check(_ name: @autoclosure () -> String, min: Int, max: Int, keywords: [String] = [], vm: VM) throws(PythonError) {
        let n = positionalCount
        if keywordCount == 0 && n >= min && n <= max { return }
        try checkFailed(name(), min: min, max: max, keywords: keywords, vm: vm)
    }

    /// ``check(_:min:max:keywords:vm:)`` for a method CPython parses with
    /// `PyArg_ParseTupleAndKeywords` or a keyword-taking argument clinic (`str.split`,
    /// `str.find`, ...): its errors read "find() takes at most 3 arguments (4 given)" and
    /// "'x' is an invalid keyword argument for split()", named without the type.
    @inline(__always)
    func checkParsed(_ name: @autoclosure () -> String, min: Int, max: Int, keywords: [String] = [], vm: VM) throws(PythonError) {
        let n = positionalCount
        if keywordCount == 0 && n >= min && n <= max { return }
        try checkParsedFailed(name(), min: min, max: max, keywords: keywords, vm: vm)
    }

    @inline(never)
    private func checkParsedFailed(_ name: String, min: Int, max: Int, keywords: [String], vm: VM) throws(PythonError) {
        try checkKeywordNames(name, keywords: keywords, vm: vm)
        let n = positionalCount
        if n >= min && n <= max { return }
        let (bound, word) = n < min ? (min, min == max ? "exactly" : "at least") : (max, min == max ? "exactly" : "at most")
        throw vm.makeError(Builtins.shared.typeError, "\(name)() takes \(word) \(bound) argument\(bound == 1 ? "" : "s") (\(n) given)")
    }

    /// Refuses a keyword argument not listed in `keywords` (`"*"` accepts any).
    private func checkKeywordNames(_ name: String, keywords: [String], vm: VM) throws(PythonError) {
        for k in keywordNames where !keywords.contains(k.value) && !keywords.contains("*") {
            if keywords.isEmpty {
                throw vm.makeError(Builtins.shared.typeError, "\(name)() takes no keyword arguments")
            }
            throw vm.makeError(Builtins.shared.typeError, "'\(k.value)' is an invalid keyword argument for \(name)()")
        }
    }

    @inline(never)
    private func checkFailed(_ name: String, min: Int, max: Int, keywords: [String], vm: VM) throws(PythonError) {
        try checkKeywordNames(name, keywords: keywords, vm: vm)
        let n = positionalCount
        if n >= min && n <= max { return }
        if min == max {
            if min == 0 { throw vm.makeError(Builtins.shared.typeError, "\(name)() takes no arguments (\(n) given)") }
            if min == 1 { throw vm.makeError(Builtins.shared.typeError, "\(name)() takes exactly one argument (\(n) given)") }
            throw vm.makeError(Builtins.shared.typeError, "\(name) expected \(min) arguments, got \(n)")
        }
        let name = name.split(separator: ".").last.map(String.init) ?? name
        if n < min {
            throw vm.makeError(Builtins.shared.typeError, "\(name) expected at least \(min) argument\(min == 1 ? "" : "s"), got \(n)")
        }
        throw vm.makeError(Builtins.shared.typeError, "\(name) expected at most \(max) argument\(max == 1 ? "" : "s"), got \(n)")
    }
}

extension Builtins {
    func installFunctions() {
        function("print") { vm, args throws(PythonError) in
            try args.check("print", min: 0, max: Int.max, keywords: ["sep", "end", "file", "flush"], vm: vm)
            var sep = " "
            var end = "\n"
            if let s = args.keyword("sep"), !s.isNone {
                guard case .str(let v) = s else { throw vm.makeError(Builtins.shared.typeError, "sep must be None or a string, not \(vm.typeName(s))") }
                sep = v.value
            }
            if let e = args.keyword("end"), !e.isNone {
                guard case .str(let v) = e else { throw vm.makeError(Builtins.shared.typeError, "end must be None or a string, not \(vm.typeName(e))") }
                end = v.value
            }
            // CPython writes each piece with `file.write` (sys.stdout when `file` is None);
            // Garter's own standard streams take the direct path to the output sink.
            var file = args.keyword("file") ?? .none
            if file.isNone, let sys = vm.modules["sys"], let out = sys.dict.getString("stdout") {
                file = out
                if file.isNone { return .none }
            }
            var toStderr = false
            var writer: Value? = nil
            if !file.isNone {
                if let m = file.asInstance, let kind = m.existingAttributes?.getString("__garter_stream__")?.asString {
                    toStderr = kind == "stderr"
                } else {
                    writer = try vm.getAttribute(file, PyStr("write"))
                }
            }
            if let write = writer {
                for i in 0..<args.positionalCount {
                    if i > 0 { _ = try vm.callValue(write, with: .str(PyStr(sep))) }
                    _ = try vm.callValue(write, [.str(PyStr(try vm.str(args[i])))])
                }
                _ = try vm.callValue(write, with: .str(PyStr(end)))
                if let fl = args.keyword("flush"), try vm.isTrue(fl) {
                    _ = try vm.callValue(try vm.getAttribute(file, PyStr("flush")), [])
                }
                return .none
            }
            var text = ""
            for i in 0..<args.positionalCount {
                if i > 0 { text += sep }
                text += try vm.str(args[i])
            }
            text += end
            try vm.writeOutput(text, isError: toStderr)
            return .none
        }
        function("len") { vm, args throws(PythonError) in
            try args.check("len", min: 1, max: 1, vm: vm)
            if let n = VM.quickLength(args.base, objectTag: vm.objectTag, strTag: vm.strTag) { return .int(n) }
            return .int(try vm.length(of: args[0]))
        }
        if case .object(let o)? = dict.getString("len"), o.kind == .builtinFunction {
            unsafeDowncast(o, to: PyBuiltinFunction.self).inlineOperation = .len
        }
        function("repr") { vm, args throws(PythonError) in
            try args.check("repr", min: 1, max: 1, vm: vm)
            return .str(PyStr(try vm.repr(args[0])))
        }
        function("ascii") { vm, args throws(PythonError) in
            try args.check("ascii", min: 1, max: 1, vm: vm)
            return .str(PyStr(try vm.asciiRepr(args[0])))
        }
        function("format") { vm, args throws(PythonError) in
            try args.check("format", min: 1, max: 2, vm: vm)
            var spec = ""
            if args.positionalCount == 2 {
                guard case .str(let s) = args[1] else {
                    throw vm.makeError(Builtins.shared.typeError, "format() argument 2 must be str, not \(vm.typeName(args[1]))")
                }
                spec = s.value
            }
            return .str(PyStr(try vm.format(args[0], spec)))
        }
        function("id") { vm, args throws(PythonError) in
            try args.check("id", min: 1, max: 1, vm: vm)
            return .int(vm.identity(of: args[0]))
        }
        function("hash") { vm, args throws(PythonError) in
            try args.check("hash", min: 1, max: 1, vm: vm)
            return .int(try vm.hash(args[0]))
        }
        function("abs") { vm, args throws(PythonError) in
            try args.check("abs", min: 1, max: 1, vm: vm)
            switch args[0] {
            case .int(let i): return i == Int.min ? .bigInt(-BigInt(word: i)) : .int(Swift.abs(i))
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            default:
                if let b = args[0].asBigInt { return .bigInt(b.value.sign == .minus ? -b.value : b.value) }
                if vm.isUserInstance(args[0]), let r = try vm.callSpecial(args[0], Names.abs, []) { return r }
                throw vm.makeError(Builtins.shared.typeError, "bad operand type for abs(): '\(vm.typeName(args[0]))'")
            }
        }
        function("round") { vm, args throws(PythonError) in
            try args.check("round", min: 1, max: 2, keywords: ["ndigits"], vm: vm)
            let x = args[0]
            var nd: Value = args.positionalCount > 1 ? args[1] : (args.keyword("ndigits") ?? .none)
            if case .bool(let b) = nd { nd = .int(b ? 1 : 0) }
            return try vm.round(x, nd)
        }
        function("divmod") { vm, args throws(PythonError) in
            try args.check("divmod", min: 2, max: 2, vm: vm)
            let a = args[0], b = args[1]
            // Two machine ints: the dispatch loop's `//` and `%` (nil for a zero divisor and
            // the results that overflow, which take the general path below).
            if case .int(let x) = a, case .int(let y) = b,
               let q = VM.intArithmetic(Int32(BinaryOperator.floordiv.rawValue), x, y),
               let r = VM.intArithmetic(Int32(BinaryOperator.mod.rawValue), x, y) {
                return .object(PyTuple(.int(q), .int(r)))
            }
            if PyNumber.operand(a) != nil && PyNumber.operand(b) != nil {
                if case .float = a { } else if case .float = b { } else {
                    if case .int(let y) = b, y == 0 { throw vm.makeError(Builtins.shared.zeroDivisionError, "integer division or modulo by zero") }
                }
                if case .float = a, let y = try? PyNumber.toDouble(PyNumber.operand(b)!), y == 0 {
                    throw vm.makeError(Builtins.shared.zeroDivisionError, "float divmod()")
                }
                if case .float = b, let y = try? PyNumber.toDouble(PyNumber.operand(b)!), y == 0 {
                    throw vm.makeError(Builtins.shared.zeroDivisionError, "float divmod()")
                }
                // Exact ints with a big operand: one division for both results.
                if a.asBigInt != nil || b.asBigInt != nil, let (q, r) = PyNumber.intDivMod(a, b) { return .object(PyTuple(q, r)) }
                let q = try vm.binaryOperation(.floordiv, a, b, inplace: false)
                let r = try vm.binaryOperation(.mod, a, b, inplace: false)
                return .object(PyTuple(q, r))
            }
            if vm.isUserInstance(a), let r = try vm.callSpecialIfUserBinary(a, PyStr("__divmod__"), b), !vm.isNotImplemented(r) { return r }
            if vm.isUserInstance(b), let r = try vm.callSpecialIfUserBinary(b, PyStr("__rdivmod__"), a), !vm.isNotImplemented(r) { return r }
            throw vm.makeError(Builtins.shared.typeError, "unsupported operand type(s) for divmod(): '\(vm.typeName(a))' and '\(vm.typeName(b))'")
        }
        function("pow") { vm, args throws(PythonError) in
            try args.check("pow", min: 2, max: 3, keywords: ["base", "exp", "mod"], vm: vm)
            let base = args[0], exp = args[1]
            let mod: Value = args.positionalCount > 2 ? args[2] : (args.keyword("mod") ?? .none)
            if mod.isNone { return try vm.binaryOperation(.pow, base, exp, inplace: false) }
            guard let b = base.asBigIntValue, let e = exp.asBigIntValue, let m = mod.asBigIntValue else {
                if ComplexMath.isComplex(base) || ComplexMath.isComplex(exp) || ComplexMath.isComplex(mod) {
                    throw vm.makeError(Builtins.shared.valueError, "complex modulo")
                }
                throw vm.makeError(Builtins.shared.typeError, "pow() 3rd argument not allowed unless all arguments are integers")
            }
            if m == 0 { throw vm.makeError(Builtins.shared.valueError, "pow() 3rd argument cannot be 0") }
            var exponent = e
            var b2 = b
            if exponent < 0 {
                guard let inv = try VM.modularInverse(b, m) else {
                    throw vm.makeError(Builtins.shared.valueError, "base is not invertible for the given modulus")
                }
                b2 = inv
                exponent = -exponent
            }
            let mm = m.magnitude
            // b2 may be negative: reduce it into [0, |m|) first (the kernel works on magnitudes).
            var reduced = try BigIntKernels.divide(b2, BigInt(mm)).remainder
            if reduced < 0 { reduced += BigInt(mm) }
            var r = BigInt(try BigIntKernels.power(reduced.magnitude, exponent.magnitude, modulus: mm))
            if m < 0 && r != 0 { r += m }
            return .bigInt(r)
        }
        function("min") { vm, args throws(PythonError) in try vm.minMax(args, isMax: false) }
        function("max") { vm, args throws(PythonError) in try vm.minMax(args, isMax: true) }
        function("sum") { vm, args throws(PythonError) in
            if args.positionalCount == 0 {
                throw vm.makeError(Builtins.shared.typeError, "sum() takes at least 1 positional argument (0 given)")
            }
            if args.count > 2 {
                throw vm.makeError(Builtins.shared.typeError, "sum() takes at most 2 arguments (\(args.count) given)")
            }
            try args.check("sum", min: 1, max: 2, keywords: ["start"], vm: vm)
            var acc: Value = args.positionalCount > 1 ? args[1] : (args.keyword("start") ?? .int(0))
            if case .str = acc { throw vm.makeError(Builtins.shared.typeError, "sum() can't sum strings [use ''.join(seq) instead]") }
            if acc.asBytes != nil { throw vm.makeError(Builtins.shared.typeError, "sum() can't sum bytes [use b''.join(seq) instead]") }
            if let g = VM.consumableGenerator(args[0]) {
                do {
                    // Plain numbers are added at the generator's `yield` (see `resumeConsuming`).
                    let outer = vm.sumAccumulator
                    defer { vm.sumAccumulator = outer }
                    vm.sumAccumulator = acc
                    while true {
                        let step = try vm.resumeConsuming(g, .sum)
                        acc = vm.sumAccumulator
                        guard case .yielded(let x) = step else { return acc }
                        acc = try vm.binaryOperation(.add, acc, x, inplace: false)
                        vm.sumAccumulator = acc
                        if g.state != .suspended { break }
                    }
                }
            }
            let it = try vm.getIterator(args[0])
            // Plain double additions, as in CPython 3.11 (3.12 compensates).
            while let x = try vm.nextItem(it) {
                if case .int(let a) = acc, case .int(let b) = x {
                    let (r, o) = a.addingReportingOverflow(b)
                    if !o { acc = .int(r); continue }
                }
                if case .float(let a) = acc, case .float(let b) = x {
                    acc = .float(a + b)
                    continue
                }
                acc = try vm.binaryOperation(.add, acc, x, inplace: false)
            }
            return acc
        }
        function("any") { vm, args throws(PythonError) in
            try args.check("any", min: 1, max: 1, vm: vm)
            if let g = VM.consumableGenerator(args[0]) {
                while true {
                    guard case .yielded(let x) = try vm.resumeConsuming(g, .any) else { return .bool(false) }
                    if try vm.isTrue(x) { return .bool(true) }
                    if g.state != .suspended { break }
                }
            }
            let it = try vm.getIterator(args[0])
            while let x = try vm.nextItem(it) { if try vm.isTrue(x) { return .bool(true) } }
            return .bool(false)
        }
        function("all") { vm, args throws(PythonError) in
            try args.check("all", min: 1, max: 1, vm: vm)
            if let g = VM.consumableGenerator(args[0]) {
                while true {
                    guard case .yielded(let x) = try vm.resumeConsuming(g, .all) else { return .bool(true) }
                    if !(try vm.isTrue(x)) { return .bool(false) }
                    if g.state != .suspended { break }
                }
            }
            let it = try vm.getIterator(args[0])
            while let x = try vm.nextItem(it) { if !(try vm.isTrue(x)) { return .bool(false) } }
            return .bool(true)
        }
        function("isinstance") { vm, args throws(PythonError) in
            try args.check("isinstance", min: 2, max: 2, vm: vm)
            if let r = vm.quickIsInstance(args.base, args.base + 1) { return .bool(r) }
            return .bool(try vm.isInstanceCheck(args[0], args[1], name: "isinstance"))
        }
        function("issubclass") { vm, args throws(PythonError) in
            try args.check("issubclass", min: 2, max: 2, vm: vm)
            guard let t = args[0].asType else {
                throw vm.makeError(Builtins.shared.typeError, "issubclass() arg 1 must be a class")
            }
            return .bool(try vm.isSubclassCheck(t, args[1]))
        }
        function("callable") { vm, args throws(PythonError) in
            try args.check("callable", min: 1, max: 1, vm: vm)
            return .bool(vm.isCallable(args[0]))
        }
        function("iter") { vm, args throws(PythonError) in
            try args.check("iter", min: 1, max: 2, vm: vm)
            if args.positionalCount == 2 {
                let callable = args[0], sentinel = args[1]
                guard vm.isCallable(callable) else {
                    throw vm.makeError(Builtins.shared.typeError, "iter(v, w): v must be callable")
                }
                var done = false
                return vm.nativeIterator(.callableIterator) { vm throws(PythonError) in
                    if done { return nil }
                    let v = try vm.callValue(callable, [])
                    if try vm.equals(v, sentinel) { done = true; return nil }
                    return v
                }
            }
            return try vm.getIterator(args[0])
        }
        function("next") { vm, args throws(PythonError) in
            try args.check("next", min: 1, max: 2, vm: vm)
            let it = args[0]
            if !vm.isIteratorObject(it) && !(vm.isUserInstance(it) && vm.lookupSpecial(it, Names.next) != nil) {
                throw vm.makeError(Builtins.shared.typeError, "'\(vm.typeName(it))' object is not an iterator")
            }
            if case .object(let o) = it, o.kind == .generator {
                switch try vm.resumeGenerator(unsafeDowncast(o, to: PyGenerator.self), send: .none, exception: nil) {
                case .yielded(let v): return v
                case .returned(let r):
                    if args.positionalCount > 1 { return args[1] }
                    throw PythonError(vm.stopIteration(r))
                }
            }
            if vm.isUserInstance(it) {
                do throws(PythonError) {
                    return try vm.callSpecial(it, Names.next, []) ?? .none
                } catch {
                    if args.positionalCount > 1 && error.exception.cls.isSubtype(of: Builtins.shared.stopIteration) { return args[1] }
                    throw error
                }
            }
            if let v = try vm.nextItem(it) { return v }
            if args.positionalCount > 1 { return args[1] }
            throw PythonError(vm.stopIteration(.none))
        }
        function("getattr") { vm, args throws(PythonError) in
            try args.check("getattr", min: 2, max: 3, vm: vm)
            guard case .str(let name) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            if args.positionalCount == 3 {
                return try vm.getAttributeOrNil(args[0], name) ?? args[2]
            }
            return try vm.getAttribute(args[0], name)
        }
        function("setattr") { vm, args throws(PythonError) in
            try args.check("setattr", min: 3, max: 3, vm: vm)
            guard case .str(let name) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            try vm.setAttribute(args[0], name, args[2])
            return .none
        }
        function("delattr") { vm, args throws(PythonError) in
            try args.check("delattr", min: 2, max: 2, vm: vm)
            guard case .str(let name) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            try vm.deleteAttribute(args[0], name)
            return .none
        }
        function("hasattr") { vm, args throws(PythonError) in
            try args.check("hasattr", min: 2, max: 2, vm: vm)
            guard case .str(let name) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "attribute name must be string, not '\(vm.typeName(args[1]))'")
            }
            return .bool(try vm.getAttributeOrNil(args[0], name) != nil)
        }
        function("chr") { vm, args throws(PythonError) in
            try args.check("chr", min: 1, max: 1, vm: vm)
            let i = try vm.indexValue(args[0])
            guard i >= 0 && i < 0x110000 else {
                throw vm.makeError(Builtins.shared.valueError, "chr() arg not in range(0x110000)")
            }
            guard let u = Unicode.Scalar(UInt32(i)) else {
                // Lone surrogates cannot be represented in a Swift string.
                throw vm.makeError(Builtins.shared.valueError, "surrogate code points are not supported")
            }
            return .str(PyStr.character(u))
        }
        function("ord") { vm, args throws(PythonError) in
            try args.check("ord", min: 1, max: 1, vm: vm)
            switch args[0] {
            case .str(let s):
                let n = s.count
                guard n == 1 else { throw vm.makeError(Builtins.shared.typeError, "ord() expected a character, but string of length \(n) found") }
                return .int(Int(s.value.unicodeScalars.first!.value))
            default:
                if let b = args[0].asBytes {
                    guard b.bytes.count == 1 else { throw vm.makeError(Builtins.shared.typeError, "ord() expected a character, but string of length \(b.bytes.count) found") }
                    return .int(Int(b.bytes[0]))
                }
                throw vm.makeError(Builtins.shared.typeError, "ord() expected string of length 1, but \(vm.typeName(args[0])) found")
            }
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            function(name) { vm, args throws(PythonError) in
                try args.check(name, min: 1, max: 1, vm: vm)
                switch args[0] {
                case .int(let i): return .str(PyStr(NumberText.radixString(i, radix: radix, prefix: prefix)))
                case .bool(let b): return .str(PyStr(NumberText.radixString(b ? 1 : 0, radix: radix, prefix: prefix)))
                default:
                    if let b = args[0].asBigInt { return .str(PyStr(NumberText.radixString(b.value, radix: radix, prefix: prefix))) }
                    if vm.isUserInstance(args[0]), let r = try vm.callSpecial(args[0], Names.index, []) {
                        return try vm.callValue(vm.builtins.getString(name)!, with: try vm.checkedIndexResult(r))
                    }
                    throw vm.makeError(Builtins.shared.typeError, "'\(vm.typeName(args[0]))' object cannot be interpreted as an integer")
                }
            }
        }
        function("sorted") { vm, args throws(PythonError) in
            if args.positionalCount != 1 {
                throw vm.makeError(Builtins.shared.typeError, "sorted expected 1 argument, got \(args.positionalCount)")
            }
            try args.check("sorted", min: 1, max: 1, keywords: ["key", "reverse"], vm: vm)
            var items = try vm.iterateToArray(args[0])
            try vm.sortValues(&items, key: args.keyword("key") ?? .none, reverse: try vm.isTrue(args.keyword("reverse") ?? .bool(false)))
            return .object(PyList(items))
        }
        function("reversed") { vm, args throws(PythonError) in
            try args.check("reversed", min: 1, max: 1, vm: vm)
            return try vm.reversedIterator(args[0])
        }
        function("enumerate") { vm, args throws(PythonError) in
            if args.count > 2 {
                throw vm.makeError(Builtins.shared.typeError, "enumerate() takes at most 2 arguments (\(args.count) given)")
            }
            if args.positionalCount == 0 && args.keyword("iterable") == nil {
                throw vm.makeError(Builtins.shared.typeError, "enumerate() missing required argument 'iterable'")
            }
            try args.check("enumerate", min: 1, max: 2, keywords: ["start", "iterable"], vm: vm)
            let iterable = args.positionalCount > 0 ? args[0] : (args.keyword("iterable") ?? .none)
            let startValue = args.positionalCount > 1 ? args[1] : (args.keyword("start") ?? .int(0))
            guard let startInt = startValue.asBigIntValue else {
                throw vm.makeError(Builtins.shared.typeError, "'\(vm.typeName(startValue))' object cannot be interpreted as an integer")
            }
            return vm.enumerateIterator(try vm.getIterator(iterable), counter: .bigInt(startInt))
        }
        function("zip") { vm, args throws(PythonError) in
            try args.check("zip", min: 0, max: Int.max, keywords: ["strict"], vm: vm)
            let strict = try vm.isTrue(args.keyword("strict") ?? .bool(false))
            var its: [Value] = []
            its.reserveCapacity(args.positionalCount)
            for i in 0..<args.positionalCount { its.append(try vm.getIterator(args[i])) }
            return vm.zipIterator(its, strict: strict, done: false)
        }
        function("map") { vm, args throws(PythonError) in
            if args.positionalCount < 2 {
                throw vm.makeError(Builtins.shared.typeError, "map() must have at least two arguments.")
            }
            var its: [Value] = []
            its.reserveCapacity(args.positionalCount - 1)
            for i in 1..<args.positionalCount { its.append(try vm.getIterator(args[i])) }
            return vm.mapIterator(args[0], its)
        }
        function("filter") { vm, args throws(PythonError) in
            try args.check("filter", min: 2, max: 2, vm: vm)
            return vm.filterIterator(args[0], try vm.getIterator(args[1]))
        }
        installFunctionsPart2()
    }
}

extension VM {
    func zipIterator(_ its: [Value], strict: Bool, done: Bool) -> Value {
        if its.count == 2 && !strict && !done {
            // The common pair: stepped from the iterator's own fields.
            return .object(PyNativeIterator(type: NativeIteratorType.zip.type, inline: .zip, source: its[0], second: its[1]))
        }
        let done = IteratorVariable(done)
        let tuple = IteratorVariable(ReusableTuple())
        // Any other zip (strict, not two iterables, or restored finished) steps here.
        let result = nativeIterator(.zip) { vm throws(PythonError) in
            if done.value || its.isEmpty { return nil }
            var row: [Value] = []
            row.reserveCapacity(its.count)
            for (i, it) in its.enumerated() {
                if let x = try vm.nextItem(it) {
                    row.append(x)
                } else {
                    done.value = true
                    if strict {
                        if i > 0 {
                            throw vm.makeError(Builtins.shared.valueError, "zip() argument \(i + 1) is shorter than argument\(i == 1 ? "" : "s") 1\(i == 1 ? "" : "-\(i)")")
                        }
                        for j in 1..<its.count {
                            if try vm.nextItem(its[j]) != nil {
                                throw vm.makeError(Builtins.shared.valueError, "zip() argument \(j + 1) is longer than argument\(j == 1 ? "" : "s") 1\(j == 1 ? "" : "-\(j)")")
                            }
                        }
                    }
                    return nil
                }
            }
            return tuple.value.make(row)
        }
        setSaver(result) { SavedIterator(kind: "zip", values: its, ints: [strict ? 1 : 0, done.value ? 1 : 0]) }
        return result
    }

    func mapIterator(_ f: Value, _ its: [Value]) -> Value {
        if its.count == 1 {
            let it = its[0]
            let result = nativeIterator(.map) { vm throws(PythonError) in
                guard let x = try vm.nextItem(it) else { return nil }
                return try vm.callValue(f, with: x)
            }
            setSaver(result) { SavedIterator(kind: "map", values: [f, it], ints: []) }
            return result
        }
        let result = nativeIterator(.map) { vm throws(PythonError) in
            var row: [Value] = []
            row.reserveCapacity(its.count)
            for it in its {
                guard let x = try vm.nextItem(it) else { return nil }
                row.append(x)
            }
            return try vm.callValue(f, row)
        }
        setSaver(result) { SavedIterator(kind: "map", values: [f] + its, ints: []) }
        return result
    }

    func filterIterator(_ f: Value, _ it: Value) -> Value {
        let result = nativeIterator(.filter) { vm throws(PythonError) in
            while let x = try vm.nextItem(it) {
                let keep = f.isNone ? try vm.isTrue(x) : try vm.isTrue(try vm.callValue(f, with: x))
                if keep { return x }
            }
            return nil
        }
        setSaver(result) { SavedIterator(kind: "filter", values: [f, it], ints: []) }
        return result
    }
}

extension Builtins {
    /// The rest of the builtin functions (introspection, sandbox refusals, constructors).
    func installFunctionsPart2() {
        function("vars") { vm, args throws(PythonError) in
            try args.check("vars", min: 0, max: 1, vm: vm)
            if args.positionalCount == 0 { return .object(vm.currentLocals()) }
            if let inst = args[0].asInstance, inst.cls.instanceSlotNames == nil { return .object(inst.attributes) }
            if let m = args[0].asModule { return .object(m.dict) }
            if let t = args[0].asType, !t.isBuiltin { return .object(PyMappingProxy(owner: t)) }
            throw vm.makeError(Builtins.shared.typeError, "vars() argument must have __dict__ attribute")
        }
        function("globals") { vm, args throws(PythonError) in
            try args.check("globals", min: 0, max: 0, vm: vm)
            return .object(vm.frameCount > 0 ? vm.frames[vm.frameCount - 1].globals : vm.mainGlobals)
        }
        function("dir") { vm, args throws(PythonError) in
            try args.check("dir", min: 0, max: 1, vm: vm)
            var names = Set<String>()
            if args.positionalCount == 0 {
                let g = vm.frameCount > 0 ? vm.frames[vm.frameCount - 1].globals : vm.mainGlobals
                for k in g.keys { if let s = k.asString { names.insert(s) } }
            } else {
                let v = args[0]
                if let inst = v.asInstance { for k in inst.attributes.keys { if let s = k.asString { names.insert(s) } } }
                if let m = v.asModule { for k in m.dict.keys { if let s = k.asString { names.insert(s) } } }
                else {
                    let t = v.asType ?? vm.typeOf(v)
                    for c in t.mro { for k in c.dict.keys { if let s = k.asString { names.insert(s) } } }
                }
            }
            return .object(PyList(names.sorted { compareStrings($0, $1) < 0 }.map { .str(PyStr($0)) }))
        }
        function("super") { vm, args throws(PythonError) in
            try vm.makeSuper(args)
        }
        function("input") { vm, _ throws(PythonError) in
            throw vm.makeError(Builtins.shared.notImplementedError, "input() is not supported (no standard input in the sandbox)")
        }
        installLocalsAndAsyncIteration()
        for name in ["eval", "exec", "compile", "breakpoint", "help", "__import__", "memoryview"] {
            function(name) { vm, _ throws(PythonError) in
                throw vm.makeError(Builtins.shared.notImplementedError, "\(name)() is not supported")
            }
        }
        // `open` is `io.open` (files come from the host's OSAccess provider, if any). Like
        // CPython's C `open`, its errors show no frames of its own in tracebacks.
        // Called straight from a call instruction when the host answers file operations, it is
        // a replayable unit (see `HostAnsweredFiles`).
        function("open") { vm, args throws(PythonError) in
            let open = try vm.getAttribute(try vm.importModule("io"), PyStr("open"))
            let positional = (0..<args.count).map { args[$0] }
            do throws(PythonError) {
                if vm.osState.hostFiles != nil, vm.isDirectCall(args) {
                    return try vm.runFileUnit { () throws(PythonError) -> Value in try vm.callValue(open, positional, keywordNames: args.keywordNames) }
                }
                return try vm.callValue(open, positional, keywordNames: args.keywordNames)
            } catch {
                error.exception.exception?.traceback.removeAll { $0.filename == "<io>" }
                throw error
            }
        }
        installConstructors()
    }
}

extension VM {
    func writeOutput(_ text: String, isError: Bool) throws(PythonError) {
        if maxOutputBytes >= 0 {
            let n = text.utf8.count
            if outputBytes + n > maxOutputBytes {
                throw limitExceeded(Builtins.shared.memoryError, "output limit exceeded (\(maxOutputBytes) bytes)")
            }
            outputBytes += n
        }
        output.write(text, isError: isError)
    }

    func stopIteration(_ value: Value) -> PyInstance {
        PyInstance(cls: Builtins.shared.stopIteration, exceptionArgs: value.isNone ? [] : [value])
    }

    static func modularInverse(_ a: BigInt, _ m: BigInt) throws(PythonError) -> BigInt? {
        var (oldR, r) = (try BigIntKernels.divide(a, m).remainder, m)
        if oldR < 0 { oldR += m.magnitude == 0 ? 0 : BigInt(m.magnitude) }
        var (oldS, s) = (BigInt(1), BigInt(0))
        while r != 0 {
            let (q, rest) = try BigIntKernels.divide(oldR, r)
            (oldR, r) = (r, rest)
            (oldS, s) = (s, BigIntKernels.subtract(oldS, try BigIntKernels.multiply(q, s)))
        }
        if oldR != 1 && oldR != -1 { return nil }
        return oldS * oldR
    }

    func isInstanceCheck(_ v: Value, _ spec: Value, name: String) throws(PythonError) -> Bool {
        // `spec` may be a tuple nested arbitrarily deep.
        guard StackGuard.hasRoom() else {
            throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded in __instancecheck__")
        }
        if let t = spec.asType {
            if typeOf(v).isSubtype(of: t) { return true }
            if let meta = t.metaclass, let hook = meta.lookup(PyStr("__instancecheck__")), hook.asObject?.kind != .builtinFunction {
                // A metaclass's `__instancecheck__` (ABCMeta's virtual subclasses).
                return try isTrue(try callValue(try bindDescriptor(hook, instance: .object(t), owner: meta), [v]))
            }
            // Without metaclasses, a class-level `__instancecheck__` classmethod stands in for
            // ABCMeta's (used by `collections.abc`).
            if !t.isBuiltin, let hook = t.lookup(PyStr("__instancecheck__")), hook.asObject?.kind == .classMethod {
                return try isTrue(try callValue(try bindDescriptor(hook, instance: .none, owner: t), with: v))
            }
            return false
        }
        if let tuple = spec.asTuple {
            for item in tuple.items where try isInstanceCheck(v, item, name: name) { return true }
            return false
        }
        if case .object(let o) = spec, let u = o as? PyUnion {
            for m in u.members where try (m.isNone ? v.isNone : isInstanceCheck(v, m, name: name)) { return true }
            return false
        }
        if case .object(let o) = spec, o is PyGenericAlias {
            throw makeError(Builtins.shared.typeError, "\(name)() argument 2 cannot be a parameterized generic")
        }
        if isUserInstance(spec), let r = try callSpecial(spec, PyStr("__instancecheck__"), [v]) {
            return try isTrue(r)
        }
        throw makeError(Builtins.shared.typeError, "\(name)() arg 2 must be a type, a tuple of types, or a union")
    }

    func isSubclassCheck(_ t: PyType, _ spec: Value) throws(PythonError) -> Bool {
        guard StackGuard.hasRoom() else {
            throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded in __subclasscheck__")
        }
        if let s = spec.asType {
            if t.isSubtype(of: s) { return true }
            if let meta = s.metaclass, let hook = meta.lookup(PyStr("__subclasscheck__")), hook.asObject?.kind != .builtinFunction {
                return try isTrue(try callValue(try bindDescriptor(hook, instance: .object(s), owner: meta), [.object(t)]))
            }
            if !s.isBuiltin, let hook = s.lookup(PyStr("__subclasscheck__")), hook.asObject?.kind == .classMethod {
                return try isTrue(try callValue(try bindDescriptor(hook, instance: .none, owner: s), with: .object(t)))
            }
            return false
        }
        if let tuple = spec.asTuple {
            for item in tuple.items where try isSubclassCheck(t, item) { return true }
            return false
        }
        if case .object(let o) = spec, let u = o as? PyUnion {
            for m in u.members where try (m.isNone ? t === Builtins.shared.noneType : isSubclassCheck(t, m)) { return true }
            return false
        }
        if case .object(let o) = spec, o is PyGenericAlias {
            throw makeError(Builtins.shared.typeError, "issubclass() argument 2 cannot be a parameterized generic")
        }
        if isUserInstance(spec), let r = try callSpecial(spec, PyStr("__subclasscheck__"), [.object(t)]) {
            return try isTrue(r)
        }
        throw makeError(Builtins.shared.typeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
    }

    func round(_ x: Value, _ nd: Value) throws(PythonError) -> Value {
        switch x {
        case .float(let d):
            if nd.isNone {
                do { return .bigInt(try NumberText.roundHalfEven(d)) } catch { throw VM.error(from: error) }
            }
            guard case .int(let n) = nd else {
                throw makeError(Builtins.shared.typeError, "'\(typeName(nd))' object cannot be interpreted as an integer")
            }
            do { return .float(try NumberText.round(d, ndigits: n)) } catch { throw VM.error(from: error) }
        case .int, .bool:
            let i: Int
            if case .bool(let b) = x { i = b ? 1 : 0 } else if case .int(let v) = x { i = v } else { i = 0 }
            if nd.isNone { return .int(i) }
            guard case .int(let n) = nd else {
                throw makeError(Builtins.shared.typeError, "'\(typeName(nd))' object cannot be interpreted as an integer")
            }
            if n >= 0 { return .int(i) }
            return .bigInt(try VM.roundInteger(BigInt(word: i), n))
        default:
            if let b = x.asBigInt?.value {
                if nd.isNone { return x }
                guard case .int(let n) = nd else {
                    throw makeError(Builtins.shared.typeError, "'\(typeName(nd))' object cannot be interpreted as an integer")
                }
                return n >= 0 ? x : .bigInt(try VM.roundInteger(b, n))
            }
            if isUserInstance(x), let r = try callSpecial(x, Names.round, nd.isNone ? [] : [nd]) { return r }
            throw makeError(Builtins.shared.typeError, "type \(typeName(x)) doesn't define __round__ method")
        }
    }

    /// Rounds an integer to a negative number of digits, half to even.
    static func roundInteger(_ v: BigInt, _ ndigits: Int) throws(PythonError) -> BigInt {
        if ndigits < -4000 { return 0 }
        let p = BigInt(10).power(-ndigits)
        let (q, r) = try PyNumber.floorDivMod(v, p)
        let twice = r * 2
        var result = q
        if twice > p || (twice == p && q % 2 != 0) { result += 1 }
        return try BigIntKernels.multiply(result, p)
    }

    func minMax(_ args: Arguments, isMax: Bool) throws(PythonError) -> Value {
        let name = isMax ? "max" : "min"
        try args.check(name, min: 1, max: Int.max, keywords: ["key", "default"], vm: self)
        let key = args.keyword("key") ?? .none
        let defaultValue = args.keyword("default")
        var items: [Value]
        if args.positionalCount == 1 {
            items = try iterateToArray(args[0])
            if items.isEmpty {
                if let d = defaultValue { return d }
                throw makeError(Builtins.shared.valueError, "\(name)() arg is an empty sequence")
            }
        } else {
            if defaultValue != nil {
                throw makeError(Builtins.shared.typeError, "Cannot specify a default for \(name)() with multiple positional arguments")
            }
            items = args.positional
        }
        var best = items[0]
        var bestKey = key.isNone ? best : try callValue(key, with: best)
        for item in items.dropFirst() {
            let k = key.isNone ? item : try callValue(key, with: item)
            let better = try isTrue(compare(isMax ? .gt : .lt, k, bestKey))
            if better {
                best = item
                bestKey = k
            }
        }
        return best
    }

    func reversedIterator(_ v: Value) throws(PythonError) -> Value {
        if case .object(let o) = v {
            switch o.kind {
            case .list:
                let l = unsafeDowncast(o, to: PyList.self)
                return listReverseIterator(l, start: l.items.count - 1)
            case .tuple, .range, .dictView, .dict:
                let items = try iterateToArray(v)
                let i = IteratorVariable(items.count - 1)
                return nativeIterator(.reversed) { _ throws(PythonError) in
                    let n = i.value
                    guard n >= 0 else { return nil }
                    i.value = n - 1
                    return items[n]
                }
            case .instance, .native:
                if let r = try callSpecial(v, Names.reversed, []) { return r }
                // dict subclasses (OrderedDict, Counter, ...) reverse their keys.
                if let base = builtinDelegate(v, for: Names.iter), base.asDict != nil { return try reversedIterator(base) }
                if lookupSpecial(v, Names.getitem) != nil, lookupSpecial(v, Names.len) != nil {
                    let i = IteratorVariable(try length(of: v) - 1)
                    return nativeIterator(.reversed) { vm throws(PythonError) in
                        let n = i.value
                        guard n >= 0 else { return nil }
                        do throws(PythonError) {
                            let item = try vm.getItem(v, .int(n))
                            i.value = n - 1
                            return item
                        } catch {
                            // As CPython: an IndexError (the sequence shrank) or StopIteration ends it.
                            let e = Value.object(error.exception)
                            guard vm.isInstance(e, Builtins.shared.indexError) || vm.isInstance(e, Builtins.shared.stopIteration) else { throw error }
                            i.value = -1
                            return nil
                        }
                    }
                }
            default: break
            }
        }
        if case .str(let s) = v {
            let scalars = Array(s.value.unicodeScalars)
            let i = IteratorVariable(scalars.count - 1)
            return nativeIterator(.reversed) { _ throws(PythonError) in
                let n = i.value
                guard n >= 0 else { return nil }
                i.value = n - 1
                return .str(PyStr.character(scalars[n]))
            }
        }
        if let b = v.asBytes {
            let i = IteratorVariable(b.bytes.count - 1)
            return nativeIterator(.reversed) { _ throws(PythonError) in
                let n = i.value
                guard n >= 0, n < b.bytes.count else { return nil }
                i.value = n - 1
                return .int(Int(b.bytes[n]))
            }
        }
        throw makeError(Builtins.shared.typeError, "'\(typeName(v))' object is not reversible")
    }

    /// `super()` and `super(type, obj)`.
    func makeSuper(_ args: Arguments) throws(PythonError) -> Value {
        if args.positionalCount >= 1 {
            guard let t = args[0].asType else {
                throw makeError(Builtins.shared.typeError, "super() argument 1 must be a type, not \(typeName(args[0]))")
            }
            if args.positionalCount == 1 { return .object(PySuper(startType: t, receiver: .none, receiverType: t)) }
            let obj = args[1]
            if let ot = obj.asType, ot.isSubtype(of: t) {
                return .object(PySuper(startType: t, receiver: obj, receiverType: ot))
            }
            guard isInstance(obj, t) else {
                throw makeError(Builtins.shared.typeError, "super(type, obj): obj must be an instance or subtype of type")
            }
            return .object(PySuper(startType: t, receiver: obj, receiverType: typeOf(obj)))
        }
        guard frameCount > 0 else { throw makeError(Builtins.shared.runtimeError, "super(): no current frame") }
        // Read in place: copying the frame would retain what it holds.
        let f = frames + (frameCount - 1)
        unowned(unsafe) let code = f.pointee.code
        let locals = f.pointee.locals
        // CPython checks for a first argument before looking for the `__class__` cell.
        if code.argCount == 0 && !code.hasVarArgs && code.qualname != "<module>" {
            throw makeError(Builtins.shared.runtimeError, "super(): no arguments")
        }
        let ci = code.classFreeIndex
        guard ci >= 0 else {
            throw makeError(Builtins.shared.runtimeError, "super(): __class__ cell not found")
        }
        guard let cell = locals[code.localCount + code.cellCount + ci].asCell, let t = cell.value.asType else {
            throw makeError(Builtins.shared.runtimeError, "super(): empty __class__ cell")
        }
        guard code.argCount > 0 || code.hasVarArgs else {
            throw makeError(Builtins.shared.runtimeError, "super(): no arguments")
        }
        var receiver = locals[0]
        if code.firstArgumentCellIndex >= 0, let c = locals[code.localCount + code.firstArgumentCellIndex].asCell {
            receiver = c.value
        }
        if case .unbound = receiver { throw makeError(Builtins.shared.runtimeError, "super(): arg[0] deleted") }
        if let rt = receiver.asType, rt.isSubtype(of: t) {
            return .object(PySuper(startType: t, receiver: receiver, receiverType: rt))
        }
        return .object(PySuper(startType: t, receiver: receiver, receiverType: typeOf(receiver)))
    }
}
