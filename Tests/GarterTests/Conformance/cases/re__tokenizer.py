import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][+-]?\d+)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"\*\*|//|==|!=|<=|>=|[-+*/%()<>=,]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pat})" for name, pat in TOKEN_SPEC))
print(MASTER.groups, sorted(MASTER.groupindex.items()))

def tokenize(code):
    line = 1
    line_start = 0
    for m in MASTER.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - line_start
        if kind == "NUMBER":
            value = float(value) if any(c in value for c in ".eE") else int(value)
        elif kind == "NEWLINE":
            line += 1
            line_start = m.end()
            continue
        elif kind == "SKIP":
            continue
        elif kind == "MISMATCH":
            yield ("ERROR", value, line, col)
            continue
        yield (kind, value, line, col)

source = 'total = price * 1.5e2 + tax // 3\nif total >= 100: print("big \\"deal\\"", total ** 2) ; x != y'
for tok in tokenize(source):
    print(tok)

# lastindex with nested groups
m = re.match(r"((a)(b))(c)?", "ab")
print(m.lastindex, m.lastgroup, m.groups())
m = re.match(r"(?P<outer>(?P<inner>x)y)", "xy")
print(m.lastindex, m.lastgroup)
