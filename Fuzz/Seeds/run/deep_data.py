a = []
for i in range(2000):
    a = [a]
try:
    print(repr(a)[:20])
except RecursionError as e:
    print('rec', e)
d = {}
for i in range(2000):
    d = {'k': d}
import json, copy
try:
    json.dumps(d)
except RecursionError:
    print('json rec')
try:
    copy.deepcopy(a)
except RecursionError:
    print('copy rec')
print(a == a, hash((1, (2, (3,)))))
