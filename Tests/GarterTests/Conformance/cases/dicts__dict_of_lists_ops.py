students = {"math": ["ann", "bob"], "art": ["cy"], "cs": []}
students["math"].append("dee")
students["cs"] += ["eve", "ann"]
students.setdefault("music", []).append("bob")
print(students)
enrollments = {}
for course, names in students.items():
    for n in names:
        enrollments.setdefault(n, []).append(course)
print(dict(sorted(enrollments.items())))
print({c: len(n) for c, n in students.items()})
busiest = max(students, key=lambda c: len(students[c]))
print(busiest)
empty = [c for c, n in students.items() if not n]
print(empty)
