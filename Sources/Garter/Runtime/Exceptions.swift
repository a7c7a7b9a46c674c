/// Raising, matching and chaining exceptions; context managers; traceback text.
extension VM {
    /// The exception instance for `raise v` (a class is instantiated with no arguments).
    func exceptionFromRaise(_ v: Value) throws(PythonError) -> PyInstance {
        if let inst = v.asInstance, inst.exception != nil { return inst }
        if let t = v.asType, t.isException {
            let r = try callValue(v, [])
            if let inst = r.asInstance, inst.exception != nil { return inst }
            throw makeError(Builtins.shared.typeError, "calling \(t.name) should have returned an instance of BaseException, not \(typeName(r))")
        }
        throw makeError(Builtins.shared.typeError, "exceptions must derive from BaseException")
    }

    func setCause(_ exc: PyInstance, _ cause: Value) throws(PythonError) {
        if cause.isNone {
            exc.exception?.cause = .none
        } else if let t = cause.asType, t.isException {
            exc.exception?.cause = .object(try exceptionFromRaise(cause))
        } else if let c = cause.asInstance, c.exception != nil {
            exc.exception?.cause = cause
        } else {
            throw makeError(Builtins.shared.typeError, "exception causes must derive from BaseException")
        }
        exc.exception?.suppressContext = true
    }

    /// Appends the traceback entry for a frame an exception unwinds through (unless the
    /// frame is hidden). Kept out of line: the dispatch loop's native frame stays small.
    @inline(never)
    static func recordTraceback(_ exc: PyInstance, _ code: CodeObject, _ pc: Int) {
        guard let state = exc.exception else { return }
        if state.hiddenFrames > 0 {
            state.hiddenFrames -= 1
        } else if !code.hiddenInTracebacks {
            // Growing from empty reallocates at each of the first entries.
            if state.traceback.capacity == 0 { state.traceback.reserveCapacity(4) }
            state.traceback.append(TracebackEntry(code: code, pc: pc))
        }
    }

    /// `except T:` matching, with CPython's check that T is an exception class or tuple of them.
    func exceptionMatches(_ exc: Value, _ type: Value) throws(PythonError) -> Bool {
        let excType = typeOf(exc)
        if let t = type.asType {
            guard t.isException else {
                throw makeError(Builtins.shared.typeError, "catching classes that do not inherit from BaseException is not allowed")
            }
            return excType.isSubtype(of: t)
        }
        if let tuple = type.asTuple {
            for item in tuple.items where try exceptionMatches(exc, item) { return true }
            if tuple.count == 0 { return false }
            return false
        }
        throw makeError(Builtins.shared.typeError, "catching classes that do not inherit from BaseException is not allowed")
    }

