/// The builtin types and the `builtins` namespace, created once per process and shared
/// read-only by every execution (builtin types are immutable from Python).
final class Builtins: @unchecked Sendable {
    static let shared = Builtins()

    let dict = PyDict()

    // Core types.
    let object: PyType
    let type: PyType
    let int: PyType
    let bool: PyType
    let float: PyType
    let str: PyType
    let bytes: PyType
    let bytearray: PyType
    let list: PyType
    let tuple: PyType
    let dictType: PyType
    let set: PyType
    let frozenset: PyType
    let range: PyType
    let slice: PyType
    let noneType: PyType
    let function: PyType
    let builtinFunction: PyType
    let method: PyType
    let module: PyType
    let generator: PyType
    let coroutine: PyType
    let property: PyType
    let staticmethod: PyType
    let classmethod: PyType
    let superType: PyType
    let notImplementedType: PyType
    let ellipsisType: PyType
    let cell: PyType
    let code: PyType
    let listIterator: PyType
    let rangeIterator: PyType
    let iterator: PyType
    let dictKeys: PyType
    let dictValues: PyType
    let dictItems: PyType

    // Exceptions.
    let baseException: PyType
    let exception: PyType
    let systemExit: PyType
    let keyboardInterrupt: PyType
    let generatorExit: PyType
    let stopIteration: PyType
    let stopAsyncIteration: PyType
    let arithmeticError: PyType
    let zeroDivisionError: PyType
    let overflowError: PyType
    let floatingPointError: PyType
    let assertionError: PyType
    let attributeError: PyType
    let bufferError: PyType
    let eofError: PyType
    let importError: PyType
    let moduleNotFoundError: PyType
    let lookupError: PyType
    let indexError: PyType
    let keyError: PyType
    let memoryError: PyType
    let nameError: PyType
    let unboundLocalError: PyType
    let osError: PyType
    let fileNotFoundError: PyType
    let fileExistsError: PyType
    let permissionError: PyType
    let isADirectoryError: PyType
    let notADirectoryError: PyType
    let timeoutError: PyType
    let connectionError: PyType
    /// The other `OSError` subclasses CPython picks by errno (`BrokenPipeError`, ...).
    let extraOSErrors: [Int: PyType]
    let referenceError: PyType
    let runtimeError: PyType
    let notImplementedError: PyType
    let recursionError: PyType
    let syntaxError: PyType
    let indentationError: PyType
    let tabError: PyType
    let systemError: PyType
    let typeError: PyType
    let valueError: PyType
    let unicodeError: PyType
    let unicodeDecodeError: PyType
    let unicodeEncodeError: PyType
    let warning: PyType
    let userWarning: PyType
    let deprecationWarning: PyType
    let runtimeWarning: PyType
    let baseExceptionGroup: PyType
    let complexType: PyType
    let exceptionGroup: PyType

