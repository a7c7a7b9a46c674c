import json, copy, statistics, fractions, decimal
z = 1+2j
print(copy.copy(z), copy.deepcopy([z]), [z] * 2, sorted([3j, 1j], key=abs), max([1+1j, 3j], key=abs))
try: json.dumps(z)
except TypeError as e: print(e)
print(fractions.Fraction(1, 2) + 1j, 1j + fractions.Fraction(1, 2), z == fractions.Fraction(1))
print(f"{z:+.3e}", f"{z:*^20.2f}", f"{3j:}", f"{3j:g}", f"{(1e20+1e-20j)!s}", format(-0.0 + 0j), repr(complex(-0.0, -0.0)))
print(complex(1e300, 1e300) * 10, 1e308j * 10, (1+2j).__class__.__name__, z.__abs__(), z.__add__(1), z.__radd__(1), z.__eq__("x"))
x = 2j; x **= 2; print(x); x += 1; print(x); x *= 1j; print(x); x /= 2; print(x)
print([c.real for c in (1j, 2+3j)], sum(c.imag for c in (1j, 2+3j)), abs(-3j), complex('1.5'), complex(True, False))
match z:
    case complex(real=r, imag=i): print("complex", r, i)
def quadratic(a, b, c):
    import cmath
    d = cmath.sqrt(b*b - 4*a*c)
    return ((-b + d) / (2*a), (-b - d) / (2*a))
print(quadratic(1, 2, 5), quadratic(1, -3, 2))
for v in [1+2j, 2j, -1-1j, 3, 0j]:
    match v:
        case 1+2j: print("one-two")
        case 2j: print("two-j")
        case -1-1j: print("neg")
        case 0j: print("zero")
        case _: print("other", v)
