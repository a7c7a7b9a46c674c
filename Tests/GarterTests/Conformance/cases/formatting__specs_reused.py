# Format specs reused across values and types (each spec is parsed once per run and
# checked against every type it formats), more specs than a small cache holds, and
# specs that fail to parse or do not fit the type, again and again.
specs = ["d", "5d", ">8", "<6", "^7", "+.2f", ",", "_x", "08.3f", "e", "%", "#o", "g", "10.4", "=+9", "s"]
values = [7, -3.25, "ab", True, 10**20, 0.0, -0.0, 1234567]
for rnd in range(2):
    for spec in specs:
        row = []
        for v in values:
            try:
                row.append(format(v, spec))
            except (ValueError, TypeError) as e:
                row.append(type(e).__name__ + ": " + str(e))
        print(spec, row)
for x in [1, 2.5, "s", 3, 4.25]:
    try:
        print(f"{x:d}|{x:>6}|{x!r:^8}")
    except ValueError as e:
        print("ValueError:", e)
for i in range(3):
    for bad in (",_d", "_,d", ".f", "10.2.3f", "x" * 3, "1" * 25):
        try:
            format(5, bad)
        except ValueError as e:
            print(i, repr(bad), e)
w = 3
for i in range(12):
    print(f"[{i:{w + i % 4}}|{i / 7:.{i % 5}f}|{'s' * (i % 3):*^{i % 6 + 1}}]")
print("{:>5}|{:<5}|{:^5}|{:05d}".format(1, 2, 3, 4) * 2)
for spec in ("abc", "s", "c", ",c", "x", "%", ".2d", "z", "", "10"):
    for v in (True, False):
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), "ValueError:", e)
