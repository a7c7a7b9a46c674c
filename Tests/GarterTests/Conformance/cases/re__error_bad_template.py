import re

rows = ["alice 30", "bob 25"]
for r in rows:
    print(re.sub(r"(\w+) (\d+)", r"\2: \1", r))
print(re.sub(r"(\w+) (\d+)", r"\1 is \3", rows[0]))
