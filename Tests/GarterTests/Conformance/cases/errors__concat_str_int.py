name = "order-"
count = 7
print("building label")
label = name + count
print(label)
