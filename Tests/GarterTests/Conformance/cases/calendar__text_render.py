import calendar
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 3, w=3))
cal = calendar.Calendar(firstweekday=0)
weeks = cal.monthdatescalendar(2024, 6)
print(len(weeks), weeks[0][0], weeks[-1][-1])
print(list(cal.itermonthdays2(2024, 6))[:9])
print(calendar.TextCalendar().formatyear(2024, c=2, m=4)[:400])
