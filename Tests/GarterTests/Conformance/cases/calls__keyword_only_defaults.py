# Keyword-only parameters with and without defaults: defaults taken per function object,
# passed, missing (CPython's messages), mutable defaults shared between calls, keyword names
# matched against the parameters before them.

def report(rows, *, sep=",", end="\n", width=None, strict):
    return sep.join(str(r) for r in rows) + end + repr((width, strict))

print(report([1, 2], strict=True))
print(report([1, 2], sep="|", strict=False, width=3))
print(report(rows=[3], end="!", strict=0))
for call in [lambda: report([1]), lambda: report([1], sep=";"), lambda: report([1], strict=1, bad=2),
             lambda: report([1], 2, strict=1), lambda: report(strict=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def two_missing(a, *, b, c, d=4):
    return a + b + c + d

try:
    two_missing(1)
except TypeError as e:
    print("TypeError:", e)
print(two_missing(1, c=3, b=2), two_missing.__kwdefaults__)

def acc(x, *, into=[]):
    into.append(x)
    return into

print(acc(1), acc(2), acc(3, into=[]), acc(4))

makers = []
for i in range(3):
    def make(*, value=i * 10):
        return value
    makers.append(make)
print([m() for m in makers], [m(value=-1) for m in makers])

lam = lambda a, *, k=5, **rest: (a, k, sorted(rest))
print(lam(1), lam(1, k=2, z=3, y=4))

def positional_then_kw(alpha, beta=2, *args, gamma, delta=4, **kw):
    return alpha, beta, args, gamma, delta, kw

print(positional_then_kw(1, gamma=3))
print(positional_then_kw(1, 2, 3, 4, gamma=5, delta=6, epsilon=7))
print(positional_then_kw(gamma=1, alpha=2, beta=3))

class Config:
    def __init__(self, name, *, debug=False, level=1):
        self.name, self.debug, self.level = name, debug, level
    def __repr__(self):
        return "Config(%r, debug=%r, level=%r)" % (self.name, self.debug, self.level)

print([Config("a"), Config("b", level=2), Config(name="c", debug=True)])
try:
    Config("d", True)
except TypeError as e:
    print("TypeError:", e)
