import re

notes = """Invoice dated 2023-11-05, due 05/12/2023.
Meeting moved from 7 Jan 2024 to 14 February 2024.
Deadline: 2024/3/9. Backup on 31.12.2023 at 23:59.
Bad dates: 2023-13-45, 99/99/9999."""

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}

patterns = [
    ("iso", re.compile(r"\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b")),
    ("us", re.compile(r"\b(\d{2})/(\d{2})/(\d{4})\b")),
    ("eu", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    ("text", re.compile(r"\b(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})\b")),
]

def valid(y, m, d):
    return 1 <= m <= 12 and 1 <= d <= 31

results = []
for kind, pat in patterns:
    for m in pat.finditer(notes):
        a, b, c = m.groups()
        if kind == "iso":
            y, mo, d = int(a), int(b), int(c)
        elif kind == "us":
            mo, d, y = int(a), int(b), int(c)
        elif kind == "eu":
            d, mo, y = int(a), int(b), int(c)
        else:
            d, mo, y = int(a), MONTHS.get(b.lower(), 0), int(c)
        status = "ok" if valid(y, mo, d) else "invalid"
        results.append((m.start(), kind, m.group(0), f"{y:04d}-{mo:02d}-{d:02d}", status))

for r in sorted(results):
    print(r)

def to_iso(m):
    y, mo, d = m.group(1), m.group(2), m.group(3)
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"

print(re.sub(r"\b(\d{4})/(\d{1,2})/(\d{1,2})\b", to_iso, notes))
print(re.sub(r"(\d{2}):(\d{2})", r"\1h\2", notes))
