urls = [
    "https://shop.example.com/search?q=red+shoes&size=9&size=10&sort=price_asc&page=2",
    "https://shop.example.com/item/42?ref=email%20campaign&utm_source=news",
    "http://localhost:8080/health",
    "https://api.example.com/v1/users?active=true&limit=&fields=id,name,email#section-2",
]

HEX = "0123456789abcdef"

def unquote(s):
    out = []
    i = 0
    s = s.replace("+", " ")
    while i < len(s):
        code = s[i + 1:i + 3].lower()
        if s[i] == "%" and len(code) == 2 and all(c in HEX for c in code):
            out.append(chr(int(s[i + 1:i + 3], 16)))
            i += 3
        else:
            out.append(s[i])
            i += 1
    return "".join(out)

def parse_url(url):
    scheme, rest = url.split("://", 1)
    rest, _, fragment = rest.partition("#")
    rest, _, query = rest.partition("?")
    host, slash, path = rest.partition("/")
    host, _, port = host.partition(":")
    params = {}
    if query:
        for pair in query.split("&"):
            k, _, v = pair.partition("=")
            params.setdefault(unquote(k), []).append(unquote(v))
    return {
        "scheme": scheme,
        "host": host,
        "port": int(port) if port else (443 if scheme == "https" else 80),
        "path": "/" + path,
        "params": params,
        "fragment": fragment or None,
    }

for u in urls:
    p = parse_url(u)
    print(p["scheme"], p["host"], p["port"], p["path"], p["fragment"])
    for k, vs in p["params"].items():
        shown = vs[0] if len(vs) == 1 else vs
        print(f"    {k} = {shown!r}")

def build_query(params):
    parts = []
    for k in sorted(params):
        v = params[k]
        for item in (v if isinstance(v, list) else [v]):
            parts.append(f"{k}={str(item).replace(' ', '+')}")
    return "&".join(parts)
print(build_query({"q": "blue hat", "size": [7, 8], "page": 1}))
