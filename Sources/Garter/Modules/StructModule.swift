import BigInt

/// `struct`: `pack`, `unpack`, `calcsize`, `pack_into`, `unpack_from`, `iter_unpack` and
/// `Struct`, with native (`@`, aligned, 8-byte `long`) and standard (`=<>!`) layouts, every
/// format code CPython 3.11 has, and its `struct.error` messages.
enum StructModule {
    /// One parsed item: a code repeated `count` times (`s`/`p`: one item of `count` bytes).
    struct Item {
        let code: UInt8
        let count: Int
        let size: Int
        let offset: Int
    }

    struct Layout {
        let items: [Item]
        let size: Int
        let littleEndian: Bool
        let native: Bool
        /// Values packed or produced (`x` produces none, `s`/`p` one per item).
        var valueCount: Int { items.reduce(0) { $0 + ($1.code == 0x78 ? 0 : ($1.code == 0x73 || $1.code == 0x70 ? 1 : $1.count)) } }
    }

    static func itemSize(_ code: UInt8, native: Bool) -> Int? {
        switch code {
        case 0x78, 0x63, 0x62, 0x42, 0x3F, 0x73, 0x70: return 1           // x c b B ? s p
        case 0x68, 0x48, 0x65: return 2                                   // h H e
        case 0x69, 0x49, 0x66: return 4                                   // i I f
        case 0x6C, 0x4C: return native ? 8 : 4                            // l L
        case 0x71, 0x51, 0x64: return 8                                   // q Q d
        case 0x6E, 0x4E, 0x50: return native ? 8 : nil                    // n N P
        default: return nil
        }
    }

    static func parse(_ vm: VM, _ format: Value) throws(PythonError) -> Layout {
        let text: [UInt8]
        if case .str(let s) = format { text = Array(s.value.utf8) } else if let b = format.bytesLike { text = b } else {
            throw vm.makeError(Builtins.shared.typeError, "Struct() argument 1 must be a str or bytes object, not \(vm.typeName(format))")
        }
        var i = 0
        var native = true
        var little = true
        if let first = text.first {
            switch first {
            case 0x40: i = 1                                   // @
            case 0x3D: native = false; i = 1                   // =
            case 0x3C: native = false; i = 1                   // <
            case 0x3E, 0x21: native = false; little = false; i = 1   // > !
            default: break
            }
        }
        var items: [Item] = []
        var offset = 0
        while i < text.count {
            let c = text[i]
            if c == 0x20 || (c >= 9 && c <= 13) { i += 1; continue }
            var count = 1
            var hasCount = false
            if c >= 0x30 && c <= 0x39 {
                count = 0
                while i < text.count, text[i] >= 0x30 && text[i] <= 0x39 {
                    let (m, o1) = count.multipliedReportingOverflow(by: 10)
                    let (a, o2) = m.addingReportingOverflow(Int(text[i] - 0x30))
                    if o1 || o2 || a > Int(Int32.max) { throw error(vm, "total struct size too long") }
                    count = a
                    i += 1
                }
                hasCount = true
                guard i < text.count else { throw error(vm, "repeat count given without format specifier") }
            }
            _ = hasCount
            let code = text[i]
            i += 1
            guard let size = itemSize(code, native: native) else { throw error(vm, "bad char in struct format") }
            if native && size > 1 && code != 0x73 && code != 0x70 {
                offset = (offset + size - 1) / size * size
            }
            let total = (code == 0x73 || code == 0x70) ? count : size * count
            items.append(Item(code: code, count: count, size: size, offset: offset))
            offset += total
            if offset > Int(Int32.max) { throw error(vm, "total struct size too long") }
        }
        return Layout(items: items, size: offset, littleEndian: native ? true : little, native: native)
    }

    /// A `struct.error` (the class the module's Python part defines).
    static func error(_ vm: VM, _ message: String) -> PythonError {
        guard let cls = vm.modules["struct"]?.dict.getString("error"),
              let exc = try? vm.callValue(cls, with: .str(PyStr(message))), let inst = exc.asInstance, inst.exception != nil else {
            return vm.makeError(Builtins.shared.valueError, message)
        }
        return PythonError(inst)
    }

