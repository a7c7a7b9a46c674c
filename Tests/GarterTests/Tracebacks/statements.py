import traceback, sys
def show(src):
    try:
        src()
    except Exception:
        traceback.print_exc(file=sys.stdout)
def assign_index():
    x = [1]
    x[5] = 1
def aug_key():
    d = {}
    d["a"] += 1
def aug_attr():
    a = None
    a.b += 1
def aug_name():
    x = 1
    x += None
def unpack():
    a, b = [1, 2, 3]
def for_unpack():
    for a, b in [1, 2]: pass
def assert_msg():
    n = 1
    assert n == 2, f"bad {n}"
def delete():
    d = {}
    del d["x"]
def star_call():
    print(*5)
for fn in [assign_index, aug_key, aug_attr, aug_name, unpack, for_unpack, assert_msg, delete, star_call]:
    show(fn)
def deco(f):
    raise ValueError("deco")
@deco
def g(): pass
