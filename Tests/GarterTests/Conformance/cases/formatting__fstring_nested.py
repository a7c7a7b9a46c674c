width = 12
prec = 3
val = 2.718281828
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}}]")
print(f"[{'hi':{'*'}^{width}}]")
for w in (5, 8, 11):
    print(f"|{'x':>{w}}|{w:0{w}d}|")
fmt = ".4e"
print(f"{val:{fmt}}")
align = "<"
print(f"[{'left':{align}10}]")
data = {"a": 1, "b": 22}
print(f"{', '.join(f'{k}={v:03d}' for k, v in data.items())}")
