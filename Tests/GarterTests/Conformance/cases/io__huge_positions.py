import io

def attempt(f):
    try:
        print("ok", repr(f()))
    except (MemoryError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)

s = io.StringIO()
attempt(lambda: s.seek(10 ** 12))
attempt(lambda: s.tell())
attempt(lambda: s.read())
attempt(lambda: s.seek(2 ** 70))
attempt(lambda: io.StringIO().truncate(2 ** 80))
attempt(lambda: io.StringIO("abc").read(2 ** 80))
attempt(lambda: io.StringIO("abc").readline(-2 ** 80))
b = io.BytesIO(b"xyz")
attempt(lambda: b.seek(10 ** 12))
attempt(lambda: b.read())
attempt(lambda: b.seek(-5, 1))
