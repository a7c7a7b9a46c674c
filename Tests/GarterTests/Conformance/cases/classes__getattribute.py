class Logged:
    def __getattribute__(self, name):
        if name == "secret": return "intercepted"
        return super().__getattribute__(name)
    def __init__(self): self.secret = "real"; self.other = 1
    def meth(self): return "m"
l = Logged(); print(l.secret, l.other, l.meth(), getattr(l, 'secret'), hasattr(l, 'nope'))
class Trace:
    def __init__(self): self.log = []; self.x = 1
    def __getattribute__(self, name):
        if name != 'log':
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)
    def go(self): return self.x
t = Trace(); t.go(); t.x; print(t.log)
class Fallback:
    def __getattribute__(self, name):
        if name.startswith('v'): raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return f"fallback:{name}"
f = Fallback(); print(f.value, f.__class__.__name__)
class Proxy:
    def __init__(self, target): object.__setattr__(self, '_t', target)
    def __getattribute__(self, name):
        t = object.__getattribute__(self, '_t')
        return getattr(t, name)
p = Proxy([3, 1, 2]); p.sort(); print(p.count(1), object.__getattribute__(p, '_t'))
try: object.__getattribute__(p, 'zz')
except AttributeError as e: print(e)
class Sub(Logged): pass
print(Sub().secret)
