lines = [("Consulting", 12.5, 150), ("Travel", 1, 420.8), ("Software license", 3, 99.99)]
print("%-20s %8s %10s %12s" % ("Item", "Qty", "Rate", "Amount"))
total = 0
for item, q, r in lines:
    amt = q * r
    total += amt
    print("%-20s %8.2f %10.2f %12.2f" % (item, q, r, amt))
print("%-20s %32.2f" % ("Total", total))
print("%s" % ("=" * 53))
print("Due: %s%.2f (%d items)" % ("$", total, len(lines)))
