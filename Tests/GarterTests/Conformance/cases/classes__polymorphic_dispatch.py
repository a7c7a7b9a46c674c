class Expr:
    pass
class Num(Expr):
    def __init__(self, v):
        self.v = v
    def eval(self, env):
        return self.v
    def __repr__(self):
        return str(self.v)
class Var(Expr):
    def __init__(self, name):
        self.name = name
    def eval(self, env):
        return env[self.name]
    def __repr__(self):
        return self.name
class BinOp(Expr):
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
    def __init__(self, op, l, r):
        self.op, self.l, self.r = op, l, r
    def eval(self, env):
        return self.ops[self.op](self.l.eval(env), self.r.eval(env))
    def __repr__(self):
        return f"({self.l!r} {self.op} {self.r!r})"
e = BinOp("+", BinOp("*", Num(3), Var("x")), BinOp("-", Var("y"), Num(1)))
for env in [{"x": 1, "y": 1}, {"x": 10, "y": -5}]:
    print(e, "with", env, "=", e.eval(env))
