import traceback, sys
config = {"name": "svc"}
text = None
def first():
    return text.strip().lower()
try:
    first()
except AttributeError:
    traceback.print_exc(file=sys.stdout)
try:
    config.name
except AttributeError:
    traceback.print_exc(file=sys.stdout)
result = (config
          .get("missing")
          .strip())
