from dataclasses import dataclass, field, InitVar, KW_ONLY

@dataclass
class Request:
    url: str
    _: KW_ONLY
    method: str = "GET"
    timeout: float = 5.0

@dataclass
class Temperature:
    celsius: float = field(init=False)
    fahrenheit: InitVar[float] = 32.0

    def __post_init__(self, fahrenheit):
        self.celsius = round((fahrenheit - 32) * 5 / 9, 2)

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int

print(Request("http://x", method="POST"))
print(Temperature(), Temperature(212))
print(Options(level=3))
for make in (lambda: Request("u", "PUT"), lambda: Options(), lambda: Options(True, 2)):
    try:
        make()
    except TypeError as e:
        print(e)
