config = {"host": "localhost", "port": 8080}
for key in ("host", "port"):
    print(f"{key} = {config[key]}")
print("user =", config["user"])
