/// `heapq`: CPython's exact sift algorithms (so heaps have the same layout), comparing with
/// `<` only; `nlargest`/`nsmallest` with CPython's stability guarantees; a lazy `merge`.
enum HeapqModule {
    static func heapList(_ vm: VM, _ v: Value, _ name: String) throws(PythonError) -> PyList {
        if let l = vm.builtinBase(v).asList { return l }
        throw vm.makeError(Builtins.shared.typeError, "\(name)() argument 1 must be list, not \(vm.typeName(v))")
    }

    /// `a < b` with fast paths for numbers and strings.
    @inline(__always)
    static func less(_ vm: VM, _ a: Value, _ b: Value) throws(PythonError) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.float(let x), .float(let y)): return x < y
        case (.str(let x), .str(let y)): return compareStrings(x.value, y.value) < 0
        default: return try vm.isTrue(try vm.compare(.lt, a, b))
        }
    }

    static func siftDown(_ vm: VM, _ heap: PyList, _ startpos: Int, _ pos0: Int, max: Bool) throws(PythonError) {
        var pos = pos0
        let size = heap.items.count
        if pos >= size { throw vm.makeError(Builtins.shared.indexError, "index out of range") }
        while pos > startpos {
            let parentpos = (pos - 1) >> 1
            let newitem = heap.items[pos], parent = heap.items[parentpos]
            let cmp = max ? try less(vm, parent, newitem) : try less(vm, newitem, parent)
            if size != heap.items.count {
                throw vm.makeError(Builtins.shared.runtimeError, "list changed size during iteration")
            }
            if !cmp { break }
            heap.items.swapAt(parentpos, pos)
            pos = parentpos
        }
    }

    static func siftUp(_ vm: VM, _ heap: PyList, _ pos0: Int, max: Bool) throws(PythonError) {
        var pos = pos0
        let endpos = heap.items.count
        let startpos = pos
        if pos >= endpos { throw vm.makeError(Builtins.shared.indexError, "index out of range") }
        let limit = endpos >> 1
        while pos < limit {
            var childpos = 2 * pos + 1
            if childpos + 1 < endpos {
                let a = heap.items[childpos], b = heap.items[childpos + 1]
                let cmp = max ? try less(vm, b, a) : try less(vm, a, b)
                if !cmp { childpos += 1 }
                if endpos != heap.items.count {
                    throw vm.makeError(Builtins.shared.runtimeError, "list changed size during iteration")
                }
            }
            heap.items.swapAt(childpos, pos)
            pos = childpos
        }
        try siftDown(vm, heap, startpos, pos, max: max)
    }

    static func heapify(_ vm: VM, _ heap: PyList, max: Bool) throws(PythonError) {
        var i = (heap.items.count >> 1) - 1
        while i >= 0 {
            try siftUp(vm, heap, i, max: max)
            i -= 1
        }
    }

    static func pop(_ vm: VM, _ heap: PyList, max: Bool) throws(PythonError) -> Value {
        guard let last = heap.items.popLast() else {
            throw vm.makeError(Builtins.shared.indexError, "index out of range")
        }
        if heap.items.isEmpty { return last }
        let r = heap.items[0]
        heap.items[0] = last
        try siftUp(vm, heap, 0, max: max)
        return r
    }

    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("heapq")
        m.value("__all__", .object(PyList(["heappush", "heappop", "heapify", "heapreplace", "merge",
                                            "nlargest", "nsmallest", "heappushpop"].map { .str(PyStr($0)) })))
        m.function("heappush") { vm, args throws(PythonError) in
            try args.check("heappush", min: 2, max: 2, vm: vm)
            let heap = try heapList(vm, args[0], "heappush")
            heap.items.append(args[1])
            try siftDown(vm, heap, 0, heap.items.count - 1, max: false)
            return .none
        }
        m.function("heappop") { vm, args throws(PythonError) in
            try args.check("_heapq.heappop", min: 1, max: 1, vm: vm)
            return try pop(vm, try heapList(vm, args[0], "heappop"), max: false)
        }
        m.function("heapify") { vm, args throws(PythonError) in
            try args.check("_heapq.heapify", min: 1, max: 1, vm: vm)
            try heapify(vm, try heapList(vm, args[0], "heapify"), max: false)
            return .none
        }
        m.function("_heapify_max") { vm, args throws(PythonError) in
            try args.check("_heapify_max", min: 1, max: 1, vm: vm)
            try heapify(vm, try heapList(vm, args[0], "_heapify_max"), max: true)
            return .none
        }
        m.function("_heappop_max") { vm, args throws(PythonError) in
            try args.check("_heappop_max", min: 1, max: 1, vm: vm)
            return try pop(vm, try heapList(vm, args[0], "_heappop_max"), max: true)
        }
        m.function("heapreplace") { vm, args throws(PythonError) in
            try args.check("heapreplace", min: 2, max: 2, vm: vm)
            let heap = try heapList(vm, args[0], "heapreplace")
            if heap.items.isEmpty { throw vm.makeError(Builtins.shared.indexError, "index out of range") }
            let r = heap.items[0]
            heap.items[0] = args[1]
            try siftUp(vm, heap, 0, max: false)
            return r
        }
        m.function("_heapreplace_max") { vm, args throws(PythonError) in
            try args.check("_heapreplace_max", min: 2, max: 2, vm: vm)
            let heap = try heapList(vm, args[0], "_heapreplace_max")
            if heap.items.isEmpty { throw vm.makeError(Builtins.shared.indexError, "index out of range") }
            let r = heap.items[0]
            heap.items[0] = args[1]
            try siftUp(vm, heap, 0, max: true)
            return r
        }
        m.function("heappushpop") { vm, args throws(PythonError) in
            try args.check("heappushpop", min: 2, max: 2, vm: vm)
            let heap = try heapList(vm, args[0], "heappushpop")
            let item = args[1]
            if heap.items.isEmpty { return item }
            let top = heap.items[0]
            if !(try less(vm, top, item)) { return item }
            if heap.items.isEmpty { throw vm.makeError(Builtins.shared.indexError, "index out of range") }
            heap.items[0] = item
            try siftUp(vm, heap, 0, max: false)
            return top
        }
        for largest in [false, true] {
            let name = largest ? "nlargest" : "nsmallest"
            m.function(name) { vm, args throws(PythonError) in
                for k in args.keywordNames where k.value != "key" {
                    throw vm.makeError(Builtins.shared.typeError, "\(name)() got an unexpected keyword argument '\(k.value)'")
                }
                switch args.positionalCount {
                case 0: throw vm.makeError(Builtins.shared.typeError, "\(name)() missing 2 required positional arguments: 'n' and 'iterable'")
                case 1: throw vm.makeError(Builtins.shared.typeError, "\(name)() missing 1 required positional argument: 'iterable'")
                case 2: break
                default: throw vm.makeError(Builtins.shared.typeError, "\(name)() takes 2 positional arguments but \(args.positionalCount) were given")
                }
                let n = try vm.indexValue(args[0])
                let key = args.keyword("key") ?? .none
                if n <= 0 {
                    _ = try vm.getIterator(args[1])
                    return .object(PyList())
                }
                var items = try vm.iterateToArray(args[1])
                if n == 1 {
                    if items.isEmpty { return .object(PyList()) }
                    var best = items[0]
                    var bestKey = key.isNone ? best : try vm.callValue(key, with: best)
                    for item in items.dropFirst() {
                        let k = key.isNone ? item : try vm.callValue(key, with: item)
                        if largest ? try less(vm, bestKey, k) : try less(vm, k, bestKey) {
                            best = item
                            bestKey = k
                        }
                    }
                    return .object(PyList([best]))
                }
                try vm.sortValues(&items, key: key, reverse: largest)
                return .object(PyList(Array(items.prefix(n))))
            }
        }
        m.function("merge") { vm, args throws(PythonError) in
            for k in args.keywordNames where k.value != "key" && k.value != "reverse" {
                throw vm.makeError(Builtins.shared.typeError, "merge() got an unexpected keyword argument '\(k.value)'")
            }
            let key = args.keyword("key") ?? .none
            let reverse = try vm.isTrue(args.keyword("reverse") ?? .bool(false))
            var its: [Value] = []
            for i in 0..<args.positionalCount { its.append(try vm.getIterator(args[i])) }
            var heads: [(value: Value, key: Value)?] = []
            var started = false
            return vm.nativeIterator(.generator) { vm throws(PythonError) in
                if !started {
                    started = true
                    for it in its {
                        if let v = try vm.nextItem(it) {
                            heads.append((v, key.isNone ? v : try vm.callValue(key, with: v)))
                        } else {
                            heads.append(nil)
                        }
                    }
                }
                var best = -1
                for i in heads.indices {
                    guard let h = heads[i] else { continue }
                    if best < 0 { best = i; continue }
                    let b = heads[best]!.key
                    if reverse ? try less(vm, b, h.key) : try less(vm, h.key, b) { best = i }
                }
                if best < 0 { return nil }
                let result = heads[best]!.value
                if let v = try vm.nextItem(its[best]) {
                    heads[best] = (v, key.isNone ? v : try vm.callValue(key, with: v))
                } else {
                    heads[best] = nil
                }
                return result
            }
        }
        return m.module
    }
}
