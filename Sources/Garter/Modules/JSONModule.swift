import BigInt

/// `json`: the encoder and decoder cores are native (`_json.encode`, `_json.decode`) and
/// reproduce CPython 3.11's output byte for byte (separators, indentation, `ensure_ascii`
/// escapes, float reprs) and its decoder errors (messages and character positions). The
/// public API (`dumps`, `loads`, `JSONEncoder`, `JSONDecoder`, `JSONDecodeError`) is Python
/// source in `json`, `json.encoder` and `json.decoder`, as in CPython.
enum JSONModule {
    static func makeNative(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("_json")
        m.function("encode") { vm, args throws(PythonError) in
            try args.check("encode", min: 10, max: 10, vm: vm)
            var indent: [UInt8]? = nil
            if case .str(let s) = args[5] { indent = Array(s.value.utf8) }
            guard case .str(let keySep) = args[6], case .str(let itemSep) = args[7] else {
                throw vm.makeError(Builtins.shared.typeError, "separators must be strings")
            }
            let encoder = JSONEncoderCore(
                vm: vm, skipKeys: try vm.isTrue(args[1]), ensureASCII: try vm.isTrue(args[2]),
                checkCircular: try vm.isTrue(args[3]), allowNaN: try vm.isTrue(args[4]), indent: indent,
                keySeparator: Array(keySep.value.utf8), itemSeparator: Array(itemSep.value.utf8),
                sortKeys: try vm.isTrue(args[8]), defaultFunction: args[9])
            try encoder.encode(args[0], level: 0)
            return .str(PyStr(String(decoding: encoder.out, as: UTF8.self)))
        }
        m.function("encode_basestring_ascii") { vm, args throws(PythonError) in
            try args.check("encode_basestring_ascii", min: 1, max: 1, vm: vm)
            guard case .str(let s) = args[0] else {
                throw vm.makeError(Builtins.shared.typeError, "first argument must be a string, not \(vm.typeName(args[0]))")
            }
            var out: [UInt8] = []
            JSONEncoderCore.appendString(s, ensureASCII: true, to: &out)
            return .str(PyStr(String(decoding: out, as: UTF8.self)))
        }
        m.function("encode_basestring") { vm, args throws(PythonError) in
            try args.check("encode_basestring", min: 1, max: 1, vm: vm)
            guard case .str(let s) = args[0] else {
                throw vm.makeError(Builtins.shared.typeError, "first argument must be a string, not \(vm.typeName(args[0]))")
            }
            var out: [UInt8] = []
            JSONEncoderCore.appendString(s, ensureASCII: false, to: &out)
            return .str(PyStr(String(decoding: out, as: UTF8.self)))
        }
        // decode(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int,
        //        parse_constant, error_class, whole) -> obj (whole) or (obj, end)
        m.function("decode") { vm, args throws(PythonError) in
            try args.check("decode", min: 10, max: 10, vm: vm)
            guard case .str(let s) = args[0] else {
                throw vm.makeError(Builtins.shared.typeError, "first argument must be a string, not \(vm.typeName(args[0]))")
            }
            let start = try vm.indexValue(args[1])
            let whole = try vm.isTrue(args[9])
            let hooks = JSONDecoderCore.Hooks(
                strict: try vm.isTrue(args[2]), objectHook: args[3], objectPairsHook: args[4],
                parseFloat: args[5], parseInt: args[6], parseConstant: args[7], errorClass: args[8])
            let utf8 = s.value.utf8
            let run = { (buffer: UnsafeBufferPointer<UInt8>) throws(PythonError) -> Value in
                let core = JSONDecoderCore(vm: vm, bytes: buffer, doc: s, hooks: hooks)
                return try core.run(startChar: start, whole: whole)
            }
            if let r = utf8.withContiguousStorageIfAvailable({ (b: UnsafeBufferPointer<UInt8>) -> Result<Value, PythonError> in
                do throws(PythonError) { return .success(try run(b)) } catch { return .failure(error) }
            }) {
                switch r {
                case .success(let v): return v
                case .failure(let e): throw e
                }
            }
            let copy = Array(utf8)
            let r = copy.withUnsafeBufferPointer { (b: UnsafeBufferPointer<UInt8>) -> Result<Value, PythonError> in
                do throws(PythonError) { return .success(try run(b)) } catch { return .failure(error) }
            }
            switch r {
            case .success(let v): return v
            case .failure(let e): throw e
            }
        }
        return m.module
    }
}

