calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), calls)
calls.clear()
print(all(check(x) for x in [3, 4, 1, 5]), calls)
calls.clear()
print(any(map(check, [])), all(map(check, [])), calls)
