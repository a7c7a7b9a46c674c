import textwrap
seed = 4242
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
pieces = ["word", "a", "hyphen-ated", "well-known", "x-y", "--", "---", "em--dash", "foo.", "Bar!", "end?", "'quoted.'", "\"q\"",
          "state-of-the-art", "a-b-c", "1-2", "co-op", "e.g.", "-flag", "trailing-", "supercalifragilistic", "\t", "\n", "  ",
          "ünïcode-wörd", "é", "9-a", "a9-b", "ab-9c", "--opt", "x--", "I", "!", "ab-cd-ef"]
for i in range(250):
    n = int(rnd() * 25)
    words = [pieces[int(rnd() * len(pieces))] for _ in range(n)]
    text = "".join(w + (" " if rnd() < 0.8 else "") for w in words)
    width = 1 + int(rnd() * 30)
    opts = {}
    if rnd() < 0.3: opts["break_on_hyphens"] = False
    if rnd() < 0.3: opts["break_long_words"] = False
    if rnd() < 0.2: opts["drop_whitespace"] = False
    if rnd() < 0.2: opts["fix_sentence_endings"] = True
    if rnd() < 0.2: opts["replace_whitespace"] = False
    if rnd() < 0.2:
        opts["max_lines"] = 1 + int(rnd() * 3)
        width = max(width, 8)
    if rnd() < 0.2: opts["initial_indent"] = "> "; width = max(width, 4)
    try:
        print(repr(textwrap.wrap(text, width, **opts)))
    except ValueError as e:
        print("ValueError", e)
    print(repr(textwrap.dedent("  " + text.replace(" ", "\n    ", 3))))
    print(repr(textwrap.shorten(text, max(width, 10))) if text.strip() else "")
