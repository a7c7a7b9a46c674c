tree = {"value": 1, "children": [
    {"value": 2, "children": [{"value": 4, "children": []}, {"value": 5, "children": []}]},
    {"value": 3, "children": [{"value": 6, "children": [{"value": 7, "children": []}]}]},
]}
def total(node):
    return node["value"] + sum(total(c) for c in node["children"])
def height(node):
    return 1 + max((height(c) for c in node["children"]), default=0)
def paths(node, prefix=()):
    p = prefix + (node["value"],)
    if not node["children"]:
        return [p]
    return [q for c in node["children"] for q in paths(c, p)]
def show(node, depth=0):
    print("  " * depth + str(node["value"]))
    for c in node["children"]:
        show(c, depth + 1)
print(total(tree), height(tree))
print(paths(tree))
show(tree)
