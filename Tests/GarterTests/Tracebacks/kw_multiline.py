def f(a, b): return a / b
result = f(
    a=1,
    b=0,
)
