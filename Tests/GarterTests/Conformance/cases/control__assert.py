def safe_div(a, b):
    assert b != 0, f"divisor must be nonzero (got {b})"
    return a / b
print(safe_div(10, 4))
try:
    safe_div(1, 0)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 > 2
except AssertionError as e:
    print("bare assert:", repr(e), e.args)
assert True, "never"
assert [1], "non-empty list"
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print(e.args[0])
print("done")
