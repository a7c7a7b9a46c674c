/// Frees a finished run's heap, reference cycles included.
///
/// Garter objects are reference counted, and almost every program makes cycles: a function
/// defined at module level refers to the globals that hold it, a class is the first entry of
/// its own MRO, a module's functions refer to the module's dict. Without help, everything a
/// run allocated would stay alive after it ended, and a host running many programs would
/// grow without bound. Nothing outside the VM can refer to its objects once the run is
/// over (results cross the boundary as ``PythonValue`` copies), so when the VM goes away
/// it walks everything reachable from its roots and empties every mutable container; the
/// objects then free each other. Objects shared between runs (builtin types and their
/// dictionaries, constants of compiled code) are immutable and never emptied.
///
/// Cycles a run creates and drops while it is still running are freed when it ends.
extension VM {
    /// Empties every container reachable from this VM's roots and from `extraRoots`.
    func releaseHeap(extraRoots: [PyObject] = []) {
        // Nothing can form a cycle when no root holds a heap object (the usual end of a small
        // run: only scalar and string globals): skip the walk.
        if extraRoots.isEmpty && modules.isEmpty && frameCount == 0 && pendingCloses.isEmpty && idKeepAlive.isEmpty,
           !handledException.isHeapObject, !mainGlobals.containsItem(where: { $0.isHeapObject || $1.isHeapObject }) {
            return
        }
        var walker = HeapWalker()
        walker.visit(.object(mainGlobals))
        for m in modules.values { walker.visit(.object(m)) }
        walker.visit(handledException)
        for g in pendingCloses { walker.visit(.object(g)) }
        for o in idKeepAlive { if let p = o as? PyObject { walker.visit(.object(p)) } }
        for i in 0..<frameCount {
            let f = frames[i]
            walker.visit(.object(f.globals))
            if let ns = f.namespace { walker.visit(.object(ns)) }
            if let fn = f.function { walker.visit(.object(fn)) }
            if let g = f.generator { walker.visit(.object(g)) }
            var p = f.locals
            while p < f.sp {
                walker.visit(p.pointee)
                p += 1
            }
        }
        for o in extraRoots { walker.visit(.object(o)) }
        walker.run()
        // Empty everything only after the walk, while `found` still keeps it all alive, so
        // no object is freed (and no deep chain of deinits starts) half-way.
        for o in walker.found { HeapWalker.empty(o) }
        pendingCloses.removeAll()
        idKeepAlive.removeAll()
        handledException = .none
    }
}

extension Value {
    /// True for values that are (or hold) reference-counted containers or objects.
    var isHeapObject: Bool {
        if case .object = self { return true }
        return false
    }
}

/// The graph walk behind ``VM/releaseHeap(extraRoots:)`` (iterative: heaps can be deep).
struct HeapWalker {
    private var seen = Set<ObjectIdentifier>()
    private var work: [PyObject] = []
    /// Every object reached, in no particular order.
    private(set) var found: [PyObject] = []

    mutating func visit(_ v: Value) {
        guard case .object(let o) = v else { return }
        // Builtin types are shared by every run (and immutable from Python).
        if o.kind == .type, unsafeDowncast(o, to: PyType.self).isBuiltin { return }
        if seen.insert(ObjectIdentifier(o)).inserted {
            work.append(o)
        }
    }

    mutating func run() {
        while let o = work.popLast() {
            found.append(o)
            children(o)
        }
    }

