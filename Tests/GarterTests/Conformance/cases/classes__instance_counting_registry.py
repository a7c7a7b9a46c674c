class Plugin:
    registry = {}
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[cls.__name__.lower()] = cls
    def run(self, x):
        raise NotImplementedError
class Upper(Plugin):
    def run(self, x):
        return x.upper()
class Reverse(Plugin):
    def run(self, x):
        return x[::-1]
class Double(Reverse):
    def run(self, x):
        return x * 2
print(sorted(Plugin.registry))
for name in ["upper", "reverse", "double"]:
    print(name, Plugin.registry[name]().run("abc"))
