nums = [3, -7, 2.5, -0.5, 10, -10, 0]
print(abs(-7), abs(3.5), abs(0), abs(-0.0), abs(True))
print(max(nums), min(nums), max(nums, key=abs), min(nums, key=abs))
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda v: (-abs(v), v)))
print(max(-10, 10, key=abs), min(-10, 10, key=abs))
print(sum(nums), sum(nums) / len(nums))
