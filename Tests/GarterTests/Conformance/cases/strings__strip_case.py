s = "   Hello, World!  \n"
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "..a..".lstrip("."), "..a..".rstrip("."))
t = "hello WORLD of Python"
print(t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase())
print("ß".upper(), "İ".lower() == "i̇", "ǅ".lower())
print("hello".casefold(), "HeLLo".casefold() == "hello".casefold())
print("it's a dog's life".title())
