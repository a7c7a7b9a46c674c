x = 10
y = 3.5
name = "Bob"
print(f"{x=}")
print(f"{x = }")
print(f"{x+1=}")
print(f"{y=:.2f}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x * y = }")
print(f"{[1, 2]=}, {x=:>6}")
print(f"{len(name)=}")
