from functools import partial, reduce
import operator
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(5), square(3, exp=3), partial(power, 2)(10))
print(square.func.__name__, square.args, square.keywords, partial(square, 4).keywords, partial(partial(power, 2), 5)())
to_int = partial(int, base=16)
print([to_int(h) for h in ["ff", "10", "7f"]])
print(repr(partial(operator.add, 1))[:30])
print(reduce(operator.add, range(10)), reduce(operator.mul, range(1, 8), 1), reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
print(reduce(max, [3, 9, 2]), reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
nested = [[1, 2], [3], [], [4, 5]]
print(reduce(operator.concat, nested, []), reduce(lambda a, b: a | b, [{1}, {2}, {1, 3}]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
