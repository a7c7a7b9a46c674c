def rle(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    n = 1
    for c in s[1:]:
        if c == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = c, 1
    out.append(f"{n}{prev}")
    return "".join(out)

def unrle(s):
    out = ""
    num = ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out += c * int(num)
            num = ""
    return out

for s in ["aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaa"]:
    e = rle(s)
    print(repr(s), e, unrle(e) == s)
