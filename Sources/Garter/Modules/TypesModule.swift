/// `types`: `SimpleNamespace` (CPython's repr, equality, recursion-safe repr, messages naming
/// `types.SimpleNamespace`), `MappingProxyType` (the native `mappingproxy`, see
/// `PyMappingProxy`), the names of Garter's
/// built-in types (`FunctionType`, `LambdaType`, `GeneratorType`, `CoroutineType`,
/// `MethodType`, `BuiltinFunctionType`, `ModuleType`, `NoneType`, `EllipsisType`,
/// `NotImplementedType`, `UnionType`, `GenericAlias`), `new_class`, `prepare_class`, `resolve_bases`,
/// `DynamicClassAttribute`.
///
/// Known gaps: no `CodeType`, `FrameType`, `TracebackType`, `CellType`, the
/// descriptor types or `AsyncGeneratorType` (Garter has no such objects, so the names are
/// absent and an access is an `AttributeError`); `types.coroutine` is not provided.
enum TypesModule {
    static let source = #"""
import sys as _sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type(len)
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
UnionType = type(int | str)
GenericAlias = type(list[int])

del _sys, _f, _g, _C, _c


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        # Straight into the instance dict, like CPython (no __setattr__, so a key such as
        # '__class__' is just a key).
        self.__dict__.update(kwargs)

    def __repr__(self):
        key = id(self)
        if key in _ns_running:
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return name + '(...)'
        _ns_running.add(key)
        try:
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            parts = ['%s=%r' % (k, v) for k, v in self.__dict__.items()]
            return '%s(%s)' % (name, ', '.join(parts))
        finally:
            _ns_running.discard(key)

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'" % (_ns_type_name(self), name))

    def __delattr__(self, name):
        if name not in self.__dict__:
            raise AttributeError("'%s' object has no attribute '%s'" % (_ns_type_name(self), name))
        object.__delattr__(self, name)

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ != other.__dict__
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ < other.__dict__
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ <= other.__dict__
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ > other.__dict__
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ >= other.__dict__
        return NotImplemented

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % _ns_type_name(self))

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_ns_running = set()


def _ns_type_name(obj):
    t = type(obj)
    return 'types.SimpleNamespace' if t is SimpleNamespace else t.__name__


SimpleNamespace.__module__ = 'types'


class _C:
    pass


MappingProxyType = type(_C.__dict__)
del _C


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        else:
            new_bases[i + shift:i + shift + 1] = new_base
            shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        if bases:
            meta = type(bases[0])
        else:
            meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)
"""#
}
