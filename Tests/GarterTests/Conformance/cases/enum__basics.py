from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(2), Color["BLUE"], list(Color), len(Color), Color.RED in Color)
print([c.name for c in Color], {c.name: c.value for c in Color})
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
print(repr(Color), isinstance(Color.GREEN, Color), f"{Color.GREEN}", str(Color.BLUE), f"{Color.RED:>12}|")
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color(1)], sorted(d, key=lambda c: c.value))
