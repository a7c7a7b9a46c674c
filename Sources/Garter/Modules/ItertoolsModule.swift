import BigInt

/// `itertools`: every function is a lazy native iterator type (`type(chain()) is
/// itertools.chain`), consuming its inputs exactly when CPython's C implementation does
/// (e.g. `product`/`permutations` materialize their pools up front, `groupby` shares one
/// underlying iterator with its groups).
enum ItertoolsModule {
    /// The iterator types, created once per process (immutable after creation).
    static let types: [String: PyType] = {
        var t: [String: PyType] = [:]
        for name in ["count", "cycle", "repeat", "accumulate", "chain", "compress", "dropwhile", "filterfalse",
                     "groupby", "_grouper", "islice", "pairwise", "starmap", "takewhile", "_tee", "zip_longest",
                     "product", "permutations", "combinations", "combinations_with_replacement"] {
            let type = PyType(name: name, bases: [Builtins.shared.object], isBuiltin: true, module: "itertools")
            type.mro = [type, Builtins.shared.object]
            type.installIteratorProtocol()
            t[name] = type
        }
        return t
    }()

    static func type(_ name: String) -> PyType { types[name]! }

    static func iterator(_ name: String, _ step: @escaping (VM) throws(PythonError) -> Value?) -> Value {
        .object(PyNativeIterator(type: type(name), step: step))
    }

    /// Installs the constructor of an iterator type.
    static func define(_ name: String, _ body: @escaping BuiltinBody) {
        type(name).constructor = body
    }

    /// Constructors are installed once per process (thread-safe lazy static).
    static let installed: Bool = {
        installConstructors()
        return true
    }()

    static func positionalOrKeyword(_ args: Arguments, _ index: Int, _ name: String) -> Value? {
        if args.positionalCount > index { return args[index] }
        return args.keyword(name)
    }

