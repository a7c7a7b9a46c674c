nums = [3, 1, 4, 1, 5, 9, 2, 6]
d = {"a": 1, "b": 2}
print(f"sum={sum(nums)} max={max(nums)} sorted={sorted(nums)}")
print(f"{d['a'] + d['b']} {'yes' if d else 'no'} {len(d):02}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{nums[1:4]} {nums[::-1][:2]} {nums.count(1)}")
print(f"{'a' 'b'} {'-'.join(map(str, nums[:3]))}")
x = 5
print(f"{x:{'>' if x > 3 else '<'}5}|")
print(f"{x!r:>4}", f"{'%d' % x}", f"{x:{x}}")
print(f"{3.0 * 2:.1f}{'%':>2}")
