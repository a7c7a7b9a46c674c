import math
seen = []
for i in range(8):
    try:
        seen.append(math.floor(2.5) if i != 6 else math.tau)
    except AttributeError as e:
        seen.append(str(e))
    if i == 1:
        math.floor = lambda x: 'patched'
    if i == 2:
        del math.floor
    if i == 3:
        vars(math)['floor'] = lambda x: 'via vars'
    if i == 4:
        vars(math).pop('floor')
        math.extra = 1
        math.floor = abs
    if i == 5:
        vars(math).clear()
print(seen)
