import textwrap
title = "The quick brown fox jumps over the lazy dog and keeps running far away"
for w in (10, 15, 20, 30, 80):
    print(repr(textwrap.shorten(title, width=w)))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11), textwrap.shorten("  lots   of   space  ", 30))
print(textwrap.shorten(title, 25, placeholder="…"), textwrap.shorten(title, 25, placeholder=" (more)"))
for n in (1, 2, 3):
    print(textwrap.wrap(title, 20, max_lines=n))
print(textwrap.wrap(title, 20, max_lines=2, placeholder=" ~"))
print(textwrap.fill(title, 18, max_lines=3, initial_indent="* ", subsequent_indent="  "))
try:
    textwrap.shorten(title, 3)
except ValueError as e:
    print("ValueError:", e)
