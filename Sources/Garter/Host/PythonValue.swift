import BigInt
import Foundation

/// A Python value crossing the boundary between Garter and the host.
public indirect enum PythonValue: Sendable, Equatable, CustomStringConvertible {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer too large for `Int`, as decimal digits.
    case bigInt(String)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case list([PythonValue])
    case tuple([PythonValue])
    /// A dict, in insertion order.
    case dict([(PythonValue, PythonValue)])
    case set([PythonValue])
    case frozenSet([PythonValue])
    /// An object Garter cannot convert, by its `repr`.
    case opaque(typeName: String, repr: String)

    public static func == (a: PythonValue, b: PythonValue) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.bigInt(let x), .bigInt(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.string(let x), .string(let y)): return x == y
        case (.bytes(let x), .bytes(let y)): return x == y
        case (.list(let x), .list(let y)), (.tuple(let x), .tuple(let y)), (.set(let x), .set(let y)), (.frozenSet(let x), .frozenSet(let y)):
            return x == y
        case (.dict(let x), .dict(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.opaque(let t1, let r1), .opaque(let t2, let r2)): return t1 == t2 && r1 == r2
        default: return false
        }
    }

    /// Python's `repr` of the value.
    public var description: String {
        let vm = VM(output: BufferedOutput())
        return (try? vm.repr(toValue())) ?? "<?>"
    }

    init(_ v: Garter.Value, vm: VM) {
        switch v {
        case .none, .unbound: self = .none
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d): self = .float(d)
        case .str(let s): self = .string(s.value)
        case .object(let o):
            switch o.kind {
            case .bigInt: self = .bigInt(String(describing: unsafeDowncast(o, to: PyBigInt.self).value))
            case .bytes: self = .bytes(unsafeDowncast(o, to: PyBytes.self).bytes)
            case .list: self = .list(unsafeDowncast(o, to: PyList.self).items.map { PythonValue($0, vm: vm) })
            case .tuple: self = .tuple(unsafeDowncast(o, to: PyTuple.self).items.map { PythonValue($0, vm: vm) })
            case .dict: self = .dict(unsafeDowncast(o, to: PyDict.self).items.map { (PythonValue($0.0, vm: vm), PythonValue($0.1, vm: vm)) })
            case .set: self = .set(unsafeDowncast(o, to: PySet.self).elements.map { PythonValue($0, vm: vm) })
            case .frozenSet: self = .frozenSet(unsafeDowncast(o, to: PySet.self).elements.map { PythonValue($0, vm: vm) })
            default: self = .opaque(typeName: vm.typeName(v), repr: (try? vm.repr(v)) ?? "?")
            }
        }
    }

    func toValue() -> Garter.Value {
        switch self {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s): return .bigInt(BigInt(s) ?? 0)
        case .float(let d): return .float(d)
        case .string(let s): return .str(PyStr(s))
        case .bytes(let b): return .object(PyBytes(b))
        case .list(let items): return .object(PyList(items.map { $0.toValue() }))
        case .tuple(let items): return .object(PyTuple(items.map { $0.toValue() }))
        case .dict(let pairs):
            let d = PyDict()
            let vm = VM(output: BufferedOutput())
            for (k, v) in pairs { try? d.set(k.toValue(), v.toValue(), vm: vm) }
            return .object(d)
        case .set(let items), .frozenSet(let items):
            let s = PySet(frozen: { if case .frozenSet = self { return true }; return false }())
            let vm = VM(output: BufferedOutput())
            for i in items { try? s.add(i.toValue(), vm: vm) }
            return .object(s)
        case .opaque(_, let r): return .str(PyStr(r))
        }
    }

}

extension PythonValue: ExpressibleByIntegerLiteral, ExpressibleByStringLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByNilLiteral, ExpressibleByDictionaryLiteral {
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: PythonValue...) { self = .list(elements) }
    public init(nilLiteral: ()) { self = .none }
    public init(dictionaryLiteral elements: (PythonValue, PythonValue)...) { self = .dict(elements) }
}
