/// Source positions of instructions, for CPython 3.11's traceback markers (`~~~^^^`).

/// The source range an instruction came from: CPython's `co_positions()` entry. Lines are
/// 1-based; columns are UTF-8 byte offsets into the line, the end exclusive; a column of -1
/// means "unknown" (no markers are drawn).
struct SourceSpan: Equatable, Sendable {
    var line: Int32
    var endLine: Int32
    var column: Int32
    var endColumn: Int32

    init(line: Int, endLine: Int, column: Int, endColumn: Int) {
        self.line = Int32(truncatingIfNeeded: line)
        self.endLine = Int32(truncatingIfNeeded: max(line, endLine))
        if column < 0 || endColumn < 0 || (endLine <= line && endColumn < column) {
            self.column = -1
            self.endColumn = -1
        } else {
            self.column = Int32(truncatingIfNeeded: column)
            self.endColumn = Int32(truncatingIfNeeded: endColumn)
        }
    }

    /// A line without column information.
    init(line: Int) {
        self.init(line: line, endLine: line, column: -1, endColumn: -1)
    }

    init(_ e: Expr) {
        self.init(line: e.line, endLine: e.endLine, column: e.column, endColumn: e.endColumn)
    }

    init(_ s: Stmt) {
        self.init(line: s.line, endLine: s.endLine, column: s.column, endColumn: s.endColumn)
    }

    var hasColumns: Bool { column >= 0 && endColumn >= 0 }
}

/// The positions of a code object's instructions, run-length and varint encoded (a few
/// bytes per run of instructions sharing a position). Decoded only to draw a traceback, so
/// a linear scan is fine (tracebacks, `warnings` and logging read it, never a hot path).
///
/// The bytes live in the block that holds the code object's constants and instructions
/// (one allocation per code object, not two): the table is a view of them, valid while the
/// code object lives.
struct PositionTable: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The number of bytes ``encode(_:into:)`` writes for `runs`.
    static func encodedSize(_ runs: [SpanRun]) -> Int {
        var size = 0
        var previousLine: Int32 = 0
        for run in runs {
            let f = PositionTable.fields(run, after: previousLine)
            size += encodedSize(f.0) + encodedSize(f.1) + encodedSize(f.2) + encodedSize(f.3) + encodedSize(f.4)
            previousLine = run.span.line
        }
        return size
    }

    /// Encodes the runs of equal spans at `out`, which has room for
    /// ``encodedSize(_:)-swift.type.method`` bytes.
    static func encode(_ runs: [SpanRun], into out: UnsafeMutablePointer<UInt8>) {
        var at = 0
        var previousLine: Int32 = 0
        for run in runs {
            let f = PositionTable.fields(run, after: previousLine)
            put(f.0, out, &at)
            put(f.1, out, &at)
            put(f.2, out, &at)
            put(f.3, out, &at)
            put(f.4, out, &at)
            previousLine = run.span.line
        }
    }

    /// Encodes one span per instruction into a table that `body` reads.
    static func withEncoded<R>(spans: [SourceSpan], _ body: (PositionTable) -> R) -> R {
        var runs: [SpanRun] = []
        for s in spans { SpanRun.append(s, to: &runs) }
        let size = encodedSize(runs)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Swift.max(size, 1)) { buffer in
            encode(runs, into: buffer.baseAddress!)
            return body(PositionTable(bytes: UnsafeBufferPointer(start: buffer.baseAddress, count: size)))
        }
    }

    /// The five encoded fields of a run: its length, the zigzag line delta from the previous
    /// run, the line count, and the columns plus one.
    private static func fields(_ run: SpanRun, after previousLine: Int32) -> (UInt64, UInt64, UInt64, UInt64, UInt64) {
        let s = run.span
        let delta = Int64(s.line) - Int64(previousLine)
        return (UInt64(run.count), UInt64(bitPattern: (delta << 1) ^ (delta >> 63)),
                UInt64(max(0, Int64(s.endLine) - Int64(s.line))),
                UInt64(bitPattern: Int64(s.column) + 1), UInt64(bitPattern: Int64(s.endColumn) + 1))
    }

    /// The number of bytes `value` takes as a varint.
    private static func encodedSize(_ value: UInt64) -> Int {
        value < 0x80 ? 1 : (70 - value.leadingZeroBitCount) / 7
    }

    /// Writes `value` as a varint at `at` (``encodedSize(_:)-swift.type.method`` bytes).
    private static func put(_ value: UInt64, _ out: UnsafeMutablePointer<UInt8>, _ at: inout Int) {
        var v = value
        while v >= 0x80 {
            out[at] = UInt8(truncatingIfNeeded: v & 0x7F) | 0x80
            at += 1
            v >>= 7
        }
        out[at] = UInt8(truncatingIfNeeded: v)
        at += 1
    }

    /// The span of the instruction at `pc`, or nil past the table.
    func span(at pc: Int) -> SourceSpan? {
        var index = 0
        func next() -> Int64? {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while index < bytes.count && shift < 64 {
                let b = bytes[index]
                index += 1
                result |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return Int64(bitPattern: result) }
                shift += 7
            }
            return nil
        }
        var start = 0
        var line: Int64 = 0
        while index < bytes.count {
            guard let count = next(), let zig = next(), let endDelta = next(), let col = next(), let endCol = next() else { return nil }
            line &+= Int64(bitPattern: UInt64(bitPattern: zig) >> 1) ^ (0 &- (zig & 1))
            if pc < start &+ Int(truncatingIfNeeded: count) {
                let l = Int(truncatingIfNeeded: line)
                return SourceSpan(line: l, endLine: l &+ Int(truncatingIfNeeded: endDelta),
                                  column: Int(truncatingIfNeeded: col) - 1, endColumn: Int(truncatingIfNeeded: endCol) - 1)
            }
            start &+= Int(truncatingIfNeeded: count)
        }
        return nil
    }
}
