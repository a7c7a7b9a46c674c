import BigInt

/// Attribute access: instance dicts, class MRO lookup, descriptors (functions, properties,
/// classmethod, staticmethod), `super()`, and the special attributes Garter exposes.
/// Interpreter internals (`__globals__`, `__code__`, frames, `__subclasses__`) are never
/// reachable: they behave as missing attributes.
extension VM {
    func attributeError(_ obj: Value, _ name: String) -> PythonError {
        let e: PyInstance
        switch obj {
        case .object(let o) where o.kind == .type:
            e = makeException(Builtins.shared.attributeError, "type object '\(unsafeDowncast(o, to: PyType.self).name)' has no attribute '\(name)'")
        case .object(let o) where o.kind == .module:
            // CPython names the module by its `__name__` entry, when that is a string.
            if case .str(let moduleName)? = unsafeDowncast(o, to: PyModule.self).dict.getString("__name__") {
                e = makeException(Builtins.shared.attributeError, "module '\(moduleName.value)' has no attribute '\(name)'")
            } else {
                e = makeException(Builtins.shared.attributeError, "module has no attribute '\(name)'")
            }
        default:
            e = makeException(Builtins.shared.attributeError, "'\(typeName(obj))' object has no attribute '\(name)'")
        }
        e.attributes.setString("name", .str(PyStr(name)))
        e.attributes.setString("obj", obj)
        return PythonError(e)
    }

    /// Binds a class attribute found by lookup to an instance (or the class when `instance` is None).
    func bindDescriptor(_ attr: Value, instance: Value, owner: PyType) throws(PythonError) -> Value {
        guard case .object(let o) = attr else { return attr }
        switch o.kind {
        case .function, .builtinFunction:
            if instance.isNone && !(owner === Builtins.shared.noneType) { return attr }
            return .object(PyBoundMethod(function: attr, receiver: instance))
        case .classMethod:
            return .object(PyBoundMethod(function: unsafeDowncast(o, to: PyMethodWrapper.self).function, receiver: .object(owner)))
        case .staticMethod:
            return unsafeDowncast(o, to: PyMethodWrapper.self).function
        case .property:
            let p = unsafeDowncast(o, to: PyProperty.self)
            if instance.isNone { return attr }
            if p.getter.isNone { throw makeError(Builtins.shared.attributeError, "property object has no getter") }
            return try callValue(p.getter, with: instance)
        case .instance:
            // A descriptor object defined in Python: like CPython's `slot_tp_descr_get`, call
            // the `__get__` found on its class with the descriptor passed explicitly.
            let d = unsafeDowncast(o, to: PyInstance.self)
            guard let get = d.cls.lookup(Interned.str("__get__")) else { return attr }
            return try callValue(get, [attr, instance, .object(owner)])
        default:
            return attr
        }
    }

    func getAttribute(_ obj: Value, _ name: PyStr) throws(PythonError) -> Value {
        if case .object(let o) = obj {
            switch o.kind {
            case .instance:
                return try instanceAttribute(unsafeDowncast(o, to: PyInstance.self), obj, name)
            case .type:
                return try typeAttribute(unsafeDowncast(o, to: PyType.self), name)
            case .module:
                let m = unsafeDowncast(o, to: PyModule.self)
                if let v = m.dict.getString(name) { return v }
                if name.value == "__dict__" { return .object(m.dict) }
                throw attributeError(obj, name.value)
            case .superObject:
                return try superAttribute(unsafeDowncast(o, to: PySuper.self), name)
            default:
                break
            }
        }
        // Builtin values: methods from the type, then special attributes.
        let t = typeOf(obj)
        if let attr = t.lookup(name) {
            return try bindDescriptor(attr, instance: obj, owner: t)
        }
        if let v = try specialAttribute(obj, name.value) { return v }
        throw attributeError(obj, name.value)
    }

