# An agent-style job: write input data, aggregate it from files, write a report.
import csv
import json
import os
from collections import defaultdict
from pathlib import Path

data = Path('data')
data.mkdir()
rows = [('eu', 'a', 3, 9.5), ('us', 'b', 1, 20.0), ('eu', 'c', 2, 4.25), ('apac', 'a', 5, 1.1), ('us', 'a', 2, 9.5)]
with open(data / 'sales.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['region', 'product', 'qty', 'price'])
    w.writerows(rows)
(data / 'notes.md').write_text('# Notes\n\nRegion totals below.\n')

totals = defaultdict(float)
counts = defaultdict(int)
with open('data/sales.csv', newline='') as f:
    for row in csv.DictReader(f):
        totals[row['region']] += int(row['qty']) * float(row['price'])
        counts[row['product']] += int(row['qty'])
report = {'totals': {k: round(v, 2) for k, v in sorted(totals.items())}, 'units': dict(sorted(counts.items()))}

out = Path('out')
out.mkdir(exist_ok=True)
(out / 'report.json').write_text(json.dumps(report, indent=2, sort_keys=True))
with open(out / 'summary.txt', 'w') as f:
    f.write((data / 'notes.md').read_text())
    for region, total in report['totals'].items():
        print(f'{region:>5}: {total:8.2f}', file=f)
print(sorted(str(p) for p in Path('.').rglob('*')))
print(open('out/summary.txt').read(), end='')
loaded = json.loads((out / 'report.json').read_text())
print(loaded == report, os.path.getsize('out/report.json') > 50, max(loaded['units'], key=loaded['units'].get))
for p in sorted(out.glob('*.json')):
    print(p.name, p.stat().st_size == len(p.read_bytes()))
