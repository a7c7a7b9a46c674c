import io

with io.StringIO() as f:
    f.write("data")
    print(f.closed, f.getvalue())
print(f.closed)

with io.StringIO("x\ny\n") as f:
    lines = [line.rstrip("\n") for line in f]
print(lines)

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())

u = Upper()
print("shout", "this", file=u)
print(repr(u.getvalue()))
