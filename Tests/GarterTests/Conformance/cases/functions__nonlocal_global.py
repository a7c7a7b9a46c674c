total = 0
def add_global(n):
    global total
    total += n
    return total
add_global(5)
add_global(7)
print(total)

def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
        return a
    r = mid()
    return a, r
print(outer())

def make_global():
    global created_later
    created_later = "hello from function"
make_global()
print(created_later)

x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