    /// `with mgr:` → (bound __exit__, result of __enter__).
    func enterContext(_ mgr: Value) throws(PythonError) -> (Value, Value) {
        let t = typeOf(mgr)
        guard let enter = t.lookup(Names.enter) else {
            throw makeError(Builtins.shared.typeError, "'\(t.name)' object does not support the context manager protocol")
        }
        guard let exit = t.lookup(Names.exit) else {
            throw makeError(Builtins.shared.typeError, "'\(t.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        let boundExit = try bindDescriptor(exit, instance: mgr, owner: t)
        let entered = try callOnReceiver(enter, receiver: mgr, owner: t, [])
        return (boundExit, entered)
    }

    /// `async with`: the bound `__aexit__` and the awaitable `__aenter__()` returns.
    func enterAsyncContext(_ mgr: Value) throws(PythonError) -> (Value, Value) {
        let t = typeOf(mgr)
        guard let enter = t.lookup(Interned.str("__aenter__")) else {
            throw makeError(Builtins.shared.typeError, "'\(t.name)' object does not support the asynchronous context manager protocol")
        }
        guard let exit = t.lookup(Interned.str("__aexit__")) else {
            throw makeError(Builtins.shared.typeError, "'\(t.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        let boundExit = try bindDescriptor(exit, instance: mgr, owner: t)
        let entered = try callValue(try bindDescriptor(enter, instance: mgr, owner: t), [])
        return (boundExit, entered)
    }

    /// `str(exception)`.
    func exceptionString(_ exc: PyInstance) throws(PythonError) -> String {
        // An exception's argument may be an exception, nested arbitrarily deep.
        guard StackGuard.hasRoom() else {
            throw makeError(Builtins.shared.recursionError, "maximum recursion depth exceeded while getting the str of an object")
        }
        let args = exc.exception?.args ?? []
        if exc.cls.isSubtype(of: Builtins.shared.keyError) && args.count == 1 {
            return try repr(args[0])
        }
        if exc.cls.isSubtype(of: Builtins.shared.osError), let s = try osErrorString(exc) { return s }
        if exc.cls.isSubtype(of: Builtins.shared.baseExceptionGroup), args.count == 2 {
            let n = (try? Builtins.groupMembers(self, exc).count) ?? 0
            return "\(try str(args[0])) (\(n) sub-exception\(n == 1 ? "" : "s"))"
        }
        switch args.count {
        case 0: return ""
        case 1: return try str(args[0])
        default: return try repr(.object(PyTuple(args)))
        }
    }

    /// The final `Type: message` line CPython prints for an uncaught exception.
    /// `suggestions`: the interpreter's printer adds "Did you mean" to NameError and
    /// AttributeError; 3.11's `traceback` module does not.
    func exceptionSummary(_ exc: PyInstance, suggestions: Bool = true) -> String {
        var name = exc.cls.name
        if !exc.cls.isBuiltin && exc.cls.module != "builtins" && exc.cls.module != "__main__" {
            name = exc.cls.module + "." + exc.cls.qualname
        } else if !exc.cls.isBuiltin && exc.cls.module == "__main__" {
            name = exc.cls.qualname
        }
        var message: String
        if let s = try? callSpecialIfUser(.object(exc), Names.str, []), case .str(let text) = s {
            message = text.value
        } else {
            message = (try? exceptionString(exc)) ?? "<exception str() failed>"
        }
        if suggestions, exc.cls.isSubtype(of: Builtins.shared.nameError), !exc.cls.isSubtype(of: Builtins.shared.unboundLocalError),
           case .str(let n)? = exc.existingAttributes?.getString("name"), let suggestion = nameSuggestion(n.value) {
            message += ". Did you mean: '\(suggestion)'?"
        }
        if suggestions, exc.cls.isSubtype(of: Builtins.shared.attributeError), case .str(let n)? = exc.existingAttributes?.getString("name"),
           let obj = exc.existingAttributes?.getString("obj"), let suggestion = attributeSuggestion(obj, n.value) {
            message += ". Did you mean: '\(suggestion)'?"
        }
        return message.isEmpty ? name : "\(name): \(message)"
    }

    /// Full CPython-style traceback text (chained exceptions included; exception groups
    /// drawn as CPython 3.11's boxed tree).
    ///
    /// The chain is followed in a loop, oldest exception printed first: programs can chain
    /// exceptions arbitrarily deep (`raise X from previous` in a loop).
    ///
    /// `style` picks the printer imitated: the interpreter's for uncaught exceptions, the
    /// `traceback` module's for its format functions.
    /// `limit` and `chain` are the `traceback` module's arguments (frames per traceback,
    /// from the outermost when positive, the innermost when negative; chained exceptions).
    func formatTraceback(_ exc: PyInstance, sourceLines: [String: [Substring]], style: TracebackStyle = .interpreter,
                         limit: Int? = nil, chain: Bool = true) -> String {
        var ctx = TracebackPrintContext()
        ctx.limit = limit
        ctx.chain = chain
        var seen = Set<ObjectIdentifier>()
        var out = ""
        formatException(exc, sourceLines: sourceLines, style: style, ctx: &ctx, seen: &seen, into: &out)
        return out
    }

    /// The frames of a traceback, innermost last, with CPython's collapsing of a frame
    /// repeated more than three times in a row (`[Previous line repeated N more times]`).
    func formatStack(_ entries: [TracebackEntry], sourceLines: [String: [Substring]], style: TracebackStyle, limit: Int? = nil) -> String {
        let cutoff = 3
        var shown = Array(entries.reversed())
        if let limit {
            shown = limit >= 0 ? Array(shown.prefix(limit)) : Array(shown.suffix(min(shown.count, -limit)))
        }
        var stack = ""
        var count = 0
        var last: TracebackEntry? = nil
        func repeated(_ n: Int) -> String {
            "  [Previous line repeated \(n) more time\(n > 1 ? "s" : "")]\n"
        }
        for entry in shown {
            if let l = last, l.filename == entry.filename, l.line == entry.line, l.function == entry.function {
                count += 1
            } else {
                if count > cutoff { stack += repeated(count - cutoff) }
                last = entry
                count = 1
            }
            if count > cutoff { continue }
            stack += "  File \"\(entry.filename)\", line \(entry.line), in \(entry.function)\n"
            if let lines = sourceLines[entry.filename], entry.line >= 1, entry.line <= lines.count {
                stack += TracebackMarkers.sourceLines(lines[entry.line - 1], span: entry.span, style: style)
            }
        }
        if count > cutoff { stack += repeated(count - cutoff) }
        return stack
    }

    /// Port of `traceback.TracebackException.format`.
    private func formatException(_ exc: PyInstance, sourceLines: [String: [Substring]], style: TracebackStyle, ctx: inout TracebackPrintContext,
                                 seen: inout Set<ObjectIdentifier>, into out: inout String) {
        var chain: [(PyInstance, String?)] = []
        var next: PyInstance? = exc
        var separator: String? = nil
        while let e = next {
            seen.insert(ObjectIdentifier(e))
            chain.append((e, separator))
            next = nil
            separator = nil
            if ctx.chain, let state = e.exception {
                if let cause = state.cause.asInstance, !seen.contains(ObjectIdentifier(cause)) {
                    next = cause
                    separator = "\nThe above exception was the direct cause of the following exception:\n\n"
                } else if !state.suppressContext, let ctxExc = state.context.asInstance, !seen.contains(ObjectIdentifier(ctxExc)) {
                    next = ctxExc
                    separator = "\nDuring handling of the above exception, another exception occurred:\n\n"
                }
            }
        }
        for (e, separatorAfter) in chain.reversed() {
            let tb = e.exception?.traceback ?? []
            let stack = formatStack(tb, sourceLines: sourceLines, style: style, limit: ctx.limit)
            let summary = exceptionSummary(e, suggestions: style == .interpreter) + "\n" + exceptionNotes(e)
            let members = e.cls.isSubtype(of: Builtins.shared.baseExceptionGroup) ? ((try? Builtins.groupMembers(self, e)) ?? []) : []
            if members.isEmpty {
                if !stack.isEmpty {
                    out += ctx.emit("Traceback (most recent call last):\n")
                    out += ctx.emit(stack)
                }
                out += ctx.emit(summary)
            } else if ctx.groupDepth > TracebackPrintContext.maxGroupDepth {
                out += ctx.emit("... (max_group_depth is \(TracebackPrintContext.maxGroupDepth))\n")
            } else {
                let isTopLevel = ctx.groupDepth == 0
                if isTopLevel { ctx.groupDepth += 1 }
                if !stack.isEmpty {
                    out += ctx.emit("Exception Group Traceback (most recent call last):\n", margin: isTopLevel ? "+" : "|")
                    out += ctx.emit(stack)
                }
                out += ctx.emit(summary)
                let width = TracebackPrintContext.maxGroupWidth
                let n = members.count <= width ? members.count : width + 1
                ctx.needClose = false
                for i in 0..<n {
                    let last = i == n - 1
                    if last { ctx.needClose = true }
                    let truncated = i >= width
                    let title = truncated ? "..." : "\(i + 1)"
                    out += ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(title) ----------------\n"
                    ctx.groupDepth += 1
                    if !truncated {
                        if let sub = members[i].asInstance, StackGuard.hasRoom() {
                            formatException(sub, sourceLines: sourceLines, style: style, ctx: &ctx, seen: &seen, into: &out)
                        }
                    } else {
                        let remaining = members.count - width
                        out += ctx.emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
                    }
                    if last && ctx.needClose {
                        out += ctx.indent + "+------------------------------------\n"
                        ctx.needClose = false
                    }
                    ctx.groupDepth -= 1
                }
                if isTopLevel { ctx.groupDepth = 0 }
            }
            if let separatorAfter { out += ctx.emit(separatorAfter) }
        }
    }

    /// The lines CPython prints after an exception's summary for its `__notes__` (each note
    /// that is a str, else its repr), each ending in a newline.
    func exceptionNotes(_ exc: PyInstance) -> String {
        guard let notes = exc.existingAttributes?.getString("__notes__") else { return "" }
        guard let list = notes.asList else {
            return "<__notes__ repr() failed>\n"
        }
        var out = ""
        for n in list.items {
            if case .str(let s) = n { out += s.value + "\n" } else { out += ((try? repr(n)) ?? "<note str() failed>") + "\n" }
        }
        return out
    }

    /// CPython 3.11's "Did you mean" suggestion for a NameError.
    func nameSuggestion(_ name: String) -> String? {
        var candidates = mainGlobals.keys.compactMap { $0.asString }
        candidates += builtins.keys.compactMap { $0.asString }
        return VM.closestName(name, candidates)
    }

    func attributeSuggestion(_ obj: Value, _ name: String) -> String? {
        var candidates: [String] = []
        if let inst = obj.asInstance {
            candidates += (inst.existingAttributes?.keys ?? []).compactMap { $0.asString }
        }
        if let m = obj.asModule {
            candidates += m.dict.keys.compactMap { $0.asString }
        } else {
            let t = obj.asType ?? typeOf(obj)
            for c in t.mro { candidates += c.dict.keys.compactMap { $0.asString } }
        }
        return VM.closestName(name, candidates)
    }

    /// Port of CPython's `_compute_suggestion_error` distance rule.
    static func closestName(_ name: String, _ candidates: [String]) -> String? {
        let maxCandidates = 750
        if candidates.count > maxCandidates { return nil }
        let a = Array(name.unicodeScalars)
        var best: String? = nil
        var bestDistance = Int.max
        for c in candidates where c != name {
            let b = Array(c.unicodeScalars)
            let maxDistance = (a.count + b.count + 3) * 2 / 6
            let d = levenshtein(a, b, limit: maxDistance)
            if d > maxDistance { continue }
            if best == nil || d < bestDistance {
                best = c
                bestDistance = d
            }
        }
        return best
    }

    /// CPython's weighted Levenshtein distance (case changes cost 1, others 2).
    static func levenshtein(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        let moveCost = 2, caseCost = 1
        if a == b { return 0 }
        if a.count > 40 || b.count > 40 { return limit + 1 }
        var prev = [Int](repeating: 0, count: b.count + 1)
        for j in 0...b.count { prev[j] = j * moveCost }
        for i in 1...max(1, a.count) where !a.isEmpty {
            var cur = [Int](repeating: 0, count: b.count + 1)
            cur[0] = i * moveCost
            for j in 1...max(1, b.count) where !b.isEmpty {
                let ca = a[i - 1], cb = b[j - 1]
                var sub: Int
                if ca == cb { sub = 0 }
                else if ca.properties.lowercaseMapping == cb.properties.lowercaseMapping { sub = caseCost }
                else { sub = moveCost }
                cur[j] = min(prev[j] + moveCost, cur[j - 1] + moveCost, prev[j - 1] + sub)
            }
            prev = cur
        }
        if a.isEmpty { return b.count * moveCost }
        return prev[b.count]
    }
}

/// `traceback._ExceptionPrintContext`: indentation and margins of exception-group tracebacks.
struct TracebackPrintContext {
    static let maxGroupWidth = 15
    static let maxGroupDepth = 10
    var groupDepth = 0
    var needClose = false
    /// `traceback` module arguments: frames shown per traceback, and whether chained
    /// exceptions (`__cause__`/`__context__`) are printed.
    var limit: Int? = nil
    var chain = true

    var indent: String { String(repeating: " ", count: 2 * groupDepth) }

    /// Every line of `text` prefixed with the indentation (and `margin` inside a group).
    func emit(_ text: String, margin: String = "|") -> String {
        var prefix = indent
        if groupDepth > 0 { prefix += margin + " " }
        if prefix.isEmpty { return text }
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            out += prefix + line + "\n"
        }
        if !text.hasSuffix("\n"), let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last {
            out += prefix + lastLine
        }
        return out
    }
}
