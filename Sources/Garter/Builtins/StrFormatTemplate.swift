// `str.format` template parsing with CPython 3.11 semantics (Objects/stringlib/unicode_format.h).
//
// Only the template is parsed here; looking fields up, converting and formatting them is the
// caller's job. CPython parses lazily while it formats, so which error wins depends on evaluation
// order; `parseFormatTemplateLenient` therefore returns the pieces that precede a parse error
// together with the error, and `FormatField.accessorError` is the error met while walking the
// accessors. A caller reproducing CPython exactly does, for each piece in order:
//   1. `.literal`: append it.
//   2. `.field`: `autoNumber.resolve(field.key)` (may throw), look the key up in args/kwargs
//      (`IndexError: Replacement index N out of range for positional args tuple` / `KeyError`),
//      apply `accessors` in order, then throw `accessorError` if set;
//      apply `conversion` (unknown ones: `StrOps.unknownConversionError`);
//      if `specNeedsExpanding`, recursively format `spec` with `recursionDepth - 1` and the same
//      `FormatAutoNumber`; then call `format(value, spec)`.
//   3. After the pieces, throw `error` if set.

/// One piece of a parsed `str.format` template.
enum FormatTemplatePiece: Equatable, Sendable {
    /// Literal text (`{{` and `}}` already unescaped).
    case literal(String)
    /// A replacement field `{name!conversion:spec}`.
    case field(FormatField)
}

/// The first part of a replacement field name.
enum FormatFieldKey: Equatable, Sendable {
    /// Empty name: the next automatic positional index (see `FormatAutoNumber`).
    case auto
    /// A positional index (all Unicode decimal digits).
    case index(Int)
    /// A keyword name.
    case name(String)
}

/// One `.attr` / `[index]` / `[key]` step after the first part of a field name.
enum FieldAccessor: Equatable, Sendable {
    case attribute(String)
    case index(Int)
    case key(String)
}

/// A parsed replacement field.
struct FormatField: Equatable, Sendable {
    /// Raw field name text (before `!` or `:`), e.g. `"0.attr[key]"`; `""` for auto-numbering.
    var name: String
    /// The first part of `name`.
    var key: FormatFieldKey
    /// The `.attr` / `[item]` steps, in order.
    var accessors: [FieldAccessor]
    /// The error CPython raises after applying `accessors` (malformed rest of the name), if any.
    var accessorError: PyErrorMessage?
    /// The conversion character after `!` (`r`, `s`, `a`, or any other one, which the caller rejects).
    var conversion: Unicode.Scalar?
    /// The raw format spec; it may contain nested `{fields}` (see `specNeedsExpanding`).
    var spec: String
    /// Whether `spec` contains `{` and must be expanded with `parseFormatTemplate` first.
    var specNeedsExpanding: Bool
}

/// CPython's automatic field numbering state, shared by a template and its nested specs.
struct FormatAutoNumber: Sendable {
    enum State: Sendable { case initial, automatic, manual }
    var state = State.initial
    var nextIndex = 0

    /// Resolves `.auto` to the next index, enforcing CPython's no-mixing rule. Returns `.index` or `.name`.
    mutating func resolve(_ key: FormatFieldKey) throws -> FormatFieldKey {
        switch key {
        case .name:
            return key
        case .auto, .index:
            let isAuto = key == .auto
            if state == .initial { state = isAuto ? .automatic : .manual }
            if state == .manual && isAuto {
                throw PyErrorMessage(.valueError,
                                     "cannot switch from manual field specification to automatic field numbering")
            }
            if state == .automatic && !isAuto {
                throw PyErrorMessage(.valueError,
                                     "cannot switch from automatic field numbering to manual field specification")
            }
            if isAuto { nextIndex += 1; return .index(nextIndex - 1) }
            return key
        }
    }
}

extension StrOps {
    /// Parses a `str.format` template, throwing the first error CPython's parser would meet.
    /// `recursionDepth` is 2 for `str.format`; nested specs are parsed with one less.
    static func parseFormatTemplate(_ t: String, recursionDepth: Int = 2) throws -> [FormatTemplatePiece] {
        let (pieces, error) = parseFormatTemplateLenient(t, recursionDepth: recursionDepth)
        if let error { throw error }
        return pieces
    }

    /// `ValueError` for a conversion character other than r, s, a.
    static func unknownConversionError(_ c: Unicode.Scalar) -> PyErrorMessage {
        let v = c.value
        let text = v > 32 && v < 127 ? String(c) : "\\x" + String(v, radix: 16)
        return PyErrorMessage(.valueError, "Unknown conversion specifier " + text)
    }

