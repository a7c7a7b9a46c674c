# str.join over generators: chunk boundaries, separators, identity of a lone item,
# str subclasses, errors and the order of effects (the generator always runs to its end
# before a non-str item is reported).


class S(str):
    pass


def gen(n, f=str):
    for i in range(n):
        yield f(i)


for n in [0, 1, 2, 4095, 4096, 4097, 8191, 8192, 8193, 12289]:
    for sep in ["", ",", "--", "é"]:
        joined = sep.join(gen(n))
        expected = sep.join([str(i) for i in range(n)])
        print(n, repr(sep), len(joined), joined == expected, joined[:20], joined[-12:])

word = "alpha-beta-gamma"
lone = "".join(x for x in [word])
print(lone is word, lone)
sub = "".join(x for x in [S("sub")])
print(type(sub).__name__, sub)
mixed = "+".join(S(i) if i % 1000 == 0 else str(i) for i in range(5000))
print(type(mixed).__name__, len(mixed), mixed[:30])
print(repr("".join(x for x in ["é", "ü", "ascii", "日本"])), len("".join(x for x in ["é" * 3000] * 3)))

effects = []


def noisy(n, bad_at):
    for i in range(n):
        effects.append(i)
        yield i if i in bad_at else str(i)


for n, bad in [(10, {3}), (5000, {4100}), (9000, {10, 8500}), (4096, {4095}), (4097, {4096})]:
    effects.clear()
    try:
        ",".join(noisy(n, bad))
    except TypeError as e:
        print("TypeError:", e, "| ran", len(effects))


def failing(n, at):
    for i in range(n):
        if i == at:
            raise ValueError(f"boom at {i}")
        yield "x" if i != 2 else 2


for n, at in [(10, 5), (9000, 8000)]:
    try:
        "".join(failing(n, at))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def stopper():
    yield "a"
    raise StopIteration


try:
    "".join(stopper())
except RuntimeError as e:
    print("RuntimeError:", e)

g = gen(3)
next(g)
print("".join(g), list(g))

running = None


def self_join():
    yield "x"
    yield "".join(running)


running = self_join()
try:
    list(running)
except ValueError as e:
    print("ValueError:", e)

print("".join(c for c in "") == "", "-".join(str(i) for i in range(3)))
print(", ".join(f"{k}={v}" for k, v in sorted({"b": 2, "a": 1}.items())))
