from datetime import datetime, timezone, timedelta
utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
meeting = datetime(2024, 3, 15, 14, 0, tzinfo=utc)
for tz in (utc, est, ist):
    local = meeting.astimezone(tz)
    print(f"{str(tz):>10} {local} {local.tzname()} {local.utcoffset()} {local:%H:%M %z}")
print(datetime(2024, 3, 15, 9, tzinfo=est) == meeting, datetime(2024, 3, 15, 9, tzinfo=est) - meeting)
print(datetime.fromtimestamp(1700000000, tz=utc), datetime.fromtimestamp(0, utc).isoformat())
print(datetime(2024, 1, 1, tzinfo=utc).timestamp(), datetime(2024, 1, 1, tzinfo=ist).timestamp())
print(repr(est), repr(ist), ist.utcoffset(None), est.tzname(None))
print(meeting.replace(tzinfo=None), meeting.replace(tzinfo=None) == meeting)
