import json

defaults = json.loads('{"retries": 3, "timeout": 2.5, "endpoints": {"api": "https://a", "auth": "https://b"}, "features": ["x"]}')
override = json.loads('{"timeout": 10, "endpoints": {"api": "https://c"}, "features": ["y", "z"], "debug": true}')

def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = merge(out[k], v)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = v
    return out

cfg = merge(defaults, override)
print(json.dumps(cfg, indent=2))
diff = {k: (defaults.get(k), cfg[k]) for k in cfg if defaults.get(k) != cfg[k]}
print(json.dumps(diff, sort_keys=True))
flat = {}
def flatten(prefix, v):
    if isinstance(v, dict):
        for k, x in v.items():
            flatten(f"{prefix}.{k}" if prefix else k, x)
    else:
        flat[prefix] = v
flatten("", cfg)
for k in sorted(flat):
    print(f"{k} = {json.dumps(flat[k])}")
