from enum import Enum, Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC


print(Perm.RW, Perm.ALL, Perm.RW.value, Perm.ALL.value, list(Perm))
print(Perm.READ | Perm.WRITE, Perm.RW is (Perm.READ | Perm.WRITE))


class Bits(IntFlag):
    A = auto()
    B = auto()
    AB = A | B
    C = 8
    MASK = AB & 1


print(Bits.AB, int(Bits.AB), Bits.MASK, Bits.A | Bits.C)


class Color(Enum):
    RED = 1
    GREEN = 2


try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.GREEN
except AttributeError as e:
    print("AttributeError:", e)
Color.extra = "ok"
print(Color.extra, Color.RED, Color(1), isinstance(Color.RED, Color), {Color.RED: 'r'})
