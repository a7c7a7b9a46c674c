x = 1
def read_global():
    return x
def local_shadow():
    x = 2
    return x
def nested():
    y = 10
    def inner():
        return x + y
    return inner()
print(read_global(), local_shadow(), nested(), x)
def modify_list(lst):
    lst.append(4)
    lst = [0]
    lst.append(1)
    return lst
orig = [1, 2, 3]
print(modify_list(orig), orig)
def rebind(n):
    n += 1
    return n
v = 5
print(rebind(v), v)
