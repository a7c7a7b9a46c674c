nums = [2, 3, 5, 7, 11]
prod = 1
for n in nums:
    prod *= n
print(sum(nums), prod, sum(nums) / len(nums))
print(sum([[1], [2, 3], []], []), sum([0.1] * 3), sum(range(5), 100))
prefix = [0]
for n in nums:
    prefix.append(prefix[-1] + n)
print(prefix, prefix[4] - prefix[1])
