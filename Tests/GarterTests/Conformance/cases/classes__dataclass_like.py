class Record:
    fields = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"too many args for {type(self).__name__}")
        values = dict(zip(self.fields, args))
        for k, v in kwargs.items():
            if k not in self.fields:
                raise TypeError(f"unknown field {k!r}")
            if k in values:
                raise TypeError(f"duplicate field {k!r}")
            values[k] = v
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing fields: {', '.join(missing)}")
        for k in self.fields:
            setattr(self, k, values[k])
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
    def __eq__(self, o):
        return type(self) is type(o) and self.astuple() == o.astuple()
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
class Person(Record):
    fields = ("name", "age", "email")
p = Person("ann", 30, email="a@x.org")
print(p, p.astuple(), p == Person("ann", 30, "a@x.org"))
for args, kw in [(("bob",), {}), (("a", 1, "e", "x"), {}), (("a",), {"phone": 1}), (("a", 2), {"age": 3, "email": ""})]:
    try:
        print(Person(*args, **kw))
    except TypeError as e:
        print("TypeError:", e)
