grades = {"ann": "A", "bob": "B", "cy": "A", "dee": "C", "eve": "B"}
by_grade = {g: [n for n, gg in grades.items() if gg == g] for g in sorted(set(grades.values()))}
print(by_grade)
counts = {g: len(ns) for g, ns in by_grade.items()}
print(counts)
print({n: g for n, g in grades.items() if g != "C"})
print([n for n in sorted(grades, key=lambda n: (grades[n], n))])
