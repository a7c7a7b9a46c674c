import unicodedata as ud
s = "Crème Brûlée ﬁ ½ Ⅻ ①"
print(ud.normalize("NFKD", s).encode("ascii", "ignore").decode(), ud.normalize("NFC", "e\u0301") == "é", len(ud.normalize("NFD", "é")), ud.normalize("NFKC", "ﬁ½"))
print([ud.category(c) for c in "aA1 !€\u0301\n中"], ud.name("é"), ud.name("€"), ud.name("中"), ud.name("\n", "none"), ud.lookup("LATIN SMALL LETTER E WITH ACUTE"))
print(ud.decimal("7"), ud.digit("²"), ud.numeric("½"), ud.numeric("Ⅻ"), ud.decimal("x", -1), ud.combining("\u0301"), ud.mirrored("("), ud.is_normalized("NFC", "é"))
print([ud.east_asian_width(c) for c in "aＡ中ｱ한😀é"])
def slugify(t):
    t = ud.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    import re
    return re.sub(r"[^\w\s-]", "", t).strip().lower().replace(" ", "-")
print(slugify("Héllo Wörld! Ça va?"))
for bad in [lambda: ud.name("ab"), lambda: ud.normalize("XX", "a"), lambda: ud.decimal("x"), lambda: ud.lookup("NO SUCH THING")]:
    try: bad()
    except (TypeError, ValueError, KeyError) as e: print(type(e).__name__, e)
