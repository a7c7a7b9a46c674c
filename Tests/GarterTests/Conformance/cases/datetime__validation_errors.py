from datetime import date, time, datetime, timedelta, timezone
attempts = [
    lambda: date(2024, 2, 30), lambda: date(2023, 13, 1), lambda: date(0, 1, 1), lambda: time(24, 0),
    lambda: time(12, 60), lambda: datetime(2024, 1, 1, 12, 0, 60), lambda: time(1, 2, 3, 10**6),
    lambda: timedelta(days=10**9), lambda: date.max + timedelta(days=1), lambda: timezone(timedelta(hours=24)),
    lambda: date(2024, 1, 1) + 5, lambda: date(2024, 1, 1) < "2024-01-02", lambda: date.fromordinal(0),
    lambda: date(2024, 1, 1) < datetime(2024, 1, 1), lambda: datetime.combine("2024-01-01", time()),
    lambda: date(2024.5, 1, 1), lambda: date.fromisocalendar(2024, 60, 1),
]
for a in attempts:
    try:
        print("ok", a())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
