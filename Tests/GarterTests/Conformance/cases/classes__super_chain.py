class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = kw
    def describe(self):
        return "base"
class Mixin1(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Mixin1")
    def describe(self):
        return "m1+" + super().describe()
class Mixin2(Base):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Mixin2")
    def describe(self):
        return "m2+" + super().describe()
class Final(Mixin1, Mixin2):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Final")
    def describe(self):
        return "final+" + super().describe()
f = Final(a=1)
print(f.log, f.describe(), f.extra)
print(super(Mixin1, f).describe())
