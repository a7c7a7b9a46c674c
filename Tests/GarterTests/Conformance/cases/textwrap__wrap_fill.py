import textwrap
para = ("Python's textwrap module wraps paragraphs so that every line fits the requested width; "
        "it breaks on whitespace and after hyphens in compound words like state-of-the-art or "
        "well-known, and it never splits words unless they are longer than the width itself.")
for width in (20, 35, 50, 72):
    print(f"--- width {width}")
    print(textwrap.fill(para, width=width))
print(textwrap.wrap(para, 40)[:3])
print(textwrap.fill(para, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap("Averyveryverylongwordthatexceedswidth and more", 10))
print(textwrap.wrap("Averyveryverylongwordthatexceedswidth and more", 10, break_long_words=False))
print(textwrap.wrap("one-two-three-four-five six", 8), textwrap.wrap("one-two-three-four-five six", 8, break_on_hyphens=False))
print(textwrap.wrap("em--dash here -- and ---there", 9), textwrap.wrap("x-y-z a--b", 4))
print(textwrap.wrap("tabs\tand\nnewlines\r\nand  double  spaces", 12))
print(textwrap.wrap("tabs\tand text", 30, expand_tabs=False, replace_whitespace=False), textwrap.wrap("a\tb", 20, tabsize=4))
print(textwrap.wrap("", 5), textwrap.wrap("    ", 5), textwrap.fill("short", 80))
try:
    textwrap.wrap("text", width=0)
except ValueError as e:
    print("ValueError:", e)
