/// `string`: constants, `capwords`, `Template` (the default `$` syntax scanned by hand; a
/// subclass that overrides `pattern`/`idpattern` uses `re`) and a basic `Formatter`.
enum StringModule {
    static let source = #"""
"""A collection of string constants."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.
    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_sentinel_dict = {}

_ID_START = set('_' + ascii_letters)
_ID_CHARS = set('_' + ascii_letters + digits)


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init_subclass__(cls):
        super().__init_subclass__()

    def __init__(self, template):
        self.template = template

    def _custom(self):
        cls = type(self)
        return (cls.idpattern != Template.idpattern or cls.braceidpattern is not None
                or 'pattern' in vars(cls) or cls.flags is not None)

    def _compile(self):
        import re
        cls = type(self)
        if 'pattern' in vars(cls):
            pattern = cls.pattern
            if isinstance(pattern, str):
                pattern = re.compile(pattern, re.IGNORECASE | re.VERBOSE if cls.flags is None else cls.flags | re.VERBOSE)
            return pattern
        delim = re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # Escape sequence of two delimiters
          (?P<named>{id})       |   # delimiter and a Python identifier
          {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
          (?P<invalid>)             # Other ill-formed delimiter exprs
        )
        """
        flags = re.IGNORECASE if cls.flags is None else cls.flags
        return re.compile(pattern, flags | re.VERBOSE)

    # Yields (start, end, kind, name) for every delimiter occurrence:
    # kind is 'escaped', 'named', 'braced' or 'invalid'.
    def _scan(self):
        if self._custom():
            for mo in self._compile().finditer(self.template):
                if mo.group('escaped') is not None:
                    yield mo.start(), mo.end(), 'escaped', None
                elif mo.group('named') is not None:
                    yield mo.start(), mo.end(), 'named', mo.group('named')
                elif mo.group('braced') is not None:
                    yield mo.start(), mo.end(), 'braced', mo.group('braced')
                else:
                    yield mo.start(), mo.end(), 'invalid', mo.start('invalid')
            return
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        n = len(t)
        i = t.find(delim)
        while i >= 0:
            j = i + dl
            if t.startswith(delim, j):
                yield i, j + dl, 'escaped', None
                i = t.find(delim, j + dl)
                continue
            if j < n and t[j] in _ID_START:
                k = j + 1
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                yield i, k, 'named', t[j:k]
                i = t.find(delim, k)
                continue
            if j < n and t[j] == '{' and j + 1 < n and t[j + 1] in _ID_START:
                k = j + 2
                while k < n and t[k] in _ID_CHARS:
                    k += 1
                if k < n and t[k] == '}':
                    yield i, k + 1, 'braced', t[j + 1:k]
                    i = t.find(delim, k + 1)
                    continue
            yield i, j, 'invalid', j
            i = t.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap2(kws, mapping)
        out = []
        last = 0
        t = self.template
        for start, end, kind, name in self._scan():
            out.append(t[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(name)
            else:
                out.append(str(mapping[name]))
            last = end
        out.append(t[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainMap2(kws, mapping)
        out = []
        last = 0
        t = self.template
        for start, end, kind, name in self._scan():
            out.append(t[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(t[start:end])
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(t[start:end])
            last = end
        out.append(t[last:])
        return ''.join(out)

    def is_valid(self):
        for start, end, kind, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


class _ChainMap2:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))
"""#
}
