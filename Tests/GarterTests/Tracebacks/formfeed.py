x = {}
y = x["q"]
