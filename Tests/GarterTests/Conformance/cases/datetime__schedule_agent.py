from datetime import date, timedelta

def business_days(start, end, holidays=()):
    day = start
    out = []
    while day <= end:
        if day.weekday() < 5 and day not in holidays:
            out.append(day)
        day += timedelta(days=1)
    return out

holidays = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
days = business_days(date(2024, 12, 20), date(2025, 1, 3), holidays)
print(len(days), [d.strftime("%a %d") for d in days])
sprints = []
cursor = date(2024, 1, 8)
for n in range(1, 5):
    end = cursor + timedelta(days=13)
    sprints.append((n, cursor, end))
    cursor = end + timedelta(days=1)
for n, s, e in sprints:
    print(f"sprint {n}: {s:%b %d} - {e:%b %d} ({(e - s).days + 1} days, week {s.isocalendar()[1]})")
ages = {"ann": date(1990, 5, 17), "bo": date(2001, 2, 28)}
today = date(2024, 5, 16)
for name, born in ages.items():
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    print(name, age)
