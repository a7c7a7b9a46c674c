# Strings iterated whole (list, tuple, join, sorted, set, unpacking, zip, enumerate) and
# character by character, ASCII and not.
for s in ["", "a", "hello world", "héllo", "日本語テキスト", "e\u0301", "🐍x🐍", "\x00\x7f\x80"]:
    print(list(s), tuple(s), "|".join(s), sorted(s), len(set(s)))
    print([c for c in s], [ord(c) for c in s], list(enumerate(s))[:3], list(zip(s, s[::-1])))
a, *rest = "xyz"
print(a, rest)
it = iter("abc")
print(next(it), list(it), list(it))
chars = list("ab" * 5)
print(chars.count("a"), "".join(reversed("stressed")), max("hello"), min("héllo"))
print(list(map(str.upper, "abc")), "-".join(x for x in "abc"), dict.fromkeys("aab"))
try:
    "".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
