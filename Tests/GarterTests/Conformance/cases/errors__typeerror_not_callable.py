handlers = {"x": 42}
print(handlers["x"])
handlers["x"]()
