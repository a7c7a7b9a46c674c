class Cache:
    def __init__(self):
        self._data = None
        self.log = []
    @property
    def data(self):
        self.log.append("get")
        if self._data is None:
            self._data = [1, 2, 3]
        return self._data
    @data.setter
    def data(self, v):
        self.log.append("set")
        self._data = v
    @data.deleter
    def data(self):
        self.log.append("del")
        self._data = None
c = Cache()
print(c.data)
c.data = ["x"]
print(c.data)
del c.data
print(c.data, c.log)
p = property(lambda self: "computed")
class Q:
    v = p
print(Q().v, isinstance(Q.v, property))
