emp = ("Jane", "Doe", 42, ("Eng", "Platform"))
first, last, age, (dept, team) = emp
print(f"{last}, {first} ({age}) - {dept}/{team}")
people = [("Jane", 42), ("John", 37), ("Jill", 42)]
by_age = {}
for name, age in people:
    by_age.setdefault(age, []).append(name)
print(by_age)
points = [(0, 0), (3, 4), (-1, -1), (6, 8)]
dist = [((x ** 2 + y ** 2) ** 0.5, (x, y)) for x, y in points]
print(sorted(dist))
print(tuple(sorted(points, key=lambda p: -p[0])))
