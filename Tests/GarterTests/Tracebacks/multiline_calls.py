def build(name, size, *, color):
    return {"name": name, "size": size / 0, "color": color}

def run():
    return build(
        "box",
        3,
        color="red",
    )

values = dict(
    a=1,
    b=2,
)
print(values)
report = [
    run()
    for _ in range(2)
]
