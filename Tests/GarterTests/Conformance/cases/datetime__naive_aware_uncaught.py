from datetime import datetime, timezone
naive = datetime(2024, 1, 1, 12)
aware = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
print(naive == aware)
print(aware - aware)
print(naive < aware)
