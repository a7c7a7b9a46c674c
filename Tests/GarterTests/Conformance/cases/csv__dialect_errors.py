import csv
import io

params = [
    {"delimiter": "ab"}, {"delimiter": 1}, {"delimiter": ""}, {"delimiter": None},
    {"quotechar": "ab"}, {"quotechar": 1}, {"quotechar": None, "quoting": csv.QUOTE_ALL},
    {"quoting": 7}, {"quoting": "a"}, {"lineterminator": None}, {"lineterminator": 1},
    {"escapechar": "ab"}, {"foo": 1},
]
for p in params:
    try:
        csv.writer(io.StringIO(), **p)
        print(p, "ok")
    except (TypeError, csv.Error) as e:
        print(p, type(e).__name__, e)
try:
    csv.writer(io.StringIO(), "nodialect")
except csv.Error as e:
    print("Error", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)
