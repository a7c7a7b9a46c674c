def resource():
    print("acquire")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("release")
g = resource()
print(next(g))
print(next(g))
g.close()
print("closed")
g.close()
r = resource()
for x in r:
    if x == 2:
        break
print("after break, generator still suspended")
r.close()
print("explicitly closed")
for x in resource():
    pass
print("after full iteration")
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = catches_exit()
next(g)
g.close()
