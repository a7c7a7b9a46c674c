# Subscripted builtin classes are types.GenericAlias objects.
import collections
import re
import types
import typing

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]])
print(type(list[int]), type(list[int]) is types.GenericAlias)
a = dict[str, int]
print(a.__origin__, a.__args__, a.__parameters__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int](), dict[str, int](a=1), list[int]("ab"))
print(list["Node"], list[None], tuple[int, str | None])
print(collections.deque[int], collections.OrderedDict[str, int], collections.Counter[str], collections.defaultdict[str, list])
print(re.Pattern[str], type[int])
u = list[int] | None
print(u, type(u))
print((int | None).__args__, int | str == str | int, hash(int | str) == hash(str | int))
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_args(int | None), typing.get_origin(int | str))
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, int)))

for spec in (list[int], list[int] | None):
    try:
        isinstance([], spec)
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
print(issubclass(bool, int | str), issubclass(float, int | str))

for t in (int, str, float):
    try:
        t[int]
    except TypeError as e:
        print("TypeError:", e)


class IntList(list[int]):
    pass


print(IntList.__bases__, IntList.__orig_bases__, IntList([1, 2]))
Vector = list[float]


def scale(v: Vector, k: float) -> Vector:
    return [x * k for x in v]


print(scale([1.0, 2.0], 2), scale.__annotations__)
