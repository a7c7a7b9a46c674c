import re

records = ["id=1", "id=22", 33, "id=4"]
for r in records:
    m = re.search(r"id=(\d+)", r)
    print(int(m.group(1)))
