people = [{"n": "a"}, {"m": "b"}]
print(sorted(people, key=lambda p: p["n"]))
