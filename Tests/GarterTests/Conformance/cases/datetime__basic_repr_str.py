from datetime import date, time, datetime, timedelta, timezone
values = [
    date(2024, 1, 2), datetime(2024, 1, 2, 3, 4, 5), datetime(2024, 1, 2, 3, 4, 5, 600),
    time(13, 45), time(0, 0, 0, 1), timedelta(days=1, seconds=3600), timedelta(hours=-1),
    timedelta(0), timedelta(microseconds=1500), timezone.utc, timezone(timedelta(hours=5, minutes=30)),
    timezone(timedelta(hours=-8), "PST"), datetime(2024, 6, 1, 12, tzinfo=timezone.utc),
]
for v in values:
    print(repr(v), "|", str(v))
print(date.min, date.max, datetime.max, timedelta.min, timedelta.max, timedelta.resolution)
