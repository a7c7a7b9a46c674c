# divmod of machine ints of every sign combination, at the edges of the 64-bit range, and
# where the quotient overflows it; floats, bools and bigs go the general way.
vals = [0, 1, -1, 2, -2, 3, -3, 5, -5, 7, -7, 17, -17, 2**62, -2**62, 2**63 - 1, -2**63, -(2**63) + 1]
for a in vals:
    for b in vals:
        if b == 0:
            continue
        q, r = divmod(a, b)
        assert q == a // b and r == a % b, (a, b)
        print(a, b, q, r)
print(divmod(-2**63, -1), divmod(2**64, 7), divmod(-7, 2**64))
print(divmod(True, 2), divmod(7, True), divmod(7.5, 2), divmod(-7, 2.5))
for a, b in [(1, 0), (1.5, 0), (0, 0.0), (True, False)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
