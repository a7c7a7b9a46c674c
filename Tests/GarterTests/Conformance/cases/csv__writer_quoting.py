import csv
import io

row = [None, 1, 2.5, True, "x", "", "a,b", 'q"t']
for name in ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC"]:
    buf = io.StringIO()
    csv.writer(buf, quoting=getattr(csv, name)).writerow(row)
    print(name, getattr(csv, name), repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(['a"b', "a,b", "a\\b", "plain"])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, escapechar="\\").writerow(['a"b', "a,b", "a\\b"])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, escapechar="\\", doublequote=False).writerow(['a"b', "a,b"])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, delimiter=" ").writerow([" lead", "trail ", "#"])
csv.writer(buf, delimiter=";", lineterminator="|").writerow(["a;b", "a,b", "x|y"])
csv.writer(buf, lineterminator="\n").writerow(["a\rb", "c\nd"])
print(repr(buf.getvalue()))
