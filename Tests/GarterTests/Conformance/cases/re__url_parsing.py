import re

URL = re.compile(r"""
    ^(?P<scheme>[a-z][a-z0-9+.-]*)://
    (?:(?P<user>[^:@/]+)(?::(?P<password>[^@/]*))?@)?
    (?P<host>\[[0-9a-f:]+\]|[^:/?#]+)
    (?::(?P<port>\d+))?
    (?P<path>/[^?#]*)?
    (?:\?(?P<query>[^#]*))?
    (?:\#(?P<fragment>.*))?$
""", re.X | re.I)

urls = [
    "https://example.com",
    "http://user:secret@api.example.com:8080/v1/items?id=7&sort=desc#top",
    "ftp://files.example.org/pub/file.tar.gz",
    "https://[2001:db8::1]:443/path",
    "mailto:someone@example.com",
    "HTTPS://EXAMPLE.COM/A%20B?q=a+b&empty=&flag",
]
for u in urls:
    m = URL.match(u)
    if not m:
        print("invalid:", u)
        continue
    parts = {k: v for k, v in m.groupdict().items() if v is not None}
    print(parts)
    if m.group("query") is not None:
        params = {}
        for key, _, value in re.findall(r"([^&=]+)(=([^&]*))?", m.group("query")):
            params[key] = re.sub(r"\+", " ", value)
        print("  params:", params)

links = re.findall(r"https?://[^\s<>\"')]+", 'Visit https://a.com/x, (http://b.org/y) or "https://c.net".')
print(links)
