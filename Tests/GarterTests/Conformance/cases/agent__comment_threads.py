comments = [
    {"id": 1, "parent": None, "author": "ann", "votes": 12, "text": "Great article on parsers!"},
    {"id": 2, "parent": 1, "author": "bob", "votes": 5, "text": "Agreed, the Pratt section was clear."},
    {"id": 3, "parent": None, "author": "cy", "votes": 3, "text": "Typo in paragraph two."},
    {"id": 4, "parent": 2, "author": "ann", "votes": 7, "text": "Thanks! Pratt parsing is underrated."},
    {"id": 5, "parent": 1, "author": "dee", "votes": 9, "text": "Could you cover error recovery next?"},
    {"id": 6, "parent": 3, "author": "eve", "votes": 0, "text": "Fixed now, thanks for reporting."},
    {"id": 7, "parent": 5, "author": "bob", "votes": 2, "text": "+1 for error recovery."},
    {"id": 8, "parent": None, "author": "fay", "votes": 15, "text": "Would love a follow-up on LR parsing."},
    {"id": 9, "parent": 4, "author": "cy", "votes": 1, "text": "Underrated indeed."},
]
kids = {}
for c in comments:
    kids.setdefault(c["parent"], []).append(c)
for lst in kids.values():
    lst.sort(key=lambda c: (-c["votes"], c["id"]))

def render(parent=None, depth=0, out=None):
    out = [] if out is None else out
    for c in kids.get(parent, []):
        text = c["text"] if len(c["text"]) <= 34 else c["text"][:31] + "..."
        out.append(f"{'    ' * depth}[{c['votes']:>2}] {c['author']}: {text}")
        render(c["id"], depth + 1, out)
    return out

print("\n".join(render()))

def subtree_votes(cid):
    return sum(c["votes"] for c in comments if c["id"] == cid) + sum(subtree_votes(k["id"]) for k in kids.get(cid, []))

def thread_size(cid):
    return 1 + sum(thread_size(k["id"]) for k in kids.get(cid, []))

print()
for root in kids[None]:
    print(f"thread {root['id']}: {thread_size(root['id'])} comments, {subtree_votes(root['id'])} total votes")
by_author = {}
for c in comments:
    a = by_author.setdefault(c["author"], [0, 0])
    a[0] += 1
    a[1] += c["votes"]
print("authors:", {k: tuple(v) for k, v in sorted(by_author.items())})
def depth_of(cid):
    p = next(c["parent"] for c in comments if c["id"] == cid)
    return 0 if p is None else 1 + depth_of(p)
deepest = max(comments, key=lambda c: (depth_of(c["id"]), -c["id"]))
print("deepest reply:", deepest["id"], "at depth", depth_of(deepest["id"]))
