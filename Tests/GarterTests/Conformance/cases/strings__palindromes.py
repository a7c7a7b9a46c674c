def clean(s):
    return "".join(c.lower() for c in s if c.isalnum())

phrases = ["A man, a plan, a canal: Panama", "race a car", "", "Was it a car or a cat I saw?", "No 'x' in Nixon", "abcba", "abccbx"]
for p in phrases:
    c = clean(p)
    print(repr(p), c == c[::-1])

def longest_pal(s):
    best = ""
    for i in range(len(s)):
        for j in (i, i + 1):
            lo, hi = i, j
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best
for s in ["babad", "cbbd", "forgeeksskeegfor", "a", "abacdfgdcaba"]:
    print(s, longest_pal(s))
