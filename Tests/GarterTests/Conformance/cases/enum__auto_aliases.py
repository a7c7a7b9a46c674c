from enum import Enum, auto, unique
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    THU = 10
    FRI = auto()
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Weekday), [w.value for w in Weekday])
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), Shape["ALIAS_FOR_SQUARE"] is Shape.SQUARE)
print(list(Shape.__members__), len(Shape), len(Shape.__members__))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print(e)
