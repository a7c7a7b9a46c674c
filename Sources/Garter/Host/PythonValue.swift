import BigInt

/// A Python value crossing the boundary between Garter and the host: inputs, host-call
/// arguments and results, and the value of a run.
///
/// Containers nest up to ``maxDepth`` levels; deeper Python data reaches the host as
/// ``opaque(typeName:repr:)``. `description` prints Python's `repr`. The value is `Codable`
/// (a lossless form, see `PythonValue+Codable.swift`) and converts to and from JSON
/// (``init(json:)``, ``json(sortKeys:nonFinite:)``).
public enum PythonValue: Sendable, Equatable, CustomStringConvertible {
    case none
    case bool(Bool)
    case int(Int)
    /// An integer too large for `Int`, as decimal digits (`"-123..."`).
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
    /// An instance of a `@dataclass`: the class name and the fields in definition order.
    /// As an input it becomes an instance of a dataclass of that name (with `__eq__` and
    /// `__repr__`, not frozen).
    case dataclass(name: String, fields: [(String, PythonValue)])
    /// An object Garter cannot convert, by its `repr`.
    case opaque(typeName: String, repr: String)

    /// The deepest nesting of containers converted (Python's default recursion limit).
    public static let maxDepth = 1000

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
        case (.dataclass(let n1, let f1), .dataclass(let n2, let f2)):
            return n1 == n2 && f1.count == f2.count && zip(f1, f2).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case (.opaque(let t1, let r1), .opaque(let t2, let r2)): return t1 == t2 && r1 == r2
        default: return false
        }
    }

    /// Python's `repr` of the value.
    public var description: String {
        var out = ""
        writeRepr(into: &out)
        return out
    }

    private func writeRepr(into out: inout String) {
        func items(_ xs: [PythonValue], _ open: String, _ close: String) {
            out += open
            for (i, x) in xs.enumerated() {
                if i > 0 { out += ", " }
                x.writeRepr(into: &out)
            }
            out += close
        }
        switch self {
        case .none: out += "None"
        case .bool(let b): out += b ? "True" : "False"
        case .int(let i): out += String(i)
        case .bigInt(let s): out += s
        case .float(let d): out += NumberText.floatRepr(d)
        case .string(let s): out += StrOps.repr(s)
        case .bytes(let b): out += StrOps.bytesRepr(b)
        case .list(let xs): items(xs, "[", "]")
        case .tuple(let xs): items(xs, "(", xs.count == 1 ? ",)" : ")")
        case .set(let xs): if xs.isEmpty { out += "set()" } else { items(xs, "{", "}") }
        case .frozenSet(let xs): if xs.isEmpty { out += "frozenset()" } else { items(xs, "frozenset({", "})") }
        case .dict(let pairs):
            out += "{"
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out += ", " }
                k.writeRepr(into: &out)
                out += ": "
                v.writeRepr(into: &out)
            }
            out += "}"
        case .dataclass(let name, let fields):
            out += name + "("
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { out += ", " }
                out += k + "="
                v.writeRepr(into: &out)
            }
            out += ")"
        case .opaque(_, let r): out += r
        }
    }

    init(_ v: Garter.Value, vm: VM) {
        self.init(v, vm: vm, depth: 0, context: nil)
    }

    /// The most container elements one conversion produces; the rest reach the host as
    /// ``opaque(typeName:repr:)``.
    ///
    /// Python data may share containers (`a = [x, x]` repeated 60 times is a few objects
    /// but 2**60 elements once expanded into a tree) or contain itself; the conversion runs
    /// on the host's time, outside the run's limits, so its work must be bounded.
    public static let maxElements = 5_000_000

    /// State shared by one conversion: the containers being converted (a container met
    /// again inside itself becomes `[...]`, as in its repr) and the element budget.
    final class Conversion {
        var active = Set<ObjectIdentifier>()
        var budget = PythonValue.maxElements
    }

    /// `context` is created at the first object, so scalar results (the common result of a
    /// run) convert without any conversion state.
    private init(_ v: Garter.Value, vm: VM, depth: Int, context: Conversion?) {
        switch v {
        case .none, .unbound: self = .none
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .float(let d): self = .float(d)
        case .str(let s): self = .string(s.value)
        case .object(let o): self = PythonValue.converting(o, v, vm: vm, depth: depth, context: context ?? Conversion())
        }
    }

    /// The conversion of an object, apart from the scalars' switch: with its local function
    /// inline there, every conversion (an int result too) paid for the function's context.
    @inline(never)
    private static func converting(_ o: PyObject, _ v: Garter.Value, vm: VM, depth: Int, context: Conversion) -> PythonValue {
        let isContainer: Bool
        switch o.kind {
        case .list, .tuple, .dict, .set, .frozenSet, .instance: isContainer = true
        default: isContainer = false
        }
        if isContainer && (depth >= PythonValue.maxDepth || !StackGuard.hasRoom()) {
            return .opaque(typeName: vm.typeName(v), repr: "<\(vm.typeName(v)) nested deeper than \(PythonValue.maxDepth) levels>")
        }
        let id = ObjectIdentifier(o)
        if isContainer {
            if context.active.contains(id) {
                let marker: String
                switch o.kind {
                case .list: marker = "[...]"
                case .dict: marker = "{...}"
                case .tuple: marker = "(...)"
                default: marker = "..."
                }
                return .opaque(typeName: vm.typeName(v), repr: marker)
            }
            if context.budget <= 0 {
                return .opaque(typeName: vm.typeName(v), repr: "<\(vm.typeName(v)) beyond \(PythonValue.maxElements) converted elements>")
            }
            context.active.insert(id)
        }
        defer { if isContainer { context.active.remove(id) } }
        let d = depth + 1
        func convert(_ x: Garter.Value) -> PythonValue {
            context.budget -= 1
            return PythonValue(x, vm: vm, depth: d, context: context)
        }
        switch o.kind {
        case .bigInt: return .bigInt(String(describing: unsafeDowncast(o, to: PyBigInt.self).value))
        case .bytes: return .bytes(unsafeDowncast(o, to: PyBytes.self).bytes)
        case .list: return .list(unsafeDowncast(o, to: PyList.self).items.map(convert))
        case .tuple: return .tuple(unsafeDowncast(o, to: PyTuple.self).items.map(convert))
        case .dict: return .dict(unsafeDowncast(o, to: PyDict.self).items.map { (convert($0.0), convert($0.1)) })
        case .set: return .set(unsafeDowncast(o, to: PySet.self).elements.map(convert))
        case .frozenSet: return .frozenSet(unsafeDowncast(o, to: PySet.self).elements.map(convert))
        default:
            if let fields = PythonValue.dataclassFields(v, vm: vm, depth: d, context: context) {
                return .dataclass(name: vm.typeOf(v).name, fields: fields)
            }
            return .opaque(typeName: vm.typeName(v), repr: (try? vm.repr(v)) ?? "?")
        }
    }

    /// The fields of a dataclass instance (`dataclasses.fields(v)` order), or nil.
    private static func dataclassFields(_ v: Garter.Value, vm: VM, depth: Int, context: Conversion) -> [(String, PythonValue)]? {
        guard case .object(let o) = v, o.kind == .instance,
              let table = vm.typeOf(v).lookup("__dataclass_fields__")?.asDict,
              let fieldMarker = vm.modules["dataclasses"]?.dict.getString("_FIELD") else { return nil }
        var out: [(String, PythonValue)] = []
        for (k, field) in table.items {
            guard case .str(let name) = k,
                  let kind = try? vm.getAttribute(field, PyStr("_field_type")), kind.isIdentical(to: fieldMarker) else { continue }
            guard let value = try? vm.getAttribute(v, name) else { return nil }
            context.budget -= 1
            out.append((name.value, PythonValue(value, vm: vm, depth: depth, context: context)))
        }
        return out
    }

    /// The Python object for this value; a ``dataclass(name:fields:)`` becomes an instance of
    /// a dataclass made for it (one class per name and field list per run).
    func toValue(vm: VM, depth: Int = 0) throws(PythonError) -> Garter.Value {
        guard depth < PythonValue.maxDepth else {
            throw vm.makeError(Builtins.shared.valueError, "input nested deeper than \(PythonValue.maxDepth) levels")
        }
        let d = depth + 1
        switch self {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s):
            guard let b = BigInt(s) else { throw vm.makeError(Builtins.shared.valueError, "invalid integer digits \(StrOps.repr(String(s.prefix(50))))") }
            return .bigInt(b)
        case .float(let x): return .float(x)
        case .string(let s): return .str(PyStr(s))
        case .bytes(let b): return .object(PyBytes(b))
        case .list(let items):
            var out: [Garter.Value] = []
            out.reserveCapacity(items.count)
            for i in items { out.append(try i.toValue(vm: vm, depth: d)) }
            return .object(PyList(out))
        case .tuple(let items):
            var out: [Garter.Value] = []
            out.reserveCapacity(items.count)
            for i in items { out.append(try i.toValue(vm: vm, depth: d)) }
            return .object(PyTuple(out))
        case .dict(let pairs):
            let dict = PyDict()
            for (k, v) in pairs { try dict.set(try k.toValue(vm: vm, depth: d), try v.toValue(vm: vm, depth: d), vm: vm) }
            return .object(dict)
        case .set(let items), .frozenSet(let items):
            let s = PySet(frozen: { if case .frozenSet = self { return true }; return false }())
            for i in items { try s.add(try i.toValue(vm: vm, depth: d), vm: vm) }
            return .object(s)
        case .dataclass(let name, let fields):
            let cls = try vm.inputDataclass(name: name, fields: fields.map(\.0))
            var args: [Garter.Value] = []
            for (_, v) in fields { args.append(try v.toValue(vm: vm, depth: d)) }
            return try vm.callValue(.object(cls), args, keywordNames: fields.map { PyStr($0.0) })
        case .opaque(_, let r): return .str(PyStr(r))
        }
    }

    /// Conversion for places without a run in progress (a failing conversion gives None).
    func toValue() -> Garter.Value {
        (try? toValue(vm: VM(output: BufferedOutput()))) ?? .none
    }
}

