print(format(3.14159, ".2f"), format(42, "08b"), format(255, "X"), format("hi", "^10") + "|")
print(format(1234567, ","), format(0.125, ".1%"), format(-7, "+d"), format(7, " d"))
print(format(12.0), format(12), format("s"), format(None), format([1, 2]))
print(format(1e-7), format(1e-7, "f"), format(1e-7, ".10f"), format(123456789, "e"))
