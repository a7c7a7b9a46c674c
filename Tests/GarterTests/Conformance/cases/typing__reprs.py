import typing as t
print(t.List, t.List[int], t.Dict[str, t.Any], t.Optional[int], t.Union[int, str], t.Union[int, None, str])
print(t.Callable[[int, str], bool], t.Callable[..., int], t.Tuple[int, ...], t.Tuple[()], t.Literal["a", 1])
T = t.TypeVar("T")
K = t.TypeVar("K", bound=str)
V = t.TypeVar("V", covariant=True)
print(T, K, V, t.List[T], t.Dict[K, V], t.Set[int], t.FrozenSet[str], t.DefaultDict[str, int], t.Type[int])
print(t.get_origin(t.List[int]), t.get_args(t.Dict[str, int]), t.get_origin(t.Optional[int]), t.get_args(t.Optional[int]))
print(t.get_args(t.Callable[[int], str]), t.get_origin(int), t.get_args(int), t.get_origin(t.Literal[1]))
print(t.Union[int], t.Union[int, int], t.Optional[None], t.Annotated[int, "meta"], t.ClassVar[int], t.Final[int])
print(t.Sequence[int], t.Mapping[str, int], t.Iterable[str], t.Iterator[int], t.Generator[int, None, None])
print(t.Any, t.NoReturn, t.Callable, t.Tuple, t.Union, t.Optional, t.AnyStr, t.Text)
print(t.Union[int, str] == t.Union[str, int], t.List[int] == t.List[int], t.Optional[int] == t.Union[int, None])
print(isinstance([], t.List), isinstance({}, t.Dict), isinstance((), t.Sequence), isinstance(3, t.Hashable))
try:
    isinstance([], t.List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    t.List()
except TypeError as e:
    print("TypeError:", e)
