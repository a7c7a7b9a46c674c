import re

prices = "apple $3.50, pear $12, plum €4, grape $0.99"
print(re.findall(r"(?<=\$)\d+(?:\.\d+)?", prices))
print(re.findall(r"(?<!\$)\b\d+\b", "cost $5 for 3 items, code 42"))
print(re.findall(r"\w+(?=,)", prices))
print(re.findall(r"\b\w+\b(?!,)", "a, b, c d"))
print(re.sub(r"(?<=\d)(?=(\d{3})+(?!\d))", ",", "Total 1234567 and 89 and 1000"))
print(re.findall(r"(?<=[A-Z])[a-z]+", "HelloWorld FooBar"))
print(re.findall(r"(?<![A-Za-z])[a-z]+", "abc Def ghi"))
print(re.search(r"(?<=ab)c", "abc").span())
print(re.search(r"(?<=a|b)c", "bc").span())
print(re.search(r"(?<=(a))b", "ab").groups())
print(re.findall(r"q(?!u)", "qatar quit qi"))
print(re.match(r"(?=(\w+))\w", "hello").group(1))
print(re.match(r"(?!(a))\w", "b").groups())
print(re.search(r"(?<=^)x", "xa").span())
print(re.findall(r"(?<=\b)\w", "ab cd"))
# lookbehind at the start of the string with pos
p = re.compile(r"(?<=a)b")
print(p.search("ab", 1), p.match("ab", 1))
print(re.compile(r"^b").search("ab", 1))
