class S:
    __slots__ = ('a', '__b')
    def __init__(self): self.a = 1; self.__b = 2
class T(S):
    __slots__ = ('c',)
print(S.a, T.a, T.c, S._S__b, hasattr(S, 'a'), hasattr(S, 'zz'), type(S.a).__name__, S.a.__objclass__)
s = S(); print(S.a.__get__(s, S), S.a.__get__(None, S) is S.a if False else '')
S.a.__set__(s, 9); print(s.a)
t = T()
try: print(t.c)
except AttributeError as e: print(e)
print(getattr(S, 'a').__class__.__name__, 'a' in dir(S) if False else '')
