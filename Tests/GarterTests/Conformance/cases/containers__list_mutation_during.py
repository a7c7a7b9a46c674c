nums = list(range(10))
evens = [n for n in nums if n % 2 == 0]
print(evens)
i = 0
while i < len(nums):
    if nums[i] % 3 == 0:
        del nums[i]
    else:
        i += 1
print(nums)
nums2 = list(range(10))
for n in nums2[:]:
    if n > 5:
        nums2.remove(n)
print(nums2)
res = []
for idx in range(len(nums2) - 1, -1, -1):
    if nums2[idx] % 2:
        res.append(nums2.pop(idx))
print(nums2, res)
