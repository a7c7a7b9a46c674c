try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    print([1, 2] < [1, "x"])
except TypeError as e:
    print("TypeError:", e)
print([1, 2] < [1, 3, "x"], sorted([[1, "b"], [0, 5]]))
print(sorted([True, 0, 2, -1.5, False]))
