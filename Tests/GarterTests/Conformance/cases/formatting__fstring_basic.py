name = "Ada"
age = 36
pi = 3.14159265
print(f"{name} is {age} years old")
print(f"{name!r} {name!s} {name!a}")
print(f"{age + 1} {age * 2} {name.upper()} {len(name)}")
print(f"{pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:^10.3f}|")
print(f"{{braces}} {{{age}}}")
print(f"{'nested quotes'}" f" and {name + '!'}")
items = ["a", "b"]
print(f"{items} {items[0]} {dict(k=1)['k']}")
print(f"{3 if age > 30 else 4} {[x * 2 for x in range(3)]}")
