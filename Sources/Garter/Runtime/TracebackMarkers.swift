/// The source line and position markers CPython 3.11 prints under each traceback frame:
///
/// ```
///     return 1 / (x - 2)
///            ~~^~~~~~~~~
/// ```
///
/// Binary operations get `~` under the operands and `^` under the operator, subscripts
/// `~` under the value and `^` under the brackets, everything else `^` under the failing
/// expression; no marker line when the expression is the whole (stripped) line.

/// Which of CPython's two traceback printers to imitate. They differ in small ways: the
/// interpreter's (C `tb_displayline`, used for uncaught exceptions) keeps trailing
/// whitespace on the source line and skips a `)` before an operator byte-wise; the
/// `traceback` module's (`StackSummary.format_frame_summary`) strips the line and counts
/// the stripped trailing whitespace (newline included) when placing markers.
enum TracebackStyle {
    case interpreter
    case module
}

enum TracebackMarkers {
    /// The lines after a frame's `File "...", line N, in f` line: the source line and, when
    /// CPython would draw them, the markers (each ending in a newline; "" without source).
    static func sourceLines(_ raw: Substring, span: SourceSpan?, style: TracebackStyle) -> String {
        var line = raw
        if line.hasSuffix("\r") { line = line.dropLast() }
        switch style {
        case .interpreter: return interpreterLines(line, span: span)
        case .module: return moduleLines(line, span: span)
        }
    }

    // MARK: The interpreter's printer (traceback.c)