    /// The Python part of `struct`: `error` and the `Struct` class over `_struct`.
    static let source = ##"""
from _struct import pack, unpack, calcsize, pack_into, unpack_from, iter_unpack

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


class Struct:
    __module__ = '_struct'

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        self.format = format
        self.size = calcsize(format)

    def pack(self, *values):
        return pack(self.format, *values)

    def pack_into(self, buffer, offset, *values):
        return pack_into(self.format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)

"""##

    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("_struct")
        m.function("calcsize") { vm, args throws(PythonError) in
            try args.check("calcsize", min: 1, max: 1, vm: vm)
            return .int(try parse(vm, args[0]).size)
        }
        m.function("pack") { vm, args throws(PythonError) in
            guard args.positionalCount >= 1 else { throw vm.makeError(Builtins.shared.typeError, "pack expected at least 1 argument, got 0") }
            let layout = try parse(vm, args[0])
            try vm.checkAllocation(layout.size, times: 1, itemSize: 1)
            var out = [UInt8](repeating: 0, count: layout.size)
            try pack(vm, layout, args.positionalAfterFirst, into: &out, at: 0)
            return .object(PyBytes(out))
        }
        m.function("pack_into") { vm, args throws(PythonError) in
            guard args.positionalCount >= 3 else { throw vm.makeError(Builtins.shared.typeError, "pack_into expected buffer argument") }
            let layout = try parse(vm, args[0])
            guard let buffer = args[1].asByteArray else {
                throw vm.makeError(Builtins.shared.typeError, "argument must be read-write bytes-like object, not \(vm.typeName(args[1]))")
            }
            var offset = try vm.indexValue(args[2])
            if offset < 0 { offset += buffer.bytes.count }
            guard offset >= 0, offset + layout.size <= buffer.bytes.count else {
                throw error(vm, "pack_into requires a buffer of at least \(layout.size + max(0, offset)) bytes for packing \(layout.size) bytes at offset \(offset) (actual buffer size is \(buffer.bytes.count))")
            }
            var out = buffer.bytes
            try pack(vm, layout, Array(args.positional.dropFirst(3)), into: &out, at: offset)
            buffer.bytes = out
            return .none
        }
        m.function("unpack") { vm, args throws(PythonError) in
            try args.check("unpack", min: 2, max: 2, vm: vm)
            let layout = try parse(vm, args[0])
            guard let bytes = args[1].bytesLike else { throw vm.makeError(Builtins.shared.typeError, "a bytes-like object is required, not '\(vm.typeName(args[1]))'") }
            guard bytes.count == layout.size else { throw error(vm, "unpack requires a buffer of \(layout.size) bytes") }
            return .object(PyTuple(unpack(vm, layout, bytes[...])))
        }
        m.function("unpack_from") { vm, args throws(PythonError) in
            try args.check("unpack_from", min: 2, max: 3, keywords: ["buffer", "offset"], vm: vm)
            let layout = try parse(vm, args[0])
            guard let bytes = args[1].bytesLike else { throw vm.makeError(Builtins.shared.typeError, "a bytes-like object is required, not '\(vm.typeName(args[1]))'") }
            var offset = args.positionalCount > 2 ? try vm.indexValue(args[2]) : try args.keyword("offset").map { v throws(PythonError) in try vm.indexValue(v) } ?? 0
            if offset < 0 {
                if offset + bytes.count < 0 { throw error(vm, "offset \(offset) out of range for \(bytes.count)-byte buffer") }
                offset += bytes.count
            }
            guard offset + layout.size <= bytes.count else {
                throw error(vm, "unpack_from requires a buffer of at least \(layout.size + offset) bytes for unpacking \(layout.size) bytes at offset \(offset) (actual buffer size is \(bytes.count))")
            }
            return .object(PyTuple(unpack(vm, layout, bytes[offset..<(offset + layout.size)])))
        }
        m.function("iter_unpack") { vm, args throws(PythonError) in
            try args.check("iter_unpack", min: 2, max: 2, vm: vm)
            let layout = try parse(vm, args[0])
            guard let bytes = args[1].bytesLike else { throw vm.makeError(Builtins.shared.typeError, "a bytes-like object is required, not '\(vm.typeName(args[1]))'") }
            if layout.size == 0 { throw error(vm, "cannot iteratively unpack with a struct of length 0") }
            guard bytes.count % layout.size == 0 else {
                throw error(vm, "iterative unpacking requires a buffer of a multiple of \(layout.size) bytes")
            }
            var tuples: [Value] = []
            var i = 0
            while i < bytes.count {
                tuples.append(.object(PyTuple(unpack(vm, layout, bytes[i..<(i + layout.size)]))))
                i += layout.size
            }
            return try vm.getIterator(.object(PyList(tuples)))
        }
        return m.module
    }

    static func integer(_ vm: VM, _ v: Value) throws(PythonError) -> BigInt {
        if case .bool(let b) = v { return b ? 1 : 0 }
        if let b = v.asBigIntValue { return b }
        if vm.isUserInstance(v), let r = try vm.callSpecial(v, Names.index, []), let b = r.asBigIntValue { return b }
        throw error(vm, "required argument is not an integer")
    }

    static func putInt(_ value: BigInt, size: Int, little: Bool, into out: inout [UInt8], at offset: Int) {
        // Two's complement of the low `size` bytes.
        let modulus = BigInt(1) << (size * 8)
        var v = value % modulus
        if v < 0 { v += modulus }
        for k in 0..<size {
            let byte = UInt8(truncatingIfNeeded: Int(v & 0xFF))
            v >>= 8
            out[offset + (little ? k : size - 1 - k)] = byte
        }
    }

    /// CPython's range errors, which depend on the code, the size and the layout (see the
    /// `np_*`/`lp_*`/`bp_*` packers of `_struct.c`).
    static func checkRange(_ vm: VM, _ v: BigInt, code: UInt8, size: Int, bigEndianStandard: Bool) throws(PythonError) {
        let signed = code == 0x62 || code == 0x68 || code == 0x69 || code == 0x6C || code == 0x71 || code == 0x6E
        let bits = size * 8
        let lo: BigInt = signed ? -(BigInt(1) << (bits - 1)) : 0
        let hi: BigInt = signed ? (BigInt(1) << (bits - 1)) - 1 : (BigInt(1) << bits) - 1
        if v >= lo && v <= hi { return }
        let outOfRange = bigEndianStandard && size == 8 ? "int too large to convert" : "argument out of range"
        // Values a C long cannot hold fail before any format-specific check.
        let longMin = -(BigInt(1) << 63), longMax = (BigInt(1) << 63) - 1
        if v < longMin || v > (signed ? longMax : (BigInt(1) << 64) - 1) { throw error(vm, outOfRange) }
        let c = Character(Unicode.Scalar(code))
        switch code {
        case 0x62: throw error(vm, "byte format requires -128 <= number <= 127")
        case 0x42: throw error(vm, "ubyte format requires 0 <= number <= 255")
        case 0x68 where !bigEndianStandard: throw error(vm, "short format requires -32768 <= number <= 32767")
        case 0x48 where !bigEndianStandard: throw error(vm, "ushort format requires 0 <= number <= 65535")
        default:
            if size == 8 || (!signed && v < 0) { throw error(vm, outOfRange) }
            throw error(vm, "'\(c)' format requires \(lo) <= number <= \(hi)")
        }
    }

    static func double(_ vm: VM, _ v: Value) throws(PythonError) -> Double {
        if let n = PyNumber.operand(vm.builtinBase(v)) { return try PyNumber.toDouble(n) }
        if vm.isUserInstance(v), let r = try vm.callSpecial(v, PyStr("__float__"), []), case .float(let d) = r { return d }
        throw error(vm, "required argument is not a float")
    }

    static func pack(_ vm: VM, _ layout: Layout, _ values: [Value], into out: inout [UInt8], at base: Int) throws(PythonError) {
        guard values.count == layout.valueCount else {
            throw error(vm, "pack expected \(layout.valueCount) items for packing (got \(values.count))")
        }
        var vi = 0
        let little = layout.littleEndian
        for item in layout.items {
            switch item.code {
            case 0x78: continue
            case 0x73, 0x70:
                let v = values[vi]; vi += 1
                guard let b = v.bytesLike else { throw error(vm, "argument for '\(Character(Unicode.Scalar(item.code)))' must be a bytes object") }
                if item.code == 0x73 {
                    for (k, byte) in b.prefix(item.count).enumerated() { out[base + item.offset + k] = byte }
                } else if item.count > 0 {
                    let n = min(b.count, item.count - 1, 255)
                    out[base + item.offset] = UInt8(n)
                    for k in 0..<n { out[base + item.offset + 1 + k] = b[k] }
                }
                continue
            default: break
            }
            for k in 0..<item.count {
                let v = values[vi]; vi += 1
                let at = base + item.offset + k * item.size
                switch item.code {
                case 0x63:
                    guard let b = v.asBytes?.bytes, b.count == 1 else { throw error(vm, "char format requires a bytes object of length 1") }
                    out[at] = b[0]
                case 0x3F:
                    out[at] = try vm.isTrue(v) ? 1 : 0
                case 0x65, 0x66, 0x64:
                    let d = try double(vm, v)
                    var bits: UInt64
                    switch item.code {
                    case 0x65:
                        let h = Float16(d)
                        if h.isInfinite && d.isFinite { throw vm.makeError(Builtins.shared.overflowError, "float too large to pack with e format") }
                        bits = UInt64(h.bitPattern)
                    case 0x66:
                        let f = Float(d)
                        if f.isInfinite && d.isFinite { throw vm.makeError(Builtins.shared.overflowError, "float too large to pack with f format") }
                        bits = UInt64(f.bitPattern)
                    default:
                        bits = d.bitPattern
                    }
                    for j in 0..<item.size {
                        out[at + (little ? j : item.size - 1 - j)] = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(j)))
                    }
                default:
                    let n = try integer(vm, v)
                    try checkRange(vm, n, code: item.code, size: item.size, bigEndianStandard: !layout.native && !little)
                    putInt(n, size: item.size, little: little, into: &out, at: at)
                }
            }
        }
    }

    static func unpack(_ vm: VM, _ layout: Layout, _ bytes: ArraySlice<UInt8>) -> [Value] {
        var out: [Value] = []
        let little = layout.littleEndian
        let base = bytes.startIndex
        for item in layout.items {
            switch item.code {
            case 0x78: continue
            case 0x73:
                out.append(.object(PyBytes(Array(bytes[(base + item.offset)..<(base + item.offset + item.count)]))))
                continue
            case 0x70:
                if item.count == 0 { out.append(.object(PyBytes([]))); continue }
                let n = min(Int(bytes[base + item.offset]), item.count - 1)
                out.append(.object(PyBytes(Array(bytes[(base + item.offset + 1)..<(base + item.offset + 1 + n)]))))
                continue
            default: break
            }
            for k in 0..<item.count {
                let at = base + item.offset + k * item.size
                var raw: UInt64 = 0
                for j in 0..<item.size {
                    raw |= UInt64(bytes[at + (little ? j : item.size - 1 - j)]) << (8 * UInt64(j))
                }
                switch item.code {
                case 0x63: out.append(.object(PyBytes([bytes[at]])))
                case 0x3F: out.append(.bool(raw != 0))
                case 0x65: out.append(.float(Double(Float16(bitPattern: UInt16(raw)))))
                case 0x66: out.append(.float(Double(Float(bitPattern: UInt32(raw)))))
                case 0x64: out.append(.float(Double(bitPattern: raw)))
                case 0x62, 0x68, 0x69, 0x6C, 0x71, 0x6E:
                    let shift = UInt64(64 - item.size * 8)
                    out.append(.int(Int(Int64(bitPattern: raw << shift) >> Int64(shift))))
                default:
                    out.append(raw <= UInt64(Int.max) ? .int(Int(raw)) : .bigInt(BigInt(raw)))
                }
            }
        }
        return out
    }
}
