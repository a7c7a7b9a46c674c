import textwrap
w = textwrap.TextWrapper(width=25, initial_indent="1. ", subsequent_indent="   ", fix_sentence_endings=True)
print(w.fill("First point. It has two sentences! Does it end well? yes. Done."))
w2 = textwrap.TextWrapper(width=12, drop_whitespace=False)
print(w2.wrap("  spaced   out   words  "))
w3 = textwrap.TextWrapper(width=10, break_long_words=False, break_on_hyphens=False)
print(w3.wrap("x-ray-visionary supercalifragilistic ok"))
w.width = 40
print(w.wrap("Changed width after creation. Still works."))
items = [("--verbose", "Print detailed progress information while the tool runs."), ("-q", "Quiet mode."),
         ("--output FILE", "Write results to FILE instead of standard output, creating it if needed.")]
for flag, help_ in items:
    lines = textwrap.wrap(help_, 36)
    print(f"  {flag:<16}{lines[0]}")
    for line in lines[1:]:
        print(" " * 18 + line)
