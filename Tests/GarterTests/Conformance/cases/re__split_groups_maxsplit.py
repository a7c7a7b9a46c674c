import re

s = "alpha, beta;gamma  delta,epsilon"
print(re.split(r"[,;\s]+", s))
print(re.split(r"([,;\s]+)", s))
print(re.split(r"[,;\s]+", s, maxsplit=2))
print(re.split(r"([,;])|\s+", s))
print(re.split(r"(?:(,)|(;))", "a,b;c"))
print(re.split(r"\d", "a1b2c3", 0))
print(re.split(r"\d", "a1b2c3", -1))
print(re.compile(r"\W+").split("Words, words, words.", 1))
print(re.split(r"(\W+)", "...words, words..."))
print(re.split("x", ""))
print(re.split("", ""))
print(re.split(r"(?i)AND", "cats and dogs AND birds"))

def parse_cmd(line):
    head, *rest = re.split(r"\s+", line.strip(), maxsplit=1)
    return head, rest[0] if rest else ""

for line in ["  deploy   web-01 --force ", "status", "echo  hello   world"]:
    print(parse_cmd(line))
