def tokenize(s):
    toks = []
    i = 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            toks.append(("NUM", int(s[i:j])))
            i = j
            continue
        if c in "+-*/()":
            toks.append(("OP", c))
        elif not c.isspace():
            toks.append(("ERR", c))
        i += 1
    return toks
def rpn(tokens):
    stack = []
    for tok in tokens:
        match tok:
            case ("NUM", n):
                stack.append(n)
            case ("OP", "+"):
                b, a = stack.pop(), stack.pop()
                stack.append(a + b)
            case ("OP", "-"):
                b, a = stack.pop(), stack.pop()
                stack.append(a - b)
            case ("OP", "*"):
                b, a = stack.pop(), stack.pop()
                stack.append(a * b)
            case ("OP", "/"):
                b, a = stack.pop(), stack.pop()
                stack.append(a // b)
            case (kind, val):
                raise ValueError(f"bad token {kind}:{val}")
    return stack
print(tokenize("12 + (3*4)"))
print(rpn(tokenize("3 4 + 2 *")), rpn(tokenize("100 7 / 5 -")))
try:
    rpn(tokenize("1 2 $"))
except ValueError as e:
    print("ValueError:", e)
