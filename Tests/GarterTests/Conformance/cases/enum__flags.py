from enum import Flag, IntFlag, auto
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), Perm.READ in rw, Perm.EXECUTE in rw, list(rw), len(rw), bool(Perm(0)), repr(Perm(0)))
print(~Perm.READ, rw & Perm.WRITE, rw ^ Perm.READ, Perm(7), [p.value for p in Perm])
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.X
print(m, repr(m), int(m), m == 5, Mode(6), repr(Mode(8)), Mode.R | 8, m & 4)
