import traceback, sys
orders = [{"qty": 2, "price": 3.5}, {"qty": 1}]
try:
    total = sum(o["qty"] * o["price"] for o in orders)
except KeyError:
    traceback.print_exc(file=sys.stdout)
try:
    names = {k: v.upper() for k, v in {"a": "x", "b": 2}.items()}
except AttributeError:
    traceback.print_exc(file=sys.stdout)
by_key = sorted(orders, key=lambda o: o["price"])
