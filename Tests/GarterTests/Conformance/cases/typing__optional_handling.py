from typing import Optional, Union, List, Dict, Tuple, Any, Iterable
def parse_port(value: Optional[str], default: int = 80) -> int:
    if value is None or not value.strip():
        return default
    return int(value)
def pick(d: Dict[str, Any], *keys: str) -> Dict[str, Any]:
    return {k: d[k] for k in keys if k in d}
def chunks(xs: List[int], n: int) -> Iterable[Tuple[int, ...]]:
    for i in range(0, len(xs), n):
        yield tuple(xs[i:i + n])
Number = Union[int, float]
def mean(xs: List[Number]) -> Optional[float]:
    return sum(xs) / len(xs) if xs else None
print(parse_port(None), parse_port(" "), parse_port("8080"), pick({"a": 1, "b": 2}, "a", "z"))
print(list(chunks(list(range(7)), 3)), mean([1, 2.5]), mean([]), Number)
print(Optional[List[Dict[str, Tuple[int, str]]]])
