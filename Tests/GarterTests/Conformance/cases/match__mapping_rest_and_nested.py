configs = [
    {"db": {"host": "h1", "port": 5432}, "debug": True},
    {"db": {"host": "h2"}, "cache": {"ttl": 30}},
    {"db": {"url": "sqlite://"}},
    {"other": 1},
]
for cfg in configs:
    match cfg:
        case {"db": {"host": h, "port": int(p)}, **rest}:
            print(f"host={h} port={p} rest={rest}")
        case {"db": {"host": h}, "cache": {"ttl": ttl}}:
            print(f"host={h} default port, ttl={ttl}")
        case {"db": {"url": u}}:
            print(f"url={u}")
        case {**anything}:
            print(f"no db config, keys={list(anything)}")
