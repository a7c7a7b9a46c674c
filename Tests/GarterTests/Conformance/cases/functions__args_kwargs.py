def show(*args, **kwargs):
    print(len(args), args, sorted(kwargs.items()))
show()
show(1, 2, 3)
show(a=1, b=2)
show(1, *[2, 3], *(4,), x=5, **{"y": 6, "z": 7})
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(start=100), total(*range(10), start=-45))
def forward(*a, **k):
    return show(*a, **k)
forward("x", key="v")
def kw_only_sum(**parts):
    return sum(parts.values())
print(kw_only_sum(a=1, b=2, c=3))
