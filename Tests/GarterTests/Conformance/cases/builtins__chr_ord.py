print(ord("A"), ord("z"), ord("0"), ord("é"), ord("€"), ord("😀"), ord("\n"))
print(chr(65), chr(97), chr(48), chr(233), chr(8364), chr(128512), repr(chr(10)), repr(chr(0)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) - ord("a") for c in "python"])
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
