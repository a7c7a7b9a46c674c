import csv

sample = "name;age;city\nbob;31;Paris\nalice;25;Rome\n"
s = csv.Sniffer()
d = s.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace)
print(s.has_header(sample))
d = s.sniff('"a","b"\n"c","d"\n')
print(repr(d.delimiter), repr(d.quotechar))
print(s.has_header("1,2\n3,4\n5,6\n"))
try:
    s.sniff("")
except csv.Error as e:
    print(e)
