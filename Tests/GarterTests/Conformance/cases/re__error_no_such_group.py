import re

m = re.search(r"(\d+)-(\d+)", "range 5-9")
print(m.group(1), m.group(2), m.span(1))
print(m.group(3))
