# list.append through the method call, the unbound descriptor, a bound method object,
# list subclasses (with and without an append override) and wrong receivers.
out = []
for i in range(5):
    out.append(i * i)
print(out, out.append(None), len(out))
list.append(out, "x")
m = out.append
m("y")
print(out)


class Logged(list):
    def append(self, item):
        print("append", item)
        super().append(item)


class Plain(list):
    pass


lg = Logged()
lg.append(1)
pl = Plain()
pl.append(2)
print(lg, pl, type(pl).__name__)
for bad in ((), (1, 2), ("ab", 1)):
    try:
        list.append(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    out.append()
except TypeError as e:
    print("TypeError:", e)
try:
    out.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
nested = [[j for j in range(i)] for i in range(4)]
print(nested, [x for row in nested for x in row if x % 2 == 0])
