from datetime import datetime, date, time
events = [
    ("deploy", datetime(2024, 3, 5, 9, 7, 3)),
    ("outage", datetime(2024, 3, 5, 23, 59, 59, 999999)),
    ("retro", datetime(2024, 12, 30, 14, 0)),
]
for name, ts in events:
    print(f"{name:<7} {ts:%Y-%m-%d %H:%M:%S} | {ts.strftime('%a %d %b %Y, %I:%M %p')} | {ts:%j %U %W %w %u}")
print(date(2024, 7, 4).strftime("%A, %B %d, %Y (%y) %m/%d %%"))
print(time(7, 5, 9, 123).strftime("%H:%M:%S.%f %I%p"))
print(datetime(2024, 3, 5).strftime("%c | %x | %X"))
print(format(date(2024, 1, 9), "%d.%m.%Y"), "{:%H:%M}".format(datetime(2024, 1, 1, 8, 3)))
print(f"{datetime(2024, 1, 1)}", f"{date(2024, 1, 1)!r}")
