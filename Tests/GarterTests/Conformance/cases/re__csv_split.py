import re

rows = [
    'name,age,city',
    'Alice,30,"New York, NY"',
    '"Smith, John",45,Boston',
    'Bob,,"He said ""hi"""',
    'Carol, 28 ,  Denver  ',
    '',
]

FIELD = re.compile(r'(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))')

def parse_row(line):
    out = []
    for m in FIELD.finditer(line):
        quoted, plain = m.groups()
        if quoted is not None:
            out.append(quoted.replace('""', '"'))
        else:
            out.append(plain.strip())
    return out

for r in rows:
    print(parse_row(r))

# simple splitting on separators with optional whitespace
print(re.split(r"\s*[,;|]\s*", "a , b;c|  d ;e"))
print(re.split(r"[,;]", "a,,b;;c"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\s+", "  leading and trailing  "))
print("  leading and trailing  ".split())

# TSV with escaped tabs
line = "id\\tx\tname\tnote with\\ttab"
fields = re.split(r"(?<!\\)\t", line)
print([f.replace("\\t", "<TAB>") for f in fields])
