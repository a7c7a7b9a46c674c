from dataclasses import dataclass

@dataclass(frozen=True)
class Config:
    host: str
    port: int = 8080

c = Config("localhost")
print(c)
try:
    del c.port
except AttributeError as e:
    print(type(e).__name__, e)
c.port = 9090
