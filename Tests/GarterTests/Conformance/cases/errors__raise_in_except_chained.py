data = {"a": 1}
try:
    print(data["b"])
except KeyError:
    print("handling missing key")
    raise RuntimeError("lookup failed while handling")
