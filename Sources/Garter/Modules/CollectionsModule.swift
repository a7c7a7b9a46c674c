/// `collections`: Python source like CPython's own module. `Counter`, `OrderedDict` and
/// `defaultdict` subclass `dict` and named tuples subclass `tuple` (so `isinstance` and
/// `json` see the builtin types); `deque` and `ChainMap` are plain classes. `_collections`
/// holds the native counting loop `Counter` uses.
enum CollectionsModule {
    static func makeNative(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("_collections")
        // _count_elements(mapping, iterable): mapping[elem] = mapping.get(elem, 0) + 1
        m.function("_count_elements") { vm, args throws(PythonError) in
            try args.check("_count_elements", min: 2, max: 2, vm: vm)
            let mapping = args[0]
            let it = try vm.getIterator(args[1])
            // Fast path: a dict (subclass) whose get/__setitem__ are dict's own.
            var fast: PyDict? = nil
            if let d = mapping.asDict {
                fast = d
            } else if let inst = mapping.asInstance, let d = inst.builtinValue?.asDict {
                let t = inst.cls
                let getOverridden = t.lookup(PyStr("get")).map { $0.asObject?.kind != .builtinFunction } ?? false
                let setOverridden = t.lookup(Names.setitem).map { $0.asObject?.kind != .builtinFunction } ?? false
                if !getOverridden && !setOverridden { fast = d }
            }
            if let d = fast {
                while let x = try vm.nextItem(it) {
                    let h = try vm.hash(x)
                    let old = try d.get(x, hash: h, vm: vm) ?? .int(0)
                    let new: Value
                    if case .int(let i) = old, i < Int.max { new = .int(i + 1) } else {
                        new = try vm.binaryOperation(.add, old, .int(1), inplace: false)
                    }
                    try d.set(x, new, hash: h, vm: vm)
                }
                return .none
            }
            let get = try vm.getAttribute(mapping, PyStr("get"))
            while let x = try vm.nextItem(it) {
                let old = try vm.callValue(get, [x, .int(0)])
                try vm.setItem(mapping, x, try vm.binaryOperation(.add, old, .int(1), inplace: false))
            }
            return .none
        }
        m.value("deque", .object(dequeType))
        // _od_move_to_end(od, key, last): OrderedDict.move_to_end on the dict storage.
        m.function("_od_move_to_end") { vm, args throws(PythonError) in
            try args.check("move_to_end", min: 3, max: 3, vm: vm)
            guard let d = vm.builtinBase(args[0]).asDict else {
                throw vm.makeError(Builtins.shared.typeError, "move_to_end() requires a dict")
            }
            let key = args[1]
            guard let value = try d.remove(key, vm: vm) else { throw PythonError(vm.keyError(key)) }
            if try vm.isTrue(args[2]) {
                try d.set(key, value, vm: vm)
            } else {
                let rest = d.items
                d.removeAll()
                try d.set(key, value, vm: vm)
                for (k, v) in rest { try d.set(k, v, vm: vm) }
            }
            return .none
        }
        // _new_instance(cls): an instance of a Python class without running __init__
        // (what `object.__new__(cls)` does; used by `copy`).
        m.function("_new_instance") { vm, args throws(PythonError) in
            try args.check("_new_instance", min: 1, max: 1, vm: vm)
            guard let t = args[0].asType, !t.isBuiltin else {
                throw vm.makeError(Builtins.shared.typeError, "_new_instance() argument must be a Python class")
            }
            let inst = PyInstance(cls: t)
            if let base = t.builtinBase, let ctor = base.constructor {
                var empty = Value.none
                inst.builtinValue = try withUnsafeMutablePointer(to: &empty) { p throws(PythonError) in
                    try ctor(vm, Arguments(base: p, count: 0))
                }
            }
            return .object(inst)
        }
        return m.module
    }

