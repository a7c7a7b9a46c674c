cases = [("%d", "x"), ("%d %d", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", {"b": 1})]
for fmt, args in cases:
    try:
        print(fmt % args)
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
    except KeyError as e:
        print("KeyError:", e)
print("%d" % 3.99, "%s" % 3.99, "%.1f" % 2, "%x" % 255)
