# Pure path operations.
from pathlib import PurePath, PurePosixPath, Path

p = PurePosixPath('/usr/local/lib/archive.tar.gz')
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.root, repr(p.drive))
print(p.parts, list(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], len(p.parents))
print(p.with_name('other.txt'), p.with_suffix('.zip'), p.with_suffix(''), p.with_stem('new'))
print(p.is_absolute(), p.relative_to('/usr'), p.relative_to('/usr/local/'), p.is_relative_to('/usr'), p.is_relative_to('/etc'))
print(p.match('*.gz'), p.match('lib/*.gz'), p.match('/usr/*.gz'), p.match('/usr/local/lib/*.gz'), p.match('*.zip'))
q = PurePath('a', 'b/c', '', '.', 'd')
print(q, repr(q), type(q).__name__, q.parts, q.is_absolute())
print(PurePath('a') / 'b' / 'c', 'x' / PurePath('y'), PurePath('a') / '/abs', PurePath('a').joinpath('b', 'c'))
print(PurePath(), repr(PurePath()), PurePath('.'), PurePath('/'), PurePath('//x'), PurePath('///x'), PurePath('a//b/./c/'))
print(PurePath('a/..'), PurePath('.hidden').suffix, PurePath('.hidden').stem, PurePath('a.').suffix, PurePath('x.tar.').suffixes)
print(PurePath('a') == PurePath('a/'), PurePath('a') == PurePath('A'), PurePath('a') < PurePath('b'), sorted([PurePath('b'), PurePath('a/c'), PurePath('a')]))
print(hash(PurePath('a/b')) == hash(PurePath('a//b')), {PurePath('x'): 1}[PurePath('x')], PurePath('a') == 'a')
print(str(PurePath('a/b')), PurePath('a/b').as_posix(), bytes(PurePath('a/b')), PurePath('/a b').as_uri())
print(Path('a/b') == PurePosixPath('a/b'), repr(Path('a/b')), type(Path('x')).__name__)
for fn in [lambda: p.relative_to('/etc'), lambda: PurePath('a').relative_to('/a'), lambda: PurePath('/').with_name('x'),
           lambda: p.with_name(''), lambda: p.with_name('a/b'), lambda: p.with_suffix('zip'), lambda: p.with_suffix('.'),
           lambda: p.parents[10], lambda: PurePath('a').match(''), lambda: PurePath(3), lambda: PurePath('a').relative_to(),
           lambda: PurePath('a').as_uri()]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(PurePath('/a/b').parent.parent.parent, PurePath('a').parent, PurePath('.').name == '')
print([str(x) for x in PurePath('x/y/z').parents], PurePath('a/b/c').relative_to('a'))
