from datetime import datetime
rows = ["2024-01-05", "2024-01-06", "06/01/2024"]
for r in rows:
    d = datetime.strptime(r, "%Y-%m-%d")
    print(d.date(), d.strftime("%A"))
