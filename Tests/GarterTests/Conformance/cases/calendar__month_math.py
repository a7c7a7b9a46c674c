import calendar
from datetime import date
for y, m in [(2024, 2), (2023, 2), (2024, 12), (1900, 2), (2000, 2)]:
    first, ndays = calendar.monthrange(y, m)
    print(y, m, calendar.day_name[first], ndays, calendar.isleap(y), date(y, m, ndays))
print(calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4), calendar.day_abbr[calendar.weekday(2024, 7, 4)])
print(calendar.monthcalendar(2024, 9))
print([calendar.month_abbr[i] for i in range(1, 13)])
print(calendar.timegm((2024, 3, 10, 12, 30, 0, 0, 0, 0)))
def nth_weekday(year, month, weekday, n):
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return date(year, month, days[n - 1])
print(nth_weekday(2024, 11, calendar.THURSDAY, 4), nth_weekday(2024, 5, calendar.MONDAY, 1))
try:
    calendar.monthrange(2024, 0)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
