s = "Hello"
codes = [ord(c) for c in s]
print(codes, "".join(chr(c) for c in codes))
print([chr(c) for c in range(65, 91, 5)])
print(ord("a") - ord("A"), chr(ord("a") + 25), ord("0"), ord(" "), ord("\n"))
print("".join(chr(ord(c) ^ 32) if c.isalpha() else c for c in "Hello, World"))
print(hex(ord("€")), "\u20ac" == "€")
print(ascii("café ☕"), ascii("plain"), ascii(["é"]))
