def parse_port(s):
    try:
        p = int(s)
    except ValueError:
        raise ValueError(f"invalid port: {s!r}") from None
    if not 0 < p < 65536:
        raise ValueError(f"port out of range: {p}")
    return p
for s in ["8080", "http", "70000", "-1"]:
    try:
        print(parse_port(s))
    except ValueError as e:
        print("error:", e, "| context suppressed:", e.__suppress_context__, "| context:", type(e.__context__).__name__)
