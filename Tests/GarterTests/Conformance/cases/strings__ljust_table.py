items = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 100.0)]
print("Name".ljust(14) + "Qty".rjust(5) + "Price".rjust(10))
print("-" * 29)
for name, q, p in items:
    print(name.ljust(14) + str(q).rjust(5) + ("%.2f" % p).rjust(10))
print("=" * 29)
print("Total".ljust(19) + ("%.2f" % sum(q * p for _, q, p in items)).rjust(10))
