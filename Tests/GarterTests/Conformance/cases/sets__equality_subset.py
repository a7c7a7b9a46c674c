a = {1, 2, 3}
print(a == {3, 2, 1}, a == [1, 2, 3], a == set([1, 2, 3]), a != {1, 2})
subs = [set(), {1}, {1, 2}, {1, 2, 3}, {4}]
for s in subs:
    print(sorted(s), s <= a, s < a, s >= a, s.isdisjoint(a))
print(max([{1}, {1, 2}], key=len), sorted([{3, 1}, {2}], key=min))
