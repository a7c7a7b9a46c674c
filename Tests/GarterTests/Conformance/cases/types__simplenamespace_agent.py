import json
from types import SimpleNamespace

raw = '{"user": {"name": "ann", "roles": ["admin", "dev"]}, "active": true, "count": 3}'
cfg = json.loads(raw, object_hook=lambda d: SimpleNamespace(**d))
print(cfg.user.name, cfg.user.roles, cfg.active, cfg.count)
print(cfg)
cfg.count += 1
print(vars(cfg)["count"], sorted(vars(cfg.user)))
opts = SimpleNamespace(verbose=False, retries=3)
opts.__dict__.update({"retries": 5, "timeout": 1.5})
print(opts)
