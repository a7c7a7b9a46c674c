record = {"host": "db01", "cpu": 73.456, "mem": 0.815, "up": 12}
print("host=%(host)s cpu=%(cpu).1f%% mem=%(mem).0f up=%(up)dd" % record)
print("[%-8s][%8s]" % ("left", "right"))
print("%.3s|%5.1s|" % ("abcdef", "xyz"))
vals = (1, 2.5, "three")
print("%d %s %r" % vals)
print("%s" % "single", "%s" % ("single-in-tuple",))
print("%05.1f|%-8.3e|%+.2e" % (3.14159, 1234.5, -0.00012))
print("%x %o %X" % (3735928559, 511, 48879))
