defaults = {
    "server": {"host": "0.0.0.0", "port": 8000, "workers": 2, "tls": {"enabled": False, "cert": None}},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {"beta": False, "search": True},
}
file_cfg = {
    "server": {"port": 8443, "tls": {"enabled": True, "cert": "/etc/ssl/app.pem"}},
    "logging": {"handlers": ["console", "file"]},
    "features": {"beta": True},
}
env_overrides = {"SERVER__WORKERS": "8", "LOGGING__LEVEL": "debug", "FEATURES__SEARCH": "false", "SERVER__TLS__ENABLED": "yes"}

def deep_merge(base, override, path="", changes=None):
    changes = [] if changes is None else changes
    out = {}
    for k in list(base) + [k for k in override if k not in base]:
        p = f"{path}.{k}" if path else k
        if k in base and k in override and isinstance(base[k], dict) and isinstance(override[k], dict):
            out[k] = deep_merge(base[k], override[k], p, changes)[0]
        elif k in override:
            if base.get(k) != override[k]:
                changes.append((p, base.get(k), override[k]))
            out[k] = override[k]
        else:
            out[k] = base[k]
    return out, changes

def coerce(v):
    low = v.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    if v.isdigit():
        return int(v)
    return v.upper() if low in ("debug", "info", "warn", "error") else v

def env_to_dict(env):
    out = {}
    for key, val in sorted(env.items()):
        parts = key.lower().split("__")
        cur = out
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        cur[parts[-1]] = coerce(val)
    return out

merged, changes1 = deep_merge(defaults, file_cfg)
final, changes2 = deep_merge(merged, env_to_dict(env_overrides))
print("changes from file:")
for p, old, new in changes1:
    print(f"  {p}: {old!r} -> {new!r}")
print("changes from env:")
for p, old, new in changes2:
    print(f"  {p}: {old!r} -> {new!r}")

def dump(d, indent=0):
    for k, v in d.items():
        if isinstance(v, dict):
            print("  " * indent + f"{k}:")
            dump(v, indent + 1)
        else:
            print("  " * indent + f"{k}: {v}")
print("final config:")
dump(final, 1)
print("defaults untouched:", defaults["server"]["port"] == 8000 and defaults["server"]["tls"]["enabled"] is False)
