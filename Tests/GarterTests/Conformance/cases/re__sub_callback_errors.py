import re

def bad(m):
    return len(m.group())

for text in ["ab", "xab", "a"]:
    try:
        print(re.sub(r"a", bad, text))
    except TypeError as e:
        print("TypeError:", e)

def maybe(m):
    return None if m.group() == "b" else m.group().upper()
print(re.sub(r"\w", maybe, "abcb"))
calls = []
def record(m):
    calls.append((m.group(), m.start(), m.string))
    return "<" + m.group() + ">"
print(re.sub(r"\d+", record, "a1b22c"), calls)
print(re.subn(r"(?P<n>\d)", lambda m: m.expand(r"[\g<n>]"), "1a2"))
def raises(m):
    raise ValueError("boom at %d" % m.start())
try:
    re.sub(r"z", raises, "abz")
except ValueError as e:
    print("ValueError:", e)
