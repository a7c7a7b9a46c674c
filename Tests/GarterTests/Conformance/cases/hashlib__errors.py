import hashlib
for fn in [lambda: hashlib.sha256("text"), lambda: hashlib.new("sha999"), lambda: hashlib.md5(123),
           lambda: hashlib.sha1().update("x")]:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print("md5" in hashlib.algorithms_guaranteed, "sha256" in hashlib.algorithms_available)
