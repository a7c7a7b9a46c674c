fs = frozenset([3, 1, 2])
print(fs, len(fs), 2 in fs, sorted(fs))
print(fs | {4}, fs & {1, 9}, type(fs | {4}).__name__, type({4} | fs).__name__)
try:
    fs.add(5)
except AttributeError as e:
    print("AttributeError:", e)
groups = {frozenset([1, 2]): "a", frozenset([2, 1]): "b", frozenset(): "empty"}
print(len(groups), groups[frozenset({1, 2})], groups[frozenset()])
print(frozenset([1, 2]) == {1, 2}, frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
