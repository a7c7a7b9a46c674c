import csv
import io
from collections import defaultdict

data = """date,region,product,units,price
2024-01-03,north,widget,10,2.50
2024-01-03,south,gadget,3,10.00
2024-01-04,north,gadget,1,10.00
2024-01-05,east,"widget, large",4,3.75
2024-01-05,south,widget,7,2.50
"""
totals = defaultdict(float)
units = defaultdict(int)
for row in csv.DictReader(io.StringIO(data)):
    revenue = int(row["units"]) * float(row["price"])
    totals[row["region"]] += revenue
    units[row["product"]] += int(row["units"])
out = io.StringIO()
w = csv.writer(out)
w.writerow(["region", "revenue"])
for region in sorted(totals):
    w.writerow([region, f"{totals[region]:.2f}"])
print(out.getvalue(), end="")
print(dict(units))
