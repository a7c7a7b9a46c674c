# `with` calls __enter__ and __exit__ through several paths: plain methods (called without a
# bound method), static and class methods, callable objects, generator-based managers,
# managers whose __exit__ suppresses or re-raises, and errors raised inside __enter__/__exit__.
import contextlib


class Plain:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(("exit", exc_type.__name__ if exc_type else None, str(exc) if exc else None))
        return isinstance(exc, KeyError)


class StaticEnter:
    @staticmethod
    def __enter__():
        return "static enter"

    @classmethod
    def __exit__(cls, *args):
        print("classmethod exit", cls.__name__, [a is None for a in args])


class CallableExit:
    class Exit:
        def __get__(self, obj, owner):
            return lambda *a: print("descriptor exit", len(a)) or True

    __exit__ = Exit()

    def __enter__(self):
        return 42


class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")

    def __exit__(self, *a):
        print("never called")


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("exit failed")


@contextlib.contextmanager
def managed(log):
    log.append("gen enter")
    try:
        yield "resource"
    except ZeroDivisionError:
        log.append("gen caught")
    finally:
        log.append("gen exit")


log = []
with Plain(log) as p:
    log.append(p is not None)
with Plain(log):
    {}["missing"]
try:
    with Plain(log):
        raise ValueError("boom")
except ValueError as e:
    log.append(("escaped", str(e)))
print(log)

with StaticEnter() as s:
    print(s)
with CallableExit() as c:
    print(c)
    raise IndexError("suppressed by descriptor exit")

for mgr in (BadEnter(), BadExit()):
    try:
        with mgr:
            print("body ran")
    except Exception as e:
        print(type(e).__name__, e, type(e.__context__).__name__ if e.__context__ else None)

log = []
with managed(log) as r:
    log.append(r)
with managed(log):
    1 / 0
print(log)


def nested(n):
    total = 0
    for i in range(n):
        with Plain([]) as a, Plain([]) as b:
            total += (a is not b)
            if i % 3 == 0:
                {}[i]
    return total


print(nested(30))
try:
    with 5:
        pass
except TypeError as e:
    print(e)


# A descriptor whose class has itself as __get__ (an object that is not callable), and one whose
# __get__ is a callable instance: called once, as CPython does, never bound again.
class D:
    pass
d = D()
D.__get__ = d
class M:
    __enter__ = d
    def __exit__(self, *a): return False
try:
    with M():
        pass
except Exception as e:
    print(type(e).__name__, e)
class C:
    def __call__(self, *a): return self
class E:
    pass
E.__get__ = C()
class M2:
    __enter__ = E()
    def __exit__(self, *a): return False
try:
    with M2() as x:
        print(type(x).__name__)
except Exception as e:
    print(type(e).__name__, e)
