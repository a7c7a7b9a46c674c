# Slices whose step is at the ends of a machine word (-2**63, 2**63 - 1): selection,
# assignment and deletion (the step's negation used to trap).
M = 9223372036854775807
a = [1, 2, 3]
m = -9223372036854775807 - 1
print(a[::m], a[::-9223372036854775808], "abc"[::m], (1,2)[::m], a[2:0:m], range(10)[::m])
print(a[m::m], a[:m:-1], a[m:], a[:m])
a = [1, 2, 3]
a[1::M] = [5]
print(a)
a[2::m] = [7]
print(a)
del a[1::M]
print(a)
b = [1, 2, 3, 4]
del b[3::m]
print(b)
b[::m] = [0]
print(b, b[1::M], b[::M], "xyz"[1::M], bytes(b"abc")[::m], bytearray(b"abc")[2::m])
ba = bytearray(b"abcd")
ba[1::M] = b"Z"
del ba[0::m]
print(ba)
print(list(range(5))[::M], list(range(5))[4::m], sum(range(10**6)[::M]))
