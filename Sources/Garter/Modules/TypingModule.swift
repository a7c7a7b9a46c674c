/// `typing`: the names annotations use, printing like CPython (`typing.Optional[int]`,
/// `typing.Dict[str, typing.Any]`), with `get_origin`/`get_args`, `isinstance` against
/// unsubscripted aliases, `TypeVar`, `Generic`/`Protocol` bases, `NamedTuple` and
/// `TypedDict` class syntax, `cast`, `NewType`, `overload` and friends.
enum TypingModule {
    /// The module source: the main part and the forward-reference evaluator.
    static var source: String { mainSource + "\n\n" + forwardRefSource }

    static let mainSource = #"""
"""The typing module: Support for gradual typing as defined by PEP 484 and subsequent PEPs."""

import collections
import collections.abc as _abc
import _gsys_vm
from collections import _setup_namedtuple, namedtuple as _namedtuple

TYPE_CHECKING = False

_NoneType = type(None)
_BuiltinGenericAlias = type(list[int])
_BuiltinUnionType = type(int | str)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, type(_type_repr)):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg=None):
    if arg is None:
        return _NoneType
    return arg


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _GenericAlias(_Final):
    def __init__(self, origin, args, name=None, special=False, nparams=-1):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name
        self._special = special
        self._nparams = nparams

    @property
    def __parameters__(self):
        return tuple(a for a in self.__args__ if isinstance(a, TypeVar))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p) for p in params)
        if self._special:
            if self._name == 'Tuple' or self._name == 'tuple':
                return _GenericAlias(self.__origin__, params, self._name)
            if self._name == 'Callable':
                return _callable_getitem(self, params)
            if self._nparams >= 0 and len(params) != self._nparams:
                raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self};"
                                f" actual {len(params)}, expected {self._nparams}")
            return _GenericAlias(self.__origin__, params, self._name)
        # Substitute type variables.
        tvars = self.__parameters__
        if len(params) != len(tvars):
            raise TypeError(f"Too {'many' if len(params) > len(tvars) else 'few'} arguments for {self}")
        subst = dict(zip(tvars, params))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__), self._name)

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self._special:
            return name
        if self._name == 'Callable' and len(self.__args__) == 2 and self.__args__[0] is not ...:
            args = self.__args__[0]
            if isinstance(args, tuple):
                return f'{name}[[{", ".join(_type_repr(a) for a in args)}], {_type_repr(self.__args__[1])}]'
        if self._name in ('Tuple', 'tuple') and self.__args__ == ():
            return f'{name}[()]'
        return f'{name}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        # PEP 560: `class IntBox(Box[int])` derives from Box; `class L(List[int])` from
        # list and Generic.
        if self._name:
            res = [] if self.__origin__ in bases else [self.__origin__]
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    break
            else:
                res.append(Generic)
            return tuple(res)
        return (self.__origin__,)

    def __call__(self, *args, **kwargs):
        if self._special and self._name:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __instancecheck__(self, obj):
        if not self._special:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if not self._special:
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        return issubclass(cls, self.__origin__)

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


def _callable_getitem(alias, params):
    if len(params) != 2:
        raise TypeError("Callable must be used as Callable[[arg, ...], result].")
    args, result = params
    if isinstance(args, list):
        args = tuple(args)
    return _GenericAlias(alias.__origin__, (args, result), 'Callable')


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(a, type) and isinstance(obj, a):
                return True
        return False


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = []
    for p in parameters:
        p = _type_check(p)
        if isinstance(p, _UnionGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    deduped = []
    for p in params:
        if p not in deduped:
            deduped.append(p)
    if len(deduped) == 1:
        return deduped[0]
    return _UnionGenericAlias(self, tuple(deduped), 'Union')


def _optional_getitem(self, parameters):
    arg = _type_check(parameters)
    return Union[arg, type(None)]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralGenericAlias(self, parameters, 'Literal')


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return f'typing.Literal[{", ".join(repr(a) for a in self.__args__)}]'


def _simple_getitem(name):
    def getitem(self, parameters):
        return _GenericAlias(self, parameters, name)
    return getitem


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    return _AnnotatedAlias(params[0], params[1:])


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__),
            ", ".join(repr(a) for a in self.__metadata__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _simple_getitem('ClassVar'))
