# Function attributes whose value is None: __defaults__ and __kwdefaults__ without defaults,
# a builtin method's __module__.
def g(): pass
def h(a=1, *, k=2): pass
print(g.__defaults__, h.__defaults__, g.__kwdefaults__, h.__kwdefaults__)
print([].append.__module__, len.__module__, len.__doc__ is None or type(len.__doc__) is str)
