import copy
config = {"name": "svc", "ports": [80, 443], "limits": {"cpu": 2, "mem": [512, 1024]}, "tags": ("a", ["b"]), "set": {1, 2}}
shallow = copy.copy(config)
deep = copy.deepcopy(config)
config["ports"].append(8080)
config["limits"]["mem"][0] = 256
config["tags"][1].append("c")
config["set"].add(3)
print(shallow["ports"], deep["ports"])
print(shallow["limits"], deep["limits"])
print(shallow["tags"], deep["tags"], deep["set"])
print(shallow is config, shallow["ports"] is config["ports"], deep["ports"] is config["ports"])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy([t])[0] is t)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
loop = {"k": None}
loop["k"] = loop
dl = copy.deepcopy(loop)
print(dl["k"] is dl, dl is loop)
print(copy.copy(5), copy.copy("s"), copy.deepcopy(None), copy.copy([1, [2]]), copy.copy({1, 2}), copy.copy(frozenset([1])))
