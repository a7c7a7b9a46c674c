class Version:
    def __init__(self, s):
        self.parts = tuple(int(x) for x in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.2.0", "1.10", "1.2", "0.9", "1.2.0"]]
print(sorted(vs), max(vs), min(vs))
print(vs[0] == vs[4], vs[0] == vs[2], vs[0] != vs[1], vs[0] == "1.2.0", vs[1] > vs[0], vs[3] <= vs[3])
print(len({vs[0], vs[4], vs[1]}))
print(Version("2.0") in vs, Version("1.10") in vs)
