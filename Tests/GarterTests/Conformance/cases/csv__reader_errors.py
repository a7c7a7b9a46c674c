import csv

cases = [
    (['a\rb'], {}),
    (['"ab"c'], {"strict": True}),
    (['"ab'], {"strict": True}),
    ([1], {}),
    (['1,abc'], {"quoting": csv.QUOTE_NONNUMERIC}),
]
for lines, kw in cases:
    try:
        print(list(csv.reader(lines, **kw)))
    except (csv.Error, ValueError) as e:
        print(type(e).__name__, e)
old = csv.field_size_limit(5)
print(old)
try:
    list(csv.reader(["abcdefgh"]))
except csv.Error as e:
    print(e)
print(csv.field_size_limit(old))
print(csv.field_size_limit())