    func instanceAttribute(_ inst: PyInstance, _ obj: Value, _ name: PyStr) throws(PythonError) -> Value {
        if case .none = inst.cls.getattributeState {
            return try genericInstanceAttribute(inst, obj, name, fallback: true)
        }
        guard let custom = inst.cls.customGetattribute else {
            return try genericInstanceAttribute(inst, obj, name, fallback: true)
        }
        // A `__getattribute__` defined in Python, with `__getattr__` as the fallback when it
        // raises AttributeError (CPython's slot_tp_getattr_hook).
        do {
            return try callValue(try bindDescriptor(custom, instance: obj, owner: inst.cls), with: .str(name))
        } catch {
            guard error.exception.cls.isSubtype(of: Builtins.shared.attributeError),
                  let getattr = inst.cls.lookup(Names.getattr) else { throw error }
            return try callValue(try bindDescriptor(getattr, instance: obj, owner: inst.cls), with: .str(name))
        }
    }

    /// `object.__getattribute__`: data descriptors, the instance dict, class attributes; then
    /// `__getattr__` when `fallback` is set, also when the lookup raised AttributeError (a
    /// property's getter, as CPython's `slot_tp_getattr_hook` does).
    func genericInstanceAttribute(_ inst: PyInstance, _ obj: Value, _ name: PyStr, fallback: Bool) throws(PythonError) -> Value {
        let t = inst.cls
        let found: Value?
        do {
            found = try genericInstanceLookup(inst, obj, name)
        } catch {
            guard fallback, error.exception.cls.isSubtype(of: Builtins.shared.attributeError),
                  let getattr = t.lookup(Names.getattr) else { throw error }
            return try callValue(try bindDescriptor(getattr, instance: obj, owner: t), with: .str(name))
        }
        if let found { return found }
        if fallback, let getattr = t.lookup(Names.getattr) {
            return try callValue(try bindDescriptor(getattr, instance: obj, owner: t), with: .str(name))
        }
        if let base = inst.builtinValue, let v = try specialAttribute(base, name.value) { return v }
        throw attributeError(obj, name.value)
    }

    /// ``genericInstanceAttribute(_:_:_:fallback:)`` without `__getattr__` and the builtin
    /// base's special attributes: nil when nothing defines `name`.
    private func genericInstanceLookup(_ inst: PyInstance, _ obj: Value, _ name: PyStr) throws(PythonError) -> Value? {
        let t = inst.cls
        let classAttr = t.lookup(name)
        if let a = classAttr, case .object(let ao) = a, ao.kind == .property {
            return try bindDescriptor(a, instance: obj, owner: t)
        }
        if let a = classAttr, isUserInstance(a), let getter = lookupSpecial(a, Names.get), lookupSpecial(a, Names.set) != nil {
            return try callValue(try bindDescriptor(getter, instance: a, owner: typeOf(a)), [obj, .object(t)])
        }
        if let v = inst.existingAttributes?.getString(name) {
            // `__class__` is a data descriptor of `object`: an instance-dict entry of that
            // name (`SimpleNamespace(__class__=1)`) never hides the real class.
            if classAttr == nil && name.value.utf8.count == 9 && name.value == "__class__" { return .object(t) }
            return v
        }
        if let a = classAttr {
            if isUserInstance(a), let getter = lookupSpecial(a, Names.get) {
                return try callValue(try bindDescriptor(getter, instance: a, owner: typeOf(a)), [obj, .object(t)])
            }
            return try bindDescriptor(a, instance: obj, owner: t)
        }
        switch name.value {
        case "__class__": return .object(t)
        case "__dict__" where t.instanceSlotNames == nil: return .object(inst.attributes)
        default: break
        }
        if let state = inst.exception {
            switch name.value {
            case "args": return .object(PyTuple(state.args))
            case "__cause__": return state.cause
            case "__context__": return state.context
            case "__suppress_context__": return .bool(state.suppressContext)
            case "__traceback__": return Value.none
            case "value" where inst.cls.isSubtype(of: Builtins.shared.stopIteration):
                return state.args.first ?? Value.none
            case "errno" where inst.cls.isSubtype(of: Builtins.shared.osError),
                 "strerror" where inst.cls.isSubtype(of: Builtins.shared.osError),
                 "filename" where inst.cls.isSubtype(of: Builtins.shared.osError),
                 "filename2" where inst.cls.isSubtype(of: Builtins.shared.osError):
                return Value.none
            case "code" where inst.cls.isSubtype(of: Builtins.shared.systemExit):
                return state.args.count > 1 ? .object(PyTuple(state.args)) : (state.args.first ?? Value.none)
            default: break
            }
        }
        return nil
    }

