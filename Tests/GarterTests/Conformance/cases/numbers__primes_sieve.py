def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            for j in range(i * i, n + 1, i):
                is_p[j] = False
        i += 1
    return [k for k, v in enumerate(is_p) if v]

ps = sieve(200)
print(len(ps), ps[:15], ps[-5:])
print(sum(ps), max(ps))
twins = [(p, p + 2) for p in ps if p + 2 in ps]
print(twins)
gaps = [b - a for a, b in zip(ps, ps[1:])]
print(max(gaps), gaps.index(max(gaps)), ps[gaps.index(max(gaps))])
