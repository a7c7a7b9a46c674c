/// The `bytes` methods beyond the core ones in `ContainerMethods.swift`: stripping and
/// splitting variants, `partition`, searching from the right, padding, case mapping and
/// `is*` tests with CPython's ASCII-only rules, `translate`/`maketrans`, `expandtabs`.
/// `bytearray` reuses them through `ByteArray.swift`.
enum BytesOps {
    static let whitespace: Set<UInt8> = [9, 10, 11, 12, 13, 32]

    static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    static func isAlpha(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b - 32 : b }
    static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b + 32 : b }

    static func lstrip(_ b: [UInt8], _ chars: [UInt8]?) -> [UInt8] {
        let set = chars.map(Set.init) ?? whitespace
        return Array(b.drop { set.contains($0) })
    }

    static func rstrip(_ b: [UInt8], _ chars: [UInt8]?) -> [UInt8] {
        let set = chars.map(Set.init) ?? whitespace
        var end = b.count
        while end > 0 && set.contains(b[end - 1]) { end -= 1 }
        return Array(b[0..<end])
    }

    /// Index of `sub` in `b[start..<end]` searching from the right, or -1.
    static func rfind(_ b: [UInt8], _ sub: [UInt8], start: Int, end: Int) -> Int {
        if sub.count > end - start { return -1 }
        var i = end - sub.count
        while i >= start {
            if b[i..<(i + sub.count)].elementsEqual(sub) { return i }
            i -= 1
        }
        return -1
    }

    static func find(_ b: [UInt8], _ sub: [UInt8], start: Int, end: Int) -> Int {
        if sub.count > end - start { return -1 }
        var i = start
        while i + sub.count <= end {
            if b[i..<(i + sub.count)].elementsEqual(sub) { return i }
            i += 1
        }
        return -1
    }

    /// (Both splitters poll the run's limits: millions of parts take seconds.)
    static func rsplit(_ b: [UInt8], sep: [UInt8]?, maxsplit: Int) throws(PythonError) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var end = b.count
        var splits = 0
        if let sep {
            while maxsplit < 0 || splits < maxsplit {
                let i = rfind(b, sep, start: 0, end: end)
                if i < 0 { break }
                if out.count & 1023 == 1023 { try RunInterrupt.poll() }
                out.append(Array(b[(i + sep.count)..<end]))
                end = i
                splits += 1
            }
            out.append(Array(b[0..<end]))
            return out.reversed()
        }
        var i = b.count
        while true {
            while i > 0 && whitespace.contains(b[i - 1]) { i -= 1 }
            if i == 0 { break }
            if maxsplit >= 0 && splits >= maxsplit {
                out.append(Array(b[0..<i]))
                break
            }
            let wordEnd = i
            while i > 0 && !whitespace.contains(b[i - 1]) { i -= 1 }
            if out.count & 1023 == 1023 { try RunInterrupt.poll() }
            out.append(Array(b[i..<wordEnd]))
            splits += 1
        }
        return out.reversed()
    }

    static func splitlines(_ b: [UInt8], keepends: Bool) throws(PythonError) -> [[UInt8]] {
        var out: [[UInt8]] = []
        var start = 0
        var i = 0
        while i < b.count {
            if b[i] == 10 || b[i] == 13 {
                var eol = i + 1
                if b[i] == 13 && i + 1 < b.count && b[i + 1] == 10 { eol = i + 2 }
                if out.count & 1023 == 1023 { try RunInterrupt.poll() }
                out.append(Array(b[start..<(keepends ? eol : i)]))
                start = eol
                i = eol
            } else {
                i += 1
            }
        }
        if start < b.count { out.append(Array(b[start...])) }
        return out
    }

    static func expandtabs(_ b: [UInt8], _ tabsize: Int) -> [UInt8] {
        var out: [UInt8] = []
        var column = 0
        for c in b {
            if c == 9 {
                if tabsize > 0 {
                    let n = tabsize - column % tabsize
                    out += [UInt8](repeating: 32, count: n)
                    column += n
                }
            } else {
                out.append(c)
                column = (c == 10 || c == 13) ? 0 : column + 1
            }
        }
        return out
    }

    static func title(_ b: [UInt8]) -> [UInt8] {
        var previousCased = false
        return b.map { c in
            let r = previousCased ? lower(c) : upper(c)
            previousCased = isAlpha(c)
            return r
        }
    }

    static func isTitle(_ b: [UInt8]) -> Bool {
        var previousCased = false
        var cased = false
        for c in b {
            if isUpper(c) {
                if previousCased { return false }
                previousCased = true
                cased = true
            } else if isLower(c) {
                if !previousCased { return false }
                previousCased = true
                cased = true
            } else {
                previousCased = false
            }
        }
        return cased
    }
}