    func typeAttribute(_ t: PyType, _ name: PyStr) throws(PythonError) -> Value {
        if let attr = t.lookup(name) {
            if case .object(let ao) = attr {
                switch ao.kind {
                case .classMethod, .staticMethod:
                    return try bindDescriptor(attr, instance: .none, owner: t)
                case .instance:
                    if let getter = lookupSpecial(attr, Names.get) {
                        return try callValue(try bindDescriptor(getter, instance: attr, owner: typeOf(attr)), [.none, .object(t)])
                    }
                default: break
                }
            }
            return attr
        }
        switch name.value {
        case "__name__": return .str(PyStr(t.name))
        case "__qualname__": return .str(PyStr(t.qualname))
        case "__module__": return .str(PyStr(t.module))
        case "__mro__": return .object(PyTuple(t.mro.map { .object($0) }))
        case "__bases__": return .object(PyTuple(t.bases.map { .object($0) }))
        case "__base__": return t.bases.first.map { .object($0) } ?? .none
        case "__doc__": return .none
        case "__class__": return .object(t.metaclass ?? Builtins.shared.type)
        case "__dict__" where !t.isBuiltin: return .object(PyMappingProxy(owner: t))
        default: break
        }
        // Attributes defined by a metaclass, bound to the class.
        if let meta = t.metaclass, let attr = meta.lookup(name), !meta.isBuiltin || !(attr.asObject?.kind == .builtinFunction) {
            return try bindDescriptor(attr, instance: .object(t), owner: meta)
        }
        // Methods of `type` itself (e.g. `Foo.mro()`).
        if let attr = Builtins.shared.type.lookup(name) {
            return try bindDescriptor(attr, instance: .object(t), owner: Builtins.shared.type)
        }
        if let owner = slotOwner(t, name.value) {
            return .object(PyMemberDescriptor(name: name, owner: owner))
        }
        throw attributeError(.object(t), name.value)
    }

    /// The class in `t`'s MRO whose `__slots__` declares `name` (slot values live in the
    /// instance dict here, so the class shows a member descriptor only when asked).
    func slotOwner(_ t: PyType, _ name: String) -> PyType? {
        for c in t.mro where !c.isBuiltin {
            guard let slots = c.dict.getString(PyStr("__slots__")), let names = PyType.slotNameList(slots) else { continue }
            let stripped = c.name.drop { $0 == "_" }
            for n in names {
                let mangled = n.hasPrefix("__") && !n.hasSuffix("__") && !stripped.isEmpty ? "_" + stripped + n : n
                if mangled == name && n != "__dict__" && n != "__weakref__" { return c }
            }
        }
        return nil
    }

    /// What `name` resolves to in the receiver type's MRO past the `super` object's start
    /// class, unbound; nil when no class there defines it.
    func superLookup(_ s: PySuper, _ name: PyStr) -> Value? {
        var found = false
        for t in s.receiverType.mro {
            if found, let attr = t.dict.getString(name) { return attr }
            if t === s.startType { found = true }
        }
        return nil
    }

    /// The Python or builtin function `name` resolves to through the `super` object (which
    /// binding would turn into a method of the receiver), or nil when it resolves to
    /// something else (or nothing).
    func superFunction(_ s: PySuper, _ name: PyStr) -> Value? {
        guard let attr = superLookup(s, name), case .object(let ao) = attr, ao.kind == .function || ao.kind == .builtinFunction else { return nil }
        return attr
    }

    func superAttribute(_ s: PySuper, _ name: PyStr) throws(PythonError) -> Value {
        if let attr = superLookup(s, name) {
            if s.receiver.asType != nil && s.receiver.asType === s.receiverType {
                // super() in a classmethod: bind to the class.
                if case .object(let ao) = attr, ao.kind == .function { return attr }
                return try bindDescriptor(attr, instance: .none, owner: s.receiverType)
            }
            return try bindDescriptor(attr, instance: s.receiver, owner: s.receiverType)
        }
        if name.value == "__class__" { return .object(Builtins.shared.superType) }
        throw makeError(Builtins.shared.attributeError, "'super' object has no attribute '\(name.value)'")
    }

