from collections import namedtuple
Employee = namedtuple("Employee", ["name", "dept", "salary", "years"])
rows = [("Ann", "eng", 120000, 5), ("Bob", "ops", 80000, 2), ("Cy", "eng", 135000, 8), ("Di", "ops", 90000, 6)]
staff = [Employee._make(r) for r in rows]
print(staff[0], staff[0].name, staff[0][2], len(staff[0]))
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    print(f"{e.name:<4} {e.dept:<4} {e.salary:>7,} {e.years}")
raise_ = [e._replace(salary=int(e.salary * 1.1)) for e in staff if e.years >= 5]
print(raise_)
print(staff[1]._asdict(), Employee._fields, Employee._field_defaults)
name, dept, *rest = staff[2]
print(name, dept, rest, staff[0] == ("Ann", "eng", 120000, 5), staff[0] < staff[1], max(staff, key=lambda e: e.salary).name)
print(isinstance(staff[0], tuple), type(staff[0]).__name__, Employee, hash(staff[0]) == hash(tuple(staff[0])))
Point = namedtuple("Point", "x, y")
p = Point(3, y=4)
print(p, p + (5,), p * 2, tuple(p), list(p), p.count(3), p.index(4))
match p:
    case Point(x, y):
        print("matched", x, y)
d = {p: "origin-ish"}
print(d[Point(3, 4)])
