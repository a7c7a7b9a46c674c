# Regular expressions over ~1 MB of generated text: findall, finditer with
# groups, search, sub with a backreference template and a function, split,
# compiled patterns with flags. Needs the `re` module.
import re

WORDS = ["error", "warning", "info", "debug", "timeout", "retry", "user", "order",
         "payment", "shipped", "Refund", "ALERT", "cache", "miss", "hit", "latency"]
DOMAINS = ["example.com", "mail.test.org", "corp.example.net"]


def make_text(target, seed):
    x = seed
    parts = []
    size = 0
    while size < target:
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        kind = x % 10
        if kind == 0:
            p = f"user{x % 1000}@{DOMAINS[(x >> 10) % 3]}"
        elif kind == 1:
            p = f"20{(x >> 3) % 30:02d}-{(x >> 8) % 12 + 1:02d}-{(x >> 12) % 28 + 1:02d}"
        elif kind == 2:
            p = f"id={x % 100000}"
        elif kind == 3:
            p = f"{(x >> 5) % 1000}.{x % 100:02d}ms"
        elif kind == 4:
            p = "\n"
        else:
            p = WORDS[(x >> 7) % len(WORDS)]
        parts.append(p)
        size += len(p) + 1
    return " ".join(parts)


def main():
    text = make_text(1_000_000, 2024)
    print("chars:", len(text))
    emails = re.findall(r"\b[\w.]+@([\w-]+(?:\.[\w-]+)+)\b", text)
    domains = {}
    for d in emails:
        domains[d] = domains.get(d, 0) + 1
    print("emails:", len(emails), sorted(domains.items()))

    date_re = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
    years = 0
    months = [0] * 13
    for m in date_re.finditer(text):
        years += int(m.group(1))
        months[int(m.group(2))] += 1
    print("dates:", years, months)

    ids = [int(v) for v in re.findall(r"id=(\d+)", text)]
    print("ids:", len(ids), sum(ids))

    lat = re.compile(r"(\d+)\.(\d+)ms")
    total_ms = sum(float(m.group(0)[:-2]) for m in lat.finditer(text))
    print("latency:", round(total_ms, 2))

    alerts = re.findall(r"(?i)\b(?:alert|error|timeout)\b", text)
    print("alerts:", len(alerts))

    lines = re.split(r"\s*\n\s*", text)
    long_lines = [ln for ln in lines if re.search(r"\bpayment\b.*\brefund\b", ln, re.IGNORECASE)]
    print("lines:", len(lines), len(long_lines))

    masked = re.sub(r"user(\d+)@", r"u<\1>@", text)
    redacted = re.sub(r"id=(\d+)", lambda m: "id=" + "#" * len(m.group(1)), masked)
    print("sub:", len(masked), len(redacted), redacted[:80].replace("\n", "|"))


main()
