import csv

print(list(csv.reader(['a, b,  c', ' "q, r", s'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\\\\d', '"x\\"y",z'], escapechar='\\')))
print(list(csv.reader(['a,b\\'], escapechar='\\')))
print(list(csv.reader(['a,\\\n', 'b'], escapechar='\\')))
print(list(csv.reader(['1,2.5,"x",,-3e2'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"a,b",c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['a|b'], delimiter='|', quotechar=None)))
print(list(csv.reader(['a\0b'])))
