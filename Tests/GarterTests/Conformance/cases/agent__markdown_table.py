rows = [
    {"service": "auth", "p50_ms": 12.4, "p99_ms": 88.0, "errors": 3, "requests": 15230},
    {"service": "billing", "p50_ms": 45.25, "p99_ms": 410.7, "errors": 41, "requests": 8120},
    {"service": "search", "p50_ms": 8.0, "p99_ms": 52.125, "errors": 0, "requests": 40211},
    {"service": "notifications", "p50_ms": 120.0, "p99_ms": 1500.0, "errors": 220, "requests": 3010},
]
for r in rows:
    r["error_rate"] = r["errors"] / r["requests"]
    r["health"] = "red" if r["error_rate"] > 0.02 or r["p99_ms"] > 1000 else ("yellow" if r["error_rate"] > 0.004 else "green")

columns = [
    ("service", "Service", "<", lambda v: v),
    ("requests", "Requests", ">", lambda v: f"{v:,}"),
    ("p50_ms", "p50 (ms)", ">", lambda v: f"{v:.1f}"),
    ("p99_ms", "p99 (ms)", ">", lambda v: f"{v:.1f}"),
    ("error_rate", "Err %", ">", lambda v: f"{v:.2%}"),
    ("health", "Health", "^", lambda v: v.upper()),
]
cells = [[fmt(r[key]) for key, _, _, fmt in columns] for r in rows]
widths = [max(len(title), *(len(c[i]) for c in cells)) for i, (_, title, _, _) in enumerate(columns)]

def line(values):
    return "| " + " | ".join(f"{v:{al}{w}}" for v, w, (_, _, al, _) in zip(values, widths, columns)) + " |"

print(line([t for _, t, _, _ in columns]))
seps = []
for w, (_, _, al, _) in zip(widths, columns):
    if al == "<":
        seps.append(":" + "-" * (w - 1))
    elif al == ">":
        seps.append("-" * (w - 1) + ":")
    else:
        seps.append(":" + "-" * (w - 2) + ":")
print("| " + " | ".join(seps) + " |")
for c in cells:
    print(line(c))
total_req = sum(r["requests"] for r in rows)
total_err = sum(r["errors"] for r in rows)
print(f"\n**Total:** {total_req:,} requests, {total_err} errors ({total_err / total_req:.3%})")
print("Unhealthy:", ", ".join(r["service"] for r in rows if r["health"] != "green"))
