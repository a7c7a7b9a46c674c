import statistics as st
from datetime import datetime, timedelta
import random
rng = random.Random(99)
start = datetime(2024, 4, 1)
readings = [(start + timedelta(minutes=15 * i), round(20 + rng.gauss(0, 1.5), 2)) for i in range(48)]
by_hour = {}
for ts, v in readings:
    by_hour.setdefault(ts.hour, []).append(v)
for hour in sorted(by_hour)[:6]:
    vals = by_hour[hour]
    print(f"{hour:02d}:00 n={len(vals)} mean={st.mean(vals):.2f} min={min(vals)} max={max(vals)}")
values = [v for _, v in readings]
print(round(st.mean(values), 6), round(st.stdev(values), 6), st.median(values))
hi = [ts.strftime("%H:%M") for ts, v in readings if v > st.mean(values) + st.stdev(values)]
print(hi)
