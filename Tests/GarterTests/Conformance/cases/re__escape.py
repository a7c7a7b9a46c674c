import re

specials = "1+1=2? (yes) [maybe] {no} a.b*c ^start$ path\\to|pipe #tag ~ & - space tab\t"
esc = re.escape(specials)
print(esc)
print(re.fullmatch(esc, specials) is not None)
print(re.escape("simple_word123"))
print(re.escape(""), re.escape("ünïcödé"), re.escape("a\nb"))

words = ["c++", "f(x)", "a.b", "[x]"]
pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
print(pattern.findall("I like c++ and f(x) but not a.b or axb or [x] x"))

def highlight(text, term):
    return re.sub(re.escape(term), lambda m: f"**{m.group()}**", text, flags=re.I)
print(highlight("Price: $5.00 (or $5.00+tax)", "$5.00"))
print(highlight("Use C++ or c++", "c++"))
print(re.sub(r"\.", r"\\.", "a.b.c"))
