print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict({"k": 1}, k2=2))
squares = {n: n * n for n in range(6)}
print(squares)
inv = {v: k for k, v in squares.items()}
print(inv)
print({k: v for k, v in squares.items() if v % 2 == 0})
print({c: "abcabc".count(c) for c in "abc"})
shared = dict.fromkeys(["a", "b"], [])
shared["a"].append(1)
print(shared)
