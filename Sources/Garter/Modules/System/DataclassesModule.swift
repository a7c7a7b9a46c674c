/// `dataclasses`: `@dataclass` (init/repr/eq/order/unsafe_hash/frozen/match_args/kw_only),
/// `field`, `fields`, `asdict`, `astuple`, `replace`, `is_dataclass`, `InitVar`, `KW_ONLY`,
/// `FrozenInstanceError`. Garter has no `exec`, so instead of generating source like CPython
/// the generated methods are closures over the field list; `__init__` binds its arguments
/// itself and raises CPython's exact messages (`Point.__init__() missing 1 required
/// positional argument: 'y'`).
enum DataclassesModule {
    static let source = #"""
from _gsys import fieldtuple as _fieldtuple
from _gsys_vm import hide_frame as _hide_frame, frame_at as _frame_at, relocate_frame as _relocate_frame
from _gsys_vm import interned as _interned, init_fields as _init_fields


def _arg_error(message):
    # CPython checks __init__'s arguments before its frame exists: no traceback entry.
    return _hide_frame(TypeError(message))

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata=mappingproxy({self.metadata!r}),'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _quoted(names):
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + ' and ' + q[1]
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _has_default(f):
    return not (f.default is MISSING and f.default_factory is MISSING)


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    qualname = cls.__qualname__ + '.__init__'
    pos_names = [f.name for f in std_fields]
    pos_set = set(pos_names)
    kw_names = [f.name for f in kw_only_fields]
    kw_set = set(kw_names)
    npos = len(pos_names)
    ndefaults = sum(1 for f in std_fields if _has_default(f))
    init_fields = {f.name: f for f in std_fields}
    for f in kw_only_fields:
        init_fields[f.name] = f
    body_fields = [f for f in fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
    initvar_names = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    # Tracebacks name the lines of CPython's generated __init__ ("<string>"): lines 1
    # and 2 are the def lines, then one line per initialized field, then __post_init__.
    field_lines = {}
    post_init_line = 3
    for f in body_fields:
        if f._field_type is not _FIELD_INITVAR and (f.init or f.default_factory is not MISSING):
            field_lines[f.name] = post_init_line
            post_init_line += 1
    setter = object.__setattr__ if frozen else setattr

    simple = all(f.init and f._field_type is _FIELD for f in body_fields) and not kw_names and not has_post_init
    # Plain parameters (no default factory) stored with `self.name = value`: bound and
    # stored natively, as fast as a generated __init__ would run.
    native = (simple and not frozen and len(body_fields) == npos
              and all(f.default_factory is MISSING for f in std_fields))
    if native:
        names_tuple = _interned(pos_names)
        defaults_tuple = tuple(f.default for f in std_fields if f.default is not MISSING)

    def __init__(self, *args, **kwargs):
        if native and _init_fields(self, names_tuple, defaults_tuple, args, kwargs):
            return
        nargs = len(args)
        if simple and nargs == npos and not kwargs:
            for i in range(nargs):
                setter(self, pos_names[i], args[i])
            return
        vals = {}
        for i in range(min(nargs, npos)):
            vals[pos_names[i]] = args[i]
        for k, v in kwargs.items():
            if k in pos_set or k in kw_set:
                if k in vals:
                    raise _arg_error(f"{qualname}() got multiple values for argument '{k}'")
                vals[k] = v
            elif k == 'self':
                raise _arg_error(f"{qualname}() got multiple values for argument 'self'")
            else:
                raise _arg_error(f"{qualname}() got an unexpected keyword argument '{k}'")
        if nargs > npos:
            total = npos + 1
            given = nargs + 1
            kwonly_given = sum(1 for k in kwargs if k in kw_set)
            if ndefaults:
                sig = f'from {total - ndefaults} to {total}'
                plural = 's'
            else:
                sig = str(total)
                plural = 's' if total != 1 else ''
            kwsig = ''
            if kwonly_given:
                kwsig = ' positional argument%s (and %d keyword-only argument%s)' % (
                    's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
            verb = 'was' if given == 1 and not kwonly_given else 'were'
            raise _arg_error(f'{qualname}() takes {sig} positional argument{plural} but {given}{kwsig} {verb} given')
        missing = [n for n in pos_names if n not in vals and not _has_default(init_fields[n])]
        if missing:
            raise _arg_error('%s() missing %d required positional argument%s: %s' % (
                qualname, len(missing), '' if len(missing) == 1 else 's', _quoted(missing)))
        missing = [n for n in kw_names if n not in vals and not _has_default(init_fields[n])]
        if missing:
            raise _arg_error('%s() missing %d required keyword-only argument%s: %s' % (
                qualname, len(missing), '' if len(missing) == 1 else 's', _quoted(missing)))
        line = 3
        try:
            for f in body_fields:
                name = f.name
                line = field_lines.get(name, line)
                if f.init:
                    if name in vals:
                        value = vals[name]
                    elif f.default_factory is not MISSING:
                        value = f.default_factory()
                        vals[name] = value
                    else:
                        value = f.default
                        vals[name] = value
                else:
                    if f.default_factory is not MISSING:
                        value = f.default_factory()
                    elif f.default is not MISSING:
                        value = f.default
                    else:
                        continue
                if f._field_type is _FIELD:
                    setter(self, name, value)
            if has_post_init:
                line = post_init_line
                self.__post_init__(*[vals[n] for n in initvar_names if n in vals])
        except BaseException as e:
            _relocate_frame(e, '<string>', line)
            raise

    __init__.__qualname__ = qualname
    return __init__


_repr_running = set()


def _make_repr(cls, flds):
    names = [f.name for f in flds]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [f'{n}={getattr(self, n)!r}' for n in names]
            return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
        finally:
            _repr_running.discard(key)

    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    __repr__._dataclass_generated = True  # pprint formats such dataclasses field by field
    return __repr__


def _make_eq(cls, flds):
    names = tuple([f.name for f in flds])

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _fieldtuple(self, names) == _fieldtuple(other, names)
        return NotImplemented

    __eq__.__qualname__ = cls.__qualname__ + '.__eq__'
    return __eq__


def _make_order(cls, flds):
    names = tuple([f.name for f in flds])

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _fieldtuple(self, names) < _fieldtuple(other, names)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _fieldtuple(self, names) <= _fieldtuple(other, names)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _fieldtuple(self, names) > _fieldtuple(other, names)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _fieldtuple(self, names) >= _fieldtuple(other, names)
        return NotImplemented

    result = [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)]
    for name, fn in result:
        fn.__qualname__ = cls.__qualname__ + '.' + name
    return result


def _make_hash(cls, flds):
    names = tuple([f.name for f in flds])

    def __hash__(self):
        return hash(_fieldtuple(self, names))

    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _make_frozen(cls, fields):
    field_names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise _frame_at(FrozenInstanceError(f'cannot assign to field {name!r}'), '<string>', 4, '__setattr__')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise _frame_at(FrozenInstanceError(f'cannot delete field {name!r}'), '<string>', 4, '__delattr__')
        super(cls, self).__delattr__(name)

    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


def _set_new_attribute(cls, name, value):
    if name in vars(cls):
        return True
    setattr(cls, name, value)
    return False


def _is_classvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith('ClassVar') or a_type.startswith('typing.ClassVar')
    origin = getattr(a_type, '__origin__', None)
    for t in (a_type, origin):
        if t is not None and getattr(t, '_name', None) == 'ClassVar':
            return True
    r = repr(a_type) if not isinstance(a_type, type) else ''
    return r.startswith('typing.ClassVar')


def _is_initvar(a_type):
    if isinstance(a_type, str):
        return a_type.startswith('InitVar') or a_type.startswith('dataclasses.InitVar')
    return a_type is InitVar or isinstance(a_type, InitVar)


def _is_mutable_default(value):
    if isinstance(value, (list, dict, set)):
        return True
    try:
        return type(value).__hash__ is None
    except AttributeError:
        return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a '
                            'default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        assert f._field_type is _FIELD_CLASSVAR
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')
    if f._field_type is _FIELD and f.default is not MISSING and _is_mutable_default(f.default):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _is_kw_only(a_type):
    return a_type is KW_ONLY or a_type == 'KW_ONLY' or a_type == 'dataclasses.KW_ONLY'


def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _make_hash(cls, flds)


def _hash_exception(cls, fields):
    raise TypeError(f'Cannot overwrite attribute __hash__ '
                    f'in class {cls.__name__}')


_hash_action = {(False, False, False, False): None,
                (False, False, False, True ): None,
                (False, False, True,  False): None,
                (False, False, True,  True ): None,
                (False, True,  False, False): _hash_set_none,
                (False, True,  False, True ): None,
                (False, True,  True,  False): _hash_add,
                (False, True,  True,  True ): None,
                (True,  False, False, False): _hash_add,
                (True,  False, False, True ): _hash_exception,
                (True,  False, True,  False): _hash_add,
                (True,  False, True,  True ): _hash_exception,
                (True,  True,  False, False): _hash_add,
                (True,  True,  False, True ): _hash_exception,
                (True,  True,  True,  False): _hash_add,
                (True,  True,  True,  True ): _hash_exception,
                }


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order,
                                           unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_dict = vars(cls)
    cls_annotations = cls_dict.get('__annotations__', {})
    cls_fields = []
    KW_ONLY_seen = False
    for name, type in cls_annotations.items():
        if _is_kw_only(type):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in list(cls_dict.items()):
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls_dict.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls_dict))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    (std_init_fields,
     kw_only_init_fields) = _fields_in_init_order(all_init_fields)

    if init:
        seen_default = False
        for f in std_init_fields:
            if f.init:
                if _has_default(f):
                    seen_default = True
                elif seen_default:
                    raise TypeError(f'non-default argument {f.name!r} '
                                    'follows default argument')
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, list(fields.values()), std_init_fields,
                                      kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _make_repr(cls, flds))

    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _make_eq(cls, flds))

    if order:
        flds = [f for f in field_list if f.compare]
        for name, fn in _make_order(cls, flds):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _make_frozen(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    hash_action = _hash_action[bool(unsafe_hash),
                               bool(eq),
                               bool(frozen),
                               has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list)

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if slots:
        if '__slots__' in cls_dict:
            raise TypeError(f'{cls.__name__} already specifies __slots__')
        cls = _add_slots(cls, field_list)

    return cls


def _get_slots(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    if isinstance(slots, str):
        return (slots,)
    return tuple(slots)


def _add_slots(cls, field_list):
    # Like CPython: a new class whose __slots__ are the fields not already slots of a base.
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in field_list)
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(base))
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited_slots)
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


_ATOMIC = (type(None), bool, int, float, str, bytes, type)


def _deepcopy(obj):
    if isinstance(obj, _ATOMIC):
        return obj
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping field names to field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])
"""#
}
