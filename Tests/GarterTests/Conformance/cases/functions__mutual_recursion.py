def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)], is_odd(99))
def expr(tokens, i):
    v, i = term(tokens, i)
    while i < len(tokens) and tokens[i] in "+-":
        op = tokens[i]
        r, i = term(tokens, i + 1)
        v = v + r if op == "+" else v - r
    return v, i
def term(tokens, i):
    v, i = factor(tokens, i)
    while i < len(tokens) and tokens[i] in "*/":
        op = tokens[i]
        r, i = factor(tokens, i + 1)
        v = v * r if op == "*" else v // r
    return v, i
def factor(tokens, i):
    if tokens[i] == "(":
        v, i = expr(tokens, i + 1)
        return v, i + 1
    if tokens[i] == "-":
        v, i = factor(tokens, i + 1)
        return -v, i
    return int(tokens[i]), i + 1
def tokenize(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            if num:
                out.append(num)
                num = ""
            if c.strip():
                out.append(c)
    if num:
        out.append(num)
    return out
for s in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + 4) * (5 - 1)", "42"]:
    print(s, "=", expr(tokenize(s), 0)[0])
