d = {"count": 0, "names": []}
d["count"] += 1
d["count"] *= 10
d["names"] += ["a"]
d["names"] += "bc"
print(d)
lst = [1, 2, 3]
lst[0] += 100
lst[-1] **= 2
lst[1] -= lst[0]
print(lst)
class S:
    def __init__(self):
        self.total = 0
        self.items = []
s = S()
s.total += 5
s.total *= 3
s.items += [1]
s.items.append(2)
print(s.total, s.items)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 5
print(arr, calls)
nested = {"a": {"b": [1, 2]}}
nested["a"]["b"][1] *= 50
print(nested)
