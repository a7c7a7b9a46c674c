try:
    {}[""]
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    {}[(1, 2)]
except KeyError as e:
    print(str(e), repr(e))
try:
    {}[None]
except KeyError as e:
    print(str(e))
e = KeyError()
print(repr(str(e)), repr(e))
e = KeyError("a", "b")
print(str(e), repr(e))
print(str(KeyError("it's")), str(ValueError("it's")))