    private init() {
        func make(_ name: String, _ bases: [PyType]) -> PyType {
            let t = PyType(name: name, bases: bases, isBuiltin: true)
            t.mro = PyType.computeSimpleMRO(t)
            return t
        }
        object = PyType(name: "object", bases: [], isBuiltin: true)
        object.mro = [object]
        type = make("type", [object])
        int = make("int", [object])
        bool = make("bool", [int])
        float = make("float", [object])
        complexType = make("complex", [object])
        str = make("str", [object])
        bytes = make("bytes", [object])
        bytearray = make("bytearray", [object])
        list = make("list", [object])
        tuple = make("tuple", [object])
        dictType = make("dict", [object])
        set = make("set", [object])
        frozenset = make("frozenset", [object])
        range = make("range", [object])
        slice = make("slice", [object])
        noneType = make("NoneType", [object])
        function = make("function", [object])
        builtinFunction = make("builtin_function_or_method", [object])
        method = make("method", [object])
        module = make("module", [object])
        generator = make("generator", [object])
        coroutine = make("coroutine", [object])
        property = make("property", [object])
        staticmethod = make("staticmethod", [object])
        classmethod = make("classmethod", [object])
        superType = make("super", [object])
        notImplementedType = make("NotImplementedType", [object])
        ellipsisType = make("ellipsis", [object])
        cell = make("cell", [object])
        code = make("code", [object])
        listIterator = make("list_iterator", [object])
        rangeIterator = make("range_iterator", [object])
        iterator = make("iterator", [object])
        dictKeys = make("dict_keys", [object])
        dictValues = make("dict_values", [object])
        dictItems = make("dict_items", [object])

        func exc(_ name: String, _ base: PyType) -> PyType {
            let t = make(name, [base])
            t.isException = true
            return t
        }
        baseException = make("BaseException", [object])
        baseException.isException = true
        exception = exc("Exception", baseException)
        systemExit = exc("SystemExit", baseException)
        keyboardInterrupt = exc("KeyboardInterrupt", baseException)
        generatorExit = exc("GeneratorExit", baseException)
        stopIteration = exc("StopIteration", exception)
        stopAsyncIteration = exc("StopAsyncIteration", exception)
        arithmeticError = exc("ArithmeticError", exception)
        zeroDivisionError = exc("ZeroDivisionError", arithmeticError)
        overflowError = exc("OverflowError", arithmeticError)
        floatingPointError = exc("FloatingPointError", arithmeticError)
        assertionError = exc("AssertionError", exception)
        attributeError = exc("AttributeError", exception)
        bufferError = exc("BufferError", exception)
        eofError = exc("EOFError", exception)
        importError = exc("ImportError", exception)
        moduleNotFoundError = exc("ModuleNotFoundError", importError)
        lookupError = exc("LookupError", exception)
        indexError = exc("IndexError", lookupError)
        keyError = exc("KeyError", lookupError)
        memoryError = exc("MemoryError", exception)
        nameError = exc("NameError", exception)
        unboundLocalError = exc("UnboundLocalError", nameError)
        osError = exc("OSError", exception)
        fileNotFoundError = exc("FileNotFoundError", osError)
        fileExistsError = exc("FileExistsError", osError)
        permissionError = exc("PermissionError", osError)
        isADirectoryError = exc("IsADirectoryError", osError)
        notADirectoryError = exc("NotADirectoryError", osError)
        timeoutError = exc("TimeoutError", osError)
        connectionError = exc("ConnectionError", osError)
        let brokenPipe = exc("BrokenPipeError", connectionError)
        let blockingIO = exc("BlockingIOError", osError)
        extraOSErrors = [11: blockingIO, 114: blockingIO, 115: blockingIO, 10: exc("ChildProcessError", osError),
                         32: brokenPipe, 108: brokenPipe, 103: exc("ConnectionAbortedError", connectionError),
                         111: exc("ConnectionRefusedError", connectionError), 104: exc("ConnectionResetError", connectionError),
                         4: exc("InterruptedError", osError), 3: exc("ProcessLookupError", osError)]
        referenceError = exc("ReferenceError", exception)
        runtimeError = exc("RuntimeError", exception)
        notImplementedError = exc("NotImplementedError", runtimeError)
        recursionError = exc("RecursionError", runtimeError)
        syntaxError = exc("SyntaxError", exception)
        indentationError = exc("IndentationError", syntaxError)
        tabError = exc("TabError", indentationError)
        systemError = exc("SystemError", exception)
        typeError = exc("TypeError", exception)
        valueError = exc("ValueError", exception)
        unicodeError = exc("UnicodeError", valueError)
        unicodeDecodeError = exc("UnicodeDecodeError", unicodeError)
        unicodeEncodeError = exc("UnicodeEncodeError", unicodeError)
        warning = exc("Warning", exception)
        userWarning = exc("UserWarning", warning)
        deprecationWarning = exc("DeprecationWarning", warning)
        runtimeWarning = exc("RuntimeWarning", warning)
        var moreWarnings: [PyType] = []
        for name in ["PendingDeprecationWarning", "SyntaxWarning", "FutureWarning", "ImportWarning",
                     "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"] {
            moreWarnings.append(exc(name, warning))
        }
        baseExceptionGroup = exc("BaseExceptionGroup", baseException)
        exceptionGroup = PyType(name: "ExceptionGroup", bases: [baseExceptionGroup, exception], isBuiltin: true)
        exceptionGroup.mro = [exceptionGroup, baseExceptionGroup, exception, baseException, object]
        exceptionGroup.isException = true

        let exported: [PyType] = [object, type, int, bool, float, complexType, str, bytes, list, tuple, dictType, set, frozenset,
                                  range, slice, property, staticmethod, classmethod, superType,
                                  baseException, exception, systemExit, keyboardInterrupt, generatorExit, stopIteration,
                                  stopAsyncIteration, arithmeticError, zeroDivisionError, overflowError, floatingPointError,
                                  assertionError, attributeError, bufferError, eofError, importError, moduleNotFoundError,
                                  lookupError, indexError, keyError, memoryError, nameError, unboundLocalError, osError,
                                  fileNotFoundError, fileExistsError, permissionError, isADirectoryError, notADirectoryError,
                                  timeoutError, connectionError, referenceError, runtimeError, notImplementedError,
                                  recursionError, syntaxError, indentationError, tabError, systemError, typeError,
                                  valueError, unicodeError, unicodeDecodeError, unicodeEncodeError, warning, userWarning,
                                  deprecationWarning, runtimeWarning, baseExceptionGroup, exceptionGroup]
        // Builtin names are interned, as the compiler interns the names code looks up: a global
        // lookup that reaches the builtins then matches its key by identity.
        for t in exported + extraOSErrors.values + moreWarnings { dict.setString(Interned.str(t.name), .object(t)) }
        dict.setString(Interned.str("EnvironmentError"), .object(osError))
        dict.setString(Interned.str("IOError"), .object(osError))
        dict.setString(Interned.str("None"), .none)
        dict.setString(Interned.str("NotImplemented"), .notImplemented)
        dict.setString(Interned.str("Ellipsis"), .ellipsis)
        dict.setString(Interned.str("__name__"), .str(PyStr(frozen: "builtins")))
        installFunctions()
        installTypeMethods()
        installMoreBytesMethods()
        listIterator.installIteratorProtocol()
        rangeIterator.installIteratorProtocol()
        installByteArray()
        installOSErrorMethods()
        installExceptionGroupMethods()
        installComplexMethods()
        for t in [str, list, dictType, tuple, set, frozenset, bytes, int, float, generator] { t.freezeBuiltinMethods() }
        for f in [generator.dict.getString("send"), generator.dict.getString("throw"), dict.getString("next")] {
            if case .object(let o) = f, o.kind == .builtinFunction { unsafeDowncast(o, to: PyBuiltinFunction.self).resumesGenerator = true }
        }
        // Shared by every run for the life of the process: no reference counting on them.
        Immortal.makeReachable(from: .object(dict))
    }

