s = "hello"
print(f"[{s}]|[{s:10}]|[{s:<10}]|[{s:>10}]|[{s:^10}]|[{s:^9}]")
print(f"[{s:.3}]|[{s:10.3}]|[{s:>10.2}]|[{s:*^11}]|[{s:->8}]|[{s:_<7}]")
print(f"[{'':5}]|[{'toolong':3}]|[{s!r:>10}]|[{s!r:.4}]")
print("[{:^7}]".format("ab"), "[{:^7}]".format("abc"), "[{:^6}]".format("abc"))
print(format("x", ">4"), format("abc", "<5") + "|", format(3.14159, ".2f"), format(42, "04d"), format(255, "x"))
print(repr(format("hi")), repr(format(12)), repr(format(1.5)))
