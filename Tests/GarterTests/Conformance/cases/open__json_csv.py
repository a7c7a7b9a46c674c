# Files work with json, csv and print(file=...).
import csv
import json

data = {'name': 'report', 'values': [1, 2.5, None, True], 'nested': {'k': 'v'}}
with open('data.json', 'w') as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open('data.json') as f:
    loaded = json.load(f)
print(loaded == data, loaded)
print(open('data.json').read())

rows = [['id', 'name', 'score'], [1, 'ann', 9.5], [2, 'bob, jr', 7], [3, 'cy "q"', 8]]
with open('table.csv', 'w', newline='') as f:
    writer = csv.writer(f)
    writer.writerows(rows)
print(repr(open('table.csv', newline='').read()))
with open('table.csv', newline='') as f:
    for row in csv.reader(f):
        print(row)
with open('table.csv', newline='') as f:
    for rec in csv.DictReader(f):
        print(dict(rec))
with open('dicts.csv', 'w', newline='') as f:
    w = csv.DictWriter(f, fieldnames=['a', 'b'])
    w.writeheader()
    w.writerow({'a': 1, 'b': 2})
print(open('dicts.csv').read().splitlines())

with open('log.txt', 'w') as f:
    print('hello', 42, file=f)
    print('a', 'b', sep='-', end='!\n', file=f)
print(open('log.txt').read(), end='')

with open('lines.jsonl', 'w') as f:
    for i in range(3):
        f.write(json.dumps({'i': i}) + '\n')
with open('lines.jsonl') as f:
    print([json.loads(line)['i'] for line in f])
