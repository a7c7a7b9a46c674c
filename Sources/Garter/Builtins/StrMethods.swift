/// Methods of `str` (the algorithms live in `StrOps`).
extension Builtins {
    /// Registers a `str` method; `body` gets the receiver and the arguments after it.
    func strMethod(_ name: String, min: Int = 0, max: Int = 0, keywords: [String] = [], _ body: @escaping (VM, PyStr, Arguments) throws(PythonError) -> Value) {
        // The receiver check is done here (a `str` or an instance of a `str` subclass), so
        // `method` adds no checking closure of its own.
        let strType = str
        // The methods CPython parses with PyArg_ParseTuple(AndKeywords) word their argument
        // errors differently from the positional-only argument clinic ones.
        let parsed = !keywords.isEmpty || Builtins.parsedStrMethods.contains(name)
        @inline(__always) func checkArguments(_ rest: Arguments, _ vm: VM) throws(PythonError) {
            if parsed {
                try rest.checkParsed(name, min: min, max: max, keywords: keywords, vm: vm)
            } else {
                try rest.check("str.\(name)", min: min, max: max, keywords: keywords, vm: vm)
            }
        }
        method(str, name, checkReceiver: false) { vm, args throws(PythonError) in
            guard args.count > 0 else { throw Builtins.receiverError(vm, strType, name, args) }
            let rest = args.droppingFirst
            if let direct = args.base.borrowedStr(tag: vm.strTag) {
                // The receiver's stack slot keeps it alive: borrowed, no retain.
                try checkArguments(rest, vm)
                return try direct.withBorrowed { s throws(PythonError) in try body(vm, s, rest) }
            }
            guard case .str(let s) = vm.builtinBase(args[0]) else {
                throw Builtins.receiverError(vm, strType, name, args)
            }
            try checkArguments(rest, vm)
            return try body(vm, s, rest)
        }
    }

    /// The `str` methods without keywords that CPython 3.11 still parses with
    /// `PyArg_ParseTuple` ("find() takes at most 3 arguments (4 given)").
    static let parsedStrMethods: Set<String> = ["count", "endswith", "find", "index", "rfind", "rindex", "startswith"]

