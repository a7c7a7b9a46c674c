/// UTF-16 and UTF-32 codecs for `str.encode`/`bytes.decode`: `utf-16`/`utf-32` write a
/// little-endian byte order mark and read one if present (little-endian otherwise), the
/// `-le`/`-be` variants have none. Decoding errors follow CPython's messages for `strict`,
/// and `replace`/`ignore` substitute or skip.
enum UnicodeCodecs {
    /// Code unit width (2 or 4) and byte order of a normalized encoding name, nil otherwise.
    static func wideCodec(_ enc: String) -> (width: Int, bigEndian: Bool?, name: String)? {
        switch enc {
        case "utf-16", "utf16": return (2, nil, "utf-16")
        case "utf-16-le", "utf-16le": return (2, false, "utf-16-le")
        case "utf-16-be", "utf-16be": return (2, true, "utf-16-be")
        case "utf-32", "utf32": return (4, nil, "utf-32")
        case "utf-32-le", "utf-32le": return (4, false, "utf-32-le")
        case "utf-32-be", "utf-32be": return (4, true, "utf-32-be")
        default: return nil
        }
    }

    static func append(_ unit: UInt32, width: Int, bigEndian: Bool, to out: inout [UInt8]) {
        for i in 0..<width {
            let shift = bigEndian ? (width - 1 - i) * 8 : i * 8
            out.append(UInt8((unit >> UInt32(shift)) & 0xFF))
        }
    }

    static func encode(_ s: String, width: Int, bigEndian: Bool?) -> [UInt8] {
        var out: [UInt8] = []
        let be = bigEndian ?? false
        if bigEndian == nil { append(width == 2 ? 0xFEFF : 0xFEFF, width: width, bigEndian: false, to: &out) }
        for u in s.unicodeScalars {
            if width == 4 {
                append(u.value, width: 4, bigEndian: be, to: &out)
            } else {
                for unit in String(u).utf16 { append(UInt32(unit), width: 2, bigEndian: be, to: &out) }
            }
        }
        return out
    }

    /// Decodes, or returns the CPython error message (`strict`).
    static func decode(_ bytes: [UInt8], width: Int, bigEndian: Bool?, name baseName: String, errors: String) -> Result<String, DecodeFailure> {
        var be = bigEndian ?? false
        var start = 0
        var name = baseName
        if bigEndian == nil, bytes.count >= width {
            let le = width == 2 ? [UInt8(0xFF), 0xFE] : [UInt8(0xFF), 0xFE, 0, 0]
            let beBOM = width == 2 ? [UInt8(0xFE), 0xFF] : [UInt8(0), 0, 0xFE, 0xFF]
            if Array(bytes[0..<width]) == le { start = width } else if Array(bytes[0..<width]) == beBOM { start = width; be = true }
        }
        // Errors name the byte order actually read, as CPython's do.
        if bigEndian == nil { name += be ? "-be" : "-le" }
        func unit(at i: Int) -> UInt32 {
            var v: UInt32 = 0
            for k in 0..<width {
                let b = UInt32(bytes[i + k])
                v |= be ? b << UInt32((width - 1 - k) * 8) : b << UInt32(k * 8)
            }
            return v
        }
        var scalars = String.UnicodeScalarView()
        var i = start
        while i < bytes.count {
            if i + width > bytes.count {
                if errors == "strict" { return .failure(DecodeFailure(name: name, start: i, end: bytes.count, reason: "truncated data", first: bytes[i])) }
                if errors == "replace" { scalars.append("\u{FFFD}") }
                break
            }
            let u = unit(at: i)
            if width == 2, (0xD800...0xDBFF).contains(u) {
                if i + 4 <= bytes.count {
                    let low = unit(at: i + 2)
                    if (0xDC00...0xDFFF).contains(low), let s = Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)) {
                        scalars.append(s)
                        i += 4
                        continue
                    }
                    if errors == "strict" { return .failure(DecodeFailure(name: name, start: i, end: i + 2, reason: "illegal UTF-16 surrogate")) }
                } else if errors == "strict" {
                    return .failure(DecodeFailure(name: name, start: i, end: bytes.count, reason: "unexpected end of data"))
                }
                if errors == "replace" { scalars.append("\u{FFFD}") }
                i += 2
                continue
            }
            if let s = Unicode.Scalar(u) {
                scalars.append(s)
            } else {
                if errors == "strict" {
                    let reason = width == 2 ? "illegal encoding" : (u > 0x10FFFF ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)")
                    return .failure(DecodeFailure(name: name, start: i, end: i + width, reason: reason))
                }
                if errors == "replace" { scalars.append("\u{FFFD}") }
            }
            i += width
        }
        return .success(String(scalars))
    }

    struct DecodeFailure: Error {
        let name: String
        let start: Int
        let end: Int
        let reason: String
        var first: UInt8 = 0

        var message: String {
            end - start > 1 ? "'\(name)' codec can't decode bytes in position \(start)-\(end - 1): \(reason)"
                : "'\(name)' codec can't decode byte 0x\(String(first, radix: 16, uppercase: false).count == 1 ? "0" : "")\(String(first, radix: 16)) in position \(start): \(reason)"
        }
    }

    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a scalar, as CPython's messages and the
    /// `backslashreplace` handler write it.
    static func escaped(_ u: Unicode.Scalar) -> String {
        func hex(_ v: UInt32, _ width: Int) -> String {
            let h = String(v, radix: 16)
            return String(repeating: "0", count: Swift.max(0, width - h.count)) + h
        }
        if u.value < 0x100 { return "\\x" + hex(u.value, 2) }
        if u.value < 0x10000 { return "\\u" + hex(u.value, 4) }
        return "\\U" + hex(u.value, 8)
    }

    /// What encoding error handler `errors` writes for a scalar the codec cannot encode
    /// (`ignore`, `replace`, `xmlcharrefreplace`, `backslashreplace`, `namereplace`); nil
    /// for an unknown handler.
    static func encodeReplacement(_ u: Unicode.Scalar, errors: String) -> String? {
        switch errors {
        case "ignore": return ""
        case "replace": return "?"
        case "xmlcharrefreplace": return "&#\(u.value);"
        case "backslashreplace": return escaped(u)
        case "namereplace":
            if let name = u.properties.name { return "\\N{\(name)}" }
            return escaped(u)
        default: return nil
        }
    }

    /// UTF-8 text with each byte that is not part of a valid sequence written as `\xNN`
    /// (the `backslashreplace` decoding handler).
    static func decodeUTF8EscapingInvalid(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            var matched = false
            for len in 1...4 where i + len <= bytes.count {
                if let s = String(validating: bytes[i..<(i + len)], as: UTF8.self) {
                    out += s
                    i += len
                    matched = true
                    break
                }
            }
            if !matched {
                out += "\\x" + (bytes[i] < 16 ? "0" : "") + String(bytes[i], radix: 16)
                i += 1
            }
        }
        return out
    }
}
