s = "Hello World! 123 ñ_@#"
cats = {"upper": 0, "lower": 0, "digit": 0, "space": 0, "other": 0}
for c in s:
    if c.isupper():
        cats["upper"] += 1
    elif c.islower():
        cats["lower"] += 1
    elif c.isdigit():
        cats["digit"] += 1
    elif c.isspace():
        cats["space"] += 1
    else:
        cats["other"] += 1
print(cats, sum(cats.values()) == len(s))
