a = """line one
  line two
line three"""
print(a)
print(len(a.splitlines()))
b = ("implicit " "concatenation "
     "across lines")
print(b)
c = "backslash \
continued"
print(c)
d = '''single 'quoted' "triple"'''
print(d)
raw = r"C:\new\table\x"
print(raw, len(raw))
print(r"\n" == "\\n", r"\d", rb"\d")
