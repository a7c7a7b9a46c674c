from dataclasses import dataclass, field, fields, is_dataclass, MISSING

@dataclass
class Column:
    name: str = field(metadata={"db": "col_name"})
    width: int = field(default=10, metadata={"db": "w"})
    hidden: bool = field(default=False, repr=False)
    notes: list = field(default_factory=list)

for f in fields(Column):
    print(f.name, f.type.__name__, f.default if f.default is not MISSING else "<missing>",
          f.default_factory is not MISSING, f.repr, f.metadata.get("db"))
print(is_dataclass(Column), is_dataclass(Column("a")), is_dataclass(dict))
print(Column("id"))
try:
    fields(42)
except TypeError as e:
    print(e)
