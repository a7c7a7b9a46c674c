import re

doc = """intro text
BEGIN config
  a = 1
  b = 2
END
middle
BEGIN data
  1,2,3
END
BEGIN unterminated
  x
"""
blocks = re.findall(r"^BEGIN (\w+)\n(.*?)^END$", doc, re.M | re.S)
for name, body in blocks:
    print(name, repr(body))
print(re.findall(r"BEGIN (\w+)(.*?)END", doc))
print(len(re.findall(r"BEGIN (\w+)(.*?)END", doc, re.S)))
code = 'x = 1  /* multi\nline */ y = 2 /* one */ // tail\nz = 3'
print(re.sub(r"/\*.*?\*/|//[^\n]*", "", code, flags=re.S))
print(re.findall(r"(?s)\((.*)\)", "f(a,\n(b)) g(c)"))
print(re.findall(r"(?s)\((.*?)\)", "f(a,\n(b)) g(c)"))
fence = "text\n```python\nprint('hi')\n```\nmore\n```\nplain\n```\n"
print(re.findall(r"^```(\w*)\n(.*?)^```$", fence, re.M | re.S))
