t = (1, [2, 3], "s")
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
t[1].append(4)
print(t)
try:
    t += ([5],)
    print(t)
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t[1] += [6]
except TypeError as e:
    print("TypeError:", e)
print(t)
