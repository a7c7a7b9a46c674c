class Foo:
    cls_attr = 1
    def __init__(self):
        self.x = 1
tests = [lambda: Foo().y, lambda: Foo.y, lambda: (1).foo, lambda: "s".foo, lambda: [].push,
         lambda: None.x, lambda: {}.x, lambda: Foo().cls_attr, lambda: (lambda: 0).nope, lambda: True.real]
for t in tests:
    try:
        print("ok:", t())
    except AttributeError as e:
        print("AttributeError:", e)
