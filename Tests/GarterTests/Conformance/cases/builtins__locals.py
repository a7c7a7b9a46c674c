def f(a, b=2, *args, **kw):
    c = a + b
    def g():
        return c
    print(sorted((k, v) for k, v in locals().items() if k != 'g'))
    d = 5
    print(sorted(locals()), vars() == locals())
    return g
f(1)
class K:
    x = 1
    print(sorted(locals()))
print('f' in locals(), locals() is globals())
def h():
    n = 0
    def inner():
        return n + 1
    return inner
def tmpl(name, age):
    return "{name} is {age}".format(**locals())
print(tmpl("bo", 3))
print([locals().get('i') for i in range(2)] if False else '')
