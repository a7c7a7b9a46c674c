class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"
class Status:
    OK = 200
    NOT_FOUND = 404
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case Color.BLUE | "cyan":
            return "cool"
        case _:
            return "unknown color"
print([paint(c) for c in ["red", "green", "blue", "cyan", "pink"]])
def http(code):
    match code:
        case Status.OK:
            return "ok"
        case Status.NOT_FOUND:
            return "missing"
        case c if 500 <= c < 600:
            return "server error"
        case _:
            return "other"
print([http(c) for c in [200, 404, 503, 301]])
