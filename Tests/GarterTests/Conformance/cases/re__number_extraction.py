import re

report = "Revenue: $1,234,567.89; costs -45,000.5; margin 12.5%; units 3e3; tiny .5; ratio -0.25; id A12B; year 2024"
NUM = re.compile(r"(?<![\w.])[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][-+]?\d+)?(?![\w.])")
nums = [m.group() for m in NUM.finditer(report) if re.search(r"\d", m.group())]
print(nums)
values = [float(n.replace(",", "")) for n in nums]
print(values)
print(round(sum(values), 2))

percent = re.findall(r"(\d+(?:\.\d+)?)%", report)
print(percent)
money = re.findall(r"\$([\d,]+(?:\.\d\d)?)", report)
print(money, [int(float(m.replace(",", "")) * 100) for m in money])

def parse_duration(s):
    units = {"h": 3600, "m": 60, "s": 1, "ms": 0.001}
    total = 0
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)\s*(ms|h|m|s)\b", s):
        total += float(amount) * units[unit]
    return total

for d in ["1h 30m", "2m5s", "1.5h", "250ms", "3 h 4 m 5 s", "nothing"]:
    print(d, "->", parse_duration(d))

print(re.sub(r"\d+", lambda m: f"{int(m.group()):,}", "population 8000000000 and 1234"))
print(re.findall(r"0x[0-9a-fA-F]+|0b[01]+|0o[0-7]+", "0xFF 0b1010 0o17 0x 12"))
