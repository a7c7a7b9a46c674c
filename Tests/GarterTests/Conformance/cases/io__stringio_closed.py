import io

s = io.StringIO("abc")
print(s.closed)
s.close()
print(s.closed)
s.close()
for name in ["read", "getvalue", "tell", "readline", "readlines", "flush", "readable", "isatty"]:
    try:
        getattr(s, name)()
    except ValueError as e:
        print(name, "->", e)
try:
    s.write("x")
except ValueError as e:
    print("write ->", e)
try:
    with s:
        pass
except ValueError as e:
    print("with ->", e)
