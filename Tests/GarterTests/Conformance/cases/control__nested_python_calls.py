# Python functions called from builtins and protocol slots: map, filter, sorted keys,
# min/max keys, `with` blocks, bound methods, closures, defaults, *args, generators,
# and errors raised inside them.

def double(x):
    return x * 2

def add(a, b):
    return a + b

def with_default(x, y=10):
    return x + y

def star(*args):
    return len(args)

def make_adder(n):
    def adder(x):
        return x + n
    return adder

def gen(x):
    yield x
    yield x + 1

print(list(map(double, range(5))))
print(list(map(add, [1, 2, 3], [10, 20, 30])))
print(list(map(add, [1, 2, 3], [10, 20])))
print(list(map(with_default, [1, 2])))
print(list(map(star, "ab")))
print(list(map(make_adder(100), [1, 2])))
print([list(g) for g in map(gen, [1, 5])])
print(list(map(lambda s: s.upper(), ["a", "b"])))
print(list(map(str.upper, ["x", "y"])))
print(list(map(len, [[1], [1, 2]])))
print(list(filter(lambda v: v % 2, range(7))))
print(sorted([3, 1, 2], key=lambda v: -v))
print(sorted(["bb", "a", "ccc"], key=len))
print(sorted([(1, "b"), (0, "c")], key=make_adder(0) if False else (lambda t: t[1])))
print(min([4, 2, 8], key=double), max([4, 2, 8], key=lambda v: v % 4))


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def plus(self, a, b=0):
        return self.v + a + b

    @staticmethod
    def stat(x):
        return x * 3

    @classmethod
    def cls(cls, x):
        return cls.__name__ + str(x)


b = Box(7)
print(list(map(Box.get, [Box(1), Box(2)])))
print(list(map(b.plus, [1, 2])))
print(list(map(b.stat, [1, 2])))
print(list(map(Box.cls, [1, 2])))
print(sorted([Box(3), Box(1)], key=Box.get)[0].v)


def fail(x):
    if x == 2:
        raise ValueError("bad %d" % x)
    return x

try:
    print(list(map(fail, [1, 2, 3])))
except ValueError as e:
    print("ValueError", e)

try:
    sorted([1, 2, 3], key=fail)
except ValueError as e:
    print("ValueError", e)

try:
    list(map(double, [1], [2]))
except TypeError as e:
    print("TypeError", e)

try:
    list(map(add, [1]))
except TypeError as e:
    print("TypeError", e)


def deep(n):
    return deep(n + 1)

try:
    list(map(deep, [0]))
except RecursionError as e:
    print("RecursionError", e)

try:
    sorted([1, 2], key=deep)
except RecursionError as e:
    print("RecursionError", e)


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
        self.log = []

    def __enter__(self):
        self.log.append("enter")
        return self.name

    def __exit__(self, kind, value, tb):
        self.log.append(("exit", kind.__name__ if kind else None, str(value) if value else None))
        return self.suppress


m = Manager("m")
with m as got:
    print("inside", got)
print(m.log)

m = Manager("s", suppress=True)
with m:
    raise KeyError("k")
print(m.log)

m = Manager("r")
try:
    with m:
        raise IndexError("i")
except IndexError as e:
    print("IndexError", e)
print(m.log)

for i in range(3):
    with Manager(i) as v:
        if i == 1:
            continue
        print("loop", v)


class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *exc):
        print("not called")


try:
    with EnterFails():
        pass
except RuntimeError as e:
    print("RuntimeError", e)


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        raise OSError("exit failed")


try:
    with ExitFails():
        pass
except OSError as e:
    print("OSError", e)


class ExitDefaults:
    def __enter__(self, extra=1):
        return extra

    def __exit__(self, a, b, c, d=None):
        print("exit with default", d)


with ExitDefaults() as x:
    print("entered", x)


class ExitStar:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit args", len(args), args[0])
        return True


with ExitStar():
    1 / 0


class Callable:
    def __call__(self, a, b, c):
        print("callable exit", a is None)


class CallableExit:
    __enter__ = lambda self: "lam"
    __exit__ = Callable()


with CallableExit() as v:
    print("entered", v)


class StaticExit:
    def __enter__(self):
        return None

    @staticmethod
    def __exit__(a, b, c):
        print("static exit", a, b, c)


with StaticExit():
    pass


class ExitClosure:
    def __init__(self):
        seen = []

        def exit_(self_, a, b, c):
            seen.append(a)
            return False

        self.seen = seen
        type(self).__exit__ = exit_

    def __enter__(self):
        return self


e = ExitClosure()
with e:
    pass
print(e.seen)


class Replaces:
    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        del Replaces.__exit__
        return "truthy"


with Replaces():
    raise ValueError("suppressed by a truthy string")
print("after replaces", hasattr(Replaces, "__exit__"))
