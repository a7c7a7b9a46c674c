s = {1, 2, 3}
print(s.union("ab") == {1, 2, 3, "a", "b"}, sorted(s.intersection([2, 3, 4])), sorted(s.difference((1,), [2])))
s.intersection_update([1, 2, 5])
print(s)
s.difference_update({1})
print(s)
s.symmetric_difference_update([2, 7])
print(s)
print(s.issubset(range(10)), s.issuperset([7]))