    static let source = #"""
'''This module implements specialized container datatypes providing
alternatives to Python's general purpose built-in containers, dict,
list, set, and tuple.
'''

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import _collections
from collections import abc as _collections_abc
from operator import itemgetter as _itemgetter, eq as _eq
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap

_count_elements = _collections._count_elements

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
])


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))


def _dict_repr(d):
    return repr(dict(d))


################################################################################
### OrderedDict
################################################################################

class OrderedDict(dict):
    'Dictionary that remembers insertion order'
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, other=(), /, **kwds):
        dict.__init__(self)
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if isinstance(other, dict):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        '''Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        '''
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        '''Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        '''
        _collections._od_move_to_end(self, key, last)

    def __repr__(self):
        'od.__repr__() <==> repr(od)'
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def __eq__(self, other):
        '''od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        '''
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and all(map(_eq, self, other))
        if isinstance(other, dict):
            return dict(self) == dict(other)
        return NotImplemented

    def copy(self):
        'od.copy() -> a shallow copy of od'
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''Create a new ordered dictionary with keys from iterable and values set to value.
        '''
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
### namedtuple
################################################################################

def _new_error_list(names):
    q = ["'%s'" % n for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return '%s and %s' % (q[0], q[1])
    return ', '.join(q[:-1]) + ', and ' + q[-1]


def _make_new(typename, field_names, defaults):
    num_fields = len(field_names)
    qual = typename + '.__new__'
    num_defaults = len(defaults) if defaults is not None else 0
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        n = len(args)
        if not kwargs and n == num_fields:
            return tuple_new(_cls, args)
        if n > num_fields:
            if num_defaults:
                takes = 'from %d to %d positional arguments' % (num_fields - num_defaults + 1, num_fields + 1)
            else:
                takes = '%d positional argument%s' % (num_fields + 1, '' if num_fields == 0 else 's')
            raise TypeError('%s() takes %s but %d %s given'
                            % (qual, takes, n + 1, 'was' if n == 0 else 'were'))
        values = list(args)
        for key in kwargs:
            if key not in field_names:
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, key))
            if field_names.index(key) < n:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, key))
        missing = []
        for i in range(n, num_fields):
            name = field_names[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif i >= num_fields - num_defaults:
                values.append(defaults[i - (num_fields - num_defaults)])
            else:
                missing.append(name)
                values.append(None)
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qual, len(missing), '' if len(missing) == 1 else 's',
                               _new_error_list(missing)))
        return tuple_new(_cls, values)

    __new__.__qualname__ = qual
    return __new__


def _setup_namedtuple(cls, typename, field_names, field_defaults, defaults, module):
    num_fields = len(field_names)
    tuple_new = tuple.__new__
    repr_fmt = '(' + ', '.join(f'{name}=%r' for name in field_names) + ')'

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, field_names, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    for method in (_make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = f'{typename}.{method.__name__}'

    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__doc__ = f'{typename}({", ".join(field_names)}{"," if len(field_names) == 1 else ""})'
    cls._fields = field_names
    cls._field_defaults = field_defaults
    cls.__new__ = _make_new(typename, field_names, defaults)
    cls._make = _make
    cls._replace = _replace
    cls.__repr__ = __repr__
    cls._asdict = _asdict
    cls.__getnewargs__ = __getnewargs__
    cls.__match_args__ = field_names
    for index, name in enumerate(field_names):
        setattr(cls, name, property(_itemgetter(index), _field_set, _field_delete,
                                    doc=f'Alias for field number {index}'))
    if module is not None:
        cls.__module__ = module
    return cls


def _field_set(self, value):
    # CPython's field descriptor (`_tuplegetter`) refuses assignment with this message.
    raise AttributeError("can't set attribute")


def _field_delete(self):
    raise AttributeError("can't delete attribute")


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> p = Point(11, y=22)
    >>> p
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                or name in _KEYWORDS
                or name.startswith('_')
                or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))
    field_names = tuple(field_names)

    class _namedtuple(tuple):
        __slots__ = ()

    return _setup_namedtuple(_namedtuple, typename, field_names, field_defaults,
                             defaults, '__main__' if module is None else module)


########################################################################
###  Counter
########################################################################

class Counter(dict):
    '''Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    '''
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, iterable=None, /, **kwds):
        '''Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.
        '''
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self.values())

    def most_common(self, n=None):
        '''List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        '''
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        '''Iterator over elements repeating each as many times as its count.
        '''
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Like dict.update() but add counts instead of replacing them.
        '''
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Like dict.update() but subtracts counts instead of replacing them.
        '''
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self:
            dict.pop(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            # dict() preserves the ordering returned by most_common()
            d = dict(self.most_common())
        except TypeError:
            # handle case where values are not orderable
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return dict(self) == dict(other)
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            if isinstance(other, dict):
                return dict(self) != dict(other)
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        '''Add counts from two counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        '''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        '''Inplace add from another counter, keeping only positive counts.'''
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        '''Inplace subtract counter, but keep only results with positive counts.'''
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        '''Inplace union is the maximum of value from either counter.'''
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        '''Inplace intersection is the minimum of corresponding counts.'''
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


########################################################################
###  defaultdict
########################################################################

class defaultdict(dict):
    '''defaultdict(default_factory=None, /, [...]) --> dict with default factory'''
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = value = factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        return f'{type(self).__name__}({factory!r}, {_dict_repr(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


deque = _collections.deque


########################################################################
###  ChainMap
########################################################################

class ChainMap:
    ''' A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.
    '''
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, *maps):
        '''Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.
        '''
        self.maps = list(maps) or [{}]          # always at least one map

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]             # can't use 'key in mapping' with defaultdict
            except KeyError:
                pass
        return self.__missing__(key)            # support subclasses that define __missing__

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))     # reuses stored hash values if possible

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))    # reuses stored hash values if possible
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):      # like Django's Context.push()
        '''New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        '''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):                          # like Django's Context.pop()
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


################################################################################
### UserDict, UserList, UserString
################################################################################

class UserDict:
    '''A more or less complete user-defined wrapper around dictionary objects.'''
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            return self.data == other.data
        return self.data == other

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def pop(self, key, *args):
        return self.data.pop(key, *args)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList:
    """A more or less complete user-defined wrapper around list objects."""
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        else:
            return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __hash__(self):
        return hash(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __getattr__(self, name):
        attr = getattr(self.data, name)
        if callable(attr):
            def method(*args, **kwargs):
                result = attr(*args, **kwargs)
                return self.__class__(result) if isinstance(result, str) else result
            return method
        return attr


_collections_abc.MutableSequence.register(deque)
_collections_abc.MutableMapping.register(ChainMap)
_collections_abc.MutableMapping.register(UserDict)
_collections_abc.MutableSequence.register(UserList)
_collections_abc.Sequence.register(UserString)
"""#

    /// `collections.abc`: abstract base classes whose `isinstance` checks recognise the
    /// builtin types CPython registers with them (see `_abc_check`).
    static let abcSource = #"""
'''Abstract Base Classes (ABCs) for collections, according to PEP 3119.'''


class _ABC:
    _abc_builtins = ()
    _abc_methods = ()
    _abc_registry = ()
    # Methods a class must define to be instantiable (CPython's @abstractmethods).
    _abc_abstract = ()
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        spaces = []
        for c in cls.__mro__:
            try:
                spaces.append((c, vars(c)))
            except TypeError:
                spaces.append((c, {}))
        names = set()
        for c, d in spaces:
            names.update(d.get('_abc_abstract', ()))
        missing = set()
        for name in names:
            owner = None
            for c, d in spaces:
                if name in d or (c is object and hasattr(object, name)):
                    owner = (c, d)
                    break
            if owner is None or owner[0] is object or name in owner[1].get('_abc_abstract', ()):
                missing.add(name)
        cls.__abstractmethods__ = frozenset(missing)

    def __new__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(names)}")
        return object.__new__(cls)

    @classmethod
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    @classmethod
    def __subclasscheck__(cls, subclass):
        if cls in subclass.__mro__:
            return True
        for t in vars(cls).get('_abc_registry', ()):
            if t in subclass.__mro__:
                return True
        for t in cls._abc_builtins:
            if t in subclass.__mro__:
                return True
        if cls._abc_methods:
            for name in cls._abc_methods:
                found = False
                for base in subclass.__mro__:
                    try:
                        d = vars(base)
                    except TypeError:
                        continue
                    if name in d:
                        if d[name] is None:
                            return False
                        found = True
                        break
                if not found:
                    return False
            return True
        return False

    @classmethod
    def register(cls, subclass):
        for c in cls.__mro__:
            if c is not _ABC and _ABC in c.__mro__:
                c._abc_registry = tuple(vars(c).get('_abc_registry', ())) + (subclass,)
        return subclass

    def __class_getitem__(cls, item):
        if cls.__name__ == 'Callable':
            return cls
        return type(list[int])(cls, item)


_seqs = (list, tuple, str, range, bytes, bytearray)
_sets = (set, frozenset)
_dict_views = (type({}.keys()), type({}.values()), type({}.items()))


class _AnyClass:
    pass


_mappings = (dict, type(_AnyClass.__dict__))
_iters = (type(iter([])), type(iter(())), type(iter('')), type(iter(range(0))), type(iter({})),
          type(iter(set())), type(x for x in ()), type(zip()), type(map(None, ())), type(enumerate(())),
          type(reversed([])), type(filter(None, ())))


class Hashable(_ABC):
    _abc_abstract = ('__hash__',)
    _abc_builtins = (int, float, complex, str, bytes, tuple, frozenset, type(None), bool, range, type)
    _abc_methods = ('__hash__',)

    @classmethod
    def __subclasscheck__(cls, subclass):
        for base in subclass.__mro__:
            if base in (list, dict, set, bytearray):
                return False
            try:
                d = vars(base)
            except TypeError:
                continue
            if '__hash__' in d:
                return d['__hash__'] is not None
        return True


class Iterable(_ABC):
    _abc_abstract = ('__iter__',)
    _abc_builtins = _seqs + _sets + _mappings + _dict_views + _iters
    _abc_methods = ('__iter__',)


class Iterator(Iterable):
    _abc_abstract = ('__next__',)
    _abc_builtins = _iters
    _abc_methods = ('__iter__', '__next__')

    def __iter__(self):
        return self


class Reversible(Iterable):
    _abc_abstract = ('__reversed__',)
    _abc_builtins = (list, tuple, str, range, bytes, bytearray) + _mappings + _dict_views
    _abc_methods = ('__reversed__', '__iter__')


class Generator(Iterator):
    _abc_abstract = ('send', 'throw')
    _abc_builtins = (type(x for x in ()),)
    _abc_methods = ('__iter__', '__next__', 'send', 'throw', 'close')


class Sized(_ABC):
    _abc_abstract = ('__len__',)
    _abc_builtins = _seqs + _sets + _mappings + _dict_views
    _abc_methods = ('__len__',)


class Container(_ABC):
    _abc_abstract = ('__contains__',)
    _abc_builtins = _seqs + _sets + _mappings + _dict_views
    _abc_methods = ('__contains__',)


class Collection(Sized, Iterable, Container):
    _abc_builtins = _seqs + _sets + _mappings + _dict_views
    _abc_methods = ('__len__', '__iter__', '__contains__')


class Callable(_ABC):
    _abc_abstract = ('__call__',)
    _abc_builtins = (type(len), type(lambda: None), type, type([].append))
    _abc_methods = ('__call__',)


class Set(Collection):
    _abc_builtins = _sets + (type({}.keys()), type({}.items()))
    _abc_methods = ()

    def __le__(self, other):
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __gt__(self, other):
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        return len(self) == len(other) and self.__le__(other)

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True


class MutableSet(Set):
    _abc_abstract = ('add', 'discard')
    _abc_builtins = (set,)
    _abc_methods = ()

    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)


class Mapping(Collection):
    _abc_abstract = ('__getitem__',)
    _abc_builtins = _mappings
    _abc_methods = ()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return [k for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None


class MutableMapping(Mapping):
    _abc_abstract = ('__setitem__', '__delitem__')
    _abc_builtins = (dict,)
    _abc_methods = ()

    __marker = object()

    def pop(self, key, default=__marker):
        try:
            value = self[key]
        except KeyError:
            if default is self.__marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, Mapping):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


class Sequence(Reversible, Collection):
    _abc_abstract = ('__getitem__',)
    _abc_builtins = _seqs
    _abc_methods = ()

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class MutableSequence(Sequence):
    _abc_abstract = ('__setitem__', '__delitem__', 'insert')
    _abc_builtins = (list, bytearray)
    _abc_methods = ()

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n//2):
            self[i], self[n-i-1] = self[n-i-1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class MappingView(Sized):
    _abc_builtins = _dict_views


class KeysView(MappingView, Set):
    _abc_builtins = (type({}.keys()),)


class ItemsView(MappingView, Set):
    _abc_builtins = (type({}.items()),)


class ValuesView(MappingView, Collection):
    _abc_builtins = (type({}.values()),)


class Awaitable(_ABC):
    _abc_abstract = ('__await__',)
    _abc_methods = ('__await__',)


class Coroutine(Awaitable):
    _abc_abstract = ('send', 'throw')
    _abc_methods = ('__await__', 'send', 'throw', 'close')


class AsyncIterable(_ABC):
    _abc_abstract = ('__aiter__',)
    _abc_methods = ('__aiter__',)


class AsyncIterator(AsyncIterable):
    _abc_abstract = ('__anext__',)
    _abc_methods = ('__aiter__', '__anext__')


class ByteString(Sequence):
    _abc_builtins = (bytes, bytearray)
"""#
}

// MARK: - deque

/// `collections.deque`: a ring buffer with CPython's methods, errors and repr.
final class PyDeque: PyNativeObject, @unchecked Sendable {
    /// The ring buffer; reallocations re-charge the run's books.
    @exclusivity(unchecked) var storage: [Value] {
        didSet { if accountedUnits != 0 { accountContents(bytes: storage.capacity &* MemoryLayout<Value>.stride) } }
    }
    @exclusivity(unchecked) var head = 0
    @exclusivity(unchecked) var count = 0
    @exclusivity(unchecked) var maxlen: Int?
    /// Bumped by every mutation; iterators stop with RuntimeError when it changes.
    @exclusivity(unchecked) var state = 0

    init(type: PyType, maxlen: Int?) {
        self.maxlen = maxlen
        storage = [Value](repeating: .none, count: 8)
        super.init(type: type)
        accountContents(bytes: storage.capacity &* MemoryLayout<Value>.stride)
    }

    deinit { Trashcan.release(&storage) }

    @inline(__always) var mask: Int { storage.count - 1 }

    @inline(__always) func slot(_ i: Int) -> Int { (head + i) & mask }

    subscript(i: Int) -> Value {
        get { storage[slot(i)] }
        set { storage[slot(i)] = newValue }
    }

    var items: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for i in 0..<count { out.append(self[i]) }
        return out
    }

    func grow() {
        let old = items
        var cap = storage.count * 2
        while cap < count + 1 { cap *= 2 }
        storage = [Value](repeating: .none, count: cap)
        for (i, v) in old.enumerated() { storage[i] = v }
        head = 0
    }

    func setItems(_ values: [Value]) {
        var cap = 8
        while cap < values.count + 1 { cap *= 2 }
        // One assignment (each element store would re-charge the books through `didSet`).
        var filled = values
        filled.reserveCapacity(cap)
        filled.append(contentsOf: repeatElement(Value.none, count: cap &- values.count))
        storage = filled
        head = 0
        count = values.count
        state &+= 1
    }

    func append(_ v: Value) {
        state &+= 1
        if let m = maxlen {
            if m == 0 { return }
            if count == m { _ = popLeftRaw() }
        }
        if count + 1 >= storage.count { grow() }
        storage[slot(count)] = v
        count += 1
    }

    func appendLeft(_ v: Value) {
        state &+= 1
        if let m = maxlen {
            if m == 0 { return }
            if count == m { _ = popRaw() }
        }
        if count + 1 >= storage.count { grow() }
        head = (head - 1) & mask
        storage[head] = v
        count += 1
    }

    func popRaw() -> Value {
        count -= 1
        let i = slot(count)
        let v = storage[i]
        storage[i] = .none
        return v
    }

    func popLeftRaw() -> Value {
        let v = storage[head]
        storage[head] = .none
        head = (head + 1) & mask
        count -= 1
        return v
    }
}

extension CollectionsModule {
    static let dequeType: PyType = {
        func d(_ vm: VM, _ args: Arguments) throws(PythonError) -> PyDeque {
            try NativeTypes.receiver(vm, args, PyDeque.self, "collections.deque")
        }
        func index(_ vm: VM, _ q: PyDeque, _ v: Value) throws(PythonError) -> Int {
            let i: Int
            switch v {
            case .int(let x): i = x
            case .bool(let b): i = b ? 1 : 0
            default:
                if vm.isUserInstance(v), vm.lookupSpecial(v, Names.index) != nil {
                    i = try vm.indexValue(v)
                } else if v.asBigInt != nil {
                    throw vm.makeError(Builtins.shared.indexError, "cannot fit 'int' into an index-sized integer")
                } else {
                    throw vm.makeError(Builtins.shared.typeError, "sequence index must be integer, not '\(vm.typeName(v))'")
                }
            }
            let j = i < 0 ? i + q.count : i
            if j < 0 || j >= q.count { throw vm.makeError(Builtins.shared.indexError, "deque index out of range") }
            return j
        }
        func compare(_ op: CompareOperator) -> BuiltinBody {
            { vm, args throws(PythonError) in
                let q = try d(vm, args)
                guard args.count == 2, case .object(let o) = args[1], let other = o as? PyDeque else { return .notImplemented }
                let a = q.items, b = other.items
                return .bool(try vm.isTrue(try vm.compare(op, .object(PyList(a)), .object(PyList(b)))))
            }
        }
        func make(_ vm: VM, _ type: PyType, _ values: [Value], _ maxlen: Int?) -> PyDeque {
            let q = PyDeque(type: type, maxlen: maxlen)
            // What appending each value would leave: the last `maxlen` of them.
            if let m = maxlen, values.count > m { q.setItems(Array(values.suffix(m))) } else if !values.isEmpty { q.setItems(values) }
            return q
        }
        func extend(_ vm: VM, _ q: PyDeque, _ iterable: Value, left: Bool) throws(PythonError) {
            let values: [Value]
            if case .object(let o) = iterable, o === q { values = q.items } else { values = try vm.iterateToArray(iterable) }
            for v in values { if left { q.appendLeft(v) } else { q.append(v) } }
        }
        var t: PyType! = nil
        t = NativeTypes.make("deque", module: "collections", methods: [
            ("append", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("append", min: 1, max: 1, vm: vm)
                q.append(args[1])
                return .none
            }),
            ("appendleft", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("appendleft", min: 1, max: 1, vm: vm)
                q.appendLeft(args[1])
                return .none
            }),
            ("pop", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("pop", min: 0, max: 0, vm: vm)
                if q.count == 0 { throw vm.makeError(Builtins.shared.indexError, "pop from an empty deque") }
                q.state &+= 1
                return q.popRaw()
            }),
            ("popleft", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("popleft", min: 0, max: 0, vm: vm)
                if q.count == 0 { throw vm.makeError(Builtins.shared.indexError, "pop from an empty deque") }
                q.state &+= 1
                return q.popLeftRaw()
            }),
            ("extend", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("extend", min: 1, max: 1, vm: vm)
                try extend(vm, q, args[1], left: false)
                return .none
            }),
            ("extendleft", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("extendleft", min: 1, max: 1, vm: vm)
                try extend(vm, q, args[1], left: true)
                return .none
            }),
            ("clear", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                q.setItems([])
                return .none
            }),
            ("copy", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                return .object(make(vm, q.type, q.items, q.maxlen))
            }),
            ("__copy__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                return .object(make(vm, q.type, q.items, q.maxlen))
            }),
            ("__reduce__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                let ctorArgs: Value = q.maxlen.map { .object(PyTuple([.emptyTuple, .int($0)])) } ?? .emptyTuple
                return .object(PyTuple([.object(q.type), ctorArgs, .none, try vm.getIterator(.object(PyList(q.items)))]))
            }),
            ("count", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("count", min: 1, max: 1, vm: vm)
                let start = q.state
                var n = 0
                for v in q.items {
                    if try vm.sameOrEqual(v, args[1]) { n += 1 }
                    if q.state != start { throw vm.makeError(Builtins.shared.runtimeError, "deque mutated during iteration") }
                }
                return .int(n)
            }),
            ("index", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("index", min: 1, max: 3, vm: vm)
                var start = args.positionalCount > 2 ? try vm.indexValue(args[2]) : 0
                var stop = args.positionalCount > 3 ? try vm.indexValue(args[3]) : q.count
                if start < 0 { start = max(0, start + q.count) }
                if stop < 0 { stop = max(0, stop + q.count) }
                let items = q.items
                var i = start
                while i < min(stop, items.count) {
                    if try vm.sameOrEqual(items[i], args[1]) { return .int(i) }
                    i += 1
                }
                throw vm.makeError(Builtins.shared.valueError, "\(try vm.repr(args[1])) is not in deque")
            }),
            ("insert", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("insert", min: 2, max: 2, vm: vm)
                if let m = q.maxlen, q.count >= m {
                    throw vm.makeError(Builtins.shared.indexError, "deque already at its maximum size")
                }
                var i = try vm.indexValue(args[1])
                var items = q.items
                if i < 0 { i = max(0, i + items.count) }
                items.insert(args[2], at: min(i, items.count))
                q.setItems(items)
                return .none
            }),
            ("remove", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("remove", min: 1, max: 1, vm: vm)
                var items = q.items
                for i in items.indices where try vm.sameOrEqual(items[i], args[1]) {
                    items.remove(at: i)
                    q.setItems(items)
                    return .none
                }
                throw vm.makeError(Builtins.shared.valueError, "\(try vm.repr(args[1])) is not in deque")
            }),
            ("reverse", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                q.setItems(q.items.reversed())
                return .none
            }),
            ("rotate", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try NativeTypes.rest(args).check("rotate", min: 0, max: 1, vm: vm)
                let n = args.positionalCount > 1 ? try vm.indexValue(args[1]) : 1
                let c = q.count
                if c <= 1 { return .none }
                var k = n % c
                if k < 0 { k += c }
                if k == 0 { return .none }
                let items = q.items
                q.setItems(Array(items[(c - k)...] + items[..<(c - k)]))
                return .none
            }),
            ("__len__", { vm, args throws(PythonError) in .int(try d(vm, args).count) }),
            ("__iter__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                let start = q.state
                var i = 0
                return vm.nativeIterator(.dequeIterator) { vm throws(PythonError) in
                    if q.state != start { throw vm.makeError(Builtins.shared.runtimeError, "deque mutated during iteration") }
                    guard i < q.count else { return nil }
                    defer { i += 1 }
                    return q[i]
                }
            }),
            ("__reversed__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                let start = q.state
                var i = q.count - 1
                return vm.nativeIterator(.dequeReverseIterator) { vm throws(PythonError) in
                    if q.state != start { throw vm.makeError(Builtins.shared.runtimeError, "deque mutated during iteration") }
                    guard i >= 0, i < q.count else { return nil }
                    defer { i -= 1 }
                    return q[i]
                }
            }),
            ("__contains__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                let start = q.state
                for v in q.items {
                    if try vm.sameOrEqual(v, args[1]) { return .bool(true) }
                    if q.state != start { throw vm.makeError(Builtins.shared.runtimeError, "deque mutated during iteration") }
                }
                return .bool(false)
            }),
            ("__getitem__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                return q[try index(vm, q, args[1])]
            }),
            ("__setitem__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                q[try index(vm, q, args[1])] = args[2]
                return .none
            }),
            ("__delitem__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                let i = try index(vm, q, args[1])
                var items = q.items
                items.remove(at: i)
                q.setItems(items)
                return .none
            }),
            ("__repr__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                let inner = try vm.reprGuarded(q, "[...]") { vm throws(PythonError) in "[" + (try vm.reprItems(q.items)) + "]" }
                if inner == "[...]" { return .str(PyStr("[...]")) }
                let name = q.type.name
                if let m = q.maxlen { return .str(PyStr("\(name)(\(inner), maxlen=\(m))")) }
                return .str(PyStr("\(name)(\(inner))"))
            }),
            ("__eq__", compare(.eq)), ("__ne__", compare(.ne)), ("__lt__", compare(.lt)),
            ("__le__", compare(.le)), ("__gt__", compare(.gt)), ("__ge__", compare(.ge)),
            ("__add__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                guard case .object(let o) = args[1], let other = o as? PyDeque else {
                    throw vm.makeError(Builtins.shared.typeError, "can only concatenate deque (not \"\(vm.typeName(args[1]))\") to deque")
                }
                return .object(make(vm, q.type, q.items + other.items, q.maxlen))
            }),
            ("__iadd__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                try extend(vm, q, args[1], left: false)
                return args[0]
            }),
            ("__mul__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                guard let n = try vm.repeatCount(args[1]) else { return .notImplemented }
                try vm.checkAllocation(q.count, times: max(n, 0))
                let out = n > 0 && q.count > 0 ? VM.repeated(q.items, n) : []
                return .object(make(vm, q.type, out, q.maxlen))
            }),
            ("__rmul__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                guard let n = try vm.repeatCount(args[1]) else { return .notImplemented }
                try vm.checkAllocation(q.count, times: max(n, 0))
                let out = n > 0 && q.count > 0 ? VM.repeated(q.items, n) : []
                return .object(make(vm, q.type, out, q.maxlen))
            }),
            ("__imul__", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                guard let n = try vm.repeatCount(args[1]) else { return .notImplemented }
                try vm.checkAllocation(q.count, times: max(n, 0))
                let items = q.items
                q.setItems([])
                for _ in 0..<max(n, 0) { for v in items { q.append(v) } }
                return args[0]
            }),
        ], properties: [
            ("maxlen", { vm, args throws(PythonError) in
                let q = try d(vm, args)
                return q.maxlen.map { .int($0) } ?? .none
            }),
        ], constructor: { vm, args throws(PythonError) in
            try args.check("deque", min: 0, max: 2, keywords: ["iterable", "maxlen"], vm: vm)
            let iterable = args.positionalCount > 0 ? args[0] : args.keyword("iterable")
            var maxlen: Int? = nil
            if let m = args.positionalCount > 1 ? args[1] : args.keyword("maxlen"), !m.isNone {
                guard m.asBigIntValue != nil || vm.isUserInstance(m) else {
                    throw vm.makeError(Builtins.shared.typeError, "an integer is required")
                }
                let v = try vm.indexValue(m)
                if v < 0 { throw vm.makeError(Builtins.shared.valueError, "maxlen must be non-negative") }
                maxlen = v
            }
            let q = PyDeque(type: t, maxlen: maxlen)
            if let iterable { try extend(vm, q, iterable, left: false) }
            return .object(q)
        })
        t.dict.setString(Names.hash, .none)
        t.dict.setString(PyType.tpNameKey, .str(PyStr(frozen: "collections.deque")))
        return t
    }()
}
