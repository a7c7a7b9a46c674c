print(1_000_000 .__format__(","), (2.5).__format__(".3f"), "ab".__format__(">4"), True.__format__("d"))
print((10**30).__format__(","), int.__format__(7, "b"), float.__format__(1e-3, ".1e"), str.__format__("x", "^5") + "|")


class I(int):
    def __format__(self, spec):
        return "I" + super().__format__(spec)


class S(str):
    pass


print(format(I(5), "03d"), f"{I(7):x}", format(S("ab"), "*>4"), S("q").__format__("<3") + "|")


class O:
    pass


for call in [lambda: format(O(), "x"), lambda: object.__format__(3, "02d"), lambda: (5).__format__(1),
             lambda: (5).__format__("zz"), lambda: "a".__format__("d")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(format(O(), "")[:9], object.__format__(3, ""))
