/// `bisect`: binary search and insertion with CPython's argument rules (`lo`, `hi`, `key`).
enum BisectModule {
    static func search(_ vm: VM, _ args: Arguments, name: String, right: Bool, insert: Bool) throws(PythonError) -> Value {
        try args.check(name, min: 0, max: 4, keywords: ["a", "x", "lo", "hi", "key"], vm: vm)
        func arg(_ i: Int, _ n: String) -> Value? { args.positionalCount > i ? args[i] : args.keyword(n) }
        guard let a = arg(0, "a") else { throw vm.makeError(Builtins.shared.typeError, "\(name)() missing required argument 'a' (pos 1)") }
        guard let x = arg(1, "x") else { throw vm.makeError(Builtins.shared.typeError, "\(name)() missing required argument 'x' (pos 2)") }
        var lo = 0
        if let l = arg(2, "lo") { lo = try vm.indexValue(l) }
        if lo < 0 { throw vm.makeError(Builtins.shared.valueError, "lo must be non-negative") }
        var hi = -1
        if let h = arg(3, "hi"), !h.isNone { hi = try vm.indexValue(h) }
        let key = args.keyword("key") ?? .none
        let list = vm.builtinBase(a).asList
        if hi == -1 {
            if let list { hi = list.items.count } else { hi = try vm.length(of: a) }
        }
        let target = (insert && !key.isNone) ? try vm.callValue(key, with: x) : x
        while lo < hi {
            let mid = Int((UInt(lo) + UInt(hi)) / 2)
            var item: Value
            if let list {
                guard mid < list.items.count else { throw vm.makeError(Builtins.shared.indexError, "list index out of range") }
                item = list.items[mid]
            } else {
                item = try vm.getItem(a, .int(mid))
            }
            if !key.isNone { item = try vm.callValue(key, with: item) }
            if right {
                if try HeapqModule.less(vm, target, item) { hi = mid } else { lo = mid + 1 }
            } else {
                if try HeapqModule.less(vm, item, target) { lo = mid + 1 } else { hi = mid }
            }
        }
        if insert {
            if let list, vm.isUserInstance(a) == false {
                list.items.insert(x, at: min(lo, list.items.count))
            } else {
                _ = try vm.callValue(try vm.getAttribute(a, PyStr("insert")), [.int(lo), x])
            }
            return .none
        }
        return .int(lo)
    }

    static func make(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("bisect")
        m.function("bisect_left") { vm, args throws(PythonError) in try search(vm, args, name: "bisect_left", right: false, insert: false) }
        m.function("bisect_right") { vm, args throws(PythonError) in try search(vm, args, name: "bisect_right", right: true, insert: false) }
        m.function("bisect") { vm, args throws(PythonError) in try search(vm, args, name: "bisect_right", right: true, insert: false) }
        m.function("insort_left") { vm, args throws(PythonError) in try search(vm, args, name: "insort_left", right: false, insert: true) }
        m.function("insort_right") { vm, args throws(PythonError) in try search(vm, args, name: "insort_right", right: true, insert: true) }
        m.function("insort") { vm, args throws(PythonError) in try search(vm, args, name: "insort_right", right: true, insert: true) }
        return m.module
    }
}
