import re

print("compiling patterns")
ok = re.compile(r"(\d+)-(\d+)")
print(ok.match("10-20").groups())
re.compile(r"(\d+-(\d+)")