    /// `separator.join(items)`: measures the parts first, then copies their UTF-8 bytes
    /// once into a string of the final size.
    static func joinStrings(_ vm: VM, separator: PyStr, _ items: [Value]) throws(PythonError) -> Value {
        if items.isEmpty { return .str(PyStr.empty) }
        // CPython returns a lone exact `str` item itself.
        if items.count == 1, case .str = items[0] { return items[0] }
        if let joined = try joinExactStrings(vm, separator: separator, items) { return joined }
        // Some item is not an exact `str`: a subclass instance joins by its string value,
        // anything else is an error.
        var parts: [Value] = []
        parts.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            if case .str = item {
                parts.append(item)
            } else if case .str(let p) = vm.builtinBase(item) {
                parts.append(.str(p))
            } else {
                throw vm.makeError(Builtins.shared.typeError, "sequence item \(index): expected str instance, \(vm.typeName(item)) found")
            }
        }
        if parts.count == 1 { return parts[0] }
        guard let joined = try joinExactStrings(vm, separator: separator, parts) else {
            throw vm.makeError(Builtins.shared.systemError, "str.join: parts are not strings")
        }
        return joined
    }

    /// `separator.join(g)` for a generator, consumed in chunks: each chunk's items are joined
    /// and freed before the next one runs, so only the joined text stays alive, not every
    /// item at once (`"".join(f"{k}={v}" for ...)` of 100 000 parts peaked 8 MB higher).
    ///
    /// CPython materializes the whole iterable before it checks a single item, so the same
    /// happens here: after an item that is not a `str` the generator still runs to its end
    /// (its effects and exceptions come first), and then the first such item is reported.
    static func joinGenerator(_ vm: VM, separator: PyStr, _ g: PyGenerator) throws(PythonError) -> Value {
        let chunkSize = 4096
        var pieces: [Value] = []
        var seen = 0
        var firstBad: (index: Int, typeName: String)? = nil
        while true {
            let chunk = try vm.drainGenerator(g, limit: chunkSize)
            if firstBad == nil && !chunk.isEmpty {
                if chunk.count > 1, let joined = try joinExactStrings(vm, separator: separator, chunk) {
                    pieces.append(joined)
                } else if let bad = firstNonString(vm, chunk) {
                    firstBad = (seen &+ bad, vm.typeName(chunk[bad]))
                } else {
                    pieces.append(try joinStrings(vm, separator: separator, chunk))
                }
            }
            seen &+= chunk.count
            // A full chunk leaves the generator suspended after its last item.
            if chunk.count < chunkSize || VM.consumableGenerator(.object(g)) == nil { break }
        }
        if let firstBad {
            throw vm.makeError(Builtins.shared.typeError, "sequence item \(firstBad.index): expected str instance, \(firstBad.typeName) found")
        }
        return try joinStrings(vm, separator: separator, pieces)
    }

    /// The index of the first item that does not join as a string (neither an exact `str`
    /// nor an instance of a `str` subclass), if any.
    private static func firstNonString(_ vm: VM, _ items: [Value]) -> Int? {
        for i in items.indices {
            if case .str = items[i] { continue }
            if case .str = vm.builtinBase(items[i]) { continue }
            return i
        }
        return nil
    }

    /// ``joinStrings(_:separator:_:)`` for two or more items when every one is an exact `str`
    /// (nil otherwise): the items are read through borrowed references, so a join of n short
    /// strings costs no reference-count traffic per item.
    private static func joinExactStrings(_ vm: VM, separator: PyStr, _ items: [Value]) throws(PythonError) -> Value? {
        let count = items.count
        return try items.withUnsafeBufferPointer { buffer throws(PythonError) -> Value? in
            guard let base = buffer.baseAddress else { return nil }
            let slots = UnsafeMutablePointer(mutating: base)
            guard let (total, asciiParts) = StrValueOps.measure(slots, count: count) else { return nil }
            let separatorBytes = separator.value.utf8.count
            let (separators, o1) = separatorBytes.multipliedReportingOverflow(by: count - 1)
            let (length, o2) = total.addingReportingOverflow(separators)
            if o1 || o2 { throw vm.makeError(Builtins.shared.memoryError, "") }
            try vm.checkAllocation(length, times: 1, itemSize: 1)
            let text = StrValueOps.concatenate(slots, count: count, separator: separator.value, length: length)
            return .str(PyStr(text, isASCII: asciiParts && separator.isASCII))
        }
    }

    func installStrMethods() {
        func optionalInt(_ vm: VM, _ v: Value?) throws(PythonError) -> Int? {
            guard let v, !v.isNone else { return nil }
            return try vm.indexValue(v)
        }
        /// The str argument `v`; otherwise a TypeError "<what> must be str, not T" (just
        /// "must be str, not T" for an empty `what`).
        func strArg(_ vm: VM, _ v: Value, _ what: @autoclosure () -> String) throws(PythonError) -> String {
            guard case .str(let s) = v else {
                let prefix = what()
                throw vm.makeError(Builtins.shared.typeError, (prefix.isEmpty ? "" : prefix + " ") + "must be str, not \(vm.typeName(v))")
            }
            return s.value
        }
        func optionalStr(_ vm: VM, _ v: Value?, _ what: @autoclosure () -> String) throws(PythonError) -> String? {
            guard let v, !v.isNone else { return nil }
            return try strArg(vm, v, what())
        }
        let caseMaps: [(String, (String) -> String)] = [
            ("upper", StrOps.upper), ("lower", StrOps.lower), ("casefold", StrOps.casefold),
            ("swapcase", StrOps.swapcase), ("title", StrOps.title), ("capitalize", StrOps.capitalize),
        ]
        for (name, f) in caseMaps {
            strMethod(name) { _, s, _ throws(PythonError) in
                // ASCII stays ASCII under every case mapping.
                s.isASCII ? .str(PyStr(f(s.value), isASCII: true)) : .str(PyStr(f(s.value)))
            }
        }
        let predicates: [(String, (String) -> Bool)] = [
            ("isdigit", StrOps.isdigit), ("isdecimal", StrOps.isdecimal), ("isnumeric", StrOps.isnumeric),
            ("isalpha", StrOps.isalpha), ("isalnum", StrOps.isalnum), ("isspace", StrOps.isspace),
            ("isupper", StrOps.isupper), ("islower", StrOps.islower), ("istitle", StrOps.istitle),
            ("isidentifier", StrOps.isidentifier), ("isprintable", StrOps.isprintable), ("isascii", StrOps.isascii),
        ]
        for (name, f) in predicates {
            strMethod(name) { _, s, _ throws(PythonError) in .bool(f(s.value)) }
        }
        for name in ["split", "rsplit"] {
            let reverse = name == "rsplit"
            strMethod(name, min: 0, max: Int.max, keywords: ["sep", "maxsplit"]) { vm, s, a throws(PythonError) in
                if a.count > 2 {
                    throw vm.makeError(Builtins.shared.typeError, "\(name)() takes at most 2 arguments (\(a.count) given)")
                }
                let sepArg = a.positionalCount > 0 ? a[0] : a.keyword("sep")
                if let v = sepArg, !v.isNone, v.asString == nil {
                    throw vm.makeError(Builtins.shared.typeError, "must be str or None, not \(vm.typeName(v))")
                }
                let sep = try optionalStr(vm, sepArg, "sep")
                let maxsplit = try optionalInt(vm, a.positionalCount > 1 ? a[1] : a.keyword("maxsplit")) ?? -1
                return .object(PyList(try vm.py { try StrValueOps.split(s, sep, maxsplit, reverse: reverse) }))
            }
        }
        strMethod("splitlines", min: 0, max: 1, keywords: ["keepends"]) { vm, s, a throws(PythonError) in
            let keep = try vm.isTrue(a.positionalCount > 0 ? a[0] : (a.keyword("keepends") ?? .bool(false)))
            return .object(PyList(try vm.py { try StrValueOps.splitlines(s, keepends: keep) }))
        }
        for name in ["strip", "lstrip", "rstrip"] {
            let left = name != "rstrip", right = name != "lstrip"
            strMethod(name, min: 0, max: 1) { vm, s, a throws(PythonError) in
                if a.positionalCount == 0, StrOps.hasNoOuterSpace(s.value, left: left, right: right) {
                    // Nothing to strip (the usual case for words): the string itself.
                    return .str(s)
                }
                if a.positionalCount > 0, !a[0].isNone, a[0].asString == nil {
                    throw vm.makeError(Builtins.shared.typeError, "\(name) arg must be None or str")
                }
                let chars = try optionalStr(vm, a.positionalCount > 0 ? a[0] : nil, "\(name) arg")
                let stripped = StrOps.stripStr(s.value, chars, left: left, right: right)
                // Nothing stripped: the (exact) string itself, as in CPython.
                if stripped.utf8.count == s.value.utf8.count { return .str(s) }
                return .str(s.isASCII ? PyStr(stripped, isASCII: true) : PyStr(stripped))
            }
        }
        strMethod("join", min: 1, max: 1) { vm, s, a throws(PythonError) in
            let iterable = a[0]
            if case .object(let o) = iterable, o.kind == .list {
                return try Builtins.joinStrings(vm, separator: s, unsafeDowncast(o, to: PyList.self).items)
            }
            if case .object(let o) = iterable, o.kind == .tuple {
                return try Builtins.joinStrings(vm, separator: s, unsafeDowncast(o, to: PyTuple.self).array)
            }
            if let g = VM.consumableGenerator(iterable) {
                return try Builtins.joinGenerator(vm, separator: s, g)
            }
            let items: [Value]
            do throws(PythonError) {
                items = try vm.iterateToArray(iterable)
            } catch {
                if error.exception.cls === Builtins.shared.typeError && vm.isNotIterableType(iterable) {
                    throw vm.makeError(Builtins.shared.typeError, "can only join an iterable")
                }
                throw error
            }
            return try Builtins.joinStrings(vm, separator: s, items)
        }
        for name in ["find", "rfind", "index", "rindex", "count"] {
            // Decided once here, not by comparing names on every call.
            let isCount = name == "count", reverse = name.hasPrefix("r"), raises = name.hasSuffix("index")
            strMethod(name, min: 1, max: 3) { vm, s, a throws(PythonError) in
                let sub = try strArg(vm, a[0], "")
                let start = try optionalInt(vm, a.positionalCount > 1 ? a[1] : nil)
                let end = try optionalInt(vm, a.positionalCount > 2 ? a[2] : nil)
                if s.isASCII && (start != nil || end != nil) {
                    // Code point offsets are byte offsets: skip the O(n) ASCII scan and index walk.
                    let r = StrOps.withBytes(s.value) { b in StrOps.withBytes(sub) { n in
                        isCount ? StrOps.countImpl(b, n, start, end, bytesMode: true)
                            : StrOps.findImpl(b, n, start, end, reverse: reverse, bytesMode: true)
                    } }
                    if r < 0 && raises {
                        throw vm.makeError(Builtins.shared.valueError, "substring not found")
                    }
                    return .int(r)
                }
                switch (isCount, reverse, raises) {
                case (true, _, _): return .int(StrOps.count(s.value, sub, start: start, end: end))
                case (false, false, false): return .int(StrOps.find(s.value, sub, start: start, end: end))
                case (false, true, false): return .int(StrOps.rfind(s.value, sub, start: start, end: end))
                case (false, false, true): return .int(try vm.py { try StrOps.index(s.value, sub, start: start, end: end) })
                case (false, true, true): return .int(try vm.py { try StrOps.rindex(s.value, sub, start: start, end: end) })
                }
            }
        }
        strMethod("replace", min: 2, max: 3) { vm, s, a throws(PythonError) in
            let old = try strArg(vm, a[0], "replace() argument 1")
            let new = try strArg(vm, a[1], "replace() argument 2")
            let count = try optionalInt(vm, a.positionalCount > 2 ? a[2] : nil) ?? -1
            guard let replaced = try vm.py({ try StrOps.replacement(s.value, old: old, new: new, count: count) }) else { return .str(s) }
            return .str(PyStr(replaced))
        }
        for name in ["startswith", "endswith"] {
            let atStart = name == "startswith"
            strMethod(name, min: 1, max: 3) { vm, s, a throws(PythonError) in
                let start = try optionalInt(vm, a.positionalCount > 1 ? a[1] : nil)
                let end = try optionalInt(vm, a.positionalCount > 2 ? a[2] : nil)
                if case .str(let p) = a[0] {
                    let hit = atStart ? StrOps.startswith(s.value, p.value, start: start, end: end) : StrOps.endswith(s.value, p.value, start: start, end: end)
                    return .bool(hit)
                }
                var candidates: [String] = []
                if let t = a[0].asTuple {
                    for item in t.items {
                        guard case .str(let p) = item else {
                            throw vm.makeError(Builtins.shared.typeError, "tuple for \(name) must only contain str, not \(vm.typeName(item))")
                        }
                        candidates.append(p.value)
                    }
                } else {
                    throw vm.makeError(Builtins.shared.typeError, "\(name) first arg must be str or a tuple of str, not \(vm.typeName(a[0]))")
                }
                for c in candidates {
                    let hit = atStart ? StrOps.startswith(s.value, c, start: start, end: end) : StrOps.endswith(s.value, c, start: start, end: end)
                    if hit { return .bool(true) }
                }
                return .bool(false)
            }
        }
        for name in ["partition", "rpartition"] {
            let reverse = name == "rpartition"
            strMethod(name, min: 1, max: 1) { vm, s, a throws(PythonError) in
                _ = try strArg(vm, a[0], "")
                guard case .str(let sep) = a[0] else { return .none }
                let (x, y, z) = try vm.py { try StrValueOps.partition(s, sep, reverse: reverse) }
                return .object(PyTuple([x, y, z]))
            }
        }
        // These return the string itself when nothing changes, as CPython does (no copy).
        strMethod("removeprefix", min: 1, max: 1) { vm, s, a throws(PythonError) in
            let r = StrOps.removeprefix(s.value, try strArg(vm, a[0], "removeprefix() argument"))
            return r.utf8.count == s.value.utf8.count ? .str(s) : .str(PyStr(r))
        }
        strMethod("removesuffix", min: 1, max: 1) { vm, s, a throws(PythonError) in
            let r = StrOps.removesuffix(s.value, try strArg(vm, a[0], "removesuffix() argument"))
            return r.utf8.count == s.value.utf8.count ? .str(s) : .str(PyStr(r))
        }
        for name in ["center", "ljust", "rjust"] {
            strMethod(name, min: 1, max: 2) { vm, s, a throws(PythonError) in
                let width = try vm.indexValue(a[0])
                var fill: Unicode.Scalar = " "
                if a.positionalCount > 1 {
                    guard case .str(let f) = a[1], f.count == 1 else {
                        throw vm.makeError(Builtins.shared.typeError, "The fill character must be exactly one character long")
                    }
                    fill = f.value.unicodeScalars.first!
                }
                if width <= s.count { return .str(s) }
                return .str(PyStr(try vm.py {
                    switch name {
                    case "center": return try StrOps.center(s.value, width: width, fill: fill)
                    case "ljust": return try StrOps.ljust(s.value, width: width, fill: fill)
                    default: return try StrOps.rjust(s.value, width: width, fill: fill)
                    }
                }))
            }
        }
        strMethod("zfill", min: 1, max: 1) { vm, s, a throws(PythonError) in
            let width = try vm.indexValue(a[0])
            if width <= s.count { return .str(s) }
            return .str(PyStr(try vm.py { try StrOps.zfill(s.value, width: width) }))
        }
        strMethod("expandtabs", min: 0, max: 1, keywords: ["tabsize"]) { vm, s, a throws(PythonError) in
            let size = try optionalInt(vm, a.positionalCount > 0 ? a[0] : a.keyword("tabsize")) ?? 8
            if !s.value.utf8.contains(0x09) { return .str(s) }
            return .str(PyStr(try vm.py { try StrOps.expandtabs(s.value, tabsize: size) }))
        }
        strMethod("encode", min: 0, max: 2, keywords: ["encoding", "errors"]) { vm, s, a throws(PythonError) in
            for (i, name) in ["encoding", "errors"].enumerated() {
                if let v = a.positionalCount > i ? a[i] : a.keyword(name) {
                    guard case .str = v else { throw vm.makeError(Builtins.shared.typeError, "encode() argument '\(name)' must be str, not \(vm.typeName(v))") }
                }
            }
            let enc = a.positionalCount > 0 ? a[0].asString ?? "utf-8" : a.keyword("encoding")?.asString ?? "utf-8"
            let errors = a.positionalCount > 1 ? a[1].asString ?? "strict" : a.keyword("errors")?.asString ?? "strict"
            return try vm.encodeString(s.value, encoding: enc, errors: errors)
        }
        strMethod("format", min: 0, max: Int.max, keywords: ["*"]) { vm, s, a throws(PythonError) in
            var kwargs: [String: Value] = [:]
            for (i, k) in a.keywordNames.enumerated() { kwargs[k.value] = a[a.positionalCount + i] }
            return .str(PyStr(try vm.formatTemplate(s.value, positional: a.positional, keywords: kwargs, mapping: nil)))
        }
        strMethod("format_map", min: 1, max: 1) { vm, s, a throws(PythonError) in
            .str(PyStr(try vm.formatTemplate(s.value, positional: [], keywords: [:], mapping: a[0])))
        }
        strMethod("translate", min: 1, max: 1) { vm, s, a throws(PythonError) in
            let table = a[0]
            var out = ""
            for u in s.value.unicodeScalars {
                let mapped: Value?
                do throws(PythonError) {
                    mapped = try vm.getItem(table, .int(Int(u.value)))
                } catch {
                    if error.exception.cls.isSubtype(of: Builtins.shared.lookupError) { out.unicodeScalars.append(u); continue }
                    throw error
                }
                switch mapped! {
                case .none: continue
                case .str(let r): out += r.value
                case .int(let i):
                    guard i >= 0, i < 0x110000, let c = Unicode.Scalar(UInt32(i)) else {
                        throw vm.makeError(Builtins.shared.valueError, "character mapping must be in range(0x110000)")
                    }
                    out.unicodeScalars.append(c)
                default:
                    throw vm.makeError(Builtins.shared.typeError, "character mapping must return integer, None or str")
                }
            }
            return .str(PyStr(out))
        }
        staticMethod(str, "maketrans") { vm, args throws(PythonError) in
            try args.check("maketrans", min: 1, max: 3, vm: vm)
            let d = PyDict()
            if args.positionalCount == 1 {
                guard let src = args[0].asDict else {
                    throw vm.makeError(Builtins.shared.typeError, "if you give only one argument to maketrans it must be a dict")
                }
                for (k, v) in src.items {
                    switch k {
                    case .str(let ks):
                        guard ks.count == 1 else { throw vm.makeError(Builtins.shared.valueError, "string keys in translate table must be of length 1") }
                        try d.set(.int(Int(ks.value.unicodeScalars.first!.value)), v, vm: vm)
                    case .int: try d.set(k, v, vm: vm)
                    default: throw vm.makeError(Builtins.shared.typeError, "keys in translate table must be strings or integers")
                    }
                }
                return .object(d)
            }
            guard case .str(let x) = args[0], case .str(let y) = args[1] else {
                throw vm.makeError(Builtins.shared.typeError, "maketrans() argument 2 must be str, not \(vm.typeName(args[1]))")
            }
            let xs = Array(x.value.unicodeScalars), ys = Array(y.value.unicodeScalars)
            guard xs.count == ys.count else {
                throw vm.makeError(Builtins.shared.valueError, "the first two maketrans arguments must have equal length")
            }
            for (a, b) in zip(xs, ys) { try d.set(.int(Int(a.value)), .int(Int(b.value)), vm: vm) }
            if args.positionalCount > 2, case .str(let z) = args[2] {
                for c in z.value.unicodeScalars { try d.set(.int(Int(c.value)), .none, vm: vm) }
            }
            return .object(d)
        }
        strMethod("__len__") { _, s, _ throws(PythonError) in .int(s.count) }
        strMethod("__contains__", min: 1, max: 1) { vm, s, a throws(PythonError) in .bool(try vm.contains(.str(s), a[0])) }
        strMethod("__getitem__", min: 1, max: 1) { vm, s, a throws(PythonError) in try vm.getItem(.str(s), a[0]) }
        strMethod("__str__") { _, s, _ throws(PythonError) in .str(s) }
        strMethod("__repr__") { _, s, _ throws(PythonError) in .str(PyStr(StrOps.repr(s.value))) }
        strMethod("__format__", min: 1, max: 1) { vm, s, a throws(PythonError) in .str(PyStr(try vm.format(.str(s), a[0].asString ?? ""))) }
        strMethod("__eq__", min: 1, max: 1) { vm, s, a throws(PythonError) in try vm.compare(.eq, .str(s), a[0]) }
        strMethod("__lt__", min: 1, max: 1) { vm, s, a throws(PythonError) in try vm.compare(.lt, .str(s), a[0]) }
        strMethod("__add__", min: 1, max: 1) { vm, s, a throws(PythonError) in try vm.binaryOperation(.add, .str(s), a[0], inplace: false) }
        strMethod("__mul__", min: 1, max: 1) { vm, s, a throws(PythonError) in try vm.binaryOperation(.mul, .str(s), a[0], inplace: false) }
        strMethod("__mod__", min: 1, max: 1) { vm, s, a throws(PythonError) in try vm.percentFormat(s.value, a[0]) }
        strMethod("__hash__") { _, s, _ throws(PythonError) in .int(s.hash) }
    }
}

