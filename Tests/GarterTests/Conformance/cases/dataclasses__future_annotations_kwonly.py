from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, KW_ONLY, InitVar
from typing import ClassVar
import typing
@dataclass
class A:
    x: int
    _: KW_ONLY
    y: int = 0
    count: ClassVar[int] = 0
    tcount: typing.ClassVar[int] = 5
    scale: InitVar[int] = 1
    z: int = field(default=0)
    def __post_init__(self, scale): self.z = self.x * scale
print(A(1, y=2, scale=3), [f.name for f in dataclasses.fields(A)], A.count, A.tcount)
try: A(1, 2)
except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class V:
    a: list[int] = field(default_factory=list, compare=False)
    b: str | None = None
print(V(), V([1], "x") < V([], "y"), dataclasses.fields(V)[0].type)
