/// Annotations: evaluated at definition time into `__annotations__`, or stored as their
/// source text under `from __future__ import annotations` (see `AnnotationText`).
extension Compiler {
    /// Whether the module's leading `from __future__ import ...` statements (after an
    /// optional docstring) include `annotations`.
    static func hasFutureAnnotations(_ body: [Stmt]) -> Bool {
        for i in body.indices {
            switch body[i].kind {
            case .expression(let e):
                if i == 0, case .constant(.str) = e.kind { continue }
                return false
            case .importFrom(let module, let names, let level):
                guard module == "__future__", level == 0 else { return false }
                if names.contains(where: { $0.name == "annotations" }) { return true }
            default:
                return false
            }
        }
        return false
    }

    /// Pushes an annotation's value: the evaluated expression, or its source text under
    /// `from __future__ import annotations`.
    func compileAnnotation(_ annotation: Expr) throws(CompileError) {
        if postponedAnnotations {
            loadConst(.str(AnnotationText.text(annotation)))
        } else {
            try compileExpression(annotation)
        }
    }

    /// Pushes the function's `__annotations__` dict when it has any annotation (parameters in
    /// order, then `return`, as CPython builds it); returns the MAKE_FUNCTION flag to add.
    func compileFunctionAnnotations(_ def: FunctionDefinition) throws(CompileError) -> Int {
        let a = def.arguments
        var params = a.positionalOnly + a.positional
        if let v = a.varArgs { params.append(v) }
        params += a.keywordOnly
        if let v = a.varKeywords { params.append(v) }
        var count = 0
        for p in params {
            guard let ann = p.annotation else { continue }
            loadConst(.str(unit.scope.mangle(p.name)))
            try compileAnnotation(ann)
            count += 1
        }
        if let r = def.returns {
            loadConst(.str("return"))
            try compileAnnotation(r)
            count += 1
        }
        guard count > 0 else { return 0 }
        emit(.buildMap, count)
        return 4
    }
}
