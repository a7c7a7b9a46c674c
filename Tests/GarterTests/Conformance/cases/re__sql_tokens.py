import re

KEYWORDS = {"select", "from", "where", "and", "or", "order", "by", "limit", "as", "in", "not", "null", "is"}
TOKENS = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>--[^\n]*)
  | (?P<string>'(?:[^']|'')*')
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*|"[^"]+")
  | (?P<op><>|!=|<=|>=|[=<>*,().;])
  | (?P<error>.)
""", re.X)

sql = """SELECT id, "full name" AS name, price*2 FROM products -- all products
WHERE category IN ('toys', 'O''Reilly books') AND price >= 9.99 AND deleted IS NOT NULL
ORDER BY price LIMIT 10; @"""

out = []
for m in TOKENS.finditer(sql):
    kind = m.lastgroup
    val = m.group(kind)
    if kind in ("ws", "comment"):
        continue
    if kind == "ident" and val.lower() in KEYWORDS:
        kind = "keyword"
        val = val.upper()
    elif kind == "string":
        val = val[1:-1].replace("''", "'")
    out.append((kind, val))
for t in out:
    print(t)
print(len(out), sum(1 for k, _ in out if k == "keyword"))
print(re.sub(r"(?i)\b(select|from|where)\b", lambda m: m.group().upper(), "select a from b where c"))
