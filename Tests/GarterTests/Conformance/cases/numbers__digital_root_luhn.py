def digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n

def luhn_ok(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0

for n in [0, 9, 38, 493193, 2 ** 100]:
    print(n, digital_root(n), 1 + (n - 1) % 9 if n else 0)
for card in ["4539578763621486", "4539578763621487", "79927398713", "0000000000000000", "1234567812345670"]:
    print(card, luhn_ok(card))
