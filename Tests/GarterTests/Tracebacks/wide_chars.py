import traceback, sys
prices = {"日本": 100, "é": 3}
try:
    x = prices["日本"] + prices["中国"]
except KeyError:
    traceback.print_exc(file=sys.stdout)
label = "价格"; value = label + prices["é"]
