import io

s = io.StringIO("line one\nline two\nline three")
print(s.tell())
print(repr(s.getvalue()))
for i, line in enumerate(s):
    print(i, repr(line))
print(s.tell())
s.write("!")
print(repr(s.getvalue()))
s = io.StringIO("abc")
s.write("X")
print(repr(s.getvalue()), s.tell())
s = io.StringIO(None)
print(repr(s.getvalue()))
s = io.StringIO(initial_value="kw")
print(s.read())
