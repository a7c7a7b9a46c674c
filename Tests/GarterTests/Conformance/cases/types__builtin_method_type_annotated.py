import typing
from typing import Annotated
print(type("".upper).__name__, type(len).__name__, type([].append).__name__, type({}.get))
class A:
    def m(self): pass
print(type(A().m).__name__, type(A().m))
print(repr("".upper)[:30], [].append.__self__, "ab".upper.__name__, "ab".upper.__qualname__)
print(typing.get_origin(Annotated[int, "x"]), Annotated, Annotated[int, "meta"])
print(typing.get_args(Annotated[int, "x", 5]), Annotated[int, "x"].__metadata__)
try:
    Annotated()
except TypeError as e:
    print(e)
print(callable("".upper), "".upper() == "", isinstance("".upper, type(len)))
import types
print(isinstance("".upper, types.BuiltinFunctionType), isinstance(A().m, types.MethodType), isinstance("".upper, types.MethodType))