    /// Attributes of builtin values that are not methods.
    func specialAttribute(_ obj: Value, _ name: String) throws(PythonError) -> Value? {
        if name == "__class__" { return .object(typeOf(obj)) }
        switch obj {
        case .int, .bool:
            switch name {
            case "real", "numerator": if case .bool(let b) = obj { return .int(b ? 1 : 0) }; return obj
            case "imag": return .int(0)
            case "denominator": return .int(1)
            default: return nil
            }
        case .float(let d):
            switch name {
            case "real": return obj
            case "imag": return .float(0)
            default: _ = d; return nil
            }
        case .object(let o):
            if name == "__call__", o.kind == .function || o.kind == .builtinFunction || o.kind == .boundMethod {
                // The callable's own `__call__` (CPython's method-wrapper): calling it calls `obj`.
                return .object(PyBoundMethod(function: .object(VM.callWrapper), receiver: obj))
            }
            switch o.kind {
            case .bigInt:
                switch name {
                case "real", "numerator": return obj
                case "imag": return .int(0)
                case "denominator": return .int(1)
                default: return nil
                }
            case .function:
                let f = unsafeDowncast(o, to: PyFunction.self)
                switch name {
                case "__name__": return .str(PyStr(f.name))
                case "__qualname__": return .str(PyStr(f.qualname))
                case "__doc__": return f.doc
                case "__module__": return .str(PyStr(f.module))
                case "__defaults__": return f.defaults.isEmpty ? Value.none : .object(PyTuple(f.defaults))
                case "__kwdefaults__":
                    if f.keywordDefaults.isEmpty { return Value.none }
                    let d = PyDict()
                    for name in f.code.varnames[f.code.argCount..<(f.code.argCount + f.code.keywordOnlyCount)] {
                        if let v = f.keywordDefaults[name] { d.setString(name, v) }
                    }
                    return .object(d)
                case "__dict__":
                    if f.attributes == nil { f.attributes = PyDict() }
                    return .object(f.attributes!)
                case "__annotations__":
                    if let a = f.annotations { return .object(a) }
                    let a = PyDict()
                    f.annotations = a
                    return .object(a)
                default:
                    return f.attributes?.getString(name)
                }
            case .builtinFunction:
                let f = unsafeDowncast(o, to: PyBuiltinFunction.self)
                switch name {
                case "__name__": return .str(PyStr(f.name))
                case "__qualname__": return .str(PyStr(f.ownerName.map { "\($0).\(f.name)" } ?? f.name))
                case "__doc__": return Value.none
                case "__module__": return f.ownerName == nil ? .str(PyStr(f.moduleName ?? "builtins")) : Value.none
                default: return nil
                }
            case .boundMethod:
                let m = unsafeDowncast(o, to: PyBoundMethod.self)
                switch name {
                case "__self__": return m.receiver
                case "__func__": return m.function
                case "__name__", "__qualname__", "__doc__", "__module__", "__annotations__", "__defaults__", "__kwdefaults__", "__wrapped__":
                    return try getAttributeOrNil(m.function, PyStr(name))
                default:
                    if let f = m.function.asFunction, let v = f.attributes?.getString(name) { return v }
                    return nil
                }
            case .slice:
                let s = unsafeDowncast(o, to: PySlice.self)
                switch name {
                case "start": return s.start
                case "stop": return s.stop
                case "step": return s.step
                default: return nil
                }
            case .range:
                let r = unsafeDowncast(o, to: PyRange.self)
                switch name {
                case "start": return .int(r.start)
                case "stop": return .int(r.stop)
                case "step": return .int(r.step)
                default: return nil
                }
            case .property:
                let p = unsafeDowncast(o, to: PyProperty.self)
                switch name {
                case "fget": return p.getter
                case "fset": return p.setter
                case "fdel": return p.deleter
                case "__doc__": return p.doc
                default: return nil
                }
            case .staticMethod, .classMethod:
                if name == "__func__" || name == "__wrapped__" { return unsafeDowncast(o, to: PyMethodWrapper.self).function }
                return nil
            case .generator:
                let g = unsafeDowncast(o, to: PyGenerator.self)
                switch name {
                case "__name__": return .str(PyStr(g.name))
                case "__qualname__": return .str(PyStr(g.qualname))
                case "gi_running" where !g.isCoroutine, "cr_running" where g.isCoroutine: return .bool(g.state == .running)
                case "gi_suspended" where !g.isCoroutine, "cr_suspended" where g.isCoroutine: return .bool(g.state == .suspended)
                default: return nil
                }
            default: return nil
            }
        default:
            return nil
        }
    }

