from collections import ChainMap
defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["user"], cfg["debug"], len(cfg), sorted(cfg), "color" in cfg)
print(cfg)
child = cfg.new_child({"color": "blue"})
print(child["color"], cfg["color"], child.parents["color"], child.maps[0])
child["size"] = 10
print(child.maps[0], "size" in cfg, cfg.get("size", "n/a"))
del child["size"]
try:
    del child["user"]
except KeyError as e:
    print("KeyError", e)
print(dict(cfg), sorted(cfg.items()))
