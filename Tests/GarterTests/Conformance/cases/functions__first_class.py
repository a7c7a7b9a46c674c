def apply(fn, *args):
    return fn(*args)
def square(x):
    return x * x
ops = {"sq": square, "neg": lambda x: -x, "str": str, "len": len}
print(apply(square, 5), apply(max, 3, 9, 2), apply(ops["neg"], 4))
print([ops[k](3) if k != "len" else ops[k]("abc") for k in ops])
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
val = "  Hello World  "
for step in pipeline:
    val = step(val)
print(val)
print(square.__name__, (lambda: 0).__name__, callable(square), callable(5))
fns = [square, abs, str.upper]
print([f.__name__ for f in fns])
