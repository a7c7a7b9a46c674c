import io
s = io.StringIO()
s.write("ok")
print(s.getvalue())
s.write(42)
