/// `try ... except* T as e: ...` (PEP 654), rewritten before scope analysis into a plain
/// `try`/`except BaseException` whose handler drives a state object from the Python-source
/// module `_garter_exceptstar`:
///
/// ```
/// try:
///     BODY
/// except BaseException as .eg:
///     from _garter_exceptstar import begin as .begin
///     .st = .begin(.eg)
///     .m = .st.match(T)            # split off the matching part (None when nothing matches)
///     if .m is not None:
///         try:
///             e = .m
///             HANDLER
///         except BaseException as .x:
///             .st.record(.x)       # raised or re-raised inside the handler
///         finally:
///             e = None; del e
///     ...                          # one block per except* clause
///     .r = .st.finish()            # what is left (and what handlers raised), or None
/// else: ...
/// finally: ...
/// if .r is not None: raise .r
/// ```
/// (all inside an `if True:` with `.r = None` first, so it stays one statement).
/// The hidden names start with a dot, so no program name can collide with them.
enum ExceptStar {
    /// CPython's message for `break`/`continue`/`return` in an `except*` body.
    static let flowMessage = "'break', 'continue' and 'return' cannot appear in an except* block"

    /// Rejects `break`/`continue` (outside a loop of the handler) and `return` in a handler.
    static func checkHandlerBody(_ body: [Stmt], inLoop: Bool = false) throws(CompileError) {
        for s in body {
            switch s.kind {
            case .return:
                throw CompileError.syntax(flowMessage, line: s.line, column: s.column + 1)
            case .break, .continue:
                if !inLoop { throw CompileError.syntax(flowMessage, line: s.line, column: s.column + 1) }
            case .if(_, let b, let o):
                try checkHandlerBody(b, inLoop: inLoop)
                try checkHandlerBody(o, inLoop: inLoop)
            case .while(_, let b, let o), .for(_, _, let b, let o, _):
                try checkHandlerBody(b, inLoop: true)
                try checkHandlerBody(o, inLoop: inLoop)
            case .with(_, let b, _):
                try checkHandlerBody(b, inLoop: inLoop)
            case .try(let b, let handlers, let o, let f, _):
                try checkHandlerBody(b, inLoop: inLoop)
                for h in handlers { try checkHandlerBody(h.body, inLoop: inLoop) }
                try checkHandlerBody(o, inLoop: inLoop)
                try checkHandlerBody(f, inLoop: inLoop)
            case .match(_, let cases):
                for c in cases { try checkHandlerBody(c.body, inLoop: inLoop) }
            default:
                break
            }
        }
    }

