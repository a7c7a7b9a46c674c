class Meters:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, (int, float)):
            return self.v == o
        if isinstance(o, Meters):
            return self.v == o.v
        return NotImplemented
    def __lt__(self, o):
        ov = o.v if isinstance(o, Meters) else o
        return self.v < ov
    def __gt__(self, o):
        ov = o.v if isinstance(o, Meters) else o
        return self.v > ov
    def __repr__(self):
        return f"{self.v}m"
print(Meters(5) == 5, 5 == Meters(5), Meters(3) < 4, 4 > Meters(3), 2 < Meters(3), Meters(1) == "1")
print(sorted([Meters(3), Meters(1), Meters(2)]), max([Meters(3), Meters(7)]))
print(Meters(2) in [1, 2, 3], 2 in [Meters(1), Meters(2)])
