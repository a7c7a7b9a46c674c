import re

print(re.findall(r"\d\s\w", "1 a 2 b"))
print(re.findall(r"\.", "a.b.c"))
print(re.findall("\\p{L}+", "abc"))
