def render(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f'{pad}  "{k}": {render(v, indent + 1)}' for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        return "[" + ", ".join(render(v, indent) for v in obj) + "]"
    if isinstance(obj, str):
        return '"' + obj.replace('"', '\\"') + '"'
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    return str(obj)

doc = {"name": "widget", "tags": ["a", "b"], "dims": {"w": 2.5, "h": 10}, "ok": True, "note": None,
       "quote": 'say "hi"', "empty": {}, "list": []}
print(render(doc))
