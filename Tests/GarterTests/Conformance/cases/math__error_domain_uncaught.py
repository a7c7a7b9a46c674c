import math
values = [4.0, 9.0, 2.25, -1.0]
for v in values:
    print(v, math.sqrt(v))
