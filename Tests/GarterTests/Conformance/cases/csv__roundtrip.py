import csv
import io

rows = [["plain", "with,comma", 'with "quote"', "with\nnewline", "", " spaced "],
        [1, 2.25, -3, None, 7, "end"]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting).writerows(rows)
    buf.seek(0)
    back = list(csv.reader(buf, quoting=quoting))
    print(quoting, back)
