def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))

def safe_append(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe_append(1), safe_append(2))

counter_default = 10
def uses_default(n=counter_default):
    return n
counter_default = 20
print(uses_default(), f"{uses_default.__defaults__}")
def kw_defaults(*, a=1, b=[]):
    b.append(a)
    return b
print(kw_defaults(), kw_defaults(a=5), kw_defaults.__kwdefaults__)
