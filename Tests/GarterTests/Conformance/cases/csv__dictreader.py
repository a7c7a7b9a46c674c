import csv
import io

text = "id,name,score\n1,ann,9.5\n2,bob,7\n\n3,cy\n4,dee,8,extra,more\n"
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(text), restkey="rest", restval="?")
print([row for row in r][-2:])
r = csv.DictReader(["1,2", "3,4"], fieldnames=["a", "b"])
print(list(r))
print(csv.DictReader(io.StringIO("")).fieldnames)
rows = list(csv.DictReader(io.StringIO("k;v\nx;1\ny;2\n"), delimiter=";"))
print({r["k"]: int(r["v"]) for r in rows})
