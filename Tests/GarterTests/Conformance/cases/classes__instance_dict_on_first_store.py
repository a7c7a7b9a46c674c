# Instance dicts: instances with no attribute of their own (most exceptions) and the
# first store, through every way of writing one; no two instances may share a dict.
import copy


class Plain:
    pass


class WithMethod:
    def greet(self):
        return "hi"


a, b = Plain(), Plain()
print(a.__dict__, vars(b), hasattr(a, "x"), getattr(a, "x", "default"))
a.x = 1
print(a.__dict__, b.__dict__, hasattr(b, "x"))
d = b.__dict__
d["y"] = 2
print(b.y, b.__dict__ is d, vars(b) is d, a.__dict__)
try:
    Plain().missing
except AttributeError as e:
    print("AttributeError", e)
try:
    del Plain().nothing
except AttributeError as e:
    print("AttributeError", e)
w = WithMethod()
print(w.greet(), w.__dict__)
w.greet = lambda: "shadowed"
print(w.greet(), WithMethod().greet(), list(w.__dict__))
object.__setattr__(w, "z", 3)
setattr(a, "q", 4)
print(w.z, a.q, sorted(vars(a)), sorted(vars(w)))
c = copy.copy(Plain())
c.k = 5
print(c.__dict__, Plain().__dict__)
e1 = copy.deepcopy(a)
e1.x = 100
print(a.x, e1.x)

try:
    {}["key"]
except KeyError as e:
    print(repr(e), e.__dict__, e.args)
    e.note = "added"
    print(e.__dict__, e.note)
try:
    {}["other"]
except KeyError as e:
    print(e.__dict__, hasattr(e, "note"))
    e.__dict__["n"] = 1
    print(e.n)
try:
    int("x")
except ValueError as e:
    e.add_note("a note")
    print(e.__notes__, e.__dict__)


class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


errors = [AppError(i) for i in range(3)]
print([x.code for x in errors], [x.__dict__ for x in errors])
plain = ValueError("v")
print(plain.__dict__, dir(plain) == dir(ValueError("w")))
plain.extra = 1
print(plain.__dict__, ValueError("w").__dict__)


class Slotted:
    __slots__ = ("s",)


sl = Slotted()
try:
    sl.s
except AttributeError as e:
    print("AttributeError", e)
sl.s = 1
print(sl.s, hasattr(sl, "__dict__"))
many = [Plain() for _ in range(5)]
for i, m in enumerate(many):
    if i % 2:
        m.v = i
print([getattr(m, "v", None) for m in many], [len(vars(m)) for m in many])
