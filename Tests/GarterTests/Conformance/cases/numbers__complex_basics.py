z = 3 + 4j
print(z, repr(z), type(z), abs(z), z.real, z.imag, z.conjugate(), -z, +z)
print(1j, 2.5j, -1j, 0j, complex(), complex(1), complex(1, 2), complex(-0.0, 1), complex(1, -0.0), complex(0, -0.0), complex("1+2j"), complex(" (3-4.5j) "), complex("j"), complex("-j"), complex("1e3+1e-2j"), complex("inf-nanj"))
print(z + 1, 1 + z, z - 1, 1 - z, z * 2, 2 * z, z / 2, 2 / z, z * z, z / z, z ** 2, 2 ** z, z ** 0.5, z ** -1, (1+1j) ** 100, 1j ** 1j)
print(z == 3 + 4j, z != z, complex(2, 0) == 2, 2.0 == complex(2), z == "x", hash(complex(2, 0)) == hash(2), hash(1j), hash(3+4j))
print(bool(0j), bool(1j), sum([1j, 2, 3.5]), True + 1j, [1j, 2j][::-1], {1j: 'a'}[1j], isinstance(z, complex), complex(z) == z)
print(f"{z}", f"{z:.2f}", f"{z:>12}", f"{1.5+2j:10.3f}|", format(z, "e"), str(z), f"{z!r}", f"{1j:.1f}", f"{-2j:g}")
print((-8) ** (1/3), (-1) ** 0.5, (-4.0) ** 0.5)
for bad in ["1+2", "abc", "1+2jj", "", "1 + 2j"]:
    try: complex(bad)
    except ValueError as e: print(repr(bad), e)
for f in [lambda: z // 2, lambda: z % 2, lambda: z < z, lambda: int(z), lambda: float(z), lambda: round(z), lambda: 1j / 0, lambda: 0j ** -1, lambda: pow(z, 2, 3), lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([])]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(complex(1+2j, 3+4j), complex(real=1, imag=2), complex(imag=3))
import math
print(math.isclose(abs(1+1j), math.sqrt(2)), (1e308+1e308j) * 1 if False else "")
