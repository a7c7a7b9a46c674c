from datetime import date
due = {"invoice-1": date(2024, 5, 1), "invoice-2": "2024-05-15"}
today = date(2024, 5, 10)
for k, d in due.items():
    print(k, (today - d).days)
