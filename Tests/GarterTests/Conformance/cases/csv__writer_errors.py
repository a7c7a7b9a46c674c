import csv
import io

def attempt(f):
    try:
        print(repr(f()))
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)

buf = io.StringIO()
attempt(lambda: csv.writer(buf).writerow(5))
attempt(lambda: csv.writer(buf, quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt(lambda: csv.writer(buf, quoting=csv.QUOTE_NONE).writerow([""]))
attempt(lambda: csv.writer(buf, doublequote=False).writerow(['a"b']))
attempt(lambda: csv.writer(5))
attempt(lambda: csv.reader(5))
print(repr(buf.getvalue()))
