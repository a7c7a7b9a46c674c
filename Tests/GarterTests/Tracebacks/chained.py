def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise LookupError(f"missing {key}") from e

def parse(text):
    try:
        return int(text)
    except ValueError:
        return load({}, text) * 2

parse("abc")
