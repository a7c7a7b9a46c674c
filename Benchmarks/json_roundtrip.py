# JSON round trip of ~1 MB: json.dumps of nested records (str with escapes and
# non-ASCII, int, float, bool, None, lists, dicts), json.loads back, equality
# check, then an indented sort_keys dump. Needs the `json` module.
import json

TAGS = ["alpha", "beta", "gamma", "delta", "épsilon", "ζeta", "quote\"d", "tab\tbed", "line\nfeed"]


def make_data(n, seed):
    x = seed
    items = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        items.append({
            "id": i,
            "name": f"item-{x % 100000}",
            "price": (x % 100000) / 100,
            "ratio": x / 2147483648,
            "active": x % 3 == 0,
            "parent": None if x % 7 == 0 else i // 2,
            "tags": [TAGS[(x >> k) % len(TAGS)] for k in range(0, 12, 4)],
            "dims": {"w": x % 50, "h": (x >> 6) % 50, "unit": "cm"},
        })
    return {"version": 3, "count": n, "items": items, "meta": {"source": "bench", "ok": True}}


def main():
    data = make_data(5_000, 11)
    text = json.dumps(data)
    print("compact bytes:", len(text))
    total = len(text)
    for _ in range(4):
        back = json.loads(text)
        assert back == data
        text = json.dumps(back)
        total += len(text)
    pretty = json.dumps(back, indent=2, sort_keys=True)
    again = json.loads(pretty)
    print("pretty bytes:", len(pretty), again == data)
    print("total:", total)
    print(text[:120])
    print(pretty[-60:])
    s = 0
    for item in again["items"]:
        s += item["dims"]["w"] * item["dims"]["h"] + len(item["tags"][0])
    print("sum:", s, round(sum(it["price"] for it in again["items"]), 2))


main()
