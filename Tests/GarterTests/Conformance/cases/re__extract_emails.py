import re

text = """
Contact us at support@example.com or sales@Example.COM.
Alice <alice.smith+news@mail.co.uk>, bob_99@sub.domain.org; carol@localhost
Not emails: @handle, user@, a@b, foo@bar..com, "quoted"@x.io
Duplicate: SUPPORT@example.com
"""

EMAIL = re.compile(r"\b[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\b")
found = EMAIL.findall(text)
print(found)

seen = set()
unique = []
for e in found:
    key = e.lower()
    if key not in seen:
        seen.add(key)
        unique.append(e)
print("unique:", unique)

domains = {}
for e in unique:
    user, domain = re.split(r"@", e, maxsplit=1)
    domains.setdefault(domain.lower(), []).append(user)
for d in sorted(domains):
    print(f"{d}: {domains[d]}")

# mask emails in the text
masked = EMAIL.sub(lambda m: m.group()[0] + "***@" + m.group().split("@")[1], text)
print(masked)

# with groups: user and top-level domain
for m in re.finditer(r"([\w.+-]+)@([\w-]+(?:\.[\w-]+)*)\.([a-z]{2,})\b", text, re.I):
    print(m.span(), m.group(1), m.group(2), m.group(3).lower())
