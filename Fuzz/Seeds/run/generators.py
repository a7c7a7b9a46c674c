def g(n):
    try:
        while True:
            x = yield n
            n += x or 1
    finally:
        print('closed')
it = g(0)
print(next(it), it.send(5), it.throw(StopIteration) if False else 0)
it.close()
def h():
    yield from range(3)
    return 7
print(list(h()), [x for x in (y * 2 for y in range(3))])
