routes = ["/api/users", "/api/users/42", "/static/app.js", "/", "/admin/login", "/api/orders/7/items"]
for r in routes:
    if r.startswith("/api/"):
        parts = r[len("/api/"):].split("/")
        kind = f"API resource={parts[0]} args={parts[1:]}"
    elif r.startswith("/static/"):
        kind = "STATIC ext=" + r.rsplit(".", 1)[-1]
    elif r == "/":
        kind = "ROOT"
    else:
        kind = "OTHER " + r.strip("/").replace("/", ":")
    print(f"{r:<22} {kind}")
