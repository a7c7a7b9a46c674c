print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, -5, 3], key=abs), min(["aaa", "b", "cc"], key=len))
print(max([], default=None), min((), default="empty"), max([7], default=0))
print(max([1, 3, 3], key=lambda x: x), max([(1, "a"), (1, "b")]), min([[2, 1], [1, 9]]))
print(max(1, 2.5), min(True, 0), max("a", "B"))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min()
except TypeError as e:
    print("TypeError:", e)
