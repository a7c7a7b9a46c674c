records = [{"id": i, "name": f"item-{i:03d}", "score": (i * 37) % 101} for i in range(1, 48)]

def paginate(items, page, per_page):
    if per_page <= 0:
        raise ValueError("per_page must be positive")
    total_pages = max(1, -(-len(items) // per_page))
    if not 1 <= page <= total_pages:
        raise ValueError(f"page {page} out of range 1..{total_pages}")
    start = (page - 1) * per_page
    return {
        "page": page,
        "per_page": per_page,
        "total": len(items),
        "total_pages": total_pages,
        "has_prev": page > 1,
        "has_next": page < total_pages,
        "items": items[start:start + per_page],
    }

def page_links(current, total, window=2):
    pages = {1, total}
    pages.update(range(max(1, current - window), min(total, current + window) + 1))
    out = []
    prev = 0
    for p in sorted(pages):
        if p - prev > 1:
            out.append("...")
        out.append(f"[{p}]" if p == current else str(p))
        prev = p
    return " ".join(out)

ranked = sorted(records, key=lambda r: (-r["score"], r["id"]))
for page in (1, 2, 5):
    res = paginate(ranked, page, 10)
    ids = [r["id"] for r in res["items"]]
    print(f"page {res['page']}/{res['total_pages']} prev={res['has_prev']} next={res['has_next']} ids={ids}")
for cur in (1, 4, 8, 10):
    print(f"links at {cur:>2}: {page_links(cur, 10)}")
for bad in [(0, 10), (6, 10), (1, 0)]:
    try:
        paginate(records, *bad)
    except ValueError as e:
        print("error:", e)
cursor = 0
batches = 0
while cursor < len(records):
    batch = records[cursor:cursor + 15]
    batches += 1
    print(f"batch {batches}: ids {batch[0]['id']}..{batch[-1]['id']} (n={len(batch)})")
    cursor += 15
