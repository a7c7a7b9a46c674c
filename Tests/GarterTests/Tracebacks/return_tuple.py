def f(a):
    return (a,
            a + None)
f(1)
