import re

source = """def add(a, b):
    return a + b

def mul(a, b):
    result = a * b
    return result
"""

def line_col(text, index):
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, col

for m in re.finditer(r"^def (\w+)\((.*?)\):", source, re.M):
    params = [p.strip() for p in m.group(2).split(",")]
    print(m.group(1), params, "at", line_col(source, m.start()), "name span", m.span(1))

for m in re.finditer(r"\breturn\b\s+(.+)", source):
    print("return", repr(m.group(1)), line_col(source, m.start(1)))

idents = {}
for m in re.finditer(r"\b[a-z_]\w*\b", source):
    idents.setdefault(m.group(), []).append(m.start())
print({k: len(v) for k, v in sorted(idents.items())})
it = re.finditer(r"\d", "a1b2")
print(next(it).group(), next(it).group(), next(it, "done"))
