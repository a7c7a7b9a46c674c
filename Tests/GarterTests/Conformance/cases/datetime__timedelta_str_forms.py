from datetime import timedelta
for td in [timedelta(seconds=1), timedelta(seconds=-1), timedelta(days=1, microseconds=1), timedelta(days=-1, hours=23),
           timedelta(weeks=3, days=2, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8),
           timedelta(seconds=0.5), timedelta(microseconds=0.4), timedelta(microseconds=1.5), timedelta(days=0.001),
           timedelta(minutes=-1.25), timedelta(days=400)]:
    print(f"{str(td):>28} {td!r}")
print(timedelta(hours=1) == timedelta(minutes=60), timedelta(1) > timedelta(hours=23), bool(timedelta()), hash(timedelta(1)) == hash(timedelta(hours=24)))
print(divmod(timedelta(hours=10), timedelta(hours=3)), round(timedelta(minutes=10) / timedelta(seconds=7), 6))
