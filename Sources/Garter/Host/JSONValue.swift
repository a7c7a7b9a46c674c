/// Parses JSON text into a ``PythonValue`` the way Python's `json.loads` would (objects keep
/// their key order, integers stay integers).
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
