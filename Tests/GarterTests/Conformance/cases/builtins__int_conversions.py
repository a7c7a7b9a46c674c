print(int("42"), int(" -7 "), int("0"), int("-0"), int("+12"), int("1_0"))
print(int("101", 2), int("ff", 16), int("Z", 36), int("0x1A", 16), int("0o17", 8), int("0b11", 2))
print(int("0x1A", 0), int("0o17", 0), int("0b11", 0), int("12", 0), int("7", 8))
print(int(3.99), int(-3.99), int(True), int(1e3), int("  12\n"))
for bad in ["1.5", "", "0x", "12a", "1 2", "--1", "0b2"]:
    try:
        int(bad, 0) if bad.startswith("0") else int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
