import io
import pprint

pp = pprint.PrettyPrinter(indent=4, width=30)
data = {"alpha": list(range(10)), "beta": {"x": 1, "y": [1, 2, 3]}}
pp.pprint(data)
s = pp.pformat(data)
print(type(s).__name__, len(s.splitlines()))
buf = io.StringIO()
pprint.pprint(data, stream=buf, width=20)
print(buf.getvalue(), end="")
print(pprint.pformat(123456789, underscore_numbers=True))
print(pprint.pformat([10 ** 12], underscore_numbers=True))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