    private static func isCWhitespace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x0C }

    private static func interpreterLines(_ line: Substring, span: SourceSpan?) -> String {
        let chars = Array(line.unicodeScalars)
        var indent = 0
        while indent < chars.count && isCWhitespace(chars[indent].value) { indent += 1 }
        if indent == chars.count { return "" }
        var out = "    " + String(String.UnicodeScalarView(chars[indent...])) + "\n"
        guard let span, span.hasColumns else { return out }
        let bytes = Array(line.utf8)
        let start = characterOffset(bytes, Int(span.column))
        var end = characterOffset(bytes, Int(span.endColumn))
        var anchors: (left: Int, right: Int)? = nil
        if span.line == span.endLine {
            if start < end, let a = interpreterAnchors(chars, start, end) {
                anchors = (a.left + start, a.right + start)
            }
        } else {
            // Up to the last non-whitespace character. CPython scans the UTF-8 bytes from
            // the line's length in characters (exact for ASCII lines).
            var i = chars.count
            while true {
                i -= 1
                if i < 0 { break }
                if i >= bytes.count || !isCWhitespace(UInt32(bytes[i])) { break }
            }
            end = i + 1
        }
        if end - start == chars.count - indent && anchors == nil { return out }
        let displayStart = displayWidth(chars, start)
        let displayEnd = displayWidth(chars, end)
        var marks = "    " + String(repeating: " ", count: max(0, displayStart - indent))
        if let (left, right) = anchors {
            let displayLeft = displayWidth(chars, left)
            let displayRight = displayWidth(chars, right)
            // print_error_location_carets: secondary where left < offset <= right.
            var offset = displayStart
            while offset < displayEnd {
                offset += 1
                marks += (left >= 0 && displayLeft < offset && offset <= displayRight) ? "^" : "~"
            }
        } else {
            marks += String(repeating: "^", count: max(0, displayEnd - displayStart))
        }
        out += marks + "\n"
        return out
    }

    /// `extract_anchors_from_expr` of CPython 3.11.7's traceback.c: character offsets
    /// (relative to `start`) of the operator or the brackets.
    private static func interpreterAnchors(_ chars: [Unicode.Scalar], _ start: Int, _ end: Int) -> (left: Int, right: Int)? {
        let segment = String(String.UnicodeScalarView(chars[start..<min(end, chars.count)]))
        guard let expr = singleExpression(segment) else { return nil }
        let bytes = Array(segment.utf8)
        var left = -1
        var right = -1
        switch expr.kind {
        case .binary(_, let l, let r):
            var i = l.endColumn
            while i < r.column && i < bytes.count {
                if isCWhitespace(UInt32(bytes[i])) { i += 1; continue }
                left = i
                right = i + 1
                if i + 1 < r.column && i + 1 < bytes.count && !isCWhitespace(UInt32(bytes[i + 1])) { right += 1 }
                // Keep going past a ')' closing the left operand.
                if i + 1 < r.column && bytes[i] == UInt8(ascii: ")") { i += 1; continue }
                break
            }
            if left < 0 { return nil }
        case .subscript(let value, let slice):
            left = value.endColumn
            right = slice.endColumn + 1
            while left < bytes.count && bytes[left] != UInt8(ascii: "[") { left += 1 }
            while right < bytes.count && bytes[right] != UInt8(ascii: "]") { right += 1 }
            if right < bytes.count { right += 1 }
        default:
            return nil
        }
        return (characterOffset(bytes, left), characterOffset(bytes, right))
    }

    // MARK: The traceback module's printer (traceback.py)

    private static func isPySpace(_ c: Unicode.Scalar) -> Bool { StrOps.isSpace(c.value) }

    private static func moduleLines(_ raw: Substring, span: SourceSpan?) -> String {
        // linecache lines end in a newline, which counts among the stripped characters.
        let chars = Array(raw.unicodeScalars) + ["\n"]
        var first = 0
        while first < chars.count && isPySpace(chars[first]) { first += 1 }
        var last = chars.count
        while last > first && isPySpace(chars[last - 1]) { last -= 1 }
        if first == last { return "" }
        let strippedLength = last - first
        var out = "    " + String(String.UnicodeScalarView(chars[first..<last])) + "\n"
        guard let span, span.hasColumns else { return out }
        let strippedCharacters = chars.count - strippedLength
        let bytes = Array(raw.utf8) + [0x0A]
        let start = characterOffset(bytes, Int(span.column))
        var end = characterOffset(bytes, Int(span.endColumn))
        let segment = Array(chars[min(start, chars.count)..<min(max(start, end), chars.count)])
        var anchors: (left: Int, right: Int)? = nil
        if span.line == span.endLine {
            anchors = moduleAnchors(segment)
        } else {
            var e = chars.count
            while e > 0 && isPySpace(chars[e - 1]) { e -= 1 }
            end = e
        }
        let show = end - start < strippedLength || (anchors.map { $0.right - $0.left > 0 } ?? false)
        if !show { return out }
        let displayStart = pyDisplayWidth(chars, start) + 1
        let displayEnd = pyDisplayWidth(chars, end) + 1
        var marks = "    " + String(repeating: " ", count: max(0, displayStart - strippedCharacters))
        if let (left, right) = anchors {
            let displayLeft = pyDisplayWidth(segment, left)
            let displayRight = pyDisplayWidth(segment, right)
            marks += String(repeating: "~", count: max(0, displayLeft))
            marks += String(repeating: "^", count: max(0, displayRight - displayLeft))
            marks += String(repeating: "~", count: max(0, displayEnd - displayStart - displayRight))
        } else {
            marks += String(repeating: "^", count: max(0, displayEnd - displayStart))
        }
        out += marks + "\n"
        return out
    }

    /// `_extract_caret_anchors_from_line_segment` of CPython 3.11.7's traceback.py, with
    /// its mix of byte and character offsets.
    private static func moduleAnchors(_ segment: [Unicode.Scalar]) -> (left: Int, right: Int)? {
        let text = String(String.UnicodeScalarView(segment))
        guard let expr = singleExpression(text) else { return nil }
        let bytes = Array(text.utf8)
        let normalize = { (offset: Int) in characterOffset(bytes, offset) }
        switch expr.kind {
        case .binary(_, let l, let r):
            let opStart = normalize(l.endColumn)
            let opEnd = normalize(r.column)
            let op = opStart < opEnd ? Array(segment[opStart..<min(opEnd, segment.count)]) : []
            var opOffset = 0
            while opOffset < op.count && isPySpace(op[opOffset]) { opOffset += 1 }
            var left = l.endColumn + opOffset
            var right = left + 1
            if opOffset + 1 < op.count && !isPySpace(op[opOffset + 1]) { right += 1 }
            while left < segment.count && (isPySpace(segment[left]) || segment[left] == ")" || segment[left] == "#") {
                left += 1
                right += 1
            }
            return (normalize(left), normalize(right))
        case .subscript(let value, let slice):
            var left = normalize(value.endColumn)
            var right = normalize(slice.endColumn + 1)
            while left < segment.count && segment[left] != "[" { left += 1 }
            while right < segment.count && segment[right] != "]" { right += 1 }
            if right < segment.count { right += 1 }
            return (left, right)
        default:
            return nil
        }
    }

    // MARK: Shared helpers

    /// The lines of a source text as CPython's tokenizer and `linecache` see them: ended by
    /// `\n`, `\r\n` or `\r` (a Swift `Character` split would keep `\r\n` lines together).
    static func lines(of source: String) -> [Substring] {
        var out: [Substring] = []
        let utf8 = source.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let b = utf8[i]
            if b == 0x0A || b == 0x0D {
                out.append(source[start..<i])
                var next = utf8.index(after: i)
                if b == 0x0D && next != utf8.endIndex && utf8[next] == 0x0A { next = utf8.index(after: next) }
                start = next
                i = next
            } else {
                i = utf8.index(after: i)
            }
        }
        out.append(source[start..<utf8.endIndex])
        return out
    }

    /// The expression of a segment that parses as exactly one expression statement.
    private static func singleExpression(_ segment: String) -> Expr? {
        guard let body = try? Parser.parseModule(segment), body.count == 1,
              case .expression(let e) = body[0].kind, e.line == 1, e.endLine == 1 else { return nil }
        switch e.kind {
        case .binary(_, let l, let r):
            guard l.endColumn >= 0, r.column >= 0 else { return nil }
        case .subscript(let v, let s):
            guard v.endColumn >= 0, s.endColumn >= 0 else { return nil }
        default:
            break
        }
        return e
    }

    /// `_byte_offset_to_character_offset`: characters in the first `offset` bytes (a
    /// character cut by the offset counts once, as its replacement character would).
    static func characterOffset(_ bytes: [UInt8], _ offset: Int) -> Int {
        var n = 0
        var i = 0
        let limit = min(max(0, offset), bytes.count)
        while i < limit {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    private static func isWide(_ c: Unicode.Scalar) -> Bool {
        let w = UnicodedataModule.eastAsianWidth(c.value)
        return w == "W" || w == "F"
    }

    /// Columns the first `offset` characters take on a terminal (wide characters count 2).
    private static func displayWidth(_ chars: [Unicode.Scalar], _ offset: Int) -> Int {
        let n = min(max(0, offset), chars.count)
        var width = 0
        for c in chars[0..<n] { width += isWide(c) ? 2 : 1 }
        return width + max(0, offset - n)
    }

    /// `traceback._display_width`: ASCII text returns the offset unchanged (even past the end).
    private static func pyDisplayWidth(_ chars: [Unicode.Scalar], _ offset: Int) -> Int {
        if chars.allSatisfy({ $0.isASCII }) { return offset }
        let n = min(max(0, offset), chars.count)
        var width = 0
        for c in chars[0..<n] { width += isWide(c) ? 2 : 1 }
        return width
    }
}
