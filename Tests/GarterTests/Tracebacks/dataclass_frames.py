import traceback, sys
from dataclasses import dataclass, field

@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    total: float = 0.0

    def __post_init__(self):
        if self.total < 0:
            raise ValueError(f"negative total: {self.total}")

@dataclass(frozen=True)
class Point:
    x: int
    y: int

def show(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)

show(lambda: Order(1, total=-5))
show(lambda: Order())
p = Point(1, 2)
def move():
    p.x = 5
show(move)
@dataclass
class Bad:
    v: list = field(default_factory=lambda: {}["k"])
Bad()