    /// The plain `try` statement that implements a `try`/`except*` statement.
    static func desugar(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally finalBody: [Stmt], line: Int, column: Int) -> Stmt {
        let tag = "\(line)_\(column)"
        func name(_ n: String) -> Expr { Expr(.name(n), line: line, column: column) }
        func stmt(_ k: StmtKind, _ l: Int = line) -> Stmt { Stmt(k, line: l, column: column) }
        func call(_ fn: Expr, _ args: [Expr]) -> Expr { Expr(.call(function: fn, args: args, keywords: []), line: line, column: column) }
        func attr(_ obj: Expr, _ a: String) -> Expr { Expr(.attribute(obj, a), line: line, column: column) }
        let group = ".eg" + tag, begin = ".begin" + tag, state = ".st" + tag, matched = ".m" + tag, raised = ".x" + tag

        var handlerBody: [Stmt] = [
            stmt(.importFrom(module: "_garter_exceptstar", names: [ImportAlias(name: "begin", asName: begin)], level: 0)),
            stmt(.assign(targets: [name(state)], value: call(name(begin), [name(group)]))),
        ]
        for h in handlers {
            let l = h.line
            let type = h.type ?? Expr(.constant(.none), line: l, column: h.column)
            handlerBody.append(stmt(.assign(targets: [name(matched)], value: call(attr(name(state), "match"), [type])), l))
            var inner: [Stmt] = []
            if let n = h.name {
                inner.append(stmt(.assign(targets: [name(n)], value: name(matched)), l))
            }
            inner += h.body
            var cleanup: [Stmt] = []
            if let n = h.name {
                cleanup = [stmt(.assign(targets: [name(n)], value: Expr(.constant(.none), line: l, column: h.column)), l),
                           stmt(.delete([name(n)]), l)]
            }
            let recorder = ExceptHandler(type: name("BaseException"), name: raised,
                                         body: [stmt(.expression(call(attr(name(state), "record"), [name(raised)])), l)],
                                         line: l, column: h.column)
            let guarded = stmt(.try(body: inner, handlers: [recorder], orElse: [], finally: cleanup, isStar: false), l)
            let test = Expr(.compare(name(matched), [.isNot], [Expr(.constant(.none), line: l, column: h.column)]), line: l, column: h.column)
            handlerBody.append(stmt(.if(test: test, body: [guarded], orElse: []), l))
        }
        // What is left is raised after the statement, outside the handler, so the raise
        // does not chain the original group as its context.
        let result = ".r" + tag
        let noneValue = Expr(.constant(.none), line: line, column: column)
        handlerBody.append(stmt(.assign(targets: [name(result)], value: call(attr(name(state), "finish"), []))))
        let outer = ExceptHandler(type: name("BaseException"), name: group, body: handlerBody, line: line, column: column)
        let statement = Stmt(.try(body: body, handlers: [outer], orElse: orElse, finally: finalBody, isStar: false), line: line, column: column)
        let pending = Expr(.compare(name(result), [.isNot], [noneValue]), line: line, column: column)
        let reraise = stmt(.if(test: pending, body: [stmt(.raise(exception: name(result), cause: nil))], orElse: []))
        let always = Expr(.constant(.bool(true)), line: line, column: column)
        return stmt(.if(test: always, body: [stmt(.assign(targets: [name(result)], value: noneValue)), statement, reraise], orElse: []))
    }

    /// The `_garter_exceptstar` module: the state of one `except*` dispatch.
    static let helperSource = #"""
import _gsys_vm

def _leaves(exc):
    if isinstance(exc, BaseExceptionGroup):
        out = []
        for e in exc.exceptions:
            out.extend(_leaves(e))
        return out
    return [exc]


def _check(types):
    items = types if isinstance(types, tuple) else (types,)
    for t in items:
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError('catching classes that do not inherit from BaseException is not allowed')
        if issubclass(t, BaseExceptionGroup):
            raise TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')


class _State:
    def __init__(self, exc):
        self.orig = exc
        self.naked = not isinstance(exc, BaseExceptionGroup)
        self.rest = BaseExceptionGroup('', (exc,)) if self.naked else exc
        self.current = None
        self.raised = []
        self.reraised = []

    def match(self, types):
        _check(types)
        if self.rest is None:
            self.current = None
            return None
        if self.naked:
            # A plain exception reaches the handler wrapped, as a whole.
            if isinstance(self.orig, types):
                matched, self.rest = self.rest, None
            else:
                matched = None
        else:
            matched, self.rest = self.rest.split(types)
        self.current = matched
        return matched

    def record(self, exc):
        # A bare `raise` in the handler re-raises the exception the rewritten `except`
        # caught, which stands for the part the handler received.
        if exc is self.current or exc is self.orig:
            self.reraised.append(self.current)
        else:
            self.raised.append(exc)

    def finish(self):
        keep = []
        for e in self.reraised:
            keep.extend(_leaves(e))
        if self.rest is not None:
            keep.extend(_leaves(self.rest))
        kept = None
        if keep:
            ids = {id(e) for e in keep}
            if self.naked:
                kept = self.orig
            else:
                kept = self.orig.subgroup(
                    lambda e: not isinstance(e, BaseExceptionGroup) and id(e) in ids)
        # Like CPython's re-raise: the caught group's traceback, no entry for this frame.
        if not self.raised:
            return None if kept is None else _gsys_vm.adopt_traceback(kept, self.orig)
        excs = list(self.raised)
        if kept is not None:
            excs.append(kept)
        if len(excs) == 1:
            return _gsys_vm.hide_frame(excs[0])
        return _gsys_vm.hide_frame(BaseExceptionGroup('', excs))


def begin(exc):
    return _State(exc)
"""#
}
