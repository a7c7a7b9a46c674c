import re

bad_patterns = [
    "(abc", "abc)", "[a-", "[z-a]", "a**", "*a", "a{3,2}", "(?P<1>x)", "(?P<n>a)(?P<n>b)",
    "(?P=missing)", r"\1(a)", r"(a)\2", "(?<=a+)b", "(?<!a|bc)d", r"\q", r"[\q]", r"\x4", r"\u12",
    "(?z)", "(?i", "a(?i)b", "(?-x:a)", "(?(2)a|b)", "(?(x)a|b)", "(?(1)a|b|c)", "(?#unterminated",
    "x{1,2}{3}", "(?<x>a)", "(?P<x", "a|*", "\\", r"[]", r"[^]", "(?P", "(?", "(?i-i:a)", "(?a-a:x)",
    "(?Lx)", r"\N{NOT A REAL NAME}", "(a)(?<=\\1)", "x{99999999999}", r"\400", "(?au)x",
]
for p in bad_patterns:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(f"{p!r:24} error: {e} | msg={e.msg!r} pos={e.pos} line={e.lineno} col={e.colno}")
    except (OverflowError, ValueError) as e:
        print(f"{p!r:24} {type(e).__name__}: {e}")

try:
    re.compile("a\n(b\nc")
except re.error as e:
    print(e, "|", e.lineno, e.colno, e.pos, repr(e.pattern))

for repl in [r"\3", r"\g<name>", r"\g<1", r"\g<-1>", "\\", r"\q", r"\g<a b>"]:
    try:
        print(re.sub(r"(a)(b)", repl, "ab"))
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)

print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    raise re.error("custom", "pat", 1)
except re.error as e:
    print(e, e.args)
for call in [lambda: re.match("a", 5), lambda: re.compile(5), lambda: re.compile(re.compile("a"), re.I),
             lambda: re.compile("a", re.L), lambda: re.match("(a)", "a").group(3), lambda: re.compile("x").match()]:
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
