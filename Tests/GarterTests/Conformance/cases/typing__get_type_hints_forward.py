def g():
    print("running inside:", me.gi_running)
    yield 1
me = g(); print(me.gi_running, me.gi_suspended); next(me); print(me.gi_running, me.gi_suspended); list(me); print(me.gi_suspended)
from typing import get_type_hints, Optional, List, Dict, Union, Callable
class Node:
    def __init__(self, val: int, next: "Optional[Node]" = None): self.val = val
    def link(self, other: "Node") -> "List[Node]": return [self, other]
print(get_type_hints(Node.link))
print(get_type_hints(Node.__init__))
from dataclasses import dataclass, field
@dataclass
class Tree:
    value: int
    children: "list[Tree]" = field(default_factory=list)
    meta: "Dict[str, Union[int, 'Tree']] | None" = None
    cb: "Callable[[int, str], None] | None" = None
print(get_type_hints(Tree))
def f(x: "undefined_thing"): pass
try: get_type_hints(f)
except NameError as e: print(e)
