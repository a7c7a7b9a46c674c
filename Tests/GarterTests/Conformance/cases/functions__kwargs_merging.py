def make_request(url, **options):
    defaults = {"method": "GET", "timeout": 30, "headers": {}}
    cfg = {**defaults, **options}
    hdrs = ", ".join(f"{k}: {v}" for k, v in sorted(cfg["headers"].items()))
    return f"{cfg['method']} {url} (timeout={cfg['timeout']}) [{hdrs}]"
print(make_request("/a"))
print(make_request("/b", method="POST", headers={"Auth": "x", "Accept": "json"}))
print(make_request("/c", timeout=5, extra=True))
