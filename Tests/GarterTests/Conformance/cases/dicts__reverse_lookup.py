capitals = {"France": "Paris", "Japan": "Tokyo", "Peru": "Lima", "Chad": "N'Djamena"}
rev = {v: k for k, v in capitals.items()}
print(rev["Tokyo"], rev.get("Rome", "?"))
print([k for k, v in capitals.items() if len(v) <= 5])
print(next((k for k, v in capitals.items() if v.startswith("L")), None))
print(next((k for k, v in capitals.items() if v.startswith("Z")), "none"))
print(repr(capitals["Chad"]), capitals)
