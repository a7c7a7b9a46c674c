from enum import Enum, IntEnum


class Color(Enum):
    RED = 1


class Level(IntEnum):
    LOW = 1


for target, attr in [(Color.RED, "value"), (Color.RED, "name"), (Level.LOW, "value")]:
    try:
        setattr(target, attr, 5)
    except AttributeError as e:
        print(e)
    try:
        delattr(target, attr)
    except AttributeError as e:
        print(e)
print(Color.RED.value, Color.RED.name, Level.LOW.value, Color.RED.__doc__ is None or True)
Color.RED.extra = 1
print(Color.RED.extra)
