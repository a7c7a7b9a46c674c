# Slices with a step: lists, tuples and strings (no slice object on the fast path),
# other containers, conversions, errors, identity and evaluation order.
a = list(range(10))
print(a[::-1], a[::2], a[1::3], a[8:2:-2], a[-3::-1], a[:-20:-1], a[100::-1], a[::100])
print(a[True::True], a[None:None:None], a[2:8:1], a[0:10:1], a[5:5:1], a[9:0:-1])
print(a[-100:100:3], a[100:-100:-3], a[3:3:-1], a[::-11])
t = tuple("abcdefgh")
print(t[::-1], t[::3], t[6:1:-2], t[1:1:2], t[::1] is t, t[0:8:1] is t, t[::-1] is t)
print(t[2:100:1], t[5:2:1] == (), t[-1::-1][:3])
s = "hello, world"
empty = ""
five = 5
nothing = None
print(s[::-1], s[::2], s[7:2:-1], s[::1] is s, s[0:100:1] is s, repr(s[5:2:1]), s[5:2:1] is empty)
u = "héllo wörld ✓ 🐍"
print(u[::-1], u[::2], u[-1::-3], u[3:0:-1], u[::1] is u, len(u[::-1]))
print("x"[::-1], ""[::-1], "ab"[::-1], "🐍"[::-1])
big = 10 ** 30
print(a[-big:big:2], a[big:-big:-3], a[::big], a[::-big])
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(a[Idx(1):Idx(9):Idx(2)], s[Idx(0)::Idx(-2)] if False else s[::Idx(-2)], t[Idx(-1)::Idx(-3)])
print(bytes(range(10))[::-2], bytearray(b"abcdef")[::2], range(20)[::-3], range(5)[1:4:2])
class Seq:
    def __getitem__(self, k):
        return ("got", type(k).__name__, k.start, k.stop, k.step)
print(Seq()[1:2:3], Seq()[::-1], Seq()[None:None:None])
class L(list):
    pass
l = L([1, 2, 3, 4])
r = l[::-1]
print(r, type(r).__name__)
class S(str):
    pass
print(S("abcd")[::-1], type(S("abcd")[::-1]).__name__)
def trace(tag, v):
    print("eval", tag)
    return v
print(trace("obj", a)[trace("lo", 1):trace("hi", 8):trace("step", 3)])
for bad in (lambda: a[::0], lambda: t[::0], lambda: s[::0], lambda: a[::"x"], lambda: a["1"::2],
            lambda: s[:1.5:2], lambda: five[::2], lambda: {}[::2], lambda: nothing[1:2:3], lambda: a[::0.5]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m = [[i * 3 + j for j in range(3)] for i in range(3)]
print([row[::-1] for row in m][::-1])
def fannkuch_step(perm, k):
    perm[: k + 1] = perm[k::-1]
    return perm
print(fannkuch_step([3, 1, 2, 0, 4], 3), fannkuch_step(list("abcdef"), 5))
x = [1, 2, 3]
y = x[::1]
y.append(4)
print(x, y, x[::1] is x)
print(range(20)[::-3], range(5)[1:4:2], range(10)[2:8:3], range(0, 20, 3)[1:5], range(10)[::-1])
print(range(10)[-2:2:-4], range(1, 100, 7)[10:1:-3], range(5)[1:3], range(10, 0, -2)[::2], range(10)[7:2])
print(range(-5, 5)[::4], range(3)[5:9], range(3)[::-5], range(100)[10:90:7], list(range(100)[90:10:-7]))
