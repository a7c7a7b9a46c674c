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
/// a linear scan is fine; line numbers for the hot paths come from the line table.
struct PositionTable: Sendable {
    let bytes: [UInt8]

    init(bytes: [UInt8] = []) { self.bytes = bytes }

    /// Encodes one span per instruction.
    init(spans: [SourceSpan]) {
        var out: [UInt8] = []
        var i = 0
        var previousLine: Int32 = 0
        while i < spans.count {
            let s = spans[i]
            var j = i + 1
            while j < spans.count && spans[j] == s { j += 1 }
            PositionTable.put(UInt64(j - i), &out)
            let delta = Int64(s.line) - Int64(previousLine)
            PositionTable.put(UInt64(bitPattern: (delta << 1) ^ (delta >> 63)), &out)
            PositionTable.put(UInt64(max(0, Int64(s.endLine) - Int64(s.line))), &out)
            PositionTable.put(UInt64(Int64(s.column) + 1), &out)
            PositionTable.put(UInt64(Int64(s.endColumn) + 1), &out)
            previousLine = s.line
            i = j
        }
        bytes = out
    }

    private static func put(_ value: UInt64, _ out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
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
