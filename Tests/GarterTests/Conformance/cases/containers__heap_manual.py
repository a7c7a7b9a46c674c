def push(h, x):
    h.append(x)
    i = len(h) - 1
    while i > 0:
        p = (i - 1) // 2
        if h[p] <= h[i]:
            break
        h[p], h[i] = h[i], h[p]
        i = p

def pop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        l, r, m = 2 * i + 1, 2 * i + 2, i
        if l < len(h) and h[l] < h[m]:
            m = l
        if r < len(h) and h[r] < h[m]:
            m = r
        if m == i:
            return top
        h[i], h[m] = h[m], h[i]
        i = m

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    push(h, x)
    print("push", x, h)
out = []
while h:
    out.append(pop(h))
print(out)
tasks = []
for pri, name in [(2, "write"), (1, "plan"), (3, "ship"), (1, "coffee")]:
    push(tasks, (pri, name))
print([pop(tasks) for _ in range(len(tasks))])
