def attempt(x):
    log = []
    try:
        log.append("try")
        v = 10 / x
    except ZeroDivisionError:
        log.append("except")
        v = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return v, log
print(attempt(2))
print(attempt(0))
def with_return():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(with_return())
