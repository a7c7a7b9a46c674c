import re

VALID = re.compile(r"""
    (?P<key>\w+)   # key
    \s*=\s*
    (?P<val>\S+)   # value
""", re.X)
print(VALID.findall("a = 1  b=2"))
BROKEN = re.compile(r"""
    (?P<key>\w+)
    \s*=\s*
    (?P<val>[a-z
""", re.X)
