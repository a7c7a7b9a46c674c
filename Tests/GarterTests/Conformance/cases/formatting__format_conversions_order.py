class Thing:
    def __str__(self):
        return "Thing-str"
    def __repr__(self):
        return "Thing-repr"
    def __format__(self, spec):
        return f"Thing-format[{spec}]"

t = Thing()
print(f"{t}", f"{t!s}", f"{t!r}", f"{t:xyz}", f"{t!s:>12}", f"{t!r:<12}|")
print("{}".format(t), "{!r}".format(t), "{:abc}".format(t), format(t, "q"))
print(str(t), repr(t), "%s %r" % (t, t))
print([t], (t,), {"k": t})