extension Builtins {
    func installMoreBytesMethods() {
        let B = PyBytes.self
        /// A bytes-like argument, or CPython's TypeError.
        func bytesArg(_ vm: VM, _ v: Value, _ what: String = "a bytes-like object is required") throws(PythonError) -> [UInt8] {
            if let b = v.bytesLike { return b }
            throw vm.makeError(Builtins.shared.typeError, "\(what), not '\(vm.typeName(v))'")
        }
        /// A search argument: bytes-like or an int in range(256).
        func subArg(_ vm: VM, _ v: Value) throws(PythonError) -> [UInt8] {
            if let b = v.bytesLike { return b }
            if case .int(let i) = v {
                guard i >= 0 && i < 256 else { throw vm.makeError(Builtins.shared.valueError, "byte must be in range(0, 256)") }
                return [UInt8(i)]
            }
            throw vm.makeError(Builtins.shared.typeError, "argument should be integer or bytes-like object, not '\(vm.typeName(v))'")
        }
        func bounds(_ vm: VM, _ a: Arguments, _ count: Int) throws(PythonError) -> (Int, Int) {
            func norm(_ v: Value?, _ d: Int) throws(PythonError) -> Int {
                guard let v, !v.isNone else { return d }
                var i = try vm.indexValue(v)
                if i < 0 { i = max(0, i + count) }
                return min(i, count)
            }
            return (try norm(a.positionalCount > 1 ? a[1] : nil, 0), try norm(a.positionalCount > 2 ? a[2] : nil, count))
        }
        func stripArg(_ vm: VM, _ a: Arguments) throws(PythonError) -> [UInt8]? {
            guard a.positionalCount > 0, !a[0].isNone else { return nil }
            return try bytesArg(vm, a[0])
        }
        objectMethod(bytes, "lstrip", B, kinds: [.bytes], min: 0, max: 1) { vm, b, a throws(PythonError) in
            .object(PyBytes(BytesOps.lstrip(b.bytes, try stripArg(vm, a))))
        }
        objectMethod(bytes, "rstrip", B, kinds: [.bytes], min: 0, max: 1) { vm, b, a throws(PythonError) in
            .object(PyBytes(BytesOps.rstrip(b.bytes, try stripArg(vm, a))))
        }
        objectMethod(bytes, "rsplit", B, kinds: [.bytes], min: 0, max: 2, keywords: ["sep", "maxsplit"]) { vm, b, a throws(PythonError) in
            let sepValue = a.positionalCount > 0 ? a[0] : (a.keyword("sep") ?? .none)
            let maxsplit = a.positionalCount > 1 ? try vm.indexValue(a[1]) : try a.keyword("maxsplit").map { v throws(PythonError) in try vm.indexValue(v) } ?? -1
            var sep: [UInt8]? = nil
            if !sepValue.isNone {
                sep = try bytesArg(vm, sepValue)
                if sep!.isEmpty { throw vm.makeError(Builtins.shared.valueError, "empty separator") }
            }
            return .object(PyList(try vm.valuesPolling(try BytesOps.rsplit(b.bytes, sep: sep, maxsplit: maxsplit)) { .object(PyBytes($0)) }))
        }
        objectMethod(bytes, "splitlines", B, kinds: [.bytes], min: 0, max: 1, keywords: ["keepends"]) { vm, b, a throws(PythonError) in
            let keep = try (a.positionalCount > 0 ? a[0] : a.keyword("keepends")).map { v throws(PythonError) in try vm.isTrue(v) } ?? false
            return .object(PyList(try vm.valuesPolling(try BytesOps.splitlines(b.bytes, keepends: keep)) { .object(PyBytes($0)) }))
        }
        for (name, fromRight) in [("partition", false), ("rpartition", true)] {
            objectMethod(bytes, name, B, kinds: [.bytes], min: 1, max: 1) { vm, b, a throws(PythonError) in
                let sep = try bytesArg(vm, a[0])
                if sep.isEmpty { throw vm.makeError(Builtins.shared.valueError, "empty separator") }
                let i = fromRight ? BytesOps.rfind(b.bytes, sep, start: 0, end: b.bytes.count) : BytesOps.find(b.bytes, sep, start: 0, end: b.bytes.count)
                if i < 0 {
                    let whole: Value = .object(PyBytes(b.bytes)), empty: Value = .object(PyBytes([]))
                    return .object(PyTuple(fromRight ? [empty, empty, whole] : [whole, empty, empty]))
                }
                return .object(PyTuple([.object(PyBytes(Array(b.bytes[0..<i]))), .object(PyBytes(sep)),
                                        .object(PyBytes(Array(b.bytes[(i + sep.count)...])))]))
            }
        }
        for (name, fromRight, raises) in [("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
            objectMethod(bytes, name, B, kinds: [.bytes], min: 1, max: 3) { vm, b, a throws(PythonError) in
                let sub = try subArg(vm, a[0])
                let (start, end) = try bounds(vm, a, b.bytes.count)
                let i = fromRight ? BytesOps.rfind(b.bytes, sub, start: start, end: end) : BytesOps.find(b.bytes, sub, start: start, end: end)
                if i < 0 && raises { throw vm.makeError(Builtins.shared.valueError, "subsection not found") }
                return .int(i)
            }
        }
        for (name, isPrefix) in [("removeprefix", true), ("removesuffix", false)] {
            objectMethod(bytes, name, B, kinds: [.bytes], min: 1, max: 1) { vm, b, a throws(PythonError) in
                let affix = try bytesArg(vm, a[0])
                if isPrefix, b.bytes.starts(with: affix) { return .object(PyBytes(Array(b.bytes.dropFirst(affix.count)))) }
                if !isPrefix, !affix.isEmpty, b.bytes.count >= affix.count, Array(b.bytes.suffix(affix.count)) == affix {
                    return .object(PyBytes(Array(b.bytes.dropLast(affix.count))))
                }
                return .object(PyBytes(b.bytes))
            }
        }
        for name in ["center", "ljust", "rjust"] {
            objectMethod(bytes, name, B, kinds: [.bytes], min: 1, max: 2) { vm, b, a throws(PythonError) in
                let width = try vm.indexValue(a[0])
                var fill: UInt8 = 32
                if a.positionalCount > 1 {
                    guard let f = a[1].bytesLike, f.count == 1 else {
                        throw vm.makeError(Builtins.shared.typeError, "\(name)() argument 2 must be a byte string of length 1, not \(vm.typeName(a[1]))")
                    }
                    fill = f[0]
                }
                let n = b.bytes.count
                guard width > n else { return .object(PyBytes(b.bytes)) }
                try vm.checkAllocation(width, times: 1, itemSize: 1)
                let extra = width - n
                let left: Int
                switch name {
                case "ljust": left = 0
                case "rjust": left = extra
                default: left = extra / 2 + (extra & width & 1)
                }
                return .object(PyBytes([UInt8](repeating: fill, count: left) + b.bytes + [UInt8](repeating: fill, count: extra - left)))
            }
        }
        objectMethod(bytes, "zfill", B, kinds: [.bytes], min: 1, max: 1) { vm, b, a throws(PythonError) in
            let width = try vm.indexValue(a[0])
            let n = b.bytes.count
            guard width > n else { return .object(PyBytes(b.bytes)) }
            try vm.checkAllocation(width, times: 1, itemSize: 1)
            var out = [UInt8](repeating: 0x30, count: width - n) + b.bytes
            if let first = b.bytes.first, first == 0x2B || first == 0x2D {
                out[0] = first
                out[width - n] = 0x30
            }
            return .object(PyBytes(out))
        }
        objectMethod(bytes, "expandtabs", B, kinds: [.bytes], min: 0, max: 1, keywords: ["tabsize"]) { vm, b, a throws(PythonError) in
            let size = try (a.positionalCount > 0 ? a[0] : a.keyword("tabsize")).map { v throws(PythonError) in try vm.indexValue(v) } ?? 8
            // The result may be huge (`b"\t" * n` with a large tabsize): size it first.
            let tabs = b.bytes.reduce(0) { $0 + ($1 == 9 ? 1 : 0) }
            if tabs > 0 && size > 0 {
                let (perTab, o1) = tabs.multipliedReportingOverflow(by: size)
                let (total, o2) = perTab.addingReportingOverflow(b.bytes.count)
                if o1 || o2 { throw vm.makeError(Builtins.shared.overflowError, "result too long") }
                try vm.checkAllocation(total, times: 1, itemSize: 1)
            }
            return .object(PyBytes(BytesOps.expandtabs(b.bytes, size)))
        }
        let mappings: [(String, ([UInt8]) -> [UInt8])] = [
            ("capitalize", { b in b.isEmpty ? b : [BytesOps.upper(b[0])] + b.dropFirst().map(BytesOps.lower) }),
            ("swapcase", { b in b.map { BytesOps.isUpper($0) ? BytesOps.lower($0) : BytesOps.upper($0) } }),
            ("title", BytesOps.title),
        ]
        for (name, f) in mappings {
            objectMethod(bytes, name, B, kinds: [.bytes]) { _, b, _ throws(PythonError) in .object(PyBytes(f(b.bytes))) }
        }
        let tests: [(String, ([UInt8]) -> Bool)] = [
            ("isalnum", { b in !b.isEmpty && b.allSatisfy { BytesOps.isAlpha($0) || BytesOps.isDigit($0) } }),
            ("isalpha", { b in !b.isEmpty && b.allSatisfy(BytesOps.isAlpha) }),
            ("isascii", { b in b.allSatisfy { $0 < 0x80 } }),
            ("isdigit", { b in !b.isEmpty && b.allSatisfy(BytesOps.isDigit) }),
            ("isspace", { b in !b.isEmpty && b.allSatisfy { BytesOps.whitespace.contains($0) } }),
            ("islower", { b in b.contains(where: BytesOps.isLower) && !b.contains(where: BytesOps.isUpper) }),
            ("isupper", { b in b.contains(where: BytesOps.isUpper) && !b.contains(where: BytesOps.isLower) }),
            ("istitle", BytesOps.isTitle),
        ]
        for (name, f) in tests {
            objectMethod(bytes, name, B, kinds: [.bytes]) { _, b, _ throws(PythonError) in .bool(f(b.bytes)) }
        }
        objectMethod(bytes, "translate", B, kinds: [.bytes], min: 1, max: 2, keywords: ["delete"]) { vm, b, a throws(PythonError) in
            var table: [UInt8]? = nil
            if !a[0].isNone {
                table = try bytesArg(vm, a[0])
                if table!.count != 256 { throw vm.makeError(Builtins.shared.valueError, "translation table must be 256 characters long") }
            }
            let deleteValue = a.positionalCount > 1 ? a[1] : a.keyword("delete")
            let delete = try deleteValue.map { v throws(PythonError) in Set(try bytesArg(vm, v)) } ?? []
            var out: [UInt8] = []
            for c in b.bytes where !delete.contains(c) { out.append(table?[Int(c)] ?? c) }
            return .object(PyBytes(out))
        }
        let maketrans = PyBuiltinFunction(name: "maketrans", owner: "bytes") { vm, args throws(PythonError) in
            try args.check("maketrans", min: 2, max: 2, vm: vm)
            let from = try bytesArg(vm, args[0]), to = try bytesArg(vm, args[1])
            guard from.count == to.count else { throw vm.makeError(Builtins.shared.valueError, "maketrans arguments must have same length") }
            var table = (0...255).map { UInt8($0) }
            for (f, t) in zip(from, to) { table[Int(f)] = t }
            return .object(PyBytes(table))
        }
        bytes.dict.setString(PyStr(frozen: "maketrans"), .object(PyMethodWrapper(function: .object(maketrans), isClassMethod: false)))
        // `startswith`/`endswith` with a tuple of affixes and start/end, like CPython.
        for (name, atStart) in [("startswith", true), ("endswith", false)] {
            objectMethod(bytes, name, B, kinds: [.bytes], min: 1, max: 3) { vm, b, a throws(PythonError) in
                let affixes: [[UInt8]]
                if let tu = a[0].asTuple {
                    var list: [[UInt8]] = []
                    for item in tu.items {
                        guard let x = item.bytesLike else {
                            throw vm.makeError(Builtins.shared.typeError, "a bytes-like object is required, not '\(vm.typeName(item))'")
                        }
                        list.append(x)
                    }
                    affixes = list
                } else if let x = a[0].bytesLike {
                    affixes = [x]
                } else {
                    throw vm.makeError(Builtins.shared.typeError, "\(name) first arg must be bytes or a tuple of bytes, not \(vm.typeName(a[0]))")
                }
                let (start, end) = try bounds(vm, a, b.bytes.count)
                if start > end { return .bool(false) }
                let window = b.bytes[start..<end]
                for x in affixes {
                    if atStart ? window.starts(with: x) : (window.count >= x.count && window.suffix(x.count).elementsEqual(x)) { return .bool(true) }
                }
                return .bool(false)
            }
        }
        objectMethod(bytes, "find", B, kinds: [.bytes], min: 1, max: 3) { vm, b, a throws(PythonError) in
            let sub = try subArg(vm, a[0])
            let (start, end) = try bounds(vm, a, b.bytes.count)
            if start > end { return .int(-1) }
            return .int(BytesOps.find(b.bytes, sub, start: start, end: end))
        }
        // `count` with start/end and int arguments, like CPython.
        objectMethod(bytes, "count", B, kinds: [.bytes], min: 1, max: 3) { vm, b, a throws(PythonError) in
            let sub = try subArg(vm, a[0])
            let (start, end) = try bounds(vm, a, b.bytes.count)
            if start > end { return .int(0) }
            return .int(StrOps.bytesCount(Array(b.bytes[start..<end]), sub))
        }
    }
}
