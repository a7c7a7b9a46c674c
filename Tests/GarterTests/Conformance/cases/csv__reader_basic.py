import csv
import io

text = "name,age,city\r\nAlice,30,NYC\r\nBob,25,\"San Francisco, CA\"\r\n\r\nCarol,,LA\r\n"
reader = csv.reader(io.StringIO(text))
for row in reader:
    print(reader.line_num, row)
print(list(csv.reader(["a,b", "c,d"])))
print(list(csv.reader(["single"])))
print(list(csv.reader([""])))
print(list(csv.reader([",,"])))
print(list(csv.reader("abc")))
