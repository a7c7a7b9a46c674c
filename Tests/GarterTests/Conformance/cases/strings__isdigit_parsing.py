tokens = ["12", "-3", "4.5", "abc", "", "  7 ", "1e3", "0x1f", "007", "+8"]
ints = []
for t in tokens:
    s = t.strip()
    if s.lstrip("+-").isdigit():
        ints.append(int(s))
    else:
        print("not an int:", repr(t))
print(ints, sum(ints))
def try_float(s):
    try:
        return float(s)
    except ValueError:
        return None
print([try_float(t) for t in tokens])
