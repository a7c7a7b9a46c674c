class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
with Ctx("a") as a, Ctx("b") as b:
    print("body", a, b)
with Ctx("outer"):
    with Ctx("inner") as i:
        print("nested body", i)
try:
    with Ctx("x") as x, Ctx("y") as y:
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
with (Ctx("p") as p,
      Ctx("q") as q):
    print("parenthesized", p, q)