    /// Registers a builtin function in the `builtins` namespace.
    func function(_ name: String, _ body: @escaping BuiltinBody) {
        dict.setString(Interned.str(name), .object(PyBuiltinFunction(name: name, body: body)))
    }

    /// Registers a method on a builtin type.
    ///
    /// The receiver is checked here, once for every method: `int.__add__('a', 1)` or
    /// `list.append(5, 1)` call the body with a receiver of the wrong type, and bodies may
    /// rely on its layout (CPython's method descriptors check the same way).
    /// `checkReceiver: false` is for bodies that check the receiver themselves (by object
    /// kind, see `objectMethod`).
    func method(_ type: PyType, _ name: String, checkReceiver: Bool = true, _ body: @escaping BuiltinBody) {
        let checked: BuiltinBody
        if type === object || !checkReceiver {
            checked = body
        } else {
            checked = { vm, args throws(PythonError) in
                guard args.count > 0, vm.typeOf(args[0]).isSubtype(of: type) else {
                    throw Builtins.receiverError(vm, type, name, args)
                }
                return try body(vm, args)
            }
        }
        type.dict.setString(Interned.str(name), .object(PyBuiltinFunction(name: name, owner: type.name, body: checked)))
    }

    /// CPython's error for an unbound builtin method called on the wrong receiver: slot
    /// wrappers (dunders) and method descriptors word it differently.
    static func receiverError(_ vm: VM, _ type: PyType, _ name: String, _ args: Arguments) -> PythonError {
        let owner = type.qualifiedName
        let dunder = name.hasPrefix("__") && name.hasSuffix("__")
        guard args.count > 0 else {
            if dunder { return vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' of '\(owner)' object needs an argument") }
            return vm.makeError(Builtins.shared.typeError, "unbound method \(owner).\(name)() needs an argument")
        }
        let got = vm.typeName(args[0])
        if dunder {
            return vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' requires a '\(owner)' object but received a '\(got)'")
        }
        return vm.makeError(Builtins.shared.typeError, "descriptor '\(name)' for '\(owner)' objects doesn't apply to a '\(got)' object")
    }

    /// Registers a class method (receives the class as first argument).
    func classMethod(_ type: PyType, _ name: String, _ body: @escaping BuiltinBody) {
        let f = PyBuiltinFunction(name: name, owner: type.name, body: body)
        type.dict.setString(Interned.str(name), .object(PyMethodWrapper(function: .object(f), isClassMethod: true)))
    }

    /// Registers a static method.
    func staticMethod(_ type: PyType, _ name: String, _ body: @escaping BuiltinBody) {
        let f = PyBuiltinFunction(name: name, owner: type.name, body: body)
        type.dict.setString(Interned.str(name), .object(PyMethodWrapper(function: .object(f), isClassMethod: false)))
    }
}

extension PyType {
    /// MRO for single inheritance chains (builtins); user classes use C3.
    static func computeSimpleMRO(_ t: PyType) -> [PyType] {
        var out = [t]
        var cur = t.bases.first
        while let c = cur {
            out.append(c)
            cur = c.bases.first
        }
        return out
    }
}
