# One method-load instruction meeting receivers of different builtin types, and names
# some of those types lack: each load must find its own type's method.
values = ["banana", [1, 2, 1], (1, 1, 3), b"abcab", bytearray(b"xx"), {"a": 1}, {1, 2}, 7, 2.5, range(5)]
for v in values:
    for name in ("count", "index", "copy", "get", "upper"):
        try:
            m = getattr(v, name)
        except AttributeError as e:
            print(type(v).__name__, name, "AttributeError:", e)
            continue
        print(type(v).__name__, name, type(m).__name__)


def counts(v):
    return v.count(1) if not isinstance(v, (str, bytes)) else v.count("a" if isinstance(v, str) else b"a")


for v in values[:5] * 3:
    print(type(v).__name__, counts(v))


def first(v):
    try:
        return v.index(1)
    except AttributeError as e:
        return "AttributeError: %s" % e
    except (ValueError, TypeError) as e:
        return "%s: %s" % (type(e).__name__, e)


for v in values * 2:
    print(type(v).__name__, first(v))


class MyList(list):
    def count(self, x):
        return "overridden"


for v in [[1, 1], MyList([1, 1]), [1], MyList()]:
    print(counts(v))