    static func missing(_ vm: VM, _ fn: String, _ name: String, _ pos: Int) -> PythonError {
        vm.makeError(Builtins.shared.typeError, "\(fn)() missing required argument '\(name)' (pos \(pos))")
    }

    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        _ = installed
        let m = ModuleBuilder("itertools")
        for (name, t) in types where !name.hasPrefix("_") { m.value(name, .object(t)) }
        m.function("tee") { vm, args throws(PythonError) in
            try args.check("tee", min: 1, max: 2, vm: vm)
            let n = args.positionalCount > 1 ? try vm.indexValue(args[1]) : 2
            if n < 0 { throw vm.makeError(Builtins.shared.valueError, "n must be >= 0") }
            let shared = TeeBuffer(iterator: try vm.getIterator(args[0]))
            var its: [Value] = []
            for _ in 0..<n {
                var position = 0
                shared.positions.append(0)
                let id = shared.positions.count - 1
                its.append(iterator("_tee") { vm throws(PythonError) in
                    guard let x = try shared.item(at: position, vm: vm) else { return nil }
                    position += 1
                    shared.positions[id] = position
                    shared.trim()
                    return x
                })
            }
            return .object(PyTuple(its))
        }
        return m.module
    }

    static func installConstructors() {

        define("count") { vm, args throws(PythonError) in
            if args.positionalCount > 2 {
                throw vm.makeError(Builtins.shared.typeError, "count() takes at most 2 arguments (\(args.positionalCount) given)")
            }
            try args.check("count", min: 0, max: 2, keywords: ["start", "step"], vm: vm)
            let start = positionalOrKeyword(args, 0, "start") ?? .int(0)
            let step = positionalOrKeyword(args, 1, "step") ?? .int(1)
            for v in [start, step] where PyNumber.operand(vm.builtinBase(v)) == nil && !vm.isUserInstance(v) {
                throw vm.makeError(Builtins.shared.typeError, "a number is required")
            }
            let current = IteratorVariable(start)
            let it = PyNativeIterator(type: type("count")) { vm throws(PythonError) in
                let r = current.value
                if case .int(let a) = current.value, case .int(let b) = step {
                    let (s, o) = a.addingReportingOverflow(b)
                    current.value = o ? .bigInt(BigInt(word: a) + BigInt(word: b)) : .int(s)
                } else {
                    current.value = try vm.binaryOperation(.add, current.value, step, inplace: false)
                }
                return r
            }
            it.describe = { vm throws(PythonError) in
                // CPython omits a step of integer 1.
                if case .int(1) = step { return "count(\(try vm.repr(current.value)))" }
                return "count(\(try vm.repr(current.value)), \(try vm.repr(step)))"
            }
            return .object(it)
        }
        define("cycle") { vm, args throws(PythonError) in
            try args.check("cycle", min: 1, max: 1, vm: vm)
            let it = try vm.getIterator(args[0])
            let saved = IteratorVariable([Value]())
            let firstPass = IteratorVariable(true)
            let index = IteratorVariable(0)
            return iterator("cycle") { vm throws(PythonError) in
                if firstPass.value {
                    if let x = try vm.nextItem(it) {
                        saved.value.append(x)
                        return x
                    }
                    firstPass.value = false
                }
                if saved.value.isEmpty { return nil }
                let n = index.value
                index.value = (n + 1) % saved.value.count
                return saved.value[n]
            }
        }
        define("repeat") { vm, args throws(PythonError) in
            if args.positionalCount > 2 {
                throw vm.makeError(Builtins.shared.typeError, "repeat() takes at most 2 arguments (\(args.positionalCount) given)")
            }
            try args.check("repeat", min: 0, max: 2, keywords: ["object", "times"], vm: vm)
            guard let object = positionalOrKeyword(args, 0, "object") else { throw missing(vm, "repeat", "object", 1) }
            let remaining = IteratorVariable(-1)
            if let t = positionalOrKeyword(args, 1, "times") {
                remaining.value = max(0, try vm.indexValue(t))
            }
            let it = PyNativeIterator(type: type("repeat")) { _ throws(PythonError) in
                if remaining.value == 0 { return nil }
                if remaining.value > 0 { remaining.value -= 1 }
                return object
            }
            it.describe = { vm throws(PythonError) in
                remaining.value < 0 ? "repeat(\(try vm.repr(object)))" : "repeat(\(try vm.repr(object)), \(remaining.value))"
            }
            return .object(it)
        }
        define("accumulate") { vm, args throws(PythonError) in
            if args.positionalCount > 2 {
                throw vm.makeError(Builtins.shared.typeError, "accumulate() takes at most 2 positional arguments (\(args.positionalCount) given)")
            }
            try args.check("accumulate", min: 0, max: 2, keywords: ["iterable", "func", "initial"], vm: vm)
            guard let iterable = positionalOrKeyword(args, 0, "iterable") else { throw missing(vm, "accumulate", "iterable", 1) }
            let fn = positionalOrKeyword(args, 1, "func") ?? .none
            let initial = args.keyword("initial") ?? .none
            let it = try vm.getIterator(iterable)
            let total = IteratorVariable<Value?>(nil)
            let pendingInitial = IteratorVariable(!initial.isNone)
            return iterator("accumulate") { vm throws(PythonError) in
                if pendingInitial.value {
                    pendingInitial.value = false
                    total.value = initial
                    return initial
                }
                guard let x = try vm.nextItem(it) else { return nil }
                if let t = total.value {
                    if fn.isNone {
                        if case .int(let a) = t, case .int(let b) = x {
                            let (s, o) = a.addingReportingOverflow(b)
                            total.value = o ? .bigInt(BigInt(word: a) + BigInt(word: b)) : .int(s)
                        } else {
                            total.value = try vm.binaryOperation(.add, t, x, inplace: false)
                        }
                    } else {
                        total.value = try vm.callValue(fn, [t, x])
                    }
                } else {
                    total.value = x
                }
                return total.value
            }
        }
        define("chain") { vm, args throws(PythonError) in
            try args.check("chain", min: 0, max: Int.max, vm: vm)
            return chain(vm, sources: args.positional.makeIterator())
        }
        let fromIterable = PyBuiltinFunction(name: "from_iterable", owner: "chain") { vm, args throws(PythonError) in
            try args.check("chain.from_iterable", min: 1, max: 1, vm: vm)
            let outer = try vm.getIterator(args[0])
            let current = IteratorVariable<Value?>(nil)
            return iterator("chain") { vm throws(PythonError) in
                while true {
                    if let c = current.value, let x = try vm.nextItem(c) { return x }
                    guard let next = try vm.nextItem(outer) else { return nil }
                    current.value = try vm.getIterator(next)
                }
            }
        }
        type("chain").dict.setString(PyStr(frozen: "from_iterable"), .object(PyMethodWrapper(function: .object(fromIterable), isClassMethod: false)))
        define("compress") { vm, args throws(PythonError) in
            try args.check("compress", min: 0, max: 2, keywords: ["data", "selectors"], vm: vm)
            guard let data = positionalOrKeyword(args, 0, "data") else { throw missing(vm, "compress", "data", 1) }
            guard let selectors = positionalOrKeyword(args, 1, "selectors") else { throw missing(vm, "compress", "selectors", 2) }
            let d = try vm.getIterator(data), s = try vm.getIterator(selectors)
            return iterator("compress") { vm throws(PythonError) in
                while true {
                    guard let x = try vm.nextItem(d), let sel = try vm.nextItem(s) else { return nil }
                    if try vm.isTrue(sel) { return x }
                }
            }
        }
        define("dropwhile") { vm, args throws(PythonError) in
            try args.check("dropwhile", min: 2, max: 2, vm: vm)
            let pred = args[0]
            let it = try vm.getIterator(args[1])
            let dropping = IteratorVariable(true)
            return iterator("dropwhile") { vm throws(PythonError) in
                while let x = try vm.nextItem(it) {
                    if !dropping.value { return x }
                    if !(try vm.isTrue(try vm.callValue(pred, with: x))) {
                        dropping.value = false
                        return x
                    }
                }
                return nil
            }
        }
        define("takewhile") { vm, args throws(PythonError) in
            try args.check("takewhile", min: 2, max: 2, vm: vm)
            let pred = args[0]
            let it = try vm.getIterator(args[1])
            let done = IteratorVariable(false)
            return iterator("takewhile") { vm throws(PythonError) in
                if done.value { return nil }
                guard let x = try vm.nextItem(it) else { return nil }
                if try vm.isTrue(try vm.callValue(pred, with: x)) { return x }
                done.value = true
                return nil
            }
        }
        define("filterfalse") { vm, args throws(PythonError) in
            try args.check("filterfalse", min: 2, max: 2, vm: vm)
            let pred = args[0]
            let it = try vm.getIterator(args[1])
            return iterator("filterfalse") { vm throws(PythonError) in
                while let x = try vm.nextItem(it) {
                    let keep = pred.isNone ? try vm.isTrue(x) : try vm.isTrue(try vm.callValue(pred, with: x))
                    if !keep { return x }
                }
                return nil
            }
        }
        define("groupby") { vm, args throws(PythonError) in
            try args.check("groupby", min: 0, max: 2, keywords: ["iterable", "key"], vm: vm)
            guard let iterable = positionalOrKeyword(args, 0, "iterable") else { throw missing(vm, "groupby", "iterable", 1) }
            let state = GroupByState(iterator: try vm.getIterator(iterable), key: positionalOrKeyword(args, 1, "key") ?? .none)
            return iterator("groupby") { vm throws(PythonError) in try state.next(vm) }
        }
        define("islice") { vm, args throws(PythonError) in
            try args.check("islice", min: 2, max: 4, vm: vm)
            let it = try vm.getIterator(args[0])
            // PyNumber_AsSsize_t with errors cleared: -1 for anything that is not an int.
            func component(_ v: Value, _ dflt: Int) -> Int {
                if v.isNone { return dflt }
                return (try? vm.indexValue(v)) ?? -1
            }
            var start = 0, step = 1
            var stop: Int? = nil
            let stopMessage = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            let indexMessage = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
            var stopRaw = -1
            if args.positionalCount == 2 {
                if !args[1].isNone {
                    stopRaw = component(args[1], -1)
                    if stopRaw == -1 { throw vm.makeError(Builtins.shared.valueError, stopMessage) }
                }
            } else {
                start = component(args[1], 0)
                if !args[2].isNone {
                    stopRaw = component(args[2], -1)
                    if stopRaw == -1 { throw vm.makeError(Builtins.shared.valueError, stopMessage) }
                }
            }
            if start < 0 || stopRaw < -1 { throw vm.makeError(Builtins.shared.valueError, indexMessage) }
            if stopRaw >= 0 { stop = stopRaw }
            if args.positionalCount == 4 {
                step = component(args[3], 1)
                if step < 1 { throw vm.makeError(Builtins.shared.valueError, "Step for islice() must be a positive integer or None.") }
            }
            let nextIndex = IteratorVariable(start)
            let consumed = IteratorVariable(0)
            let finished = IteratorVariable(false)
            // Captured as constants: a captured `var` pays an exclusivity check per read.
            let stopAt = stop, stepBy = step
            return iterator("islice") { vm throws(PythonError) in
                if finished.value { return nil }
                if let stop = stopAt, nextIndex.value >= stop {
                    // Consume up to `stop` like CPython, then stop.
                    while consumed.value < stop {
                        guard try vm.nextItem(it) != nil else { break }
                        consumed.value += 1
                    }
                    finished.value = true
                    return nil
                }
                while consumed.value < nextIndex.value {
                    guard try vm.nextItem(it) != nil else { finished.value = true; return nil }
                    consumed.value += 1
                }
                guard let x = try vm.nextItem(it) else { finished.value = true; return nil }
                consumed.value += 1
                let (n, o) = nextIndex.value.addingReportingOverflow(stepBy)
                nextIndex.value = o ? Int.max : n
                return x
            }
        }
        define("pairwise") { vm, args throws(PythonError) in
            try args.check("pairwise", min: 1, max: 1, vm: vm)
            let it = try vm.getIterator(args[0])
            let previous = IteratorVariable<Value?>(nil)
            let done = IteratorVariable(false)
            return iterator("pairwise") { vm throws(PythonError) in
                if done.value { return nil }
                if previous.value == nil {
                    guard let first = try vm.nextItem(it) else { done.value = true; return nil }
                    previous.value = first
                }
                guard let x = try vm.nextItem(it), let p = previous.value else { done.value = true; return nil }
                previous.value = x
                return .object(PyTuple([p, x]))
            }
        }
        define("starmap") { vm, args throws(PythonError) in
            try args.check("starmap", min: 2, max: 2, vm: vm)
            let fn = args[0]
            let it = try vm.getIterator(args[1])
            return iterator("starmap") { vm throws(PythonError) in
                guard let x = try vm.nextItem(it) else { return nil }
                let callArgs: [Value]
                if let t = x.asTuple { callArgs = t.array } else { callArgs = try vm.iterateToArray(x) }
                return try vm.callValue(fn, callArgs)
            }
        }
        define("zip_longest") { vm, args throws(PythonError) in
            try args.check("zip_longest", min: 0, max: Int.max, keywords: ["fillvalue"], vm: vm)
            let fill = args.keyword("fillvalue") ?? .none
            let its = IteratorVariable<[Value?]>([])
            for i in 0..<args.positionalCount {
                its.value.append(try vm.getIterator(args[i]))
            }
            let active = IteratorVariable(its.value.count)
            return iterator("zip_longest") { vm throws(PythonError) in
                if its.value.isEmpty || active.value == 0 { return nil }
                var row: [Value] = []
                for i in its.value.indices {
                    if let it = its.value[i], let x = try vm.nextItem(it) {
                        row.append(x)
                    } else {
                        if its.value[i] != nil {
                            its.value[i] = nil
                            active.value -= 1
                            if active.value == 0 { return nil }
                        }
                        row.append(fill)
                    }
                }
                return .object(PyTuple(row))
            }
        }
        define("product") { vm, args throws(PythonError) in
            try args.check("product", min: 0, max: Int.max, keywords: ["repeat"], vm: vm)
            var repeatCount = 1
            if let r = args.keyword("repeat") {
                repeatCount = try vm.indexValue(r)
                if repeatCount < 0 { throw vm.makeError(Builtins.shared.valueError, "repeat argument cannot be negative") }
            }
            var pools: [[Value]] = []
            for i in 0..<args.positionalCount { pools.append(try vm.iterateToArray(args[i])) }
            var all: [[Value]] = []
            if !pools.isEmpty {
                try vm.checkAllocation(pools.count, times: repeatCount)
            }
            for _ in 0..<repeatCount { all.append(contentsOf: pools) }
            let indices = IteratorVariable([Int](repeating: 0, count: all.count))
            let first = IteratorVariable(true)
            let done = IteratorVariable(all.contains { $0.isEmpty })
            // Captured as a constant: a captured `var` pays an exclusivity check per read.
            let axes = all
            return iterator("product") { _ throws(PythonError) in
                if done.value { return nil }
                if first.value {
                    first.value = false
                    return .object(PyTuple(axes.map { $0[0] }))
                }
                var i = axes.count - 1
                while i >= 0 {
                    indices.value[i] += 1
                    if indices.value[i] < axes[i].count { break }
                    indices.value[i] = 0
                    i -= 1
                }
                if i < 0 {
                    done.value = true
                    return nil
                }
                var row: [Value] = []
                row.reserveCapacity(axes.count)
                for j in axes.indices { row.append(axes[j][indices.value[j]]) }
                return .object(PyTuple(row))
            }
        }
        define("permutations") { vm, args throws(PythonError) in
            try args.check("permutations", min: 0, max: 2, keywords: ["iterable", "r"], vm: vm)
            guard let iterable = positionalOrKeyword(args, 0, "iterable") else { throw missing(vm, "permutations", "iterable", 1) }
            let pool = try vm.iterateToArray(iterable)
            let n = pool.count
            var r = n
            if let rv = positionalOrKeyword(args, 1, "r"), !rv.isNone {
                // CPython converts `r` with PyLong_AsSsize_t: only ints (no `__index__`).
                switch vm.builtinBase(rv) {
                case .int, .bool: r = try vm.indexValue(rv)
                case .object(let o) where o.kind == .bigInt:
                    throw vm.makeError(Builtins.shared.overflowError, "Python int too large to convert to C ssize_t")
                default: throw vm.makeError(Builtins.shared.typeError, "Expected int as r")
                }
                if r < 0 { throw vm.makeError(Builtins.shared.valueError, "r must be non-negative") }
            }
            var indices = Array(0..<n)
            var cycles = Array(stride(from: n, to: n - r, by: -1))
            var first = true
            var done = r > n
            return iterator("permutations") { _ throws(PythonError) in
                if done { return nil }
                if first {
                    first = false
                    return .object(PyTuple(indices.prefix(r).map { pool[$0] }))
                }
                if n == 0 { done = true; return nil }
                var i = r - 1
                while i >= 0 {
                    cycles[i] -= 1
                    if cycles[i] == 0 {
                        let x = indices[i]
                        indices.remove(at: i)
                        indices.append(x)
                        cycles[i] = n - i
                    } else {
                        let j = cycles[i]
                        indices.swapAt(i, n - j)
                        return .object(PyTuple(indices.prefix(r).map { pool[$0] }))
                    }
                    i -= 1
                }
                done = true
                return nil
            }
        }
        define("combinations") { vm, args throws(PythonError) in
            try args.check("combinations", min: 0, max: 2, keywords: ["iterable", "r"], vm: vm)
            guard let iterable = positionalOrKeyword(args, 0, "iterable") else { throw missing(vm, "combinations", "iterable", 1) }
            guard let rv = positionalOrKeyword(args, 1, "r") else { throw missing(vm, "combinations", "r", 2) }
            let pool = try vm.iterateToArray(iterable)
            let n = pool.count
            let r = try vm.indexValue(rv)
            if r < 0 { throw vm.makeError(Builtins.shared.valueError, "r must be non-negative") }
            var indices = Array(0..<max(r, 0))
            var first = true
            var done = r > n
            return iterator("combinations") { _ throws(PythonError) in
                if done { return nil }
                if first {
                    first = false
                    return .object(PyTuple(indices.map { pool[$0] }))
                }
                var i = r - 1
                while i >= 0 && indices[i] == i + n - r { i -= 1 }
                if i < 0 {
                    done = true
                    return nil
                }
                indices[i] += 1
                var j = i + 1
                while j < r {
                    indices[j] = indices[j - 1] + 1
                    j += 1
                }
                return .object(PyTuple(indices.map { pool[$0] }))
            }
        }
        define("combinations_with_replacement") { vm, args throws(PythonError) in
            try args.check("combinations_with_replacement", min: 0, max: 2, keywords: ["iterable", "r"], vm: vm)
            guard let iterable = positionalOrKeyword(args, 0, "iterable") else { throw missing(vm, "combinations_with_replacement", "iterable", 1) }
            guard let rv = positionalOrKeyword(args, 1, "r") else { throw missing(vm, "combinations_with_replacement", "r", 2) }
            let pool = try vm.iterateToArray(iterable)
            let n = pool.count
            let r = try vm.indexValue(rv)
            if r < 0 { throw vm.makeError(Builtins.shared.valueError, "r must be non-negative") }
            var indices = [Int](repeating: 0, count: r)
            var first = true
            var done = n == 0 && r > 0
            return iterator("combinations_with_replacement") { _ throws(PythonError) in
                if done { return nil }
                if first {
                    first = false
                    return .object(PyTuple(indices.map { pool[$0] }))
                }
                var i = r - 1
                while i >= 0 && indices[i] == n - 1 { i -= 1 }
                if i < 0 {
                    done = true
                    return nil
                }
                let v = indices[i] + 1
                for j in i..<r { indices[j] = v }
                return .object(PyTuple(indices.map { pool[$0] }))
            }
        }
    }

    static func chain(_ vm: VM, sources: IndexingIterator<[Value]>) -> Value {
        let sources = IteratorVariable(sources)
        let current = IteratorVariable<Value?>(nil)
        return iterator("chain") { vm throws(PythonError) in
            while true {
                if let c = current.value, let x = try vm.nextItem(c) { return x }
                guard let next = sources.value.next() else { return nil }
                current.value = try vm.getIterator(next)
            }
        }
    }
}

