from datetime import date, datetime
for d in [date(2024, 1, 1), date(2024, 12, 30), date(2021, 1, 3), date(2026, 12, 31), date(2020, 2, 29)]:
    iso = d.isocalendar()
    print(d, d.weekday(), d.isoweekday(), iso, iso.year, iso.week, iso.weekday, tuple(iso), d.toordinal(), d.timetuple().tm_yday)
print(date.fromisocalendar(2024, 1, 1), date.fromisocalendar(2020, 53, 7), date.fromordinal(738000))
print(datetime(2024, 3, 10, 15).timetuple())
print(date(2024, 3, 10).ctime(), datetime(2024, 3, 10, 15, 4, 5).ctime())
