import base64, binascii
for bad in ["abc", "a", "abcde", "ab=c", "=abc"]:
    try:
        print(repr(bad), base64.b64decode(bad))
    except binascii.Error as e:
        print(repr(bad), "Error:", e)
for bad in ["ab c", "YWJj=", "YW==YQ==", "YW\n=="]:
    try:
        print(repr(bad), base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print(repr(bad), "strict Error:", e)
for fn in [lambda: base64.b64encode("str"), lambda: base64.b64decode(123), lambda: base64.b32decode("ABC"),
           lambda: base64.b16decode("zz"), lambda: base64.b64decode("héllo")]:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(binascii.Error, ValueError))
