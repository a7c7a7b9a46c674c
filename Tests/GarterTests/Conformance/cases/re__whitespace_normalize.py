import re

messy = "  Hello,\t\tworld!  \n\n\n  This   is   a\u00a0 test.  \r\n  Bye .  "
print(repr(re.sub(r"\s+", " ", messy).strip()))
print(repr(re.sub(r"[ \t]+", " ", messy)))
print(repr(re.sub(r"\n{3,}", "\n\n", messy)))
print(repr(re.sub(r"\s+([.,!?])", r"\1", messy)))
print(repr(re.sub(r"(?m)^[ \t]+|[ \t]+$", "", messy)))
print(re.split(r"\r?\n", "a\r\nb\nc"))
lines = [l for l in re.split(r"\n\s*\n", "para one\nstill one\n\n  \npara two\n\n\npara three") if l.strip()]
print(lines)
print(repr(re.sub(r"^\s+|\s+$", "", "\t  padded  \n")))
print(re.sub(r"(\w)\s*-\s*(\w)", r"\1-\2", "well - known and long -term"))
def dedent(text):
    lines = text.split("\n")
    indents = [len(m.group()) for l in lines if l.strip() for m in [re.match(r"[ \t]*", l)]]
    cut = min(indents) if indents else 0
    return "\n".join(l[cut:] for l in lines)
print(dedent("    def f():\n        return 1\n\n    x = 2"))
