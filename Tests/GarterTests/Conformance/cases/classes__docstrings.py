# __doc__ of classes (None without a docstring, not inherited), namedtuples, enums,
# exceptions and functions' __kwdefaults__.
import collections, enum, typing
class A:
    "adoc"
class B(A): pass
print(A.__doc__, B.__doc__, B().__doc__, list(B.__dict__))
class E(enum.Enum):
    X = 1
print(E.__doc__, E.X.__doc__)
NT = collections.namedtuple("NT", "a b")
print(NT.__doc__)
class T(typing.NamedTuple):
    a: int
print(T.__doc__)
class Ex(Exception): pass
print(Ex.__doc__, Ex().__doc__)
def f(a, *, b=1): pass
def g(a, *, b): pass
print(f.__kwdefaults__, g.__kwdefaults__, len.__doc__ is None or isinstance(len.__doc__, str))
print(vars(B))
print(type("Dyn", (), {}).__doc__, type("Dyn2", (), {"__doc__": "dd"}).__doc__)
