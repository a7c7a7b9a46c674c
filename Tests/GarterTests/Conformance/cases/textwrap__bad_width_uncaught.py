import textwrap
for w in (10, 5, 0):
    print(w, textwrap.wrap("some words here", w))
