import re

md = """# Title
See [the docs](https://example.com/docs?x=1&y=2) and [home](/) for more.
An image: ![logo](img/logo.png "Logo") and a [broken link](
**Bold** and *italic* and `code *not italic*` here.
Footnote [^1] and [ref][r1].
"""

LINK = re.compile(r"(!)?\[([^\]]*)\]\(([^)\s]+)(?:\s+\"([^\"]*)\")?\)")
for m in LINK.finditer(md):
    kind = "image" if m.group(1) else "link"
    print(kind, repr(m.group(2)), m.group(3), m.group(4))

def md_to_html(text):
    text = re.sub(r"`([^`]+)`", lambda m: "<code>" + m.group(1).replace("*", "&#42;") + "</code>", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"(?<!\*)\*(?!\*)(.+?)(?<!\*)\*(?!\*)", r"<i>\1</i>", text)
    text = re.sub(r"!\[([^\]]*)\]\(([^)\s]+)[^)]*\)", r'<img alt="\1" src="\2">', text)
    text = re.sub(r"\[([^\]]+)\]\(([^)\s]+)\)", r'<a href="\2">\1</a>', text)
    text = re.sub(r"^# (.*)$", r"<h1>\1</h1>", text, flags=re.M)
    return text

print(md_to_html(md))
headings = re.findall(r"^(#{1,6})\s+(.+)$", "# A\n## B\ntext\n### C", re.M)
print([(len(h), t) for h, t in headings])
