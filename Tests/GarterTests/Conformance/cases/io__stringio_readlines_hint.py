import io

s = io.StringIO("one\ntwo\nthree\nfour\n")
print(s.readlines(5))
print(s.readlines(1))
print(s.readlines())
s.seek(0)
print(s.readline(2), repr(s.readline(0)), repr(s.readline(-1)), repr(s.readline(None)))
s = io.StringIO("no newline at end")
print(s.readlines(), repr(s.readline()))
print(list(io.StringIO("")), list(io.StringIO("\n\n")))
s = io.StringIO("abc")
s.seek(1)
print(s.read(None), repr(s.read(5)))
