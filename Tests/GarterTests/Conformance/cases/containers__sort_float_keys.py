# Sorting by float keys: plain floats, key functions returning floats, reverse, ties
# (stability, 0.0 and -0.0 compare equal), infinities, and tuples with float columns.

values = [3.5, -1.25, 0.0, -0.0, 2.0, float("inf"), -float("inf"), 1e-300, -1e300, 2.0, 7.75]
print(sorted(values))
print(sorted(values, reverse=True))
print([repr(v) for v in sorted([0.0, -0.0, 0.0, -0.0])])
print([repr(v) for v in sorted([-0.0, 0.0, -0.0, 0.0], reverse=True)])

records = [("a", 2.5), ("b", -1.0), ("c", 2.5), ("d", 0.1), ("e", -1.0), ("f", 10.0)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted(records, key=lambda r: (r[1], r[0]), reverse=True))

pairs = [(1.5, 2), (1.5, 1), (-2.0, 9), (0.0, 3), (-0.0, 1), (1.5, 0)]
print(sorted(pairs))
print(sorted(pairs, reverse=True))

amounts = [round((i * 7919 % 1000) / 7.0, 2) for i in range(200)]
s = sorted(amounts)
print(s[:5], s[-5:], s[100])
lst = list(amounts)
lst.sort(reverse=True)
print(lst[:5], lst[-5:])

mixed = [3, 1.5, 2, 0.5, True]
print(sorted(mixed))
try:
    sorted([1.5, "x", 2.0])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([(1.0, 2), (1.0, "a")])
except TypeError as e:
    print("TypeError:", e)
