def camel_to_snake(s):
    out = []
    for i, c in enumerate(s):
        if c.isupper() and i > 0 and (not s[i - 1].isupper() or (i + 1 < len(s) and s[i + 1].islower())):
            out.append("_")
        out.append(c.lower())
    return "".join(out)

def snake_to_camel(s, upper_first=False):
    parts = s.split("_")
    head = parts[0].capitalize() if upper_first else parts[0]
    return head + "".join(p.capitalize() for p in parts[1:])

for name in ["camelCase", "CamelCase", "getHTTPResponse", "simple", "XMLParser", "userID"]:
    print(name, "->", camel_to_snake(name))
for name in ["snake_case", "get_http_response", "x", "a_b_c"]:
    print(name, "->", snake_to_camel(name), snake_to_camel(name, True))
