from dataclasses import dataclass

@dataclass
class User:
    name: str
    email: str
    active: bool = True

rows = [("ann", "ann@example.com"), ("bob",)]
users = []
for row in rows:
    users.append(User(*row))
    print("loaded", users[-1])
