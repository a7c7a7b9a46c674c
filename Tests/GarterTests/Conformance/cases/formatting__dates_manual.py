def fmt_date(y, m, d):
    return f"{y:04d}-{m:02d}-{d:02d}"

def fmt_time(sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"

print(fmt_date(2024, 3, 7), fmt_date(99, 12, 31), fmt_date(1, 1, 1))
for sec in [0, 59, 61, 3599, 3600, 86399, 90061]:
    print(sec, fmt_time(sec))
def human_duration(sec):
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        q, sec = divmod(sec, size)
        if q:
            parts.append(f"{q}{unit}")
    return " ".join(parts) or "0s"
print([human_duration(s) for s in [0, 5, 65, 3600, 93784, 1000000]])
