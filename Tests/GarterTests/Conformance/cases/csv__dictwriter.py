import csv
import io

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["id", "name", "tags"])
print(w.writeheader())
w.writerow({"id": 1, "name": "Ann", "tags": "a,b"})
w.writerow({"id": 2, "name": "Bob"})
w.writerows([{"id": 3, "tags": None}, {"name": 'Q "uote"'}])
print(buf.getvalue(), end="")
buf = io.StringIO()
w = csv.DictWriter(buf, ["a", "b"], restval="NA", extrasaction="ignore", lineterminator="\n")
w.writerow({"a": 1, "zzz": 2})
print(repr(buf.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print(e)
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="bogus")
except ValueError as e:
    print(e)
