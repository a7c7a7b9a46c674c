data = {}
if (n := data["k"]) > 1:
    pass
