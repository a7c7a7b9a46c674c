# Argument-count and keyword errors of every str method, worded as CPython 3.11 words them
# (argument clinic, PyArg_ParseTuple and METH_NOARGS methods each have their own wording).
names = sorted(n for n in dir(str) if not n.startswith("_") and n not in ("maketrans", "format", "format_map"))
for n in names:
    m = getattr("abc", n)
    for args, kw in [((1, 2, 3, 4), {}), ((), {"zz": 1})]:
        try:
            m(*args, **kw)
            print(n, "ok")
        except TypeError as e:
            print(n, e)
        except Exception as e:
            print(n, type(e).__name__)
