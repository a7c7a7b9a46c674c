/// `copy`: CPython's algorithm (dispatch tables for builtin types, `__copy__`/`__deepcopy__`
/// hooks, a memo dict for shared and cyclic structures). Where CPython falls back on
/// `__reduce_ex__(4)`, instances are rebuilt the way `copyreg` would: a new object of the
/// same class (`__getnewargs__` for tuple subclasses), then `__dict__` (or `__setstate__`),
/// then the list or dict items of builtin-container subclasses.
enum CopyModule {
    static let source = #"""
"""Generic (shallow and deep) copying operations."""

import _collections

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass
error = Error   # backward compatibility


def _user_defines(cls, name):
    for base in cls.__mro__:
        try:
            d = vars(base)
        except TypeError:
            return None
        v = d.get(name)
        if v is not None:
            return v
    return None


def _newobj(cls, *args):
    if args or issubclass(cls, tuple):
        return cls.__new__(cls, *args)
    return _collections._new_instance(cls)


def _reduce(x):
    cls = type(x)
    if _user_defines(cls, '__reduce_ex__') is not None:
        return x.__reduce_ex__(4)
    if _user_defines(cls, '__reduce__') is not None:
        return x.__reduce__()
    if isinstance(x, (set, frozenset)) and not isinstance(x, BaseException):
        return (cls, (list(x),), getattr(x, '__dict__', None) or None)
    if cls is bytearray:
        return (bytearray, (bytes(x),))
    if cls is slice:
        return (slice, (x.start, x.stop, x.step))
    if isinstance(x, BaseException):
        state = x.__dict__ or None
        return (cls, x.args, state)
    slotnames = _slotnames(cls)
    try:
        x.__dict__
    except AttributeError:
        if slotnames is not None:
            return _reduce_slotted(x, cls, slotnames)
        reductor = getattr(x, "__reduce__", None)
        if reductor is not None:
            return reductor()
        raise TypeError(f"cannot pickle '{cls.__name__}' object") from None
    if _user_defines(cls, '__getnewargs__') is not None:
        args = x.__getnewargs__()
    else:
        args = ()
    getstate = _user_defines(cls, '__getstate__')
    if getstate is not None:
        state = x.__getstate__()
    else:
        state = x.__dict__ or None
        if slotnames and state:
            # Slot values of slotted bases live in the same dict here.
            state = dict(state)
            slots = {}
            for name in slotnames:
                if name in state:
                    slots[name] = state.pop(name)
            state = (state or None, slots) if slots else state
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def _slotnames(cls):
    # copyreg._slotnames: the (mangled) names of every class's __slots__ in the MRO;
    # None when no class defines __slots__.
    names = None
    for c in cls.__mro__:
        try:
            slots = vars(c).get('__slots__')
        except TypeError:
            continue
        if slots is None:
            continue
        if names is None:
            names = []
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _reduce_slotted(x, cls, slotnames):
    if _user_defines(cls, '__getstate__') is not None:
        state = x.__getstate__()
    else:
        slots = {}
        for name in slotnames:
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        state = (None, slots) if slots else None
    args = x.__getnewargs__() if _user_defines(cls, '__getnewargs__') is not None else ()
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + tuple(args), state, listitems, dictitems)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        # treat it as a regular class:
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_copy_dispatch = d = {}

def _copy_immutable(x):
    return x
for t in (type(None), int, float, bool, complex, str, tuple,
          bytes, frozenset, type, range, slice, property,
          type(len), type(Ellipsis), type(NotImplemented),
          type(_copy_immutable)):
    d[t] = _copy_immutable

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy

del d, t


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x)
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)

    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo) # Make sure x lives at least as long as d
    return y

_deepcopy_dispatch = d = {}

def _deepcopy_atomic(x, memo):
    return x
d[type(None)] = _deepcopy_atomic
d[type(Ellipsis)] = _deepcopy_atomic
d[type(NotImplemented)] = _deepcopy_atomic
d[int] = _deepcopy_atomic
d[float] = _deepcopy_atomic
d[complex] = _deepcopy_atomic
d[bool] = _deepcopy_atomic
d[bytes] = _deepcopy_atomic
d[str] = _deepcopy_atomic
d[type] = _deepcopy_atomic
d[range] = _deepcopy_atomic
d[type(len)] = _deepcopy_atomic
d[type(_deepcopy_atomic)] = _deepcopy_atomic
d[property] = _deepcopy_atomic

def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y
d[list] = _deepcopy_list

def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # We're not going to put the tuple in the memo, but it's still important we
    # check for it, in case the tuple contains recursive mutable structures.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y
d[tuple] = _deepcopy_tuple

def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y
d[dict] = _deepcopy_dict

def _deepcopy_set(x, memo, deepcopy=deepcopy):
    y = set()
    memo[id(x)] = y
    for a in x:
        y.add(deepcopy(a, memo))
    return y
d[set] = _deepcopy_set

def _deepcopy_frozenset(x, memo, deepcopy=deepcopy):
    return frozenset(deepcopy(a, memo) for a in x)
d[frozenset] = _deepcopy_frozenset

del d

def _keep_alive(x, memo):
    """Keeps a reference to the object x in the memo."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        # aha, this is the first one :-)
        memo[id(memo)]=[x]

def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
"""#
}
