def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k!r} extra={rest}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up {-d}"
        case {"type": "scroll", "delta": d}:
            return f"scroll down {d}"
        case {"type": t}:
            return f"unhandled {t}"
        case _:
            return "not an event"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "button": 2},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": 13},
    {"type": "scroll", "delta": -3},
    {"type": "scroll", "delta": 2},
    {"kind": "x"},
    "click",
]
for e in events:
    print(handle(e))
