
/// The binary format of a paused run (see SnapshotEncoder.swift for the layout).
///
/// Every read is bounds-checked, every count is checked against the bytes left, and code
/// positions are checked against the bytecode (stack depth at the resume point), so corrupt
/// or hostile bytes end in ``ExecutionError/invalidSnapshot(_:)``, never in a trap.
enum SnapshotFormat {
    static let magic: [UInt8] = Array("GRTR".utf8)
    /// 2: adds the virtual OS state (working directory, virtual time, seeded entropy).
    /// 3: functions carry their `__annotations__`; `list[int]`, `int | None` and complex objects.
    /// 4: traceback entries carry the column span of the failing instruction; properties
    ///    carry the name `__set_name__` gave them.
    /// 5: step-less slices compile to `BINARY_SLICE`/`STORE_SLICE`, so saved program
    ///    counters of version 4 point elsewhere in the recompiled code.
    /// 6: a run can pause at a file operation the host answers (pause kind 4).
    /// 7: class `__dict__` proxies (`mappingProxy`); a keyword after `**mapping` in a call
    ///    compiles differently, so saved program counters of version 6 may point elsewhere.
    static let version: UInt16 = 7

    enum Tag: UInt8 {
        case none = 0, falseValue, trueValue, int, float, str, unbound, ref, object
    }

    enum Kind: UInt8 {
        case list = 1, tuple, dict, set, frozenSet, bytes, bigInt, function, cell, type, instance, module,
             boundMethod, builtin, range, slice, property, staticMethod, classMethod, generator, listIterator,
             rangeIterator, dictView, externalFunction, externalCoroutine, code, notImplemented, ellipsis, nativeIterator,
             asyncGenerator, asyncGenAwaitable, asyncGenWrapped, genericAlias, unionType, complex,
             mappingProxy
    }
}

struct SnapshotError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Appends primitive values.
struct ByteWriter {
    var bytes: [UInt8] = []
    private var strings: [String: Int] = [:]

    mutating func u8(_ v: UInt8) { bytes.append(v) }

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func uint(_ v: Int) { varint(UInt64(max(0, v))) }

    mutating func int(_ v: Int) {
        varint(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63))))
    }

    mutating func double(_ d: Double) {
        var bits = d.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }

    mutating func raw(_ b: [UInt8]) {
        uint(b.count)
        bytes.append(contentsOf: b)
    }

    /// Strings repeat a lot (names, keys): each distinct one is written once.
    mutating func string(_ s: String) {
        if let i = strings[s] {
            varint(UInt64(i) << 1 | 1)
            return
        }
        strings[s] = strings.count
        let utf8 = Array(s.utf8)
        varint(UInt64(utf8.count) << 1)
        bytes.append(contentsOf: utf8)
    }
}

/// Reads primitive values, failing cleanly on truncated or malformed input.
struct ByteReader {
    let bytes: [UInt8]
    var position = 0
    private var strings: [String] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var remaining: Int { bytes.count - position }

    mutating func u8() throws(SnapshotError) -> UInt8 {
        guard position < bytes.count else { throw SnapshotError("truncated data") }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func varint() throws(SnapshotError) -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try u8()
            if shift == 63 && b > 1 { throw SnapshotError("integer too large") }
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 { throw SnapshotError("integer too large") }
        }
    }

    /// A non-negative integer no larger than `limit`.
    mutating func uint(max limit: Int = Int.max) throws(SnapshotError) -> Int {
        let v = try varint()
        guard v <= UInt64(limit) else { throw SnapshotError("value out of range") }
        return Int(v)
    }

    /// A count of items that each take at least one byte: no more than the bytes left after
    /// the count itself (`uint(max: remaining)` would measure before the count's own bytes
    /// are read, letting a byte string claim up to ten bytes past the end).
    mutating func count() throws(SnapshotError) -> Int {
        let v = try varint()
        guard v <= UInt64(remaining) else { throw SnapshotError("count larger than the data left") }
        return Int(v)
    }

    mutating func int() throws(SnapshotError) -> Int {
        let v = try varint()
        let x = Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)
        return Int(x)
    }

    mutating func double() throws(SnapshotError) -> Double {
        guard remaining >= 8 else { throw SnapshotError("truncated data") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return Double(bitPattern: bits)
    }

    mutating func raw() throws(SnapshotError) -> [UInt8] {
        let n = try count()
        guard n <= remaining else { throw SnapshotError("truncated data") }
        defer { position += n }
        return Array(bytes[position..<(position + n)])
    }

    mutating func string() throws(SnapshotError) -> String {
        let v = try varint()
        if v & 1 == 1 {
            let i = v >> 1
            guard i < UInt64(strings.count) else { throw SnapshotError("bad string reference") }
            return strings[Int(i)]
        }
        let n = v >> 1
        guard n <= UInt64(remaining) else { throw SnapshotError("truncated data") }
        let s = String(decoding: bytes[position..<(position + Int(n))], as: UTF8.self)
        position += Int(n)
        strings.append(s)
        return s
    }
}

/// Stack depths of a code object's instructions, computed from the bytecode: a resumed frame
/// must hold exactly the values the instruction at its resume point expects.
enum StackDepths {
    static func compute(_ code: CodeObject) -> [Int] {
        let n = code.instructionCount
        var depth = [Int](repeating: -1, count: n + 1)
        var work: [Int] = []
        func reach(_ pc: Int, _ d: Int) {
            guard pc >= 0, pc <= n, d >= 0, depth[pc] < 0 else { return }
            depth[pc] = d
            work.append(pc)
        }
        reach(0, 0)
        for e in code.exceptionTable { reach(Int(e.handler), Int(e.depth) + 1) }
        while let pc = work.popLast() {
            guard pc < n else { continue }
            let ins = code.instructions[pc]
            let d = depth[pc]
            switch ins.opcode {
            case .jump:
                reach(Int(ins.arg), d)
            case .popJumpIfFalse, .popJumpIfTrue, .jumpIfFalseOrPop, .jumpIfTrueOrPop, .popJumpIfNotNone,
                 .popJumpIfNone, .forIter, .send:
                reach(Int(ins.arg), d + CodeBuilder.stackEffect(ins.opcode, ins.arg, jump: true))
                reach(pc + 1, d + CodeBuilder.stackEffect(ins.opcode, ins.arg, jump: false))
            case .returnValue, .raiseVarargs, .reraise, .popExceptAndReraise:
                break
            default:
                reach(pc + 1, d + CodeBuilder.stackEffect(ins.opcode, ins.arg, jump: false))
            }
        }
        return depth
    }
}
