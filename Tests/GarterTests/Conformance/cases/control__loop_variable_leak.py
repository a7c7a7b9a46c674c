for i in range(5):
    pass
print("i after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
k = "before"
for k in "xyz":
    pass
print(k)
total = 0
for total in range(3):
    total += 100
print(total)
