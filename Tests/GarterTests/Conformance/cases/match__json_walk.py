def walk(node, depth=0):
    pad = "  " * depth
    match node:
        case {"name": str(name), "children": list(kids)}:
            print(f"{pad}{name}/")
            for k in kids:
                walk(k, depth + 1)
        case {"name": str(name), "size": int(size)}:
            print(f"{pad}{name} ({size} bytes)")
        case [*items]:
            for it in items:
                walk(it, depth)
        case _:
            print(f"{pad}?? {node!r}")
tree = {"name": "root", "children": [
    {"name": "a.txt", "size": 120},
    {"name": "src", "children": [{"name": "main.py", "size": 2048}, {"name": "empty", "children": []}]},
    [{"name": "loose.bin", "size": 7}],
    {"name": "weird"},
]}
walk(tree)
