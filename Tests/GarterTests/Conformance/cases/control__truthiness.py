values = [0, 1, -1, 0.0, 0.1, "", " ", "0", [], [0], (), (None,), {}, {"": 0}, set(), None, True, False, range(0), range(1)]
for v in values:
    print(repr(v), "truthy" if v else "falsy")
print(0 or "" or [] or "last", 1 and "x" and [0], None or 0, "a" and "")
