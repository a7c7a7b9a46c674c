import re

html = """<div class="card" id='main'>
  <h2>Title &amp; more</h2>
  <p>Some <b>bold</b> and <a href="https://x.com/a?b=1" target=_blank>a link</a>.</p>
  <!-- a comment <b>not bold</b> -->
  <img src="pic.png" alt="A picture"/>
  <script>var x = "<p>";</script>
</div>"""

no_comments = re.sub(r"<!--.*?-->", "", html, flags=re.S)
no_scripts = re.sub(r"<(script|style)\b[^>]*>.*?</\1>", "", no_comments, flags=re.S | re.I)
text = re.sub(r"<[^>]+>", "", no_scripts)
text = re.sub(r"&amp;", "&", text)
print(re.sub(r"\s+", " ", text).strip())

TAG = re.compile(r"<(\w+)((?:\s+[\w-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*/?>")
ATTR = re.compile(r"""([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
for m in TAG.finditer(no_comments):
    attrs = {}
    for a in ATTR.finditer(m.group(2)):
        attrs[a.group(1)] = a.group(2) or a.group(3) or a.group(4) or ""
    print(m.group(1), attrs)

print(re.findall(r'href="([^"]+)"', html))
print(re.findall(r"<(\w+)[^>]*>", html)[:6])
print(re.findall(r"</(\w+)>", html))
