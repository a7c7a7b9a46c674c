matrix = [[3, 8, 1], [9, -2, 7], [4, 6, 5]]
target = -2
pos = None
for r, row in enumerate(matrix):
    for c, v in enumerate(row):
        if v == target:
            pos = (r, c)
            break
    else:
        continue
    break
print("found at", pos)
def find_pair(nums, total):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == total:
                return i, j
    return None
print(find_pair([1, 4, 6, 9], 15), find_pair([1, 2], 10))
