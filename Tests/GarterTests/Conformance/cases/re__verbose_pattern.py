import re

PHONE = re.compile(r"""
    ^\s*
    (?:\+?(?P<country>\d{1,3})[\s.-]*)?   # optional country code
    \(?(?P<area>\d{3})\)?                # area code, maybe in parens
    [\s.-]*
    (?P<exchange>\d{3})                  # exchange
    [\s.-]*
    (?P<line>\d{4})                      # line number
    \s*(?:(?:ext|x)\.?\s*(?P<ext>\d+))?  # optional extension
    \s*$
""", re.VERBOSE | re.IGNORECASE)

for raw in ["+1 (555) 123-4567", "555.123.4567 ext. 89", "  5551234567  ", "44 20 7946 0958", "123-45-678", "555-123-4567 X 12"]:
    m = PHONE.match(raw)
    if m:
        d = m.groupdict(default="-")
        print(f"{raw!r:26} -> {d['country']} {d['area']} {d['exchange']} {d['line']} ext={d['ext']}")
    else:
        print(f"{raw!r:26} -> no match")

FLOAT = re.compile(r"""
    [-+]?          # sign
    (?: \d+ \.? \d* | \. \d+ )   # mantissa
    (?: [eE] [-+]? \d+ )?        # exponent
""", re.X)
print(FLOAT.findall("x=1.5 y=-.25 z=+3e10 w=7. v=2E-3"))
print(re.findall(r"a b # not a comment in normal mode", "a b # not a comment in normal mode"))
print(re.findall(r"(?x) a \  b [ ]c \#", "a bc# a b c#"))
