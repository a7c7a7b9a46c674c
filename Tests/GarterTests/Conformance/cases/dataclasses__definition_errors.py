from dataclasses import dataclass, field

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def bad_order():
    @dataclass
    class A:
        x: int = 0
        y: int

def mutable_default():
    @dataclass
    class B:
        items: list = []

def both_defaults():
    field(default=1, default_factory=list)

def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int

def no_annotation():
    @dataclass
    class D:
        x = field(default=1)

attempt("order", bad_order)
attempt("mutable", mutable_default)
attempt("both", both_defaults)
attempt("order-eq", order_without_eq)
attempt("annotation", no_annotation)
