funcs = []
for i in range(3):
    def f():
        return i
    funcs.append(f)
print([f() for f in funcs])
funcs = []
for i in range(3):
    def g(i=i):
        return i
    funcs.append(g)
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        fs.append(lambda: j * 10)
    j = 99
    return fs
print([f() for f in make()])
