template = "Dear {name},\nYour order #{order_id} of {count} item(s) totals ${total:.2f}.\n{footer}"
orders = [
    {"name": "Ann", "order_id": 1001, "count": 3, "total": 59.5},
    {"name": "Bob", "order_id": 1002, "count": 1, "total": 5},
]
for o in orders:
    print(template.format(footer="Thanks!", **o))
    print("~" * 10)
print("{0:>5}|{0:<5}|{0:^5}".format("ab"))
print("{:*^15}".format(" MENU "))
