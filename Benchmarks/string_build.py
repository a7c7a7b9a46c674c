# String building and parsing on ~1M characters: f-strings with format specs,
# str.join, str.split, concatenation, and common str methods (upper, replace,
# find, count, startswith, strip, partition).

ACTIONS = ["login", "search", "view", "purchase", "logout"]


def make_lines(n, seed):
    x = seed
    lines = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        user = x % 997
        action = ACTIONS[(x >> 8) % 5]
        value = (x >> 4) % 100000 / 100
        lines.append(f"{i:06d} user{user:03d} action={action:<8} value={value:>9.2f} ok={x % 3 == 0}")
    return lines


def parse(text):
    totals = {}
    ok_count = 0
    for line in text.split("\n"):
        parts = line.split()
        action = parts[2].partition("=")[2]
        value = float(parts[3][6:]) if parts[3] != "value=" else float(parts[4])
        totals[action] = totals.get(action, 0.0) + value
        if line.endswith("True"):
            ok_count += 1
    return totals, ok_count


def main():
    lines = make_lines(18_000, 42)
    text = "\n".join(lines)
    print("chars:", len(text))
    checksum = 0
    for rnd in range(6):
        totals, ok_count = parse(text)
        checksum += ok_count
        for action in ACTIONS:
            checksum += int(totals[action])
        upper = text.upper()
        checksum += upper.count("USER0") + upper.find("PURCHASE") + len(upper.replace("ACTION=", ""))
        words = text.split(" ")
        checksum += sum(1 for w in words if w.startswith("user1"))
        rebuilt = "|".join(w.strip() for w in words if w)
        checksum += len(rebuilt)
    pieces = ""
    for i in range(50_000):
        pieces += str(i % 10)
    checksum += pieces.count("7")
    report = "".join(f"[{a}:{i}]" for i, a in enumerate(ACTIONS * 20_000))
    checksum += len(report)
    print("checksum:", checksum)
    print(lines[0])
    print(lines[-1])


main()
