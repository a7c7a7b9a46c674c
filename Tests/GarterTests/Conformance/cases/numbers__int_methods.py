n = 255
print(n.bit_length(), (1023).bit_length(), (-1).bit_length())
print((10).to_bytes(2, 'big'), (258).to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((5).real, (5).imag, (5).numerator, (5).denominator)
print((-7).__abs__(), (7).__neg__(), (3).__add__(4), (3).__mul__(5))
print(int.__name__, float.__name__, bool.__name__)
print((6).conjugate(), (12).bit_count(), (-12).bit_count(), (12).as_integer_ratio())
print((3).__radd__(4), (10).__floordiv__(3), (10).__mod__(-3), (2).__pow__(10))
