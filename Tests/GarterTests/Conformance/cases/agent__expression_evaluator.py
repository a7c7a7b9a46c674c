class Lexer:
    def __init__(self, text):
        self.tokens = []
        i = 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                self.tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
                i = j
            elif c.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                self.tokens.append(("name", text[i:j]))
                i = j
            elif c in "+-*/^(),":
                self.tokens.append(("op", c))
                i += 1
            else:
                raise SyntaxError(f"unexpected character {c!r} at {i}")
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

FUNCS = {"max": max, "min": min, "abs": abs}

def parse_expr(lx, env):
    v = parse_term(lx, env)
    while lx.peek() in (("op", "+"), ("op", "-")):
        op = lx.take()[1]
        r = parse_term(lx, env)
        v = v + r if op == "+" else v - r
    return v

def parse_term(lx, env):
    v = parse_power(lx, env)
    while lx.peek() in (("op", "*"), ("op", "/")):
        op = lx.take()[1]
        r = parse_power(lx, env)
        if op == "/" and r == 0:
            raise ZeroDivisionError("division by zero in expression")
        v = v * r if op == "*" else v / r
    return v

def parse_power(lx, env):
    base = parse_unary(lx, env)
    if lx.peek() == ("op", "^"):
        lx.take()
        return base ** parse_power(lx, env)
    return base

def parse_unary(lx, env):
    if lx.peek() == ("op", "-"):
        lx.take()
        return -parse_unary(lx, env)
    kind, val = lx.take()
    if kind == "num":
        return val
    if kind == "name":
        if lx.peek() == ("op", "("):
            lx.take()
            args = [parse_expr(lx, env)]
            while lx.peek() == ("op", ","):
                lx.take()
                args.append(parse_expr(lx, env))
            if lx.take() != ("op", ")"):
                raise SyntaxError("expected )")
            return FUNCS[val](*args)
        if val not in env:
            raise NameError(f"unknown variable {val!r}")
        return env[val]
    if (kind, val) == ("op", "("):
        v = parse_expr(lx, env)
        if lx.take() != ("op", ")"):
            raise SyntaxError("expected )")
        return v
    raise SyntaxError(f"unexpected token {val!r}")

def evaluate(text, env):
    lx = Lexer(text)
    v = parse_expr(lx, env)
    if lx.peek()[0] != "end":
        raise SyntaxError(f"trailing input at token {lx.pos}")
    return v

env = {"x": 3, "y": 4.5, "rate": 0.07}
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "max(x, y, 2) * 2", "abs(-7) + min(3, 1)",
          "1000 * (1 + rate) ^ 10", "10 / 4", "x / (y - 4.5)", "z + 1", "3 $ 4", "(1 + 2", "1 2"]:
    try:
        print(f"{e:<24} = {evaluate(e, env)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as err:
        print(f"{e:<24} ! {type(err).__name__}: {err}")
