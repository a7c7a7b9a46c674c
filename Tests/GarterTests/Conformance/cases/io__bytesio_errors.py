import io

b = io.BytesIO(b"abc")
for bad in [lambda: b.write("str"), lambda: b.seek(-1), lambda: b.seek(0, 5),
            lambda: io.BytesIO("text"), lambda: b.truncate(-3), lambda: b.read("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
