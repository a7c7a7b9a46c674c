import traceback
import sys

# Constant operations that raise are not folded: their tracebacks point at the operation,
# around operands that were themselves folded.
def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)

show(lambda: (2 + 3) / (1 - 1))
show(lambda: 1 << -(2 ** 3))
show(lambda: 'ab' * 2 + 1)
show(lambda: (1, 2) + (3,) + [4])
show(lambda: (1, 2, 3)[2 ** 2])
show(lambda: 'abc'[-(1 + 3)])
show(lambda: -('a' * 2))
show(lambda: not (1 in 2 ** 3))
show(lambda: (
    2 ** 10
    // (3 - 3)
))
x = (1, 2) * 2
print(x, -(2 ** 63), 1 << 64)
print(2 ** 0.5 * (1 // 0))
