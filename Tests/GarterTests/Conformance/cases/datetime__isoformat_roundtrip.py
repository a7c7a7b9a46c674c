from datetime import datetime, date, time, timezone, timedelta
stamps = ["2024-01-02", "2024-01-02T03:04", "2024-01-02T03:04:05.123456", "2024-01-02 03:04:05+02:00",
          "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.5-07:30", "20240102T030405"]
for s in stamps:
    dt = datetime.fromisoformat(s)
    print(s, "->", repr(dt), "->", dt.isoformat())
print(date.fromisoformat("2024-02-29"), time.fromisoformat("23:59:59.000001"), repr(time.fromisoformat("08:30+01:00")))
dt = datetime(2024, 5, 6, 7, 8, 9, 123456, tzinfo=timezone(timedelta(hours=-3)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec))
print(dt.isoformat(sep=" "), datetime(2024, 1, 1).isoformat())
