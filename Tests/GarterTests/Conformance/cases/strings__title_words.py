def smart_title(s, small=("a", "an", "the", "of", "in", "and", "or")):
    words = s.split()
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i != 0 and i != len(words) - 1 and lw in small:
            out.append(lw)
        else:
            out.append(lw[:1].upper() + lw[1:])
    return " ".join(out)

for s in ["the lord of the rings", "a tale OF two cities", "war and peace", "of mice and men", "x"]:
    print(smart_title(s), "|", s.title())