    private mutating func children(_ o: PyObject) {
        switch o.kind {
        case .list:
            for v in unsafeDowncast(o, to: PyList.self).items { visit(v) }
        case .tuple:
            for v in unsafeDowncast(o, to: PyTuple.self).items { visit(v) }
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            var i = 0
            while let e = d.rawEntry(i) {
                i += 1
                visit(e.key)
                visit(e.value)
            }
        case .set, .frozenSet:
            for v in unsafeDowncast(o, to: PySet.self).elements { visit(v) }
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            visit(.object(f.globals))
            for v in f.defaults { visit(v) }
            for v in f.keywordDefaults.values { visit(v) }
            for c in f.closure { visit(.object(c)) }
            if let a = f.attributes { visit(.object(a)) }
            if let a = f.annotations { visit(.object(a)) }
            visit(f.doc)
        case .boundMethod:
            let m = unsafeDowncast(o, to: PyBoundMethod.self)
            visit(m.function)
            visit(m.receiver)
        case .type:
            let t = unsafeDowncast(o, to: PyType.self)
            visit(.object(t.dict))
            for b in t.mro { visit(.object(b)) }
            for b in t.bases { visit(.object(b)) }
            if let m = t.metaclass { visit(.object(m)) }
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            visit(.object(inst.cls))
            if let d = inst.existingAttributes { visit(.object(d)) }
            if let b = inst.builtinValue { visit(b) }
            if let e = inst.exception {
                for v in e.args { visit(v) }
                visit(e.cause)
                visit(e.context)
            }
        case .module:
            visit(.object(unsafeDowncast(o, to: PyModule.self).dict))
        case .cell:
            visit(unsafeDowncast(o, to: PyCell.self).value)
        case .generator:
            let g = unsafeDowncast(o, to: PyGenerator.self)
            visit(.object(g.function))
            for v in g.saved { visit(v) }
        case .property:
            let p = unsafeDowncast(o, to: PyProperty.self)
            visit(p.getter)
            visit(p.setter)
            visit(p.deleter)
            visit(p.doc)
        case .staticMethod, .classMethod:
            visit(unsafeDowncast(o, to: PyMethodWrapper.self).function)
        case .superObject:
            visit(unsafeDowncast(o, to: PySuper.self).receiver)
        case .listIterator:
            visit(.object(unsafeDowncast(o, to: PyListIterator.self).list))
        case .dictView:
            visit(.object(unsafeDowncast(o, to: PyDictView.self).dict))
        case .nativeIterator:
            // Its state lives in a closure; iterators that can be saved in snapshots list it.
            let it = unsafeDowncast(o, to: PyNativeIterator.self)
            if !it.exhausted, let state = it.savedState() {
                for v in state.values { visit(v) }
            }
        case .native:
            if let d = o as? PyDeque {
                for v in d.storage { visit(v) }
            } else if let c = o as? PyExternalCoroutine {
                for v in c.args { visit(v) }
                for (_, v) in c.keywords { visit(v) }
            } else if let p = o as? PyMappingProxy {
                if let t = p.owner { visit(.object(t)) }
                visit(p.target)
            }
        case .bigInt, .bytes, .builtinFunction, .range, .slice, .rangeIterator, .notImplemented, .ellipsis, .code, .external:
            break
        }
    }

    /// Drops what a mutable object refers to (only objects of the run being released).
    static func empty(_ o: PyObject) {
        switch o.kind {
        case .list:
            unsafeDowncast(o, to: PyList.self).items.removeAll()
        case .dict:
            unsafeDowncast(o, to: PyDict.self).removeAll()
        case .set, .frozenSet:
            unsafeDowncast(o, to: PySet.self).removeAll()
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            f.defaults.removeAll()
            f.keywordDefaults.removeAll()
            f.closure.removeAll()
            f.attributes = nil
            f.annotations = nil
            f.doc = .none
        case .type:
            let t = unsafeDowncast(o, to: PyType.self)
            t.dict.removeAll()
            t.invalidateLookups()
            // A class is the first entry of its own MRO.
            t.mro = []
            t.bases = []
            t.metaclass = nil
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            inst.existingAttributes?.removeAll()
            inst.builtinValue = nil
            if let e = inst.exception {
                e.args = []
                e.cause = .none
                e.context = .none
            }
        case .module:
            unsafeDowncast(o, to: PyModule.self).dict.removeAll()
        case .cell:
            unsafeDowncast(o, to: PyCell.self).value = .unbound
        case .generator:
            unsafeDowncast(o, to: PyGenerator.self).finish()
        case .nativeIterator:
            let it = unsafeDowncast(o, to: PyNativeIterator.self)
            it.exhausted = true
            it.saved = nil
            it.step = { _ throws(PythonError) in nil }
            it.counter = .none
            it.spare = ReusableTuple()
        case .native:
            if let d = o as? PyDeque {
                d.storage = []
                d.head = 0
                d.count = 0
            } else if let p = o as? PyMappingProxy {
                p.clear()
            }
        default:
            break
        }
    }
}
