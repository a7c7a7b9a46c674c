from dataclasses import dataclass

@dataclass
class Click:
    x: int
    y: int

@dataclass
class Key:
    code: str
    shift: bool = False

events = [Click(10, 20), Key("a"), Key("b", shift=True), Click(0, 0), "noise"]
for ev in events:
    match ev:
        case Click(0, 0):
            print("origin click")
        case Click(x, y) if x > 5:
            print("click at", x, y)
        case Key(code, shift=True):
            print("shifted", code.upper())
        case Key(code):
            print("key", code)
        case _:
            print("unknown", ev)
print(Click.__match_args__, Key.__match_args__)