    /// For `obj.name(...)`: the function and receiver without creating a bound method.
    func loadMethod(_ obj: Value, _ name: PyStr) throws(PythonError) -> (Value, Value) {
        if case .object(let o) = obj {
            if o.kind == .instance {
                let inst = unsafeDowncast(o, to: PyInstance.self)
                if case .none = inst.cls.getattributeState, let attr = inst.cls.lookup(name), case .object(let ao) = attr, ao.kind == .function, inst.existingAttributes?.getString(name) == nil {
                    return (attr, obj)
                }
                return (try instanceAttribute(inst, obj, name), .unbound)
            }
            if o.kind == .superObject {
                // `super().method(...)`: the function and the receiver, no bound method.
                let s = unsafeDowncast(o, to: PySuper.self)
                if s.receiver.asType == nil, !s.receiver.isNone, let fn = superFunction(s, name) { return (fn, s.receiver) }
                return (try getAttribute(obj, name), .unbound)
            }
            if o.kind == .type || o.kind == .module {
                return (try getAttribute(obj, name), .unbound)
            }
        }
        let t = typeOf(obj)
        if let attr = t.lookup(name) {
            if case .object(let ao) = attr, ao.kind == .builtinFunction || ao.kind == .function {
                return (attr, obj)
            }
            return (try bindDescriptor(attr, instance: obj, owner: t), .unbound)
        }
        if let v = try specialAttribute(obj, name.value) { return (v, .unbound) }
        throw attributeError(obj, name.value)
    }

