import collections.abc as abc

names = ["__iter__", "__len__", "__getitem__", "__contains__", "__add__", "__mul__", "__rmul__", "__or__",
         "__and__", "__sub__", "__xor__", "__bool__", "__trunc__", "__floor__", "__ceil__", "__int__", "__divmod__",
         "__bytes__", "__iadd__", "__delitem__"]
for v in ["s", (1,), [1], {1: 2}, {1}, frozenset(), b"b", range(2), 1, 1.5, True, None]:
    print(type(v).__name__, [n for n in names if hasattr(v, n)])
for v in ["s", (1,), b"b", range(2), bytearray(b"x")]:
    print(type(v).__name__, isinstance(v, abc.Iterable), isinstance(v, abc.Sequence), isinstance(v, abc.Hashable),
          isinstance(v, abc.MutableSequence), isinstance(v, abc.Reversible))
print(list("abc".__iter__()), (1, 2).__add__((3,)), b"ab".__len__(), range(5).__getitem__(2), range(5).__contains__(9))
print([1].__mul__(3), "ab".__rmul__(2), (1,).__rmul__(2), {1, 2}.__or__({3}), {1, 2}.__and__([2]), frozenset({1}).__rsub__({1, 2}))
print("a".__lt__("b"), "a".__lt__(1), (1, 2).__ge__((1,)), [1].__le__((1,)), {1}.__lt__({1, 2}), {1}.__le__(frozenset({1})))
print({"a": 1}.__or__({"b": 2}), {"a": 1}.__or__([("b", 2)]), {"a": 1}.__ror__({"z": 0}))
print((7.5).__trunc__(), (-7.5).__floor__(), (7.2).__ceil__(), (7).__floor__(), (7.9).__int__(), (7).__divmod__(2), (7.5).__rdivmod__(20), (7).__divmod__("a"))
print(range(0).__bool__(), None.__bool__(), b"x".__bytes__())
s = {1}
s.__ior__({2})
l = [1]
l.__iadd__((2, 3))
l.__delitem__(0)
print(s, l)
try:
    (1,).__add__([2])
except TypeError as e:
    print(e)
for call in [lambda: "abc".__iter__(1), lambda: (1,).__add__(), lambda: range(3).__len__(x=1), lambda: {1}.__or__({2}, {3})]:
    try:
        call()
    except TypeError as e:
        print(e)


class S(str):
    pass


class T(tuple):
    def __iter__(self):
        return iter(["custom"])


print(list(S("xy")), list(T((1, 2))), T((1, 2)).__len__(), S("q").__iter__().__next__())
