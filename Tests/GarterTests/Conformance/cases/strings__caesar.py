def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

msg = "Hello, World! The Quick Brown Fox."
for k in [1, 3, 13, 25, -3]:
    enc = caesar(msg, k)
    print(k, enc, caesar(enc, -k) == msg)
