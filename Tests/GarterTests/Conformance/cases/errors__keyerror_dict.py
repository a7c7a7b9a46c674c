prices = {"apple": 1.25, "pear": 0.8}
for fruit in ["apple", "pear", "mango"]:
    print(fruit, prices[fruit])
