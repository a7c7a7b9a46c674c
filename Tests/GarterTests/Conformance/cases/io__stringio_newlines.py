import io

text = "a\r\nb\rc\nd"
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
print(repr(s.getvalue()))
try:
    io.StringIO(newline="x")
except ValueError as e:
    print(e)
try:
    io.StringIO(newline=5)
except TypeError as e:
    print(e)
