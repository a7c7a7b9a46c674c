import re

lines = ["user: alice", "user: bob", "no user here"]
for line in lines:
    m = re.match(r"user: (\w+)", line)
    print(m.group(1).title())
