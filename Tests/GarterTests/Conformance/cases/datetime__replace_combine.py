from datetime import date, time, datetime, timedelta
d = date(2024, 1, 31)
months = []
for m in range(1, 13):
    try:
        months.append(d.replace(month=m))
    except ValueError:
        months.append(d.replace(month=m, day=28))
print([x.isoformat() for x in months])
dt = datetime.combine(date(2024, 6, 1), time(9, 30))
print(dt, dt.replace(hour=17, minute=0), dt.date(), dt.time(), datetime.combine(dt.date(), time.max))
def end_of_month(day):
    nxt = day.replace(day=28) + timedelta(days=4)
    return nxt - timedelta(days=nxt.day)
print([str(end_of_month(date(2024, m, 1))) for m in (1, 2, 4, 12)])
