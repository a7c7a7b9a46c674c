from typing import List, Dict, Optional, Union, Any, Callable, Tuple, Set, Iterable, Iterator, Sequence, Mapping, TypeVar, cast
T = TypeVar("T")
def first(xs: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default
def apply(fn: Callable[[int], int], xs: Iterable[int]) -> List[int]:
    return [fn(x) for x in xs]
def index(rows: List[Dict[str, Any]], key: str) -> Dict[str, List[Dict[str, Any]]]:
    out: Dict[str, List[Dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(str(r[key]), []).append(r)
    return out
def gen(n: int) -> Iterator[int]:
    yield from range(n)
ParsedValue = Union[int, float, str, None]
def parse(s: str) -> ParsedValue:
    for conv in (int, float):
        try:
            return conv(s)
        except ValueError:
            pass
    return s or None
print(first([3, 4]), first([], "none"), apply(lambda x: x * x, [1, 2, 3]), list(gen(3)))
print(index([{"k": 1, "v": "a"}, {"k": 2, "v": "b"}, {"k": 1, "v": "c"}], "k"))
print([parse(s) for s in ["1", "2.5", "x", ""]], cast(int, "still a str"))
counts: Mapping[str, int] = {"a": 1}
pair: Tuple[int, str] = (1, "a")
tags: Set[str] = {"x"}
print(counts, pair, tags, first.__annotations__ if False else "ok")
class Repo:
    items: List[str]
    def __init__(self) -> None:
        self.items = []
    def add(self, item: str) -> "Repo":
        self.items.append(item)
        return self
print(Repo().add("a").add("b").items, Repo.__annotations__)
