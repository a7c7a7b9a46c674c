try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise KeyError
except KeyError as e:
    print(repr(e), str(e))
class Custom(Exception):
    def __init__(self):
        super().__init__("built without args")
try:
    raise Custom
except Custom as e:
    print(repr(e), e)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
