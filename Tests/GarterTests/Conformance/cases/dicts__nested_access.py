config = {
    "server": {"host": "localhost", "ports": [8080, 8443], "tls": {"enabled": True}},
    "db": {"name": "app", "replicas": [{"host": "r1"}, {"host": "r2"}]},
}
print(config["server"]["ports"][1], config["db"]["replicas"][-1]["host"])
def get_path(d, path, default=None):
    cur = d
    for part in path.split("."):
        if isinstance(cur, dict) and part in cur:
            cur = cur[part]
        elif isinstance(cur, list) and part.isdigit() and int(part) < len(cur):
            cur = cur[int(part)]
        else:
            return default
    return cur
for p in ["server.host", "server.tls.enabled", "db.replicas.1.host", "db.replicas.5.host", "nope", "server.ports.0"]:
    print(p, "=>", get_path(config, p, "<missing>"))
config["server"]["tls"]["cert"] = "/etc/cert.pem"
print(config["server"])
