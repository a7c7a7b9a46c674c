import re

m = re.search(r"(?P<key>\w+)=(?P<value>\d+)?(;)?", "  alpha=42; beta=")
print(m)
print(repr(m.group()), m.group(0), m[0], m["key"], m[2])
print(m.group(1, "value", 3))
print(m.groups(), m.groups("n/a"))
print(m.groupdict(), m.groupdict(default=""))
print(m.start(), m.end(), m.span(), m.span("value"), m.start(3), m.end("key"))
print(m.lastindex, m.lastgroup)
print(m.string, m.pos, m.endpos, m.re.pattern)
print(m.regs)
print(m.expand(r"\g<key> -> \g<value>!"))
print(bool(m), type(m).__name__)

m2 = re.compile(r"(\w+)=(\d+)?").search("x  beta=", 2, 8)
print(m2.groups(), m2.span(2), m2.pos, m2.endpos, m2.lastindex, m2.lastgroup)
print(m2.group(2) is None, m2.groupdict())

m3 = re.match(r"(a)(?:(b)|(c))", "ac")
print(m3.groups(), m3.lastindex, m3.span(2), m3.regs)

for bad in [5, "nope", -1]:
    try:
        m3.group(bad)
    except IndexError as e:
        print("IndexError:", e)

print(re.match("x*", "y"))
print(re.match("", ""))
print(repr(re.search(r"\w+", "a" * 60)))
print(re.search(r"\n", "a\nb"))
print(re.search(r"'", "it's"))
matches = [m.group(0) for m in re.finditer(r"\d+", "1 22 333")]
print(matches, m.re is not None)
print([(m.start(), m.group()) for m in re.compile(r"o").finditer("foo boo", 2)])
if (mm := re.search(r"(\d+)px", "width: 300px")) is not None:
    print(int(mm.group(1)) * 2)
