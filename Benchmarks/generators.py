# Generators: generator functions, chained pipelines, generator expressions,
# `yield from` delegation, send(), and infinite generators consumed lazily.


def lcg(seed):
    x = seed
    while True:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def take(n, it):
    for _ in range(n):
        yield next(it)


def scale(it, k):
    for v in it:
        yield v % k


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


def windows(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


def build_tree(depth, width, start):
    if depth == 0:
        return list(range(start, start + width))
    return [build_tree(depth - 1, width, start + i * 100) for i in range(width)]


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count


def main():
    pipeline = evens(scale(take(600_000, lcg(1)), 1000))
    print("pipeline:", sum(pipeline))

    wsum = 0
    for w in windows(take(150_000, lcg(2)), 3):
        wsum += max(w) - min(w)
    print("windows:", wsum % 1000000007)

    tree = build_tree(5, 6, 0)
    flat_total = 0
    for _ in range(4):
        flat_total += sum(flatten(tree))
    print("flatten:", flat_total)

    avg = averager()
    next(avg)
    last = 0.0
    for v in take(200_000, lcg(3)):
        last = avg.send(v % 100)
    print("average:", round(last, 6))

    squares = sum(x * x for x in range(500_000) if x % 3)
    print("genexpr:", squares)


main()
