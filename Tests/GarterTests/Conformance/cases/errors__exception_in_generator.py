def numbers():
    yield 1
    yield 2
    raise ValueError("ran out of numbers")
for n in numbers():
    print("got", n)
