from dataclasses import dataclass, field, asdict, astuple
import json

@dataclass
class Address:
    street: str
    city: str

@dataclass
class Person:
    name: str
    age: int
    addresses: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

p = Person("Ann", 41, [Address("1 Main", "Springfield"), Address("9 Elm", "Shelbyville")], {"vip": True, "tags": ("a", "b")})
d = asdict(p)
print(d)
print(astuple(p))
print(asdict(p, dict_factory=lambda kv: {k.upper(): v for k, v in kv}))
d["addresses"][0]["city"] = "Changed"
print(p.addresses[0].city)
print(json.dumps(asdict(Address("x", "y")), sort_keys=True))
