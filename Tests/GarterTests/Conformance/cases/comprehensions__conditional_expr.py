nums = [-3, -1, 0, 2, 5]
print(["neg" if n < 0 else "zero" if n == 0 else "pos" for n in nums])
print([n if n > 0 else 0 for n in nums])
print({n: ("even" if n % 2 == 0 else "odd") for n in nums})
print([(lambda v: v * 10)(n) for n in nums if n])
