# `s += t` in a loop appends in place when nothing else refers to `s` (as CPython does);
# every other reference must keep seeing the old value.
out = ""
for i in range(2000):
    out += f"{i},"
print(len(out), out[:20], out[-12:])

def build(n):
    s = ""
    history = []
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 7 == 0:
            history.append(s)
    return s, history

s, history = build(60)
print(s, history[:3], history[-1])

def aliasing():
    a = "start"
    b = a
    a += "-more"
    c = a
    a += "-again"
    d = {a: 1}
    key = a
    a += "!"
    print(a, b, c, d, key, key in d, a in d)
    e = f = "x"
    e += "y"
    print(e, f)
    g = "dup"
    g += g
    g += g
    print(g)
    h = "é"
    for _ in range(3):
        h += "ü"
    h += "abc"
    print(h, len(h), h.isascii(), h[2], h[-1], hash(h) == hash("éüüüabc"))
    k = "abc"
    hk = hash(k)
    k += "d"
    print(k, hash(k) == hash("abcd"), hk == hash("abc"))

aliasing()

def closure():
    acc = ""
    def add(x):
        nonlocal acc
        acc += x
        return acc
    for w in ["a", "b", "c"]:
        add(w)
    return acc

print(closure())

class Report:
    text = ""
    for part in ("x", "y", "z"):
        text += part
print(Report.text)

class Name(str):
    pass

n = Name("base")
n += "-sub"
print(n, type(n).__name__)

items = ["p", "q"]
items[0] += "!"
print(items)
obj = Report()
obj.text += "attr"
print(obj.text, Report.text)

total = ""
for word in "the quick brown fox".split():
    total += word.upper()
    total += " "
print(repr(total))
try:
    bad = "x"
    bad += 1
except TypeError as e:
    print("TypeError:", e, bad)

def plus_assign(n):
    s = ""
    keep = []
    for i in range(n):
        s = s + str(i % 10)
        if i == 3:
            keep.append(s)
        t = s
        s = s + "."
    return s[-8:], len(s), keep, t[-3:]

print(plus_assign(500))
