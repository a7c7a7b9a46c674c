samples = ["<<hello>>", "[[x]]", "***a*b***", "...", "ab"]
for s in samples:
    print(repr(s.strip("<>[]*.")), repr(s.lstrip("<[*")), repr(s.rstrip(">]*.")))
print("www.example.com".strip("cmowz."))
print("  \t\n x \n\t ".strip(), "|")
