class Obj:
    def __init__(self):
        self.a = 1
o = Obj()
setattr(o, "b", 2)
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "c", None), hasattr(o, "b"))
delattr(o, "a")
print(hasattr(o, "a"))
try:
    getattr(o, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
for name in ["x", "y", "z"]:
    setattr(o, name, name * 2)
print([getattr(o, n) for n in ["x", "y", "z"]])
print(getattr(o, "x").upper(), getattr("abc", "upper")(), getattr([], "append").__name__)
