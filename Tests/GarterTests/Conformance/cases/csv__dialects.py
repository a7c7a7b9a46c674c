import csv
import io

def attempt(f):
    try:
        print(repr(f()))
    except (csv.Error, TypeError, AttributeError) as e:
        print(type(e).__name__, e)

print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel")
print(d.delimiter, repr(d.quotechar), d.escapechar, d.doublequote, d.skipinitialspace,
      repr(d.lineterminator), d.quoting, d.strict)
print(csv.get_dialect("unix").quoting, repr(csv.get_dialect("excel-tab").delimiter))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["a", 1])
print(repr(buf.getvalue()))
print(list(csv.reader(['"a"|"b"'], dialect="pipes")))
class Semi(csv.excel):
    delimiter = ";"
buf = io.StringIO()
csv.writer(buf, dialect=Semi).writerow(["x;y", "z"])
print(repr(buf.getvalue()))
csv.unregister_dialect("pipes")
print(sorted(csv.list_dialects()))
attempt(lambda: csv.get_dialect("pipes"))
attempt(lambda: csv.unregister_dialect("nope"))
attempt(lambda: setattr(d, "delimiter", ";"))
w = csv.writer(io.StringIO(), quotechar=None)
print(w.dialect.quoting)
print(csv.excel().delimiter, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