    /// `type.__setattr__(cls, name, value)`: sets a class attribute, bypassing a metaclass hook.
    func setClassAttribute(_ t: PyType, _ name: PyStr, _ value: Value) throws(PythonError) {
        if t.isBuiltin {
            throw makeError(Builtins.shared.typeError, "cannot set '\(name.value)' attribute of immutable type '\(t.qualifiedName)'")
        }
        switch name.value {
        case "__name__", "__qualname__":
            guard case .str(let s) = value else {
                throw makeError(Builtins.shared.typeError, "can only assign string to \(t.name).\(name.value), not '\(typeName(value))'")
            }
            if name.value == "__name__" { t.name = s.value } else { t.qualname = s.value }
        case "__mro__", "__base__":
            throw makeError(Builtins.shared.attributeError, "readonly attribute")
        case "__dict__":
            throw makeError(Builtins.shared.attributeError, "attribute '__dict__' of 'type' objects is not writable")
        case "__bases__":
            // The MRO, attribute caches and instance layouts are fixed at class creation.
            throw makeError(Builtins.shared.notImplementedError, "__bases__ assignment is not supported")
        case "__class__":
            throw makeError(Builtins.shared.typeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
        case "__module__":
            t.module = value.asString ?? t.module
            t.dict.setString(name, value)
            t.invalidateLookups()
        default:
            t.dict.setString(name, value)
            t.invalidateLookups()
            if name.value == "__getattribute__" { t.getattributeState = .unknown }
        }
    }

    /// `type.__delattr__(cls, name)`: removes a class attribute, bypassing a metaclass hook.
    func deleteClassAttribute(_ t: PyType, _ name: PyStr) throws(PythonError) {
        if t.isBuiltin {
            throw makeError(Builtins.shared.typeError, "cannot delete '\(name.value)' attribute of immutable type '\(t.qualifiedName)'")
        }
        if try t.dict.remove(.str(name), vm: self) == nil { throw attributeError(.object(t), name.value) }
        t.invalidateLookups()
    }

    func setAttribute(_ obj: Value, _ name: PyStr, _ value: Value) throws(PythonError) {
        guard case .object(let o) = obj else {
            throw attributeErrorForSet(obj, name.value)
        }
        switch o.kind {
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            if let attr = inst.cls.lookup(name) {
                if case .object(let ao) = attr, ao.kind == .property {
                    let p = unsafeDowncast(ao, to: PyProperty.self)
                    if p.setter.isNone {
                        throw makeError(Builtins.shared.attributeError, "\(propertyLabel(p)) of '\(inst.cls.name)' object has no setter")
                    }
                    _ = try callValue(p.setter, [obj, value])
                    return
                }
                if isUserInstance(attr), let setter = lookupSpecial(attr, Names.set) {
                    _ = try callValue(try bindDescriptor(setter, instance: attr, owner: typeOf(attr)), [obj, value])
                    return
                }
            }
            if let custom = inst.cls.lookup(Names.setattr), !(custom.asObject?.kind == .builtinFunction) {
                _ = try callValue(try bindDescriptor(custom, instance: obj, owner: inst.cls), [.str(name), value])
                return
            }
            if name.value == "__class__" {
                try assignClass(inst, value)
                return
            }
            if let state = inst.exception {
                switch name.value {
                case "__cause__":
                    try setCause(inst, value)
                    return
                case "__context__": state.context = value; return
                case "__suppress_context__": state.suppressContext = (try? isTrue(value)) ?? false; return
                case "args": state.args = try iterateToArray(value); return
                default: break
                }
            }
            if let allowed = inst.cls.instanceSlotNames, !allowed.contains(name.value) {
                throw makeError(Builtins.shared.attributeError, "'\(inst.cls.name)' object has no attribute '\(name.value)'")
            }
            inst.attributes.setString(name, value)
        case .type:
            let t = unsafeDowncast(o, to: PyType.self)
            if let meta = t.metaclass, let custom = meta.lookup(Names.setattr), custom.asObject?.kind != .builtinFunction {
                // A metaclass's `__setattr__` (enum's "cannot reassign member").
                _ = try callValue(try bindDescriptor(custom, instance: obj, owner: meta), [.str(name), value])
                return
            }
            try setClassAttribute(t, name, value)
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            switch name.value {
            case "__name__": f.name = value.asString ?? f.name
            case "__qualname__": f.qualname = value.asString ?? f.qualname
            case "__doc__": f.doc = value
            case "__module__": f.module = value.asString ?? f.module
            case "__defaults__": f.defaults = value.isNone ? [] : try iterateToArray(value)
            case "__annotations__":
                guard let d = value.asDict else {
                    throw makeError(Builtins.shared.typeError, "__annotations__ must be set to a dict object")
                }
                f.annotations = d
            case "__globals__", "__code__", "__closure__", "__builtins__":
                throw makeError(Builtins.shared.attributeError, "readonly attribute")
            default:
                if f.attributes == nil { f.attributes = PyDict() }
                f.attributes!.setString(name, value)
            }
        case .module:
            unsafeDowncast(o, to: PyModule.self).dict.setString(name, value)
        case .property where name.value == "__doc__":
            unsafeDowncast(o, to: PyProperty.self).doc = value
        default:
            if name.value == "__class__" {
                throw makeError(Builtins.shared.typeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
            }
            throw attributeErrorForSet(obj, name.value)
        }
    }

    /// `obj.__class__ = C`: allowed between classes defined in Python whose instances have
    /// the same layout (the same builtin base, both or neither exceptions), as in CPython.
    func assignClass(_ inst: PyInstance, _ value: Value) throws(PythonError) {
        guard let new = value.asType else {
            throw makeError(Builtins.shared.typeError, "__class__ must be set to a class, not '\(typeName(value))' object")
        }
        let old = inst.cls
        if new.isBuiltin || old.isBuiltin {
            throw makeError(Builtins.shared.typeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
        }
        if new.builtinBase !== old.builtinBase || new.isException != old.isException {
            throw makeError(Builtins.shared.typeError, "__class__ assignment: '\(new.name)' object layout differs from '\(old.name)'")
        }
        inst.cls = new
    }

    /// `property 'x'`, or `property` for one that never got a name (assigned to the class
    /// after its creation), as CPython's messages say.
    func propertyLabel(_ p: PyProperty) -> String {
        p.name.map { "property '\($0)'" } ?? "property"
    }

    func attributeErrorForSet(_ obj: Value, _ name: String) -> PythonError {
        let t = typeOf(obj)
        if t.lookup(PyStr(name)) != nil || (try? specialAttribute(obj, name)) != nil {
            return makeError(Builtins.shared.attributeError, "'\(t.name)' object attribute '\(name)' is read-only")
        }
        return makeError(Builtins.shared.attributeError, "'\(t.name)' object has no attribute '\(name)'")
    }

    func deleteAttribute(_ obj: Value, _ name: PyStr) throws(PythonError) {
        guard case .object(let o) = obj else { throw attributeError(obj, name.value) }
        switch o.kind {
        case .instance:
            let inst = unsafeDowncast(o, to: PyInstance.self)
            if let custom = inst.cls.lookup(Names.delattr), !(custom.asObject?.kind == .builtinFunction) {
                _ = try callValue(try bindDescriptor(custom, instance: obj, owner: inst.cls), with: .str(name))
                return
            }
            try genericDeleteAttribute(inst, obj, name)
        case .type:
            let t = unsafeDowncast(o, to: PyType.self)
            if let meta = t.metaclass, let custom = meta.lookup(Names.delattr), custom.asObject?.kind != .builtinFunction {
                _ = try callValue(try bindDescriptor(custom, instance: obj, owner: meta), with: .str(name))
                return
            }
            try deleteClassAttribute(t, name)
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            if try f.attributes?.remove(.str(name), vm: self) == nil { throw attributeError(obj, name.value) }
        case .module:
            if try unsafeDowncast(o, to: PyModule.self).dict.remove(.str(name), vm: self) == nil { throw attributeError(obj, name.value) }
        default:
            throw attributeError(obj, name.value)
        }
    }

    /// `object.__delattr__`: a property's deleter, a data descriptor's `__delete__` (an
    /// AttributeError `__delete__` for one without), else the instance dict entry.
    func genericDeleteAttribute(_ inst: PyInstance, _ obj: Value, _ name: PyStr) throws(PythonError) {
        if let attr = inst.cls.lookup(name), case .object(let ao) = attr {
            if ao.kind == .property {
                let p = unsafeDowncast(ao, to: PyProperty.self)
                if p.deleter.isNone {
                    throw makeError(Builtins.shared.attributeError, "\(propertyLabel(p)) of '\(inst.cls.name)' object has no deleter")
                }
                _ = try callValue(p.deleter, with: obj)
                return
            }
            if isUserInstance(attr) {
                if let deleter = lookupSpecial(attr, Names.delete) {
                    _ = try callValue(try bindDescriptor(deleter, instance: attr, owner: typeOf(attr)), [obj])
                    return
                }
                if lookupSpecial(attr, Names.set) != nil {
                    throw makeError(Builtins.shared.attributeError, "__delete__")
                }
            }
        }
        if try inst.existingAttributes?.remove(.str(name), vm: self) == nil {
            // An unset `__slots__` member: CPython's member descriptor names only the slot.
            if slotOwner(inst.cls, name.value) != nil { throw makeError(Builtins.shared.attributeError, name.value) }
            throw attributeError(obj, name.value)
        }
    }

    /// `hasattr`/`getattr` with default: AttributeError means absent.
    func getAttributeOrNil(_ obj: Value, _ name: PyStr) throws(PythonError) -> Value? {
        if case .object(let o) = obj, o.kind == .instance || o.kind == .type || o.kind == .module || o.kind == .superObject {
            do {
                return try getAttribute(obj, name)
            } catch {
                if error.exception.cls.isSubtype(of: Builtins.shared.attributeError) { return nil }
                throw error
            }
        }
        // Builtin values, as getAttribute finds their attributes, but a miss builds no
        // AttributeError (probes such as dict(iterable)'s `keys` check run in loops).
        let t = typeOf(obj)
        if let attr = t.lookup(name) {
            return try bindDescriptor(attr, instance: obj, owner: t)
        }
        return try specialAttribute(obj, name.value)
    }
}

extension VM {
    /// The body of `f.__call__` for functions, builtins and methods: calls the receiver with
    /// the arguments given (keywords included).
    static let callWrapper = PyBuiltinFunction(name: "__call__", owner: "method-wrapper") { vm, args throws(PythonError) in
        guard args.count > 0 else { throw vm.makeError(Builtins.shared.typeError, "__call__() needs a receiver") }
        return try vm.callFromStack(args[0], args: args.droppingFirst)
    }
}
