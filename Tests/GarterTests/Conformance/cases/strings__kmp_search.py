def build_lps(p):
    lps = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = lps[k - 1]
        if p[i] == p[k]:
            k += 1
        lps[i] = k
    return lps

def kmp(text, p):
    lps = build_lps(p)
    res = []
    k = 0
    for i, c in enumerate(text):
        while k and c != p[k]:
            k = lps[k - 1]
        if c == p[k]:
            k += 1
        if k == len(p):
            res.append(i - k + 1)
            k = lps[k - 1]
    return res

print(build_lps("ababaca"), build_lps("aaaa"))
print(kmp("abababcabababab", "abab"))
print(kmp("aaaaa", "aa"), kmp("hello", "xyz"))
