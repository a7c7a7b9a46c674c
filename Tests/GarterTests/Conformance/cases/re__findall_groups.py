import re

text = "x=1, y=22, z=333; w = 4"
print(re.findall(r"\w+\s*=\s*\d+", text))          # no group: whole matches
print(re.findall(r"(\w+)\s*=\s*\d+", text))        # one group: list of strings
print(re.findall(r"(\w+)\s*=\s*(\d+)", text))      # several groups: tuples
print(re.findall(r"(\w+)\s*=\s*(?:\d+)", text))    # non-capturing does not count
print(re.findall(r"(a)|(b)", "abba"))               # unmatched groups are ''
print(re.findall(r"(a)?b", "b ab"))
print(re.findall(r"((\w)\w*)", "hello big world"))
print(dict(re.findall(r"(\w+):(\d+)", "a:1 b:2 c:3")))
print([int(n) for n in re.findall(r"-?\d+", "t=-5, u=10, v=-0")])
pairs = re.findall(r"(?P<key>\w+)=(?P<val>[^;]*)", "k1=v1;k2=;k3=v 3")
print(pairs)
print(re.compile(r"\d").findall("a1b2c3d4", 3, 7))
print(re.findall(r"", "abc"))
print(re.findall(r"\b\w", "one two  three"))
