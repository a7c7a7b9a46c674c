words = ["alpha", "beta", "gamma", "delta", "epsilon"]
print({w: len(w) for w in words})
print({w[0]: w for w in words})
print({len(w) for w in words})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({i: {j: i * j for j in range(3)} for i in range(3)})
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(sorted({w[-1] for w in words}))
