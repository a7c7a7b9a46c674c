import io

s = io.StringIO("hello world")
print(s.read(3), s.tell())
print(repr(s.readline(2)))
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(2), s.tell(), repr(s.getvalue()))
s.write("Z")
print(repr(s.getvalue()))
s.seek(0)
s.write("ab")
print(repr(s.getvalue()))
print(s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_CUR), s.seek(1, io.SEEK_SET))
s = io.StringIO("hi")
s.seek(6)
s.write("x")
print(repr(s.getvalue()), s.tell())
for bad in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(2, 2),
            lambda: s.seek(0, 3), lambda: s.truncate(-1), lambda: s.seek("a")]:
    try:
        bad()
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
