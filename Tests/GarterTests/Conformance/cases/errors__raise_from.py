class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"could not parse {s!r}") from e
print(parse("10"))
print(parse("ten"))
