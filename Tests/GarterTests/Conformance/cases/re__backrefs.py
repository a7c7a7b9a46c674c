import re

text = "This is is a test test of the the repeated words words."
print(re.findall(r"\b(\w+)\s+\1\b", text))
print(re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", text))
print(re.search(r"(?P<word>\w+) (?P=word)", "hello hello world").group("word"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "John Smith"))
print(re.sub(r"(\w+)@(\w+)\.com", r"\2 at \1", "alice@example.com bob@test.com"))
print(re.sub(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", r"\11-\10-\g<1>0", "abcdefghijk"))
print(re.match(r"(a)\1{2}", "aaaa").group())
print(re.match(r"(?i)(a)\1", "aA").group())
print(re.match(r"(['\"])(.*?)\1", "'it\"s' rest").groups())
print(re.findall(r"<(\w+)[^>]*>.*?</\1>", "<p class=x>one</p><div>two</div><p>bad</b>"))
print(re.match(r"(a)|\1", "b"))
print(re.match(r"(?:(a)|b)\1?c", "bc").groups())
print(re.sub(r"(\d+)", r"<\g<0>>", "a1b22"))
print(re.sub(r"x", r"\\", "axb"), re.sub(r"x", r"\n", "axb") == "a\nb")
print(re.sub(r"x", "\\\\n", "axb"))
m = re.search(r"(?P<y>\d{4})-(?P<m>\d\d)", "date: 2024-06")
print(m.expand(r"\g<m>/\g<y> (\g<0>)"), m.expand(r"\2.\1"))
# palindromes of length 5
print(re.findall(r"\b((\w)(\w)\w\3\2)\b", "level radar kayak hello rotor"))
