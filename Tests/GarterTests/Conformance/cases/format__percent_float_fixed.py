# '%.Nf' % x with and without width and flags: halfway cases, signed zero, huge, tiny,
# inf and nan, seeded random values and random bit patterns, and '*' precision.
import random, struct
r = random.Random(11)
vals = [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1.005, -0.001, 1e22, 1.7976931348623157e308, 5e-324, float('inf'), float('-inf'), float('nan')]
vals += [r.uniform(-1e6, 1e6) for _ in range(60)] + [struct.unpack('d', struct.pack('Q', r.getrandbits(64)))[0] for _ in range(40)]
for v in vals:
    print("%f %.0f %.1f %.2f %.3F %.10f %.17f %.20f|%8.2f|%-8.2f|%+.2f|% .2f|%08.2f|%#.0f|%.*f" % (v, v, v, v, v, v, v, v, v, v, v, v, v, v, 2, v))
