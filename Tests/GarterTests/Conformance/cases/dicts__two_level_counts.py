log = """GET /index 200
POST /login 302
GET /index 200
GET /missing 404
POST /login 200
GET /index 500
GET /about 200"""
stats = {}
for line in log.splitlines():
    method, path, code = line.split()
    stats.setdefault(path, {})
    stats[path][code] = stats[path].get(code, 0) + 1
for path in sorted(stats):
    codes = ", ".join(f"{c}x{n}" for c, n in sorted(stats[path].items()))
    total = sum(stats[path].values())
    err = sum(n for c, n in stats[path].items() if c >= "400")
    print(f"{path:<10} total={total} errors={err} [{codes}]")
