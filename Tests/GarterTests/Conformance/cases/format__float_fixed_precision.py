# format(x, '.Nf') and f"{x:.Nf}" with nothing but a precision: halfway cases round to even
# on the exact binary value, negative values that round to zero keep their sign, huge and
# tiny values, and specs with more than a precision (width, sign, grouping, %, #, z).
import random
import struct

r = random.Random(20261123)
values = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 1e15, 1e16, 1e17, 1e22, 1.7976931348623157e308,
          5e-324, 0.005, 0.015, 0.025, 1.005, 2.675, -0.001, 123456789.987654321, 9.995, 99.995,
          0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e-7, 18446744073709551615.0, 184467440737.09551615]
for i in range(60):
    values.append(r.uniform(-1000, 1000))
    values.append(r.randrange(-100000, 100000) / r.choice([1, 2, 4, 8, 100, 1000, 3]))
    values.append(struct.unpack('d', struct.pack('Q', r.getrandbits(64)))[0])
    values.append(round(r.uniform(0, 100), r.randrange(4)) + r.choice([0, 0.005, -0.005, 5e-7]))
for v in values:
    print(" ".join(f"{v:.{p}f}" for p in (0, 1, 2, 3, 6, 10, 17)), format(v, ".2F"), f"{v:f}")
for spec in ("8.2f", "+.2f", " .2f", ",.2f", "_.3f", ".1%", "#.0f", "z.2f", "<10.1f", "^9.3F", "010.2f"):
    print(spec, [format(v, spec) for v in (0.0, -0.0, -0.004, 1234567.891, -2.5, 1e20)])
print(f"{float('inf'):.2f} {float('-inf'):.2f} {float('nan'):.2f} {float('inf'):.2F} {float('nan'):.3F}")
