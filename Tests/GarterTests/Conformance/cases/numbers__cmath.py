import cmath, math
vals = [1+2j, -3+0.5j, 0.25-4j, 2, -1.5, 0.5j, 0.5+0.5j, -2.5-1.5j, 1e-3+1e-3j, 10+20j]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    print(name, [f(v) for v in vals])
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(1+1j), cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.log(8, 2), cmath.log(1j, 10))
print(cmath.isfinite(1+2j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj), cmath.isclose(1+1j, 1+1.0000000001j), cmath.pi, cmath.infj)
print(cmath.sqrt(-4), cmath.sqrt(-0.0), cmath.sqrt(4))
try: cmath.log(0)
except ValueError as e: print(e)
try: cmath.sqrt("x")
except TypeError as e: print(e)
import numbers
print(isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real))
