import pprint
from collections import Counter, OrderedDict, defaultdict, deque, ChainMap

words = "the cat and the dog and the bird saw the cat".split()
pprint.pprint(Counter(words), width=40)
dd = defaultdict(list)
for w in words:
    dd[w[0]].append(w)
pprint.pprint(dd, width=40)
pprint.pprint(OrderedDict((w, len(w)) for w in words), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=30), width=40)
pprint.pprint(ChainMap({"a": list(range(10))}, {"b": list(range(10))}), width=40)
pprint.pprint(Counter())
pprint.pprint(defaultdict(int))
