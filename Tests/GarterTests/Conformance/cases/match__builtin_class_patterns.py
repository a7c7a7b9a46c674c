def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty string"
        case str(s):
            return f"str {s}"
        case list([]) | tuple(()):
            return "empty sequence"
        case list(l):
            return f"list of {len(l)}"
        case dict(d):
            return f"dict keys={sorted(d)}"
        case tuple((a, b)):
            return f"2-tuple {a},{b}"
        case None:
            return "None"
        case _:
            return "other"
for v in [True, -3, 7, 1.5, "", "hey", [], (), [1, 2], {"b": 1, "a": 2}, (1, 2), (1, 2, 3), None]:
    print(repr(v), "->", kind(v))
