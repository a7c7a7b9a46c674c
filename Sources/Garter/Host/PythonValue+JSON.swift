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

/// Parses JSON text into a ``PythonValue`` the way Python's `json.loads` would (objects keep
/// their key order, integers stay integers, `NaN`/`Infinity`/`-Infinity` are accepted).
/// Nesting deeper than 500 levels is refused.
public enum JSONInput {
    /// A JSON syntax error with the position where parsing stopped.
    public struct ParseError: Error, CustomStringConvertible {
        public let message: String
        public let offset: Int
        public var description: String { "\(message) (char \(offset))" }
    }

    /// Parses one JSON document.
    public static func parse(_ text: String) throws(ParseError) -> PythonValue {
        var p = JSONParser(bytes: Array(text.utf8))
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        if p.pos != p.bytes.count { throw ParseError(message: "Extra data", offset: p.pos) }
        return v
    }
}

struct JSONParser {
    let bytes: [UInt8]
    var pos = 0

    init(bytes: [UInt8]) { self.bytes = bytes }

    mutating func skipSpace() {
        while pos < bytes.count, bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09 { pos += 1 }
    }

    func fail(_ m: String) -> JSONInput.ParseError { JSONInput.ParseError(message: m, offset: pos) }

    mutating func value(depth: Int) throws(JSONInput.ParseError) -> PythonValue {
        if depth > 500 { throw fail("Nesting too deep") }
        guard pos < bytes.count else { throw fail("Expecting value") }
        switch bytes[pos] {
        case UInt8(ascii: "{"):
            pos += 1
            var pairs: [(PythonValue, PythonValue)] = []
            skipSpace()
            if pos < bytes.count && bytes[pos] == UInt8(ascii: "}") { pos += 1; return .dict(pairs) }
            while true {
                skipSpace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("Expecting property name enclosed in double quotes") }
                let k = try string()
                skipSpace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail("Expecting ':' delimiter") }
                pos += 1
                skipSpace()
                let v = try value(depth: depth + 1)
                if let i = pairs.firstIndex(where: { $0.0 == .string(k) }) { pairs[i].1 = v } else { pairs.append((.string(k), v)) }
                skipSpace()
                guard pos < bytes.count else { throw fail("Expecting ',' delimiter") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "}") { pos += 1; return .dict(pairs) }
                throw fail("Expecting ',' delimiter")
            }
        case UInt8(ascii: "["):
            pos += 1
            var items: [PythonValue] = []
            skipSpace()
            if pos < bytes.count && bytes[pos] == UInt8(ascii: "]") { pos += 1; return .list(items) }
            while true {
                skipSpace()
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard pos < bytes.count else { throw fail("Expecting ',' delimiter") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "]") { pos += 1; return .list(items) }
                throw fail("Expecting ',' delimiter")
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true"); return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false"); return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null"); return .none
        case UInt8(ascii: "N"):
            try literal("NaN"); return .float(.nan)
        case UInt8(ascii: "I"):
            try literal("Infinity"); return .float(.infinity)
        case UInt8(ascii: "-") where pos + 1 < bytes.count && bytes[pos + 1] == UInt8(ascii: "I"):
            pos += 1
            try literal("Infinity"); return .float(-.infinity)
        default:
            return try number()
        }
    }

    mutating func literal(_ word: String) throws(JSONInput.ParseError) {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<(pos + w.count)]) == w else { throw fail("Expecting value") }
        pos += w.count
    }

    mutating func number() throws(JSONInput.ParseError) -> PythonValue {
        let start = pos
        if pos < bytes.count && bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        var isFloat = false
        while pos < bytes.count {
            let c = bytes[pos]
            if c >= 0x30 && c <= 0x39 { pos += 1 }
            else if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") || c == UInt8(ascii: "+") || (c == UInt8(ascii: "-") && pos > start) { isFloat = true; pos += 1 }
            else { break }
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if text.isEmpty || text == "-" { throw fail("Expecting value") }
        if !isFloat {
            if let i = Int(text) { return .int(i) }
            return .bigInt(text)
        }
        guard let d = Double(text) else { throw fail("Expecting value") }
        return .float(d)
    }

    mutating func string() throws(JSONInput.ParseError) -> String {
        pos += 1
        var out: [UInt8] = []
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") { pos += 1; return String(decoding: out, as: UTF8.self) }
            if c == UInt8(ascii: "\\") {
                pos += 1
                guard pos < bytes.count else { break }
                let e = bytes[pos]
                pos += 1
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "u"):
                    guard pos + 4 <= bytes.count, let v = UInt32(String(decoding: bytes[pos..<(pos + 4)], as: UTF8.self), radix: 16) else { throw fail("Invalid \\uXXXX escape") }
                    pos += 4
                    var scalar = v
                    if v >= 0xD800 && v < 0xDC00, pos + 6 <= bytes.count, bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u"),
                       let lo = UInt32(String(decoding: bytes[(pos + 2)..<(pos + 6)], as: UTF8.self), radix: 16), lo >= 0xDC00 && lo < 0xE000 {
                        scalar = 0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)
                        pos += 6
                    }
                    out.append(contentsOf: Array(String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8))
                default: out.append(e)
                }
                continue
            }
            out.append(c)
            pos += 1
        }
        throw fail("Unterminated string starting at")
    }
}

extension PythonValue {
    /// Parses JSON like Python's `json.loads`: objects become dicts with string keys in
    /// document order (a repeated key keeps its last value), arrays lists, integers `int`
    /// (arbitrary precision), other numbers `float`; `NaN`, `Infinity`, `-Infinity` are
    /// accepted.
    public init(json: String) throws(JSONInput.ParseError) {
        self = try JSONInput.parse(json)
    }

