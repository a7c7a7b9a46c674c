import itertools as it, heapq, bisect, operator
from collections import Counter, deque, OrderedDict
seed = 777
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648
for i in range(150):
    n = int(rnd() * 9)
    xs = [int(rnd() * 6) for _ in range(n)]
    r = int(rnd() * 4)
    print(list(it.islice(xs, int(rnd() * 5), int(rnd() * 10), 1 + int(rnd() * 3))), list(it.combinations(xs, r))[:5], len(list(it.permutations(xs, r))),
          list(it.combinations_with_replacement(sorted(set(xs)), r))[:4], [(k, len(list(g))) for k, g in it.groupby(xs)], list(it.accumulate(xs)),
          list(it.zip_longest(xs, xs[::2], fillvalue=-1))[:3], list(it.pairwise(xs)), list(it.compress(xs, xs[::-1])))
    h = list(xs); heapq.heapify(h); h2 = []
    for x in xs: heapq.heappush(h2, (x, -x))
    print(h, h2, heapq.nlargest(3, xs), heapq.nsmallest(2, xs, key=lambda v: -v), list(heapq.merge(sorted(xs), sorted(xs[::2]))))
    s = sorted(xs)
    print([bisect.bisect_left(s, v) for v in range(7)], [bisect.bisect_right(s, v, 1) for v in range(7)])
    c = Counter(xs)
    print(c, c.most_common(2), +c, c - Counter(xs[:2]))
    d = deque(xs, maxlen=1 + int(rnd() * 5)); d.rotate(int(rnd() * 7) - 3); d.appendleft(9)
    print(d, list(reversed(d)))