    /// Parses a `str.format` template into the pieces preceding the first error, and that error.
    static func parseFormatTemplateLenient(_ t: String, recursionDepth: Int = 2)
        -> (pieces: [FormatTemplatePiece], error: PyErrorMessage?)
    {
        if recursionDepth <= 0 { return ([], PyErrorMessage(.valueError, "Max string recursion exceeded")) }
        return withBytes(t) { b in
            var pieces: [FormatTemplatePiece] = []
            var literal: [UInt8] = []
            func flush() {
                if !literal.isEmpty { pieces.append(.literal(String(decoding: literal, as: UTF8.self))); literal = [] }
            }
            var literalMark = 0   // literal text of the piece being parsed is dropped on error, as CPython does
            func fail(_ message: String) -> (pieces: [FormatTemplatePiece], error: PyErrorMessage?) {
                literal.removeSubrange(literalMark...)
                flush()
                return (pieces, PyErrorMessage(.valueError, message))
            }
            let n = b.count
            var i = 0
            let lbrace: UInt8 = 0x7B, rbrace: UInt8 = 0x7D
            while i < n {
                // Literal text up to the first brace.
                let start = i
                literalMark = literal.count
                var c: UInt8 = 0
                var markup = false
                while i < n {
                    c = b[i]; i += 1
                    if c == lbrace || c == rbrace { markup = true; break }
                }
                let atEnd = i >= n
                var len = i - start
                if c == rbrace && (atEnd || b[i] != rbrace) { return fail("Single '}' encountered in format string") }
                if atEnd && c == lbrace { return fail("Single '{' encountered in format string") }
                if !atEnd {
                    if b[i] == c { i += 1; markup = false } else { len -= 1 }
                }
                literal.append(contentsOf: UnsafeBufferPointer(rebasing: b[start..<start + len]))
                if !markup { continue }

                // The field name runs to '}', ':' or '!' ('[...]' may contain them).
                let nameStart = i
                c = 0
                while i < n {
                    c = b[i]; i += 1
                    if c == lbrace { return fail("unexpected '{' in field name") }
                    if c == 0x5B {
                        while i < n && b[i] != 0x5D { i += 1 }
                        continue
                    }
                    if c == rbrace || c == 0x3A || c == 0x21 { break }
                }
                let nameEnd = i - 1
                var conversion: Unicode.Scalar? = nil
                var specRange = 0..<0
                var expand = false
                if c == 0x21 || c == 0x3A {
                    var done = false
                    if c == 0x21 {
                        if i >= n { return fail("end of string while looking for conversion specifier") }
                        let (v, l) = decode(b, i)
                        i += l
                        if v != 0 { conversion = Unicode.Scalar(v) }
                        if i < n {
                            let c2 = b[i]; i += 1
                            if c2 == rbrace { done = true } else if c2 != 0x3A {
                                return fail("expected ':' after conversion specifier")
                            }
                        }
                    }
                    if !done {
                        let specStart = i
                        var depth = 1
                        while i < n {
                            let c3 = b[i]; i += 1
                            if c3 == lbrace { expand = true; depth += 1 } else if c3 == rbrace {
                                depth -= 1
                                if depth == 0 { specRange = specStart..<i - 1; done = true; break }
                            }
                        }
                        if !done { return fail("unmatched '{' in format spec") }
                    }
                } else if c != rbrace {
                    return fail("expected '}' before end of string")
                }

                // Split the name into its first part and accessors.
                var k = nameStart
                while k < nameEnd && b[k] != 0x2E && b[k] != 0x5B { k += 1 }
                let key: FormatFieldKey
                if k == nameStart {
                    key = .auto
                } else {
                    switch formatInteger(b, nameStart, k) {
                    case .failure(let e): flush(); return (pieces, e)
                    case .success(let v?): key = .index(v)
                    case .success(nil): key = .name(makeString(b, nameStart, k))
                    }
                }
                let (accessors, accessorError) = parseAccessors(b, k, nameEnd)
                flush()
                pieces.append(.field(FormatField(
                    name: makeString(b, nameStart, nameEnd), key: key, accessors: accessors,
                    accessorError: accessorError, conversion: conversion,
                    spec: makeString(b, specRange.lowerBound, specRange.upperBound), specNeedsExpanding: expand)))
            }
            flush()
            return (pieces, nil)
        }
    }

    /// CPython's `get_integer`: the value of `b[i..<j]` if it is all Unicode decimal digits, nil
    /// otherwise (or empty); `ValueError: Too many decimal digits in format string` on overflow.
    static func formatInteger(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> Result<Int?, PyErrorMessage> {
        if i >= j { return .success(nil) }
        var acc = 0
        var k = i
        while k < j {
            let (v, l) = decode(b, k)
            guard let d = decimalValue(Unicode.Scalar(v)!) else { return .success(nil) }
            if acc > (Int.max - d) / 10 {
                return .failure(PyErrorMessage(.valueError, "Too many decimal digits in format string"))
            }
            acc = acc * 10 + d
            k += l
        }
        return .success(acc)
    }

    /// CPython's FieldNameIterator over `b[i..<j]`: the accessors and the error that stops it.
    static func parseAccessors(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ j: Int) -> ([FieldAccessor], PyErrorMessage?) {
        var out: [FieldAccessor] = []
        var k = i
        while k < j {
            let c = b[k]; k += 1
            let start = k
            if c == 0x2E {
                while k < j && b[k] != 0x2E && b[k] != 0x5B { k += 1 }
                if k == start { return (out, PyErrorMessage(.valueError, "Empty attribute in format string")) }
                out.append(.attribute(makeString(b, start, k)))
            } else if c == 0x5B {
                while k < j && b[k] != 0x5D { k += 1 }
                if k >= j { return (out, PyErrorMessage(.valueError, "Missing ']' in format string")) }
                let end = k
                k += 1
                switch formatInteger(b, start, end) {
                case .failure(let e): return (out, e)
                case .success(let v?): out.append(.index(v))
                case .success(nil):
                    if end == start { return (out, PyErrorMessage(.valueError, "Empty attribute in format string")) }
                    out.append(.key(makeString(b, start, end)))
                }
            } else {
                return (out, PyErrorMessage(.valueError, "Only '.' or '[' may follow ']' in format field specifier"))
            }
        }
        return (out, nil)
    }
}
