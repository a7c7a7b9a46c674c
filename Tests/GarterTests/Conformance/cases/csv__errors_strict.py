import csv
for row in csv.reader(['"fine",1', '"bad"x,2'], strict=True):
    print(row)
