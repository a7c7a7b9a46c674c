x = "outer"
result = [x for x in range(3)]
print(x, result)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([f() for f in funcs2])
n = 10
print([n + i for i in range(3)])
def f():
    k = 5
    return [k * j for j in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
