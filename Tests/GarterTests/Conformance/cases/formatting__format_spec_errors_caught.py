tests = [("{:d}", 3.5), ("{:s}", 5), ("{:x}", "a"), ("{:.2f}", "str"), ("{:,s}", "a"), ("{:=5}", "s")]
for spec, val in tests:
    try:
        print(spec, "->", spec.format(val))
    except ValueError as e:
        print(spec, "ValueError:", e)
    except TypeError as e:
        print(spec, "TypeError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
