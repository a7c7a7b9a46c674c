import csv
import io

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["name", "note", "value"]))
w.writerow(["Alice", "likes, commas", 1.5])
w.writerow(["Bob", 'says "hi"', None])
w.writerow(["Carol", "multi\nline", True])
w.writerows([[1, 2], [], [""], [None], [None, None]])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, lineterminator="\n").writerows([("a", "b"), ("c", "d")])
print(buf.getvalue(), end="")
w = csv.writer(buf)
print(w.writerow((x * x for x in range(4))))
print(w.writerow("abc"))
