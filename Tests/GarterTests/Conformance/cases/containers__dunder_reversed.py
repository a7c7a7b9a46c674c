print(list([1, 2, 3].__reversed__()), list({"a": 1, "b": 2}.__reversed__()), list({"a": 1}.keys().__reversed__()), list({"a": 1}.items().__reversed__()))
print(type([].__reversed__()).__name__, hasattr((), "__reversed__"), hasattr("", "__reversed__"), hasattr(range(1), "__reversed__"))
class L(list):
    def __iter__(self):
        return iter([0])
print(list(reversed(L([1, 2]))), list(L([1, 2])))
class D(dict):
    pass
print(list(reversed(D(a=1, b=2))), list(reversed(D(a=1).values())))
