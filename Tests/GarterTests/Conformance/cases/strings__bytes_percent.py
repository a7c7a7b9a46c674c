print(b"%s=%d" % (b"x", 5), b"%b|%5s|%-4b|" % (b"a", b"bc", bytearray(b"d")), b"%r %a" % ("\xe9", b"q"), b"%c%c" % (65, b"B"), b"\xff%s" % b"\xfe", b"%x %05.1f" % (255, 2.25))
for bad in ["str", 3.5]:
    try: b"%s" % bad
    except TypeError as e: print(e)
try: b"%c" % 300
except (TypeError, OverflowError) as e: print(type(e).__name__, e)
print(b"%(k)s" % {b"k": b"v"} if False else "")
