def inner():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in inner():
    print(v)
    break
print("after")
def f():
    g = inner()
    print(next(g))
    return 5
print(f())
def reader(lines):
    print("open")
    try:
        for line in lines:
            yield line.upper()
    finally:
        print("closed")
first = None
for item in reader(["a", "b", "c"]):
    first = item
    if item == "B":
        break
print("first break at", first)
gen = reader(["x"])
print(next(gen))
gen = None
print("done")
