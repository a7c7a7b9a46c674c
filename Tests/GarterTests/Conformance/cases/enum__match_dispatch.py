from enum import Enum, auto
class Op(Enum):
    ADD = auto()
    SUB = auto()
    MUL = auto()
    DIV = auto()
def apply(op, a, b):
    match op:
        case Op.ADD:
            return a + b
        case Op.SUB:
            return a - b
        case Op.MUL:
            return a * b
        case Op.DIV if b != 0:
            return a / b
        case _:
            return None
program = [(Op.ADD, 2, 3), (Op.MUL, 4, 5), (Op.DIV, 1, 0), (Op.SUB, 10, 4), (Op.DIV, 9, 3)]
for op, a, b in program:
    print(f"{op.name:<3} {a} {b} -> {apply(op, a, b)}")
counts = {}
for op, _, _ in program:
    counts[op] = counts.get(op, 0) + 1
print({k.name: v for k, v in counts.items()})
