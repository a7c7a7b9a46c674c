/// Base class for objects of types implemented by native modules (`re.Pattern`, `re.Match`,
/// ...). The object carries its Python type; methods and properties live in `type.dict`
/// (builtin functions receive the object as their first argument). `repr` uses a
/// `__repr__` found on the type and `obj[i]` a `__getitem__`.
class PyNativeObject: PyObject, @unchecked Sendable {
    let type: PyType

    init(type: PyType) {
        self.type = type
        super.init(kind: .native)
    }
}
