import re

s = "one two three four five"
print(re.sub(r"\w+", "X", s, count=2))
print(re.sub(r"\w+", "X", s, 3))
print(re.subn(r"\w+", "X", s))
print(re.subn(r"o", "0", s, count=1))
print(re.subn(r"z", "0", s))
print(re.sub(r"\s", "", s, count=0))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), s))
print(re.subn(r"e", "E", s, flags=re.I))
print(re.sub("a", "b", "aaa", -1))
print(re.sub(r"^", "# ", "line1\nline2\nline3", flags=re.M))
print(re.sub(r"(?m)\s+$", "", "a  \nb\t\nc "))
text = "2 apples and 3 oranges and 10 pears"
doubled, n = re.subn(r"\d+", lambda m: str(int(m.group()) * 2), text)
print(doubled, n)
print(re.sub(r"x", lambda m: None, "axbxc"))
print(re.sub("", "-", "abc", count=2))
