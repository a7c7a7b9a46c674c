# Constant expressions that CPython 3.11 folds at compile time (Python/ast_opt.c) and ones
# it leaves to run time (too large, or raising): the printed values must be the same.
import math

print(1 << 64, 2 ** 200, -(2**63), 'ab' * 3, (1,2)+(3,), 'x' * 5000 == 'x'*5000, 10 // 3, -7 % 3, 2 ** -1, 1e308 * 10)

# Nested folds and operator precedence.
print(1 << 64 - 1, -(2**10), -2 ** 2, (-2) ** 2, 2 ** 3 ** 2, ~-1, - - 5, +-+3, 7 - 3 - 2, 100 // 7 % 3)
print(2 ** 64, 2 ** 65, 1 << 127, 1 << 128, 3 ** 80, 10 ** 38, 10 ** 39, (2**64) * (2**64), (2**63) * (2**64))
print(0 ** 0, 0 ** 10, (-1) ** 1001, 1 ** 500, 0 << 200, 5 >> 200, -5 >> 200, -(-(2**63)), ~(2**64))
print(-9223372036854775808, 9223372036854775807 + 1, -9223372036854775807 - 2, 2**63 // -1, (2**63 - 1) * 2)

# Floats: signed zeros, infinities, NaN, mixed int/float arithmetic.
print(0.0 * -1, -0.0, -(0.0), 0.0 - 0.0, -0.0 + 0.0, 1 / 3, 2 / 4, 7 // 2.0, -7 % 2.5, 7.5 % -2, 2 ** 0.5, 10 ** -2)
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10, (1e308 * 10) * 0, 1e-320 / 10, 2.0 ** 1023, 3 * 0.1)
nan = 1e308 * 10 - 1e308 * 10
print(nan == nan, nan != nan, math.isnan(nan), math.copysign(1, -0.0), math.copysign(1, 0.0 * -1))

# Complex numbers.
print(1 + 2j, 1 - 2j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 1j) ** 2, -(1 + 2j), +(1j), 2j * 2, 0 + 2j)
print((-8) ** (1 / 3), (-1) ** 0.5, 1j ** 2, (0.5 + 0.5j) ** 3, (2 + 0j) == 2, 1j * 1j == -1)

# bool is an int subclass: folded results are ints (or bools for & | ^ of bools).
print(True + 1, True + True, True * 10, ~True, ~False, -True, +True, True << 3, True / 2, True & False, True | False, True ^ True, True & 1)
print(type(True + True).__name__, type(True & True).__name__, type(-True).__name__, type(not 1).__name__)

# not of constants, and `not` turned into `not in` / `is not`.
print(not 1, not 0, not '', not 'a', not (), not (1,), not None, not 0.0, not 0j, not b'', not ..., not 2**70)
a = 5
print(not a in [1, 5], not a in (1, 2), not a is None, not (a is not None), not a == 5, not a < 3)

# Strings and bytes.
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -1, '' * 5, 'ab' * True, 'ab' * False, 'a' + 'b' + 'c', 'é' * 3, 'ab' + '')
print(b'ab' * 2, 2 * b'ab', b'ab' * -2, b'a' + b'bc', b'' * 3, len('x' * 4096), len('x' * 4097), len('xy' * 2048), len('xy' * 2049))
print(len('é' * 4096), len('€' * 5000), len(b'x' * 4096), len(b'x' * 4097), len('x' * 4096 + 'y'), len('x' * 3000 + 'y' * 3000))
print('%s-%d' % ('a', 5), '%s' % 'x', b'%d' % 3, '%%' % (), 'x' 'y', f'{1 + 1}', f'{2 ** 10:>8}|')

# Tuples: constant tuples, concatenation and repetition with CPython's limits.
print((1, 2) + (3,), (1,) * 3, 3 * (1, 2), (1, 2) * 0, (1, 2) * -1, () * 10, (1, (2, 3)) + ((4,),), ((),) * 2)
print(len((1, 2) * 128), len((1, 2) * 129), len(((1, 2),) * 300), len(((1, 2, 3, 4),) * 200), len(((1, 2, 3, 4, 5),) * 200))
t1 = (1, 2); t2 = (1, 2); t3 = (1, 2.0)
print(t1 is t2, t1 == t3, t1, (), (1,), ((1, 2), [3]), (None, True, ..., 'a', b'b', 1.5, 2j, 2**70))

# Subscripts of constants.
print('abc'[1], 'abc'[-1], 'héllo'[1], 'héllo'[-4], b'abc'[0], b'abc'[-1], (1, 2, 3)[0], (1, 2, 3)[-1], ((1, 2), 3)[0][1])
print('abc'[True], (1, 2)[False], 'abc'[1:], (1, 2, 3)[::2], 'abcdef'[1:4], ('a', 'b')[1] * 3, (1, 2, 3)[0] + 10)

# Folded values in conditions, loops, comprehensions, defaults and containers.
print(__debug__, not __debug__, 1 if 2 else 3, 'yes' if not 0 else 'no', [x * 2 for x in [1, 2, 3]], {x for x in [3, 3, 1]})
for v in [10, 20]:
    print(v, end=' ')
for v in []:
    print('never')
print()
print(a in [4, 5], a not in [5], a in {5, 6}, a in [], 3 in [1, 2] or 'no', 1 < a in [5], [x for x in (1, 2) if x in [2]])
def defaults(x=2 ** 16, y=(1, 2) * 2, z='-' * 10):
    return x, y, z
print(defaults(), {1 << 3: 'eight', -1: 'minus'}, [1 + 1, 2 * 3], {'k': 2 ** 0.5})
if __debug__:
    print('debug is on')
while not __debug__:
    pass
print(-(1 << 62) * 2, -(2 ** 62) * 2 - 1, (1 << 62) * 2, -((1 << 63) - 1) - 1)
