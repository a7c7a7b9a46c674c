from datetime import date, datetime, timedelta
start = datetime(2024, 2, 27, 22, 30)
for delta in [timedelta(hours=3), timedelta(days=2), timedelta(weeks=1, minutes=-30), timedelta(days=-60)]:
    print(start + delta, start - delta)
a, b = datetime(2024, 3, 10, 8, 15), datetime(2023, 12, 25, 17, 45, 30)
d = a - b
print(d, repr(d), d.days, d.seconds, d.total_seconds())
print(date(2024, 12, 25) - date(2024, 1, 1), (date(2025, 1, 1) - date(2024, 1, 1)).days)
print(timedelta(hours=25) // timedelta(hours=1), timedelta(minutes=90) / timedelta(hours=1), timedelta(days=1) % timedelta(hours=5))
print(timedelta(hours=1) * 3, 2.5 * timedelta(minutes=1), timedelta(days=3) / 4, timedelta(seconds=10) // 3, -timedelta(hours=2), abs(timedelta(hours=-2)))
print(sum([timedelta(minutes=m) for m in (15, 45, 90)], timedelta()))
print(date(2024, 1, 31) + timedelta(days=29), date(2023, 1, 31) + timedelta(days=29))
