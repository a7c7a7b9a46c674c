from functools import cmp_to_key, singledispatch, cached_property
def cmp(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(cmp)), sorted(words, key=cmp_to_key(cmp), reverse=True))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min(words, key=cmp_to_key(cmp)))
@singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register(int)
def _(x):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
@describe.register(str)
def _(x):
    return f"str {x.upper()}"
print(describe(5), describe(True), describe("hi"), describe([1, 2]), describe(2.5), describe(None))
class Report:
    def __init__(self, rows):
        self.rows = rows
    @cached_property
    def total(self):
        print("computing total")
        return sum(self.rows)
r = Report([1, 2, 3])
print(r.total, r.total, r.__dict__)
