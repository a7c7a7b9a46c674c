def sum_proper(n):
    if n == 1:
        return 0
    s = 1
    i = 2
    while i * i <= n:
        if n % i == 0:
            s += i
            if i != n // i:
                s += n // i
        i += 1
    return s

perfect = [n for n in range(2, 10000) if sum_proper(n) == n]
print("perfect:", perfect)
amicable = []
for a in range(2, 3000):
    b = sum_proper(a)
    if b > a and sum_proper(b) == a:
        amicable.append((a, b))
print("amicable:", amicable)
abundant = [n for n in range(1, 100) if sum_proper(n) > n]
print("abundant < 100:", abundant)
