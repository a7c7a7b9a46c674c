from string import Formatter
f=Formatter()
for s in ['a{{b','{0[:]}','{a.b[c]!s:>{w}}','}}x','{}{}','{!r}','{:}', 'x{0}y{1:^5}z']:
    print(repr(s), list(f.parse(s)))
for s in ['{','}','{0','{0!','{0!rr}','{0!}', 'a}b', '{0:{1:{2}}}']:
    try: print(list(f.parse(s)))
    except ValueError as e: print(repr(s), 'ValueError', e)
print(f.format('{0.real} {x[1]}', 3, x=[1,2]))
try: f.format('{}{1}', 1, 2)
except ValueError as e: print(e)
print(f.format('{:>{}}|{!r}', 'ab', 6, 'q'))
class Up(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return f"<{key}>"
        return super().get_value(key, args, kwargs)
print(Up().format("hi {name} {missing} {0:.2f}", 3.14159, name="bob"))
print(f.vformat("{a}-{b}", (), {'a': 1, 'b': 2}))
