import re

s = "cat catalog concat cat's bobcat CAT"
print(re.findall(r"\bcat\b", s))
print(re.findall(r"\bcat\b", s, re.I))
print(re.findall(r"\bcat", s))
print(re.findall(r"cat\b", s))
print(re.findall(r"\Bcat\B", "concatenate cat"))
print(re.findall(r"\b\w+\b", "don't stop-believing 3.14"))
print(re.sub(r"\b(\w)", lambda m: m.group(1).upper(), "the quick brown-fox's tail"))
print([m.start() for m in re.finditer(r"\b", "hi, you")])
print([m.start() for m in re.finditer(r"\B", "hi, you")])
print(re.search(r"\B", ""), re.search(r"\b", ""))
print(re.findall(r"\b\d+\b", "a1 22 b33 44c 55"))
print(re.split(r"\b", "one-two"))
print(re.findall(r"\bé\w*", "école été", re.A), re.findall(r"\bé\w*", "école été"))
