# str.replace builds its result in one pass; a replace that changes nothing, str() of a str
# and split/partition pieces hand out existing strings as CPython does.
w = "abcdefghijklmnopqrstuvwxyz" * 3
print(w.replace("Q", "z") is w, w.replace("abc", "abc", 0) is w, str(w) is w)
print(w.replace("abc", "") == "defghijklmnopqrstuvwxyz" * 3)
cases = [
    ("aaaa", "aa", "b", -1), ("aaaa", "aa", "b", 1), ("aaa", "a", "", -1), ("abcabc", "abc", "xyz!", -1),
    ("héllo wörld", "ö", "oe", -1), ("héllo", "é", "", -1), ("日本語日本", "日本", "にほん", 1),
    ("a-b-c-d", "-", "+-+", 2), ("ab", "ab", "", -1), ("", "a", "b", -1), ("x", "x", "x", -1),
    ("mississippi", "ss", "SS", -1), ("mississippi", "issi", "_", -1), ("🙂a🙂", "🙂", "é", -1),
    ("abc", "", "-", -1), ("abc", "", "-", 2), ("", "", "x", -1),
]
for s, old, new, count in cases:
    r = s.replace(old, new, count)
    print(repr(r), len(r), r == s, r.upper() if r else "-")
parts = "a,,b,c, ,".split(",")
print(parts)
print("k=v".partition("=")[2], "x y".split(" ")[1] == "y")
print(len(("ab" * 100).replace("b", "ccc")))
