import csv

lines = ['"a""b","c"d', '""', '"x",y,"z"', 'plain "inner" quote', '"trailing"  ', '"a"b"c"']
for row in csv.reader(lines):
    print(row)
print(list(csv.reader(['"multi\n', 'line",x\n', 'y\n'])))
r = csv.reader(['a', '"b\n', 'c"', 'd'])
print([(row, r.line_num) for row in r])
print(list(csv.reader(['"a""b",c'], doublequote=False)))
print(list(csv.reader(["'q, r',s"], quotechar="'")))
print(list(csv.reader(['"unterminated'])))