// MARK: - Encoder

final class JSONEncoderCore {
    let vm: VM
    @exclusivity(unchecked) var out: [UInt8] = []
    let skipKeys: Bool
    let ensureASCII: Bool
    let checkCircular: Bool
    let allowNaN: Bool
    let indent: [UInt8]?
    let keySeparator: [UInt8]
    let itemSeparator: [UInt8]
    let sortKeys: Bool
    let defaultFunction: Value
    @exclusivity(unchecked) var markers = Set<ObjectIdentifier>()
    @exclusivity(unchecked) var depth = 0
    /// The output size at which the memory limit is checked next (see ``TextGrowth``).
    @exclusivity(unchecked) var nextMemoryCheck = 1 << 20

    init(vm: VM, skipKeys: Bool, ensureASCII: Bool, checkCircular: Bool, allowNaN: Bool, indent: [UInt8]?,
         keySeparator: [UInt8], itemSeparator: [UInt8], sortKeys: Bool, defaultFunction: Value) {
        self.vm = vm
        self.skipKeys = skipKeys
        self.ensureASCII = ensureASCII
        self.checkCircular = checkCircular
        self.allowNaN = allowNaN
        self.indent = indent
        self.keySeparator = keySeparator
        self.itemSeparator = itemSeparator
        self.sortKeys = sortKeys
        self.defaultFunction = defaultFunction
        out.reserveCapacity(256)
    }

