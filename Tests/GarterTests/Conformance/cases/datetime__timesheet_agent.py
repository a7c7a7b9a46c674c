from datetime import datetime, timedelta, date
from dataclasses import dataclass

@dataclass
class Shift:
    worker: str
    start: datetime
    end: datetime

    @property
    def hours(self):
        return (self.end - self.start) / timedelta(hours=1)

raw = [
    ("ana", "2024-04-01 08:00", "2024-04-01 16:30"),
    ("ana", "2024-04-02 22:00", "2024-04-03 06:00"),
    ("ben", "2024-04-01 09:15", "2024-04-01 17:45"),
    ("ben", "2024-04-06 10:00", "2024-04-06 14:00"),
]
fmt = "%Y-%m-%d %H:%M"
shifts = [Shift(w, datetime.strptime(s, fmt), datetime.strptime(e, fmt)) for w, s, e in raw]
totals = {}
for sh in shifts:
    weekend = sh.start.weekday() >= 5
    rate = 1.5 if weekend else 1.0
    totals.setdefault(sh.worker, [0.0, 0.0])
    totals[sh.worker][0] += sh.hours
    totals[sh.worker][1] += sh.hours * rate
for w, (h, paid) in totals.items():
    print(f"{w}: {h:.2f}h worked, {paid:.2f}h paid")
week_start = date(2024, 4, 1)
week = [week_start + timedelta(days=i) for i in range(7)]
print([d.strftime("%a") for d in week])
overnight = [sh for sh in shifts if sh.end.date() > sh.start.date()]
print(overnight)
