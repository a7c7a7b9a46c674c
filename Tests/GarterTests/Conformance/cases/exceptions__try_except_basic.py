def risky(kind):
    if kind == "zero":
        return 1 / 0
    if kind == "key":
        return {}["missing"]
    if kind == "index":
        return [][0]
    if kind == "type":
        return "a" + 1
    if kind == "value":
        return int("abc")
    if kind == "attr":
        return None.foo
    if kind == "name":
        return undefined_name
    return "ok"
for k in ["zero", "key", "index", "type", "value", "attr", "name", "none"]:
    try:
        r = risky(k)
        print(k, "->", r)
    except (ZeroDivisionError, KeyError) as e:
        print(k, "arith/key:", type(e).__name__, e)
    except LookupError as e:
        print(k, "lookup:", type(e).__name__, e)
    except Exception as e:
        print(k, "generic:", type(e).__name__, e)