/// Shared state of `groupby` and its groups (CPython's `groupbyobject`).
final class GroupByState {
    let iterator: Value
    let key: Value
    @exclusivity(unchecked) var targetKey: Value? = nil
    @exclusivity(unchecked) var currentKey: Value? = nil
    @exclusivity(unchecked) var currentValue: Value? = nil
    @exclusivity(unchecked) var currentGroup = 0

    init(iterator: Value, key: Value) {
        self.iterator = iterator
        self.key = key
    }

    /// Advances the underlying iterator; false when exhausted.
    func step(_ vm: VM) throws(PythonError) -> Bool {
        guard let v = try vm.nextItem(iterator) else { return false }
        let k = key.isNone ? v : try vm.callValue(key, with: v)
        currentValue = v
        currentKey = k
        return true
    }

    func next(_ vm: VM) throws(PythonError) -> Value? {
        currentGroup += 1
        while true {
            if let ck = currentKey {
                guard let tk = targetKey else { break }
                if !(try vm.sameOrEqual(tk, ck)) { break }
            }
            guard try step(vm) else { return nil }
        }
        guard let ck = currentKey else { return nil }
        targetKey = ck
        let group = currentGroup
        let target = ck
        let grouper = ItertoolsModule.iterator("_grouper") { [self] vm throws(PythonError) in
            if self.currentGroup != group { return nil }
            if self.currentValue == nil {
                guard try self.step(vm) else { return nil }
            }
            guard let k = self.currentKey, try vm.sameOrEqual(target, k) else { return nil }
            let r = self.currentValue
            self.currentValue = nil
            self.currentKey = nil
            return r
        }
        return .object(PyTuple([ck, grouper]))
    }
}

/// The buffer shared by the iterators `tee` returns.
final class TeeBuffer {
    let iterator: Value
    var items: [Value] = []
    /// Index in the logical stream of `items[0]`.
    var offset = 0
    var positions: [Int] = []
    var exhausted = false

    init(iterator: Value) {
        self.iterator = iterator
    }

    func item(at position: Int, vm: VM) throws(PythonError) -> Value? {
        let i = position - offset
        if i < items.count { return items[i] }
        if exhausted { return nil }
        guard let x = try vm.nextItem(iterator) else {
            exhausted = true
            return nil
        }
        items.append(x)
        return x
    }

    /// Drops items every iterator has passed.
    func trim() {
        guard let low = positions.min() else { return }
        let drop = low - offset
        if drop > 64 && drop * 2 > items.count {
            items.removeFirst(drop)
            offset = low
        }
    }
}
