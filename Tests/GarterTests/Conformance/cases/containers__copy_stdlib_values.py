import copy, re, uuid
from decimal import Decimal
from fractions import Fraction
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple, ChainMap
from enum import Enum
from pathlib import PurePosixPath
from types import SimpleNamespace
from dataclasses import dataclass
class Color(Enum):
    RED = 1
P = namedtuple("P", "x y")
@dataclass(frozen=True)
class F:
    a: int
@dataclass
class M:
    a: list
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
vals = [Decimal("1.5"), Fraction(1, 3), deque([1, [2]], maxlen=5), OrderedDict(a=[1]), defaultdict(list, a=[1]), Counter("aab"), P(1, [2]),
        Color.RED, re.compile("a+"), uuid.UUID(int=5), PurePosixPath("/a/b"), SimpleNamespace(a=[1]), F(1), M([1]), b"x", bytearray(b"y"),
        range(3), slice(1, 2), 1j, frozenset([1]), ChainMap({"a": 1}), ValueError("e", 1), [1, (2, [3])], {"k": {1, 2}}]
for v in vals:
    try:
        d = copy.deepcopy(v); c = copy.copy(v)
        s = Slotted()
        print(type(v).__name__, repr(d)[:60], repr(c)[:60], d == v if not isinstance(v, (ValueError, SimpleNamespace)) else "")
    except Exception as e:
        print(type(v).__name__, "ERR", type(e).__name__, e)
s = Slotted(); s2 = copy.deepcopy(s); print(s2.a, s2.a is not s.a, hasattr(s2, "b"))
p = re.compile("a")
m = p.match("aa")
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m).group())
for call in [lambda: p.__copy__(1), lambda: p.__deepcopy__()]:
    try:
        call()
    except TypeError as e:
        print(e)
