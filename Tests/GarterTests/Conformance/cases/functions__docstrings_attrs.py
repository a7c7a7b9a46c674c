def documented(a, b=1):
    """Add two numbers.

    Returns the sum."""
    return a + b
print(documented.__doc__)
print(documented.__name__, documented.__defaults__)
def nodoc():
    pass
print(nodoc.__doc__)
documented.custom = "attr"
print(documented.custom)
class K:
    """Class doc."""
    def m(self):
        "method doc"
print(K.__doc__, K.m.__doc__, K.__name__)
