# re.sub / subn results whose length differs a lot from the subject's, on ASCII and
# non-ASCII text, with templates, functions and counts; slices of matches.
import re

text = " ".join(f"id={i} user{i % 7}@example.com" for i in range(5000))
short = re.sub(r"\S+", "", text)
print(len(text), len(short), repr(short[:10]))
longer = re.sub(r"id=(\d+)", r"identifier=<\1><\1>", text)
print(len(longer), longer[:60])
same = re.sub(r"user(\d)", lambda m: "u" + m.group(1) * 4, text)
print(len(same), same[:50])
tiny = re.sub(r"[^@]", "", text)
print(len(tiny), tiny[:5], tiny == "@" * 5000)
print(re.subn(r"\d", "", text, count=10)[1], re.subn(r"\d+", "#", text)[1])
uni = "é-" * 3000 + "end"
print(len(re.sub("é", "", uni)), re.sub("-", "", uni)[-8:], re.sub(r"(é)-", r"\1\1", uni)[:6])
m = re.search(r"user(\d)@(\w+)", text)
print(m.group(0), m.group(1), m.group(2), m.span(), repr(m.string[:4]))
print(re.findall(r"id=(\d)\b", text)[:5], re.split(r"\s+", text)[:3])
print([re.sub(r"x*", "-", s) for s in ["", "abc", "xx"]])
print(re.sub(r"a", "b", "a" * 20), re.sub(r"z", "y", "no match here") == "no match here")