extension VM {
    /// `str.format` / `str.format_map`.
    func formatTemplate(_ template: String, positional: [Value], keywords: [String: Value], mapping: Value?, depth: Int = 2, autoNumber: inout FormatAutoNumber) throws(PythonError) -> String {
        let pieces: [FormatTemplatePiece]
        if depth == 2 {
            let parsed = formatTemplates.pieces(for: template) { StrOps.parseFormatTemplateLenient($0, recursionDepth: 2) }
            if let error = parsed.error { throw VM.error(from: error) }
            pieces = parsed.pieces
        } else {
            pieces = try py { try StrOps.parseFormatTemplate(template, recursionDepth: depth) }
        }
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let s): out += s
            case .field(let field):
                let key = try py { try autoNumber.resolve(field.key) }
                var value: Value
                switch key {
                case .index(let i):
                    guard i < positional.count else {
                        throw makeError(Builtins.shared.indexError, "Replacement index \(i) out of range for positional args tuple")
                    }
                    value = positional[i]
                case .name(let n):
                    if let m = mapping {
                        value = try getItem(m, .str(PyStr(n)))
                    } else {
                        guard let v = keywords[n] else { throw PythonError(keyError(.str(PyStr(n)))) }
                        value = v
                    }
                case .auto:
                    value = .none
                }
                for accessor in field.accessors {
                    switch accessor {
                    case .attribute(let a):
                        value = try getAttribute(value, PyStr(a))
                    case .index(let i): value = try getItem(value, .int(i))
                    case .key(let k): value = try getItem(value, .str(PyStr(k)))
                    }
                }
                if let e = field.accessorError { throw VM.error(from: e) }
                if let c = field.conversion {
                    switch c {
                    case "r": value = .str(PyStr(try repr(value)))
                    case "s": value = .str(PyStr(try str(value)))
                    case "a": value = .str(PyStr(try asciiRepr(value)))
                    default: throw VM.error(from: StrOps.unknownConversionError(c))
                    }
                }
                var spec = field.spec
                if field.specNeedsExpanding {
                    spec = try formatTemplate(spec, positional: positional, keywords: keywords, mapping: mapping, depth: depth - 1, autoNumber: &autoNumber)
                }
                out += try format(value, spec)
            }
        }
        return out
    }

    func formatTemplate(_ template: String, positional: [Value], keywords: [String: Value], mapping: Value?) throws(PythonError) -> String {
        var auto = FormatAutoNumber()
        return try formatTemplate(template, positional: positional, keywords: keywords, mapping: mapping, depth: 2, autoNumber: &auto)
    }
}
