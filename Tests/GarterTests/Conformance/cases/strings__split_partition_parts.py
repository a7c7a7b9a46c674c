# str.split / rsplit / partition / rpartition / strip / upper results on ASCII and
# non-ASCII receivers: contents, lengths, indexing and joins of the parts, and which
# results are the receiver itself (CPython returns an exact str that does not change).
samples = ["a b  c", "  lead and trail  ", "x=1=2", "héllo wörld ß", "日本 語\u3000テキスト", "", "nosplit", "a\u2028b c"]
for s in samples:
    for parts in (s.split(), s.split(" "), s.rsplit(None, 1), s.split("=", 1), s.rsplit(" ", 1)):
        print(parts, [len(p) for p in parts], "|".join(parts), [p[-1:] for p in parts])
    for sep in ("=", " ", "ö", "語", "zz"):
        t = s.partition(sep)
        u = s.rpartition(sep)
        print(t, u, [len(x) for x in t + u], t[0] is s, u[2] is s)
    st = s.strip()
    print(repr(st), len(st), st is s, st.upper(), len(st.upper()), s.upper() == s.upper().upper())
    print(s.split("zz")[0] is s, s.split()[0] is s if s.strip() == s and " " not in s and s else None)
w = "one two three".split()
print(sorted(w), max(w), w.index("two"), "-".join(reversed(w)), w[1][::-1], w[2].find("e"), w[2].count("e"))
x = "key=value"
print(x.partition("=")[1] is "=", x.partition("=")[2].upper(), x.rpartition("=")[0])
for bad in ("", None):
    try:
        print("abc".partition(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
name = "abc"
print(f"{name}" is name, f"{name}!", f"{name!r}", f"{name:>5}", f"[{name}:{3}]")
