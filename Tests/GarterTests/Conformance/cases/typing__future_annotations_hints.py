from __future__ import annotations
import dataclasses, typing, json
@dataclasses.dataclass
class User:
    name: str
    age: int
    tags: list[str] = dataclasses.field(default_factory=list)
    friend: User | None = None
hints = typing.get_type_hints(User)
print(hints)
def from_dict(cls, d):
    kwargs = {}
    for f in dataclasses.fields(cls):
        t = hints[f.name]
        kwargs[f.name] = d.get(f.name, f.default if f.default is not dataclasses.MISSING else None)
    return cls(**kwargs)
u = from_dict(User, json.loads('{"name": "a", "age": 3, "tags": ["x"]}'))
print(u, [f.type for f in dataclasses.fields(User)])
print(typing.get_origin(hints['tags']), typing.get_args(hints['friend']))
