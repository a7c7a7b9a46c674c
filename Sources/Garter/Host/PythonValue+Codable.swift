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

/// `Codable` in a lossless form, so a value survives any encoder and decoder (JSON, property
/// lists) with its Python type intact:
///
/// | Python | encoded as |
/// |---|---|
/// | None, bool, str, list | null, boolean, string, array |
/// | int that fits `Int` | number |
/// | float with a fractional part | number |
/// | other float (integral, NaN, ±inf) | `{"float": 2}`, `{"float": "nan"}`, `{"float": "inf"}`, `{"float": "-inf"}` |
/// | larger int | `{"int": "123456789012345678901234567890"}` |
/// | tuple, set, frozenset | `{"tuple": [...]}`, `{"set": [...]}`, `{"frozenset": [...]}` |
/// | dict | `{"dict": [[key, value], ...]}` (any keys, order kept) |
/// | bytes | `{"bytes": "<base64>"}` |
/// | dataclass instance | `{"dataclass": "Name", "fields": [["name", value], ...]}` |
/// | opaque object | `{"opaque": "type name", "repr": "..."}` |
///
/// For plain JSON in Python's own shapes use ``PythonValue/json(sortKeys:nonFinite:)`` and
/// ``PythonValue/init(json:)-(String)`` instead.
extension PythonValue: Codable {
    private enum Tag: String, CodingKey {
        case float, int, tuple, set, frozenset, dict, bytes, dataclass, fields, opaque, repr
    }

    /// A `[key, value]` or `[name, value]` pair inside a dict or dataclass.
    private struct Pair<Key: Codable>: Codable {
        var key: Key
        var value: PythonValue

        init(_ key: Key, _ value: PythonValue) {
            self.key = key
            self.value = value
        }

        init(from decoder: Decoder) throws {
            var c = try decoder.unkeyedContainer()
            key = try c.decode(Key.self)
            value = try c.decode(PythonValue.self)
            guard c.isAtEnd else {
                throw DecodingError.dataCorruptedError(in: c, debugDescription: "a pair has exactly two elements")
            }
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(key)
            try c.encode(value)
        }
    }

    public func encode(to encoder: Encoder) throws {
        if encoder.codingPath.count > 2 * PythonValue.maxDepth + 4 {
            throw EncodingError.invalidValue(self, .init(codingPath: encoder.codingPath, debugDescription: "value nested deeper than \(PythonValue.maxDepth) levels"))
        }
        switch self {
        case .none:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .int(let i):
            var c = encoder.singleValueContainer()
            try c.encode(i)
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .list(let xs):
            var c = encoder.singleValueContainer()
            try c.encode(xs)
        case .float(let d):
            if d.isFinite && d.rounded(.towardZero) != d {
                var c = encoder.singleValueContainer()
                try c.encode(d)
            } else {
                var c = encoder.container(keyedBy: Tag.self)
                if d.isNaN { try c.encode("nan", forKey: .float) }
                else if d.isInfinite { try c.encode(d > 0 ? "inf" : "-inf", forKey: .float) }
                else { try c.encode(d, forKey: .float) }
            }
        case .bigInt(let s):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(s, forKey: .int)
        case .tuple(let xs):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(xs, forKey: .tuple)
        case .set(let xs):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(xs, forKey: .set)
        case .frozenSet(let xs):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(xs, forKey: .frozenset)
        case .dict(let pairs):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(pairs.map { Pair($0.0, $0.1) }, forKey: .dict)
        case .bytes(let b):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(Data(b).base64EncodedString(), forKey: .bytes)
        case .dataclass(let name, let fields):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(name, forKey: .dataclass)
            try c.encode(fields.map { Pair($0.0, $0.1) }, forKey: .fields)
        case .opaque(let typeName, let repr):
            var c = encoder.container(keyedBy: Tag.self)
            try c.encode(typeName, forKey: .opaque)
            try c.encode(repr, forKey: .repr)
        }
    }

    public init(from decoder: Decoder) throws {
        if decoder.codingPath.count > 2 * PythonValue.maxDepth + 4 {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "value nested deeper than \(PythonValue.maxDepth) levels"))
        }
        if let keyed = try? decoder.container(keyedBy: Tag.self) {
            self = try PythonValue.decodeTagged(keyed)
            return
        }
        if var list = try? decoder.unkeyedContainer() {
            var items: [PythonValue] = []
            while !list.isAtEnd { items.append(try list.decode(PythonValue.self)) }
            self = .list(items)
            return
        }
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .none }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .float(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else { throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an encoded Python value") }
    }

    private static func decodeTagged(_ c: KeyedDecodingContainer<Tag>) throws -> PythonValue {
        func corrupt(_ message: String) -> DecodingError {
            DecodingError.dataCorrupted(.init(codingPath: c.codingPath, debugDescription: message))
        }
        let keys = Set(c.allKeys.map(\.stringValue))
        func only(_ expected: Set<String>) throws {
            guard keys == expected else { throw corrupt("expected the keys \(expected.sorted()), found \(keys.sorted())") }
        }
        if keys.contains("float") {
            try only(["float"])
            if let d = try? c.decode(Double.self, forKey: .float) { return .float(d) }
            switch try c.decode(String.self, forKey: .float) {
            case "nan": return .float(.nan)
            case "inf": return .float(.infinity)
            case "-inf": return .float(-.infinity)
            case let other: throw corrupt("invalid float \(other)")
            }
        }
        if keys.contains("int") {
            try only(["int"])
            let digits = try c.decode(String.self, forKey: .int)
            let body = digits.hasPrefix("-") ? digits.dropFirst() : Substring(digits)
            guard !body.isEmpty, body.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { throw corrupt("invalid int digits") }
            if let i = Int(digits) { return .int(i) }
            return .bigInt(digits)
        }
        if keys.contains("tuple") { try only(["tuple"]); return .tuple(try c.decode([PythonValue].self, forKey: .tuple)) }
        if keys.contains("set") { try only(["set"]); return .set(try c.decode([PythonValue].self, forKey: .set)) }
        if keys.contains("frozenset") { try only(["frozenset"]); return .frozenSet(try c.decode([PythonValue].self, forKey: .frozenset)) }
        if keys.contains("dict") {
            try only(["dict"])
            return .dict(try c.decode([Pair<PythonValue>].self, forKey: .dict).map { ($0.key, $0.value) })
        }
        if keys.contains("bytes") {
            try only(["bytes"])
            guard let data = Data(base64Encoded: try c.decode(String.self, forKey: .bytes)) else { throw corrupt("invalid base64 in bytes") }
            return .bytes([UInt8](data))
        }
        if keys.contains("dataclass") {
            try only(["dataclass", "fields"])
            let fields = try c.decode([Pair<String>].self, forKey: .fields)
            return .dataclass(name: try c.decode(String.self, forKey: .dataclass), fields: fields.map { ($0.key, $0.value) })
        }
        if keys.contains("opaque") {
            try only(["opaque", "repr"])
            return .opaque(typeName: try c.decode(String.self, forKey: .opaque), repr: try c.decode(String.self, forKey: .repr))
        }
        throw corrupt("not an encoded Python value (keys \(keys.sorted()))")
    }
}
