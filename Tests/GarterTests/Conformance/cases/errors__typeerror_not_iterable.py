count = 5
print("count:", count)
for x in count:
    print(x)
