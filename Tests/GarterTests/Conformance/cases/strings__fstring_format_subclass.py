class S(str):
    pass
class F:
    def __format__(self, spec):
        return S("sub" + spec)
print(f"a{F()}b{F():xy}c", format(F(), "q"), "{:z}".format(F()))
class G:
    def __format__(self, spec):
        return 5
for t in ('f"{G()}"', 'format(G())', '"{}".format(G())'):
    try:
        eval(t) if False else None
    except TypeError as e:
        print(e)
try:
    f"{G()}"
except TypeError as e:
    print(e)
print(f"{'é'}{1}", f"{'x':>3}|{2.5:.2f}|{'ü'!r}")
