from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Callable, Set, Hashable, Sized, Generator
import collections
from collections import Counter, OrderedDict, deque
vals = [{}, [], (), "s", b"b", {1}, frozenset(), 5, 2.5, None, len, iter([]), (x for x in []), Counter(), OrderedDict(), deque(), range(3)]
for v in vals:
    print(type(v).__name__, [cls.__name__ for cls in (Mapping, MutableMapping, Sequence, MutableSequence, Iterable, Iterator, Callable, Set, Sized, Generator) if isinstance(v, cls)])
print(issubclass(dict, Mapping), issubclass(list, Mapping), issubclass(Counter, MutableMapping))
class MyMap(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
m = MyMap({"a": 1, "b": 2})
print(isinstance(m, Mapping), m.get("a"), m.get("z", 0), "b" in m, sorted(m.keys()), sorted(m.items()), m == {"a": 1, "b": 2})
class Walker:
    def __iter__(self):
        return iter([1])
print(isinstance(Walker(), Iterable), isinstance(Walker(), Sized), isinstance(5, Hashable), isinstance([], Hashable))
def walk(obj, depth=0):
    if isinstance(obj, Mapping):
        for k, v in obj.items():
            print("  " * depth + str(k))
            walk(v, depth + 1)
    elif isinstance(obj, Sequence) and not isinstance(obj, str):
        for v in obj:
            walk(v, depth + 1)
    else:
        print("  " * depth + repr(obj))
walk({"a": [1, {"b": "x"}], "c": (2, 3)})
print(collections.abc.Mapping is Mapping)