    @inline(__always) func append(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    func appendInt(_ i: Int) {
        if i >= 0 && i < 10 {
            out.append(UInt8(48 + i))
            return
        }
        var v = i.magnitude
        var tmp: [UInt8] = []
        tmp.reserveCapacity(20)
        while v > 0 {
            tmp.append(UInt8(48 + v % 10))
            v /= 10
        }
        if i < 0 { out.append(UInt8(ascii: "-")) }
        out.append(contentsOf: tmp.reversed())
    }

    func floatText(_ d: Double) throws(PythonError) -> String {
        if d.isNaN || d.isInfinite {
            if !allowNaN {
                throw vm.makeError(Builtins.shared.valueError, "Out of range float values are not JSON compliant")
            }
            if d.isNaN { return "NaN" }
            return d > 0 ? "Infinity" : "-Infinity"
        }
        return NumberText.floatRepr(d)
    }

    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    static func appendUnicodeEscape(_ v: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        out.append(UInt8(ascii: "u"))
        out.append(hexDigits[Int((v >> 12) & 0xF)])
        out.append(hexDigits[Int((v >> 8) & 0xF)])
        out.append(hexDigits[Int((v >> 4) & 0xF)])
        out.append(hexDigits[Int(v & 0xF)])
    }

    @inline(__always)
    static func appendASCII(_ b: UInt8, to out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "\""): out.append(92); out.append(b)
        case UInt8(ascii: "\\"): out.append(92); out.append(b)
        case 0x0A: out.append(92); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(92); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(92); out.append(UInt8(ascii: "t"))
        case 0x08: out.append(92); out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(92); out.append(UInt8(ascii: "f"))
        default:
            if b < 0x20 || b == 0x7F { appendUnicodeEscape(UInt32(b), to: &out) } else { out.append(b) }
        }
    }

    /// A JSON string literal, escaped like CPython's `encode_basestring(_ascii)`.
    static func appendString(_ s: PyStr, ensureASCII: Bool, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let utf8 = s.value.utf8
        if s.isASCII || !ensureASCII {
            let done: Bool? = utf8.withContiguousStorageIfAvailable { buf in
                var runStart = 0
                let del: UInt8 = ensureASCII ? 0x7F : 0xFF
                for (i, b) in buf.enumerated() where b < 0x20 || b == 34 || b == 92 || b == del {
                    if runStart < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i])) }
                    appendASCII(b, to: &out)
                    runStart = i + 1
                }
                if runStart < buf.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<buf.count])) }
                return true
            }
            if done == nil {
                for b in utf8 {
                    if b < 0x20 || b == 34 || b == 92 || (b == 0x7F && ensureASCII) { appendASCII(b, to: &out) } else { out.append(b) }
                }
            }
        } else {
            for u in s.value.unicodeScalars {
                let v = u.value
                if v < 0x80 {
                    appendASCII(UInt8(v), to: &out)
                } else if v < 0x10000 {
                    appendUnicodeEscape(v, to: &out)
                } else {
                    let w = v - 0x10000
                    appendUnicodeEscape(0xD800 | (w >> 10), to: &out)
                    appendUnicodeEscape(0xDC00 | (w & 0x3FF), to: &out)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    func newline(_ level: Int) {
        guard let indent else { return }
        out.append(10)
        for _ in 0..<level { out.append(contentsOf: indent) }
    }

    func enter(_ o: PyObject) throws(PythonError) {
        depth += 1
        if depth > vm.recursionLimit || !StackGuard.hasRoom() {
            throw vm.makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded while encoding a JSON object")
        }
        if checkCircular {
            let id = ObjectIdentifier(o)
            if markers.contains(id) {
                throw vm.makeError(Builtins.shared.valueError, "Circular reference detected")
            }
            markers.insert(id)
        }
    }

    func leave(_ o: PyObject) {
        depth -= 1
        if checkCircular { markers.remove(ObjectIdentifier(o)) }
    }

    func encode(_ v: Value, level: Int) throws(PythonError) {
        if vm.tickMask == 0 { try vm.checkLimits() }
        if out.count >= nextMemoryCheck {
            nextMemoryCheck = out.count &* 2
            try vm.checkMemory(adding: out.count)
        }
        switch v {
        case .none: append("null")
        case .bool(let b): if b { append("true") } else { append("false") }
        case .int(let i): appendInt(i)
        case .float(let d): out.append(contentsOf: Array(try floatText(d).utf8))
        case .str(let s): JSONEncoderCore.appendString(s, ensureASCII: ensureASCII, to: &out)
        case .unbound: append("null")
        case .object(let o):
            switch o.kind {
            case .bigInt:
                let text: String
                do { text = try NumberText.decimalString(unsafeDowncast(o, to: PyBigInt.self).value) } catch { throw VM.error(from: error) }
                out.append(contentsOf: Array(text.utf8))
            case .list:
                try encodeArray(o, unsafeDowncast(o, to: PyList.self).items, level: level)
            case .tuple:
                try encodeArray(o, unsafeDowncast(o, to: PyTuple.self).array, level: level)
            case .dict:
                try encodeObject(o, unsafeDowncast(o, to: PyDict.self), level: level)
            case .instance:
                let inst = unsafeDowncast(o, to: PyInstance.self)
                if let base = inst.builtinValue {
                    switch base {
                    case .object(let bo) where bo.kind == .list:
                        try encodeArray(o, unsafeDowncast(bo, to: PyList.self).items, level: level)
                        return
                    case .object(let bo) where bo.kind == .tuple:
                        try encodeArray(o, unsafeDowncast(bo, to: PyTuple.self).array, level: level)
                        return
                    case .object(let bo) where bo.kind == .dict:
                        try encodeObject(o, unsafeDowncast(bo, to: PyDict.self), level: level)
                        return
                    case .str, .int, .float, .bool:
                        try encode(base, level: level)
                        return
                    case .object(let bo) where bo.kind == .bigInt:
                        try encode(base, level: level)
                        return
                    default: break
                    }
                }
                try encodeDefault(v, o, level: level)
            default:
                try encodeDefault(v, o, level: level)
            }
        }
    }

    func encodeDefault(_ v: Value, _ o: PyObject, level: Int) throws(PythonError) {
        if defaultFunction.isNone {
            throw vm.makeError(Builtins.shared.typeError, "Object of type \(vm.typeName(v)) is not JSON serializable")
        }
        try enter(o)
        let replacement = try vm.callValue(defaultFunction, with: v)
        try encode(replacement, level: level)
        leave(o)
    }

    func encodeArray(_ o: PyObject, _ items: [Value], level: Int) throws(PythonError) {
        if items.isEmpty {
            append("[]")
            return
        }
        try enter(o)
        out.append(UInt8(ascii: "["))
        let inner = level + 1
        newline(inner)
        for (i, item) in items.enumerated() {
            if i > 0 {
                out.append(contentsOf: itemSeparator)
                newline(inner)
            }
            try encode(item, level: inner)
        }
        newline(level)
        out.append(UInt8(ascii: "]"))
        leave(o)
    }

    /// The text of a dict key, or nil to skip it (`skipkeys`).
    func keyText(_ k: Value) throws(PythonError) -> PyStr? {
        switch vm.builtinBase(k) {
        case .str(let s): return s
        case .float(let d): return PyStr(try floatText(d))
        case .bool(let b): return PyStr(b ? "true" : "false")
        case .none: return PyStr("null")
        case .int(let i): return PyStr(String(i))
        case .object(let o) where o.kind == .bigInt:
            do { return PyStr(try NumberText.decimalString(unsafeDowncast(o, to: PyBigInt.self).value)) } catch { throw VM.error(from: error) }
        default:
            if skipKeys { return nil }
            throw vm.makeError(Builtins.shared.typeError, "keys must be str, int, float, bool or None, not \(vm.typeName(k))")
        }
    }

    func encodeObject(_ o: PyObject, _ d: PyDict, level: Int) throws(PythonError) {
        if d.count == 0 {
            append("{}")
            return
        }
        try enter(o)
        out.append(UInt8(ascii: "{"))
        let inner = level + 1
        newline(inner)
        var items = d.items
        if sortKeys {
            var allStrings = true
            for (k, _) in items {
                if case .str = k { continue }
                allStrings = false
                break
            }
            if allStrings {
                items.sort { a, b in
                    if case .str(let x) = a.0, case .str(let y) = b.0 { return compareStrings(x.value, y.value) < 0 }
                    return false
                }
            } else {
                var tuples: [Value] = items.map { .object(PyTuple([$0.0, $0.1])) }
                try vm.sortValues(&tuples, key: .none, reverse: false)
                items = tuples.map { t in
                    let pair = t.asTuple!.items
                    return (pair[0], pair[1])
                }
            }
        }
        var first = true
        for (k, v) in items {
            guard let key = try keyText(k) else { continue }
            if !first {
                out.append(contentsOf: itemSeparator)
                newline(inner)
            }
            first = false
            JSONEncoderCore.appendString(key, ensureASCII: ensureASCII, to: &out)
            out.append(contentsOf: keySeparator)
            try encode(v, level: inner)
        }
        newline(level)
        out.append(UInt8(ascii: "}"))
        leave(o)
    }
}

// MARK: - Decoder

/// A port of CPython's C scanner (`_json.c`): the same grammar leniencies, the same error
/// messages and positions (in code points).
final class JSONDecoderCore {
    struct Hooks {
        let strict: Bool
        let objectHook: Value
        let objectPairsHook: Value
        let parseFloat: Value
        let parseInt: Value
        let parseConstant: Value
        let errorClass: Value
    }

    let vm: VM
    let b: UnsafeBufferPointer<UInt8>
    let n: Int
    let doc: PyStr
    let hooks: Hooks
    @exclusivity(unchecked) var depth = 0
    /// Recently seen object keys, so repeated keys share one string object.
    @exclusivity(unchecked) var keyMemo: [Int: PyStr] = [:]

    init(vm: VM, bytes: UnsafeBufferPointer<UInt8>, doc: PyStr, hooks: Hooks) {
        self.vm = vm
        self.b = bytes
        self.n = bytes.count
        self.doc = doc
        self.hooks = hooks
    }

    // MARK: Positions and errors

    /// Byte offset to code-point offset.
    func charIndex(_ byteIndex: Int) -> Int {
        if doc.isASCII { return byteIndex }
        var count = 0
        for i in 0..<min(byteIndex, n) where b[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    func byteIndex(_ charIndex: Int) -> Int {
        if doc.isASCII { return charIndex }
        var count = 0
        var i = 0
        while i < n {
            if b[i] & 0xC0 != 0x80 {
                if count == charIndex { return i }
                count += 1
            }
            i += 1
        }
        return n
    }

    func error(_ message: String, _ pos: Int) -> PythonError {
        let charPos = charIndex(pos)
        do {
            let e = try vm.callValue(hooks.errorClass, [.str(PyStr(message)), .str(doc), .int(charPos)])
            if let inst = e.asInstance, inst.exception != nil { return PythonError(inst) }
            return vm.makeError(Builtins.shared.valueError, message)
        } catch {
            return error
        }
    }

    @inline(__always) func isWhitespace(_ c: UInt8) -> Bool {
        c == 32 || c == 9 || c == 10 || c == 13
    }

    @inline(__always) func skipWhitespace(_ i: inout Int) {
        while i < n && isWhitespace(b[i]) { i += 1 }
    }

    // MARK: Entry

    func run(startChar: Int, whole: Bool) throws(PythonError) -> Value {
        if startChar < 0 {
            throw vm.makeError(Builtins.shared.valueError, "idx cannot be negative")
        }
        var idx = byteIndex(startChar)
        if whole { skipWhitespace(&idx) }
        let (value, end) = try scanOnce(idx)
        if whole {
            var e = end
            skipWhitespace(&e)
            if e != n { throw error("Extra data", e) }
            return value
        }
        return .object(PyTuple([value, .int(charIndex(end))]))
    }

    func matches(_ idx: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard idx + count <= n else { return false }
        return word.withUTF8Buffer { w in
            for j in 0..<count where b[idx + j] != w[j] { return false }
            return true
        }
    }

    func constant(_ name: String, _ value: Double) throws(PythonError) -> Value {
        if !hooks.parseConstant.isNone {
            return try vm.callValue(hooks.parseConstant, with: .str(PyStr(name)))
        }
        return .float(value)
    }

    func scanOnce(_ idx: Int) throws(PythonError) -> (Value, Int) {
        if idx < 0 || idx >= n { throw error("Expecting value", idx) }
        switch b[idx] {
        case UInt8(ascii: "\""):
            let (s, end) = try scanString(idx + 1)
            return (.str(s), end)
        case UInt8(ascii: "{"):
            return try nested(" while decoding a JSON object from a unicode string") { () throws(PythonError) in try parseObject(idx + 1) }
        case UInt8(ascii: "["):
            return try nested(" while decoding a JSON array from a unicode string") { () throws(PythonError) in try parseArray(idx + 1) }
        case UInt8(ascii: "n"):
            if idx + 3 < n && matches(idx, "null") { return (.none, idx + 4) }
        case UInt8(ascii: "t"):
            if idx + 3 < n && matches(idx, "true") { return (.bool(true), idx + 4) }
        case UInt8(ascii: "f"):
            if idx + 4 < n && matches(idx, "false") { return (.bool(false), idx + 5) }
        case UInt8(ascii: "N"):
            if idx + 2 < n && matches(idx, "NaN") { return (try constant("NaN", Double.nan), idx + 3) }
        case UInt8(ascii: "I"):
            if idx + 7 < n && matches(idx, "Infinity") { return (try constant("Infinity", Double.infinity), idx + 8) }
        case UInt8(ascii: "-"):
            if idx + 8 < n && matches(idx, "-Infinity") { return (try constant("-Infinity", -Double.infinity), idx + 9) }
        default: break
        }
        return try matchNumber(idx)
    }

    func nested(_ what: String, _ body: () throws(PythonError) -> (Value, Int)) throws(PythonError) -> (Value, Int) {
        depth += 1
        defer { depth -= 1 }
        if depth + vm.frameCount > vm.recursionLimit || !StackGuard.hasRoom() {
            throw vm.makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded" + what)
        }
        return try body()
    }

    func parseObject(_ start: Int) throws(PythonError) -> (Value, Int) {
        var idx = start
        let usePairs = !hooks.objectPairsHook.isNone
        let dict = usePairs ? nil : PyDict()
        var pairs: [Value] = []
        skipWhitespace(&idx)
        if idx >= n || b[idx] != UInt8(ascii: "}") {
            while true {
                if idx >= n || b[idx] != UInt8(ascii: "\"") {
                    throw error("Expecting property name enclosed in double quotes", idx)
                }
                let (key, afterKey) = try scanString(idx + 1, isKey: true)
                idx = afterKey
                skipWhitespace(&idx)
                if idx >= n || b[idx] != UInt8(ascii: ":") {
                    throw error("Expecting ':' delimiter", idx)
                }
                idx += 1
                skipWhitespace(&idx)
                let (value, next) = try scanOnce(idx)
                if let dict {
                    dict.setString(key, value)
                } else {
                    pairs.append(.object(PyTuple([.str(key), value])))
                }
                idx = next
                skipWhitespace(&idx)
                if idx < n && b[idx] == UInt8(ascii: "}") { break }
                if idx >= n || b[idx] != UInt8(ascii: ",") {
                    throw error("Expecting ',' delimiter", idx)
                }
                idx += 1
                skipWhitespace(&idx)
            }
        }
        let end = idx + 1
        if usePairs {
            return (try vm.callValue(hooks.objectPairsHook, with: .object(PyList(pairs))), end)
        }
        let d: Value = .object(dict!)
        if !hooks.objectHook.isNone {
            return (try vm.callValue(hooks.objectHook, with: d), end)
        }
        return (d, end)
    }

    func parseArray(_ start: Int) throws(PythonError) -> (Value, Int) {
        var idx = start
        var items: [Value] = []
        skipWhitespace(&idx)
        if idx >= n || b[idx] != UInt8(ascii: "]") {
            while true {
                let (value, next) = try scanOnce(idx)
                items.append(value)
                idx = next
                skipWhitespace(&idx)
                if idx < n && b[idx] == UInt8(ascii: "]") { break }
                if idx >= n || b[idx] != UInt8(ascii: ",") {
                    throw error("Expecting ',' delimiter", idx)
                }
                idx += 1
                skipWhitespace(&idx)
            }
        }
        if idx >= n { throw error("Expecting value", n - 1) }
        return (.object(PyList(items)), idx + 1)
    }

    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    func matchNumber(_ start: Int) throws(PythonError) -> (Value, Int) {
        var idx = start
        let endIdx = n - 1
        if b[idx] == UInt8(ascii: "-") {
            idx += 1
            if idx > endIdx { throw error("Expecting value", start) }
        }
        if b[idx] >= UInt8(ascii: "1") && b[idx] <= UInt8(ascii: "9") {
            idx += 1
            while idx <= endIdx && isDigit(b[idx]) { idx += 1 }
        } else if b[idx] == UInt8(ascii: "0") {
            idx += 1
        } else {
            throw error("Expecting value", start)
        }
        var isFloat = false
        if idx < endIdx && b[idx] == UInt8(ascii: ".") && isDigit(b[idx + 1]) {
            isFloat = true
            idx += 2
            while idx <= endIdx && isDigit(b[idx]) { idx += 1 }
        }
        if idx < endIdx && (b[idx] == UInt8(ascii: "e") || b[idx] == UInt8(ascii: "E")) {
            let eStart = idx
            idx += 1
            if idx < endIdx && (b[idx] == UInt8(ascii: "-") || b[idx] == UInt8(ascii: "+")) { idx += 1 }
            while idx <= endIdx && isDigit(b[idx]) { idx += 1 }
            if isDigit(b[idx - 1]) {
                isFloat = true
            } else {
                idx = eStart
            }
        }
        let slice = UnsafeBufferPointer(rebasing: b[start..<idx])
        if isFloat {
            let text = String(decoding: slice, as: UTF8.self)
            if !hooks.parseFloat.isNone {
                return (try vm.callValue(hooks.parseFloat, with: .str(PyStr(text))), idx)
            }
            return (.float(Double(text) ?? Double.nan), idx)
        }
        if !hooks.parseInt.isNone {
            return (try vm.callValue(hooks.parseInt, [.str(PyStr(String(decoding: slice, as: UTF8.self)))]), idx)
        }
        let negative = slice[0] == UInt8(ascii: "-")
        let digits = slice.count - (negative ? 1 : 0)
        if digits <= 18 {
            var v = 0
            for c in slice where c != UInt8(ascii: "-") { v = v * 10 + Int(c - 48) }
            return (.int(negative ? -v : v), idx)
        }
        if digits > NumberText.maxStrDigits {
            throw vm.makeError(Builtins.shared.valueError, "Exceeds the limit (\(NumberText.maxStrDigits) digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
        let text = String(decoding: slice, as: UTF8.self)
        return (.bigInt(BigInt(text) ?? 0), idx)
    }

    func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 48...57: return UInt32(c - 48)
        case 97...102: return UInt32(c - 87)
        case 65...70: return UInt32(c - 55)
        default: return nil
        }
    }

    /// Scans a string body starting after the opening quote; returns the string and the index
    /// after the closing quote.
    func scanString(_ end0: Int, isKey: Bool = false) throws(PythonError) -> (PyStr, Int) {
        let begin = end0 - 1
        var end = end0
        // Fast path: no escapes.
        var i = end
        while i < n {
            let c = b[i]
            if c == 34 || c == 92 { break }
            if c < 0x20 && hooks.strict { throw error("Invalid control character at", i) }
            i += 1
        }
        if i >= n { throw error("Unterminated string starting at", begin) }
        if b[i] == 34 {
            let s = makeString(UnsafeBufferPointer(rebasing: b[end..<i]), isKey: isKey)
            return (s, i + 1)
        }
        var chunk: [UInt8] = []
        chunk.append(contentsOf: UnsafeBufferPointer(rebasing: b[end..<i]))
        end = i
        while true {
            // Copy up to the next quote or backslash.
            var next = end
            while next < n {
                let c = b[next]
                if c == 34 || c == 92 { break }
                if c < 0x20 && hooks.strict { throw error("Invalid control character at", next) }
                next += 1
            }
            if next >= n { throw error("Unterminated string starting at", begin) }
            if next > end { chunk.append(contentsOf: UnsafeBufferPointer(rebasing: b[end..<next])) }
            if b[next] == 34 {
                end = next + 1
                break
            }
            next += 1  // skip the backslash
            if next == n { throw error("Unterminated string starting at", begin) }
            let c = b[next]
            if c != UInt8(ascii: "u") {
                end = next + 1
                switch c {
                case UInt8(ascii: "\""): chunk.append(34)
                case UInt8(ascii: "\\"): chunk.append(92)
                case UInt8(ascii: "/"): chunk.append(47)
                case UInt8(ascii: "b"): chunk.append(8)
                case UInt8(ascii: "f"): chunk.append(12)
                case UInt8(ascii: "n"): chunk.append(10)
                case UInt8(ascii: "r"): chunk.append(13)
                case UInt8(ascii: "t"): chunk.append(9)
                default: throw error("Invalid \\escape", end - 2)
                }
            } else {
                next += 1
                end = next + 4
                if end >= n { throw error("Invalid \\uXXXX escape", next - 1) }
                var u: UInt32 = 0
                while next < end {
                    guard let h = hexValue(b[next]) else { throw error("Invalid \\uXXXX escape", end - 5) }
                    u = (u << 4) | h
                    next += 1
                }
                if u >= 0xD800 && u <= 0xDBFF && end + 6 < n && b[end] == 92 && b[end + 1] == UInt8(ascii: "u") {
                    let end2 = end + 6
                    var k = end + 2
                    var u2: UInt32 = 0
                    while k < end2 {
                        guard let h = hexValue(b[k]) else { throw error("Invalid \\uXXXX escape", end2 - 5) }
                        u2 = (u2 << 4) | h
                        k += 1
                    }
                    if u2 >= 0xDC00 && u2 <= 0xDFFF {
                        u = 0x10000 + (((u - 0xD800) << 10) | (u2 - 0xDC00))
                        end = end2
                    }
                }
                appendScalar(u, to: &chunk)
            }
        }
        return (makeString(UnsafeBufferPointer(start: nil, count: 0), chunk: chunk, isKey: isKey), end)
    }

    func appendScalar(_ u: UInt32, to chunk: inout [UInt8]) {
        // Lone surrogates cannot be stored in a Swift string: U+FFFD stands in for them.
        let v = (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u
        if v < 0x80 {
            chunk.append(UInt8(v))
        } else if v < 0x800 {
            chunk.append(UInt8(0xC0 | (v >> 6)))
            chunk.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            chunk.append(UInt8(0xE0 | (v >> 12)))
            chunk.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            chunk.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            chunk.append(UInt8(0xF0 | (v >> 18)))
            chunk.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            chunk.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            chunk.append(UInt8(0x80 | (v & 0x3F)))
        }
    }

    func makeString(_ slice: UnsafeBufferPointer<UInt8>, chunk: [UInt8]? = nil, isKey: Bool) -> PyStr {
        if let chunk {
            return PyStr(String(decoding: chunk, as: UTF8.self))
        }
        if isKey && slice.count <= 32 {
            var h = 0xcbf29ce484222325 as UInt64
            for c in slice { h = (h ^ UInt64(c)) &* 0x100000001b3 }
            let key = Int(truncatingIfNeeded: h)
            if let s = keyMemo[key], s.value.utf8.elementsEqual(slice) { return s }
            let s = PyStr(String(decoding: slice, as: UTF8.self))
            keyMemo[key] = s
            return s
        }
        if slice.isEmpty { return PyStr.empty }
        return PyStr(String(decoding: slice, as: UTF8.self))
    }
}

// MARK: - Python layers

extension JSONModule {
    static let decoderSource = #"""
"""Implementation of JSONDecoder"""
import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos

    """
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder"""

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.get
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def _hooks(self):
        pf = self.parse_float
        pi = self.parse_int
        pc = self.parse_constant
        return (self.object_hook, self.object_pairs_hook,
                None if pf is float else pf,
                None if pi is int else pi,
                pc if getattr(pc, '__self__', None) is not _CONSTANTS else None)

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance
        containing a JSON document).
        """
        if not isinstance(s, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")
        oh, oph, pf, pi, pc = self._hooks()
        return _json.decode(s, 0, self.strict, oh, oph, pf, pi, pc, JSONDecodeError, True)

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with
        a JSON document) and return a 2-tuple of the Python
        representation and the index in ``s`` where the document ended.
        """
        oh, oph, pf, pi, pc = self._hooks()
        return _json.decode(s, idx, self.strict, oh, oph, pf, pi, pc, JSONDecodeError, False)
"""#

    static let encoderSource = #"""
"""Implementation of JSONEncoder"""
import _json

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
py_encode_basestring = _json.encode_basestring
py_encode_basestring_ascii = _json.encode_basestring_ascii
c_make_encoder = None
INFINITY = float('inf')


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns
        a serializable object for ``o``, or calls the base implementation
        (to raise a ``TypeError``).
        """
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                            self.allow_nan, indent, self.key_separator,
                            self.item_separator, self.sort_keys, self.default)

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string
        representation as available."""
        return iter([self.encode(o)])
"""#

    static let packageSource = #"""
"""JSON (JavaScript Object Notation) <https://json.org> is a subset of
JavaScript syntax (ECMA-262 3rd edition) used as a lightweight data
interchange format.
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder
import _json

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (a
    ``.write()``-supporting file-like object)."""
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators,
        default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``."""
    if (not skipkeys and ensure_ascii and
        check_circular and allow_nan and
        cls is None and indent is None and separators is None and
        default is None and not sort_keys and not kw):
        return _json.encode(obj, False, True, True, True, None, ': ', ', ', False,
                            _default_encoder.default)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def detect_encoding(b):
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (a ``.read()``-supporting file-like object containing
    a JSON document) to a Python object."""
    return loads(fp.read(),
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a ``str``, ``bytes`` or ``bytearray`` instance
    containing a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, bytes):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s))

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _json.decode(s, 0, True, None, None, None, None, None, JSONDecodeError, True)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
"""#
}
