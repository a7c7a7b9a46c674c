# format() of ints with a width (spaces, or zeros after the sign), other radixes, alignments,
# signs and grouping that take the general path, and the errors; then f-strings cycling
# through more distinct specs than the spec cache holds.
import random
r = random.Random(7)
vals = [0, 1, -1, 5, -5, 42, -42, 99999, -99999, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, -2**70, True, False]
vals += [r.randrange(-10**r.randrange(1, 19), 10**r.randrange(1, 19)) for _ in range(80)]
specs = ["d", "5d", "05d", "07d", "02d", "1d", "0d", "00d", "010d", "20d", "064d", "65d", "x", "08x", "08X", "5o", "010b", "n", "5n", "05n",
         "<5d", ">5d", "^7d", "=7d", "*>8d", "+5d", " 5d", "-5d", ",d", "_d", "010,d", "#08x", "5", "05", "3c" ]
out = []
for v in vals:
    row = []
    for sp in specs:
        try:
            row.append(format(v, sp))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    out.append("|".join(row))
    out.append(f"{v:05d}|{v:3d}|{v:08x}")
# spec cache: many distinct specs cycling, more than the cache holds
for i in range(30):
    out.append("".join(f"{i:0{w}d}," for w in range(1, 12)) + f"{i * 1.5:.{i % 4}f}")
print("\n".join(out))
