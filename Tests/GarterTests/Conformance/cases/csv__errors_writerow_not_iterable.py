import csv
import io
w = csv.writer(io.StringIO())
w.writerow(["ok"])
print("wrote")
w.writerow(42)
