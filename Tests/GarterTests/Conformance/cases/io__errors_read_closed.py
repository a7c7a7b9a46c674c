import io
s = io.StringIO("abc")
s.close()
s.read()
