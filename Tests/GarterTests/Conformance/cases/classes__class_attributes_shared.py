class Config:
    defaults = {"debug": False}
    tags = []
    level = 1
    def add_tag(self, t):
        self.tags.append(t)
a = Config()
b = Config()
a.add_tag("x")
print(b.tags, Config.tags)
a.level = 5
print(a.level, b.level, Config.level)
Config.level = 9
print(a.level, b.level)
del a.level
print(a.level)
b.tags = ["own"]
print(a.tags, b.tags, Config.tags)
print(hasattr(a, "level"), hasattr(a, "nope"), getattr(a, "nope", "dflt"))
