# str() and f-strings of ints: digits, signs, bools, big ints, int subclasses, and the
# shared one-character strings of 0-9.
for v in [0, 5, 9, 10, -1, -9, 123456789, -(2**63), 2**63 - 1, 2**70, True, False]:
    print(repr(str(v)), repr(f"{v}"), len(str(v)))
print(str(7) == "7", f"{3}" == str(3), str(12) is str(12))
pieces = ""
for i in range(25):
    pieces += str(i % 10)
print(pieces, pieces.count("7"))
class MyInt(int):
    def __str__(self):
        return "MyInt!"
print(str(MyInt(4)), f"{MyInt(4)}", str(object=12), str(b"ab", "ascii"))
try:
    str(1, 2)
except TypeError as e:
    print("TypeError:", e)
class MyInt(int):
    def __str__(self):
        return "MyInt!"
    def __format__(self, spec):
        return "fmt!"
print(f"{MyInt(4)}", format(MyInt(4)), "{}".format(MyInt(4)), str(MyInt(4)))
class S(str):
    def __format__(self, spec):
        return "sfmt"
print(f"{S('x')}", format(S('x')))
class F(float):
    def __str__(self):
        return "F!"
print(f"{F(1.5)}", format(F(1.5)))