Final = _SpecialForm('Final', _simple_getitem('Final'))
TypeGuard = _SpecialForm('TypeGuard', _simple_getitem('TypeGuard'))
Required = _SpecialForm('Required', _simple_getitem('Required'))
NotRequired = _SpecialForm('NotRequired', _simple_getitem('NotRequired'))
Concatenate = _SpecialForm('Concatenate', _simple_getitem('Concatenate'))
Unpack = _SpecialForm('Unpack', _simple_getitem('Unpack'))


class Annotated:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        return _annotated_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass {}.Annotated".format(cls.__module__))


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = tuple(constraints)
        self.__bound__ = bound

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar('AnyStr', bytes, str)
Text = str


def _alias(origin, nparams, name):
    return _GenericAlias(origin, (), name, special=True, nparams=nparams)


List = _alias(list, 1, 'List')
Dict = _alias(dict, 2, 'Dict')
Set = _alias(set, 1, 'Set')
FrozenSet = _alias(frozenset, 1, 'FrozenSet')
Tuple = _alias(tuple, -1, 'Tuple')
Type = _alias(type, 1, 'Type')
DefaultDict = _alias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(collections.Counter, 1, 'Counter')
ChainMap = _alias(collections.ChainMap, 2, 'ChainMap')
Deque = _alias(collections.deque, 1, 'Deque')
Callable = _alias(_abc.Callable, 2, 'Callable')
Hashable = _alias(_abc.Hashable, 0, 'Hashable')
Sized = _alias(_abc.Sized, 0, 'Sized')
Awaitable = _alias(_abc.Awaitable, 1, 'Awaitable')
Coroutine = _alias(_abc.Coroutine, 3, 'Coroutine')
AsyncIterable = _alias(_abc.AsyncIterable, 1, 'AsyncIterable')
AsyncIterator = _alias(_abc.AsyncIterator, 1, 'AsyncIterator')
Iterable = _alias(_abc.Iterable, 1, 'Iterable')
Iterator = _alias(_abc.Iterator, 1, 'Iterator')
Reversible = _alias(_abc.Reversible, 1, 'Reversible')
Container = _alias(_abc.Container, 1, 'Container')
Collection = _alias(_abc.Collection, 1, 'Collection')
AbstractSet = _alias(_abc.Set, 1, 'AbstractSet')
MutableSet = _alias(_abc.MutableSet, 1, 'MutableSet')
Mapping = _alias(_abc.Mapping, 2, 'Mapping')
MutableMapping = _alias(_abc.MutableMapping, 2, 'MutableMapping')
Sequence = _alias(_abc.Sequence, 1, 'Sequence')
MutableSequence = _alias(_abc.MutableSequence, 1, 'MutableSequence')
ByteString = _alias(_abc.ByteString, 0, 'ByteString')
MappingView = _alias(_abc.MappingView, 1, 'MappingView')
KeysView = _alias(_abc.KeysView, 1, 'KeysView')
ItemsView = _alias(_abc.ItemsView, 2, 'ItemsView')
ValuesView = _alias(_abc.ValuesView, 1, 'ValuesView')
Generator = _alias(_abc.Generator, 3, 'Generator')
AsyncGenerator = _alias(_abc.AsyncIterator, 2, 'AsyncGenerator')
ContextManager = _alias(object, 1, 'ContextManager')
AsyncContextManager = _alias(object, 1, 'AsyncContextManager')
Pattern = _alias(str, 1, 'Pattern')
Match = _alias(str, 1, 'Match')


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        # Generic[T] and Protocol[T] only declare parameters; a user generic class
        # subscripted (Box[int]) is an alias printing as __main__.Box[int].
        if cls is Generic or (cls.__name__ == 'Protocol' and cls.__module__ == 'typing'):
            return cls
        return _GenericAlias(cls, params)


_PROTO_EXCLUDED = frozenset({
    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol',
    '_is_runtime_protocol', '__dict__', '__args__', '__slots__', '__parameters__',
    '__origin__', '__orig_bases__', '__doc__', '__subclasshook__', '__init__', '__new__',
    '__module__', '__qualname__', '__init_subclass__', '__class_getitem__',
    '__instancecheck__', '__subclasscheck__', '__match_args__', '__hash__', '__eq__'})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(vars(base)) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


class Protocol(Generic):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    @classmethod
    def __instancecheck__(cls, instance):
        # Structural isinstance() for @runtime_checkable protocols (CPython's _ProtocolMeta).
        if not cls.__dict__.get('_is_protocol', False):
            return False
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        for attr in _get_protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True


class SupportsInt(Protocol):
    pass