    /// Parses UTF-8 JSON data (see ``init(json:)-(String)``).
    public init(json data: Data) throws(JSONInput.ParseError) {
        self = try JSONInput.parse(String(decoding: data, as: UTF8.self))
    }

    /// How ``json(sortKeys:nonFinite:)`` writes NaN and infinities, which JSON lacks.
    public enum NonFiniteFloatForm: Sendable {
        /// `NaN`, `Infinity`, `-Infinity`, as Python's `json.dumps` writes them (and
        /// ``init(json:)-(String)`` reads them back).
        case literals
        /// `"NaN"`, `"Infinity"`, `"-Infinity"` strings (strict JSON).
        case strings
        /// `null` (strict JSON, lossy).
        case null
        /// Throw ``JSONConversionError``.
        case error
    }

    /// Why a value has no JSON form.
    public struct JSONConversionError: Error, Sendable, CustomStringConvertible {
        /// What could not be converted, in the words of Python's `json.dumps`.
        public let description: String
    }

    /// Compact JSON text for the value, as `json.dumps(v, separators=(",", ":"),
    /// ensure_ascii=False)` writes it, plus forms for what JSON lacks:
    ///
    /// | Python | JSON |
    /// |---|---|
    /// | tuple, set, frozenset | array (sets in iteration order) |
    /// | bytes | base64 string |
    /// | dataclass instance | object of its fields |
    /// | dict key int / float / bool / None | `"1"`, `"1.5"`, `"true"`, `"null"` (like `json.dumps`) |
    /// | NaN, ±inf | per `nonFinite` (default: Python's `NaN` / `Infinity` literals) |
    ///
    /// Floats are written with Python's `repr` (`1.0`, `1e+16`).
    /// - Throws: ``JSONConversionError`` for dict keys of other types, opaque objects,
    ///   non-finite floats with `nonFinite: .error`, or nesting deeper than ``maxDepth``.
    public func json(sortKeys: Bool = false, nonFinite: NonFiniteFloatForm = .literals) throws(JSONConversionError) -> String {
        var out = ""
        try writeJSON(into: &out, sortKeys: sortKeys, nonFinite: nonFinite, depth: 0)
        return out
    }

    private func writeJSON(into out: inout String, sortKeys: Bool, nonFinite: NonFiniteFloatForm, depth: Int) throws(JSONConversionError) {
        guard depth < PythonValue.maxDepth else { throw JSONConversionError(description: "value nested deeper than \(PythonValue.maxDepth) levels") }
        func array(_ xs: [PythonValue]) throws(JSONConversionError) {
            out += "["
            for (i, x) in xs.enumerated() {
                if i > 0 { out += "," }
                try x.writeJSON(into: &out, sortKeys: sortKeys, nonFinite: nonFinite, depth: depth + 1)
            }
            out += "]"
        }
        func object(_ pairs: [(String, PythonValue)]) throws(JSONConversionError) {
            let ordered = sortKeys ? pairs.sorted { $0.0.unicodeScalars.lexicographicallyPrecedes($1.0.unicodeScalars) } : pairs
            out += "{"
            for (i, (k, v)) in ordered.enumerated() {
                if i > 0 { out += "," }
                PythonValue.writeJSONString(k, into: &out)
                out += ":"
                try v.writeJSON(into: &out, sortKeys: sortKeys, nonFinite: nonFinite, depth: depth + 1)
            }
            out += "}"
        }
        switch self {
        case .none: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .bigInt(let s): out += s
        case .float(let d):
            if d.isFinite {
                out += NumberText.floatRepr(d)
            } else {
                let literal = d.isNaN ? "NaN" : d > 0 ? "Infinity" : "-Infinity"
                switch nonFinite {
                case .literals: out += literal
                case .strings: out += "\"" + literal + "\""
                case .null: out += "null"
                case .error: throw JSONConversionError(description: "Out of range float values are not JSON compliant")
                }
            }
        case .string(let s): PythonValue.writeJSONString(s, into: &out)
        case .bytes(let b): PythonValue.writeJSONString(Data(b).base64EncodedString(), into: &out)
        case .list(let xs), .tuple(let xs), .set(let xs), .frozenSet(let xs): try array(xs)
        case .dict(let pairs):
            var keyed: [(String, PythonValue)] = []
            keyed.reserveCapacity(pairs.count)
            for (k, v) in pairs {
                switch k {
                case .string(let s): keyed.append((s, v))
                case .int(let i): keyed.append((String(i), v))
                case .bigInt(let s): keyed.append((s, v))
                case .float(let d):
                    keyed.append((d.isFinite ? NumberText.floatRepr(d) : d.isNaN ? "NaN" : d > 0 ? "Infinity" : "-Infinity", v))
                case .bool(let b): keyed.append((b ? "true" : "false", v))
                case .none: keyed.append(("null", v))
                default:
                    throw JSONConversionError(description: "keys must be str, int, float, bool or None, not \(k.typeName)")
                }
            }
            try object(keyed)
        case .dataclass(_, let fields): try object(fields)
        case .opaque(let t, _): throw JSONConversionError(description: "Object of type \(t) is not JSON serializable")
        }
    }

    /// The Python type name of the value.
    public var typeName: String {
        switch self {
        case .none: return "NoneType"
        case .bool: return "bool"
        case .int, .bigInt: return "int"
        case .float: return "float"
        case .string: return "str"
        case .bytes: return "bytes"
        case .list: return "list"
        case .tuple: return "tuple"
        case .dict: return "dict"
        case .set: return "set"
        case .frozenSet: return "frozenset"
        case .dataclass(let name, _): return name
        case .opaque(let t, _): return t
        }
    }

    static func writeJSONString(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
