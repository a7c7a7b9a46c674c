for w in ["a", "abc", "hello", "toolongword"]:
    print("[" + w.center(9) + "]", "[" + w.ljust(9, ".") + "]", "[" + w.rjust(9, "*") + "]", "[" + w.center(8, "-") + "]")
for n in ["42", "-42", "+7", "0", "12345", "abc"]:
    print(n.zfill(5))
print("abc".center(6), "|", "abc".center(2))
print("x".center(4, "#"), "xy".center(5, "#"), "xy".center(6, "#"))