extension VM {
    /// The class standing for a host ``PythonValue/dataclass(name:fields:)``: a `@dataclass`
    /// with these fields, created once per run.
    func inputDataclass(name: String, fields: [String]) throws(PythonError) -> PyType {
        let key = ([name] + fields).joined(separator: "\u{0}")
        if let cls = inputDataclasses[key] { return cls }
        guard StrOps.isidentifier(name), TokenKind.keyword(name) == nil else {
            throw makeError(Builtins.shared.valueError, "dataclass name \(StrOps.repr(name)) is not an identifier")
        }
        var seen = Set<String>()
        let annotations = PyDict()
        for f in fields {
            guard StrOps.isidentifier(f), TokenKind.keyword(f) == nil, seen.insert(f).inserted else {
                throw makeError(Builtins.shared.valueError, "invalid or duplicate field name \(StrOps.repr(f)) in dataclass \(name)")
            }
            annotations.setString(f, .str(PyStr("object")))
        }
        let namespace = PyDict()
        namespace.setString("__module__", .str(PyStr("__main__")))
        namespace.setString("__qualname__", .str(PyStr(name)))
        namespace.setString("__annotations__", .object(annotations))
        let cls = try makeClass(name: name, bases: [Builtins.shared.object], namespace: namespace, metaclass: nil, keywords: [])
        let decorator = try getAttribute(try importModule("dataclasses"), PyStr("dataclass"))
        guard let made = try callValue(decorator, with: .object(cls)).asType else {
            throw makeError(Builtins.shared.typeError, "dataclass() did not return a class")
        }
        inputDataclasses[key] = made
        return made
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
