def digits(n):
    return [int(c) for c in str(abs(n))]

def reverse_num(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r

for n in [0, 7, 1234, 90210, 1000000, 2 ** 64]:
    ds = digits(n)
    print(n, ds, sum(ds), reverse_num(n))
pal = [n for n in range(100, 200) if str(n) == str(n)[::-1]]
print(pal)
arm = [n for n in range(100, 1000) if sum(d ** 3 for d in digits(n)) == n]
print("armstrong", arm)
