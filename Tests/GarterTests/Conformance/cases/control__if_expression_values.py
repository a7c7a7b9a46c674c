def describe(x):
    if isinstance(x, bool):
        kind = "bool"
    elif isinstance(x, int):
        kind = "int"
    elif isinstance(x, str) and x:
        kind = "non-empty str"
    elif isinstance(x, str):
        kind = "empty str"
    elif x is None:
        kind = "None"
    else:
        kind = "other"
    return kind
print([describe(v) for v in [True, 3, "s", "", None, 2.5, []]])
