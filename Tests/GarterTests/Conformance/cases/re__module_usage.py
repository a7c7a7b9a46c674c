import re
from re import compile as re_compile, IGNORECASE, findall
import re as regex

p = re_compile(r"\bfoo\w*", IGNORECASE)
print(p.findall("Foo food fool bar FOOBAR"))
print(findall(r"\d", "a1b2"))
print(regex.sub(r"o", "0", "foo"))
print(re.purge())
print(callable(re.compile), hasattr(re, "fullmatch"), hasattr(re, "nonexistent"))
print(re.match(p, "foo!").group(), re.split(p, "a foo b FOOD c"))
cache_hits = [re.compile("x+") for _ in range(3)]
print(all(c.pattern == "x+" for c in cache_hits))
print(sorted(k for k in ("I", "M", "S", "X", "A", "U") if isinstance(getattr(re, k), int)))
print(re.IGNORECASE == re.I, re.DOTALL | re.MULTILINE == re.S | re.M)
