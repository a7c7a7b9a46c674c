from typing import Any, Callable, Dict, List, Optional, TypedDict, Literal, Union
import json
class ToolSpec(TypedDict):
    name: str
    description: str
    params: Dict[str, str]
Registry = Dict[str, Callable[..., Any]]
TOOLS: Registry = {}
SPECS: List[ToolSpec] = []
def tool(name: str, description: str, **params: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        TOOLS[name] = fn
        SPECS.append(ToolSpec(name=name, description=description, params=params))
        return fn
    return deco
@tool("add", "add two numbers", a="number", b="number")
def add(a: float, b: float) -> float:
    return a + b
@tool("upper", "uppercase text", text="string")
def upper(text: str) -> str:
    return text.upper()
Mode = Literal["strict", "lenient"]
def call(name: str, args: Dict[str, Any], mode: Mode = "strict") -> Union[str, float, None]:
    fn: Optional[Callable[..., Any]] = TOOLS.get(name)
    if fn is None:
        if mode == "strict":
            raise KeyError(name)
        return None
    return fn(**args)
print(json.dumps(SPECS, indent=1))
print(call("add", {"a": 2, "b": 3.5}), call("upper", {"text": "hi"}), call("nope", {}, "lenient"))
try:
    call("nope", {})
except KeyError as e:
    print("KeyError", e)
print(Mode, Registry)
