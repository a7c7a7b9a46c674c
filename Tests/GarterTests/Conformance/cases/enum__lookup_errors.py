from enum import Enum
class Level(Enum):
    LOW = 1
    HIGH = 2
for fn in [lambda: Level(3), lambda: Level["MEDIUM"], lambda: Level.LOW < Level.HIGH, lambda: Level("1")]:
    try:
        print(fn())
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Lenient(Enum):
    YES = "y"
    NO = "n"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value[:1].lower() in ("y", "n"):
            return cls(value[:1].lower())
        return None
print(Lenient("Yes"), Lenient("NOPE"))
try:
    Lenient("maybe")
except ValueError as e:
    print(e)