class SupportsFloat(Protocol):
    pass


class SupportsIndex(Protocol):
    pass


class SupportsAbs(Protocol):
    pass


class SupportsRound(Protocol):
    pass


class SupportsBytes(Protocol):
    pass


class SupportsComplex(Protocol):
    pass


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass


def cast(typ, val):
    """Cast a value to a type.

    This returns the value unchanged.
    """
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy


def get_overloads(func):
    return []


def clear_overloads():
    pass


def final(f):
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def _resolve_hint(value, owner, localns):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = _eval_annotation(value, owner, localns)
        if value is None:
            return _NoneType
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = vars(base).get('__annotations__', {}) if base.__module__ != 'builtins' else {}
            for name, value in ann.items():
                hints[name] = _resolve_hint(value, base, globalns if localns is None else {**(globalns or {}), **localns})
        return hints
    ann = getattr(obj, '__annotations__', None) or {}
    owner = getattr(obj, '__wrapped__', obj)
    for name, value in ann.items():
        hints[name] = _resolve_hint(value, owner, globalns if localns is None else {**(globalns or {}), **localns})
    return hints


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if isinstance(tp, _GenericAlias):
        origin = tp.__origin__
        if isinstance(origin, _SpecialForm):
            return origin
        return origin
    if isinstance(tp, _BuiltinGenericAlias):
        return tp.__origin__
    if isinstance(tp, _BuiltinUnionType):
        return _BuiltinUnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias) and not tp._special:
        res = tp.__args__
        if tp._name == 'Callable' and len(res) == 2 and isinstance(res[0], tuple):
            res = (list(res[0]), res[1])
        return res
    if isinstance(tp, (_BuiltinGenericAlias, _BuiltinUnionType)):
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, '__total__')


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class NamedTuple(tuple):
    """Typed version of namedtuple."""

    def __new__(cls, typename=None, fields=None, /, **kwargs):
        if cls is NamedTuple:
            if fields is None:
                fields = kwargs.items()
            fields = list(fields)
            names = [n for n, t in fields]
            nt = _namedtuple(typename, names, module='__main__')
            nt.__annotations__ = dict(fields)
            return nt
        raise TypeError(f"{cls.__name__}.__new__ was not set up")

    def __init_subclass__(cls, **kwargs):
        ns = vars(cls)
        annotations = ns.get('__annotations__', {})
        fields = tuple(annotations)
        defaults = []
        field_defaults = {}
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
                field_defaults[name] = ns[name]
            elif defaults:
                raise TypeError(f"Non-default namedtuple field {name} "
                                f"cannot follow default field"
                                f"{'s' if len(defaults) > 1 else ''} "
                                f"{', '.join(field_defaults)}")
        for name in fields:
            if name.startswith('_'):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + name)
        module = cls.__module__
        _setup_namedtuple(cls, cls.__name__, fields, field_defaults,
                          tuple(defaults) if defaults else None, module)


class TypedDict(dict):
    """A simple typed namespace. At runtime it is equivalent to a plain dict."""

    def __new__(cls, *args, **kwargs):
        if cls is TypedDict and args and isinstance(args[0], str):
            typename = args[0]
            fields = args[1] if len(args) > 1 else kwargs
            total = kwargs.get('total', True) if len(args) > 1 else True
            ns = {'__annotations__': dict(fields), '__total__': total}
            class _TD(TypedDict):
                pass
            _TD.__name__ = typename
            _TD.__qualname__ = typename
            _TD.__annotations__ = dict(fields)
            _TD.__total__ = total
            _TD.__required_keys__ = frozenset(fields) if total else frozenset()
            _TD.__optional_keys__ = frozenset() if total else frozenset(fields)
            return _TD
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        own = dict(vars(cls).get('__annotations__', {}))
        annotations = {}
        for base in reversed(cls.__mro__):
            if base is dict or base is object or base is TypedDict:
                continue
            annotations.update(vars(base).get('__annotations__', {}))
        cls.__annotations__ = annotations
        cls.__total__ = total
        required = set()
        optional = set()
        for base in cls.__mro__[1:]:
            required |= set(getattr(base, '__required_keys__', ()))
            optional |= set(getattr(base, '__optional_keys__', ()))
        for key in own:
            if total:
                required.add(key)
            else:
                optional.add(key)
        cls.__required_keys__ = frozenset(required)
        cls.__optional_keys__ = frozenset(optional)
"""#
}
