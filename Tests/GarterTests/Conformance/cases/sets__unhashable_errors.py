try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    s = set()
    s.add({})
except TypeError as e:
    print("TypeError:", e)
try:
    {1, 2} + {3}
except TypeError as e:
    print("TypeError:", e)
try:
    s1 = {1}
    s1[0]
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
print({(1, (2, 3))}, {1, 1.0, True}, len({0, 0.0, False, -0.0}))
