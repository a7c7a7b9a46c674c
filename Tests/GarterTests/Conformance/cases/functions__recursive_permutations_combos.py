def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)
print(combinations([1, 2, 3, 4], 2))
print(len(combinations(list(range(10)), 3)))
def subsets_sum(nums, target, partial=()):
    if target == 0:
        return [partial]
    if target < 0 or not nums:
        return []
    return subsets_sum(nums[1:], target - nums[0], partial + (nums[0],)) + subsets_sum(nums[1:], target, partial)
print(subsets_sum([3, 34, 4, 12, 5, 2], 9))
def n_queens(n, row=0, cols=()):
    if row == n:
        return 1
    return sum(n_queens(n, row + 1, cols + (c,)) for c in range(n)
               if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)))
print([n_queens(n) for n in range(1, 8)])
