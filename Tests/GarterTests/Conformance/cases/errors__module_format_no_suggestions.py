import traceback
def show(f):
    try:
        f()
    except Exception as e:
        print(traceback.format_exception_only(e)[-1], end="")
class User:
    def __init__(self):
        self.username = "x"
        self.email = "e"
    def get_name(self): return self.username
u = User()
user_list = [1]
show(lambda: u.usrname)
show(lambda: u.get_nme())
show(lambda: u.emial)
show(lambda: user_lst)
show(lambda: lenn([1]))
show(lambda: [].apend(1))
show(lambda: {}.iteritems())
show(lambda: "x".lenght)
show(lambda: None.strip())
import math, json
show(lambda: math.sqroot(4))
show(lambda: json.load_s("{}"))
show(lambda: Usr())
show(lambda: {"a": 1}["b"])
show(lambda: {("a", 1): 1}[("b", 2)])
show(lambda: {1.5: 1}[2.5])
show(lambda: [1, 2, 3][10])
show(lambda: (1,)[5])
show(lambda: "ab"[9])
show(lambda: int("4.5"))
show(lambda: int(""))
show(lambda: float(""))
show(lambda: datetime)
import collections
show(lambda: collections.defaultdct)
class P:
    @property
    def val(self): return self._val
show(lambda: P().val)
show(lambda: P().vall)
def outer():
    x = 1
    def inner():
        print(x)
        x = 2
    inner()
show(outer)
