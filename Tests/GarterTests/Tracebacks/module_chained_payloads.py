import traceback, sys, json
def load(s):
    try:
        return json.loads(s)["data"]
    except (KeyError, TypeError) as e:
        raise RuntimeError(f"bad payload: {s[:10]}") from e
for payload in ['{"data": 1}', '{"x": 2}', '[1]']:
    try:
        print(load(payload))
    except RuntimeError:
        print(traceback.format_exc())
def risky(n):
    try:
        return [1, 2][n]
    except IndexError:
        return {}[n]
try:
    risky(5)
except KeyError:
    traceback.print_exc(file=sys.stdout, limit=1)
    traceback.print_exc(file=sys.stdout, chain=False)
    print(traceback.format_exception_only(*sys.exc_info()[:2]))
    print(repr(traceback.format_exc().splitlines()[-1]))
risky(7)
