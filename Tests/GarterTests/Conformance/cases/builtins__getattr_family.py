class Config:
    debug = False
    def __init__(self):
        self.name = "app"
c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "fallback"))
setattr(c, "debug", True)
setattr(c, "new_attr", [1, 2])
print(c.debug, Config.debug, c.new_attr)
print(hasattr(c, "name"), hasattr(c, "nope"), hasattr(Config, "name"), hasattr(Config, "debug"))
delattr(c, "name")
print(hasattr(c, "name"))
try:
    getattr(c, "name")
except AttributeError as e:
    print("AttributeError:", e)
fields = {"host": "localhost", "port": 8080}
for k, v in fields.items():
    setattr(c, k, v)
print([getattr(c, k) for k in fields])
print(getattr(str, "upper")("abc"), getattr([3, 1, 2], "index")(1))
