"""With postponed evaluation, annotations are strings written as ast.unparse would."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Optional


def f(a: int, b: Optional[list[str]] = None, *args: tuple[int, ...], c: Node | None = None, **kw: dict[str, 'int']) -> Node:
    return a


print(f.__annotations__)
print(f(1))


class Node:
    value: int
    children: list[Node]
    parent: Optional['Node'] = None

    def add(self, child: Node) -> None:
        pass


print(Node.__annotations__)
print(Node.add.__annotations__)


@dataclass
class Point:
    x: float
    y: float = 0.0
    tags: list[str] | None = None


print(Point(1.5), [(fl.name, fl.type) for fl in fields(Point)])


def g(x: -1, y: a.b.c[1:2], z: (int, str), w: 1 + 2 * 3, v: not x, u: f(1, k=2), t: {'a': 1}, s: [int, ...]):
    pass


print(g.__annotations__)
