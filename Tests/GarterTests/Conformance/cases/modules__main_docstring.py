# A module without a docstring has __doc__ None, at module level and inside functions; a
# string that is not the first statement is no docstring.
x = 1
"""not a docstring"""
print(__doc__)
def f():
    return __doc__
print(f(), __name__)
