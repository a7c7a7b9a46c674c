from enum import Enum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)
for p in Planet:
    print(f"{p.name:<8} {p.value} {p.surface_gravity:.3f}")
class Status(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    def label(self):
        return self.value.title()
    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower())
print(Status.parse(" ACTIVE "), Status.SUSPENDED.label(), [s.label() for s in Status])
