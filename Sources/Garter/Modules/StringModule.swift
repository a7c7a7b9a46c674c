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


def _formatter_parser(s):
    # _string.formatter_parser: (literal_text, field_name, format_spec, conversion) tuples.
    out = []
    lit = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '{' or c == '}':
            if i + 1 < n and s[i + 1] == c:
                lit.append(c)
                out.append((''.join(lit), None, None, None))
                lit = []
                i += 2
                continue
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            # The field name runs to '!' or ':' outside brackets, or to the closing '}'.
            j = i + 1
            bracket = False
            while j < n:
                d = s[j]
                if d == '[':
                    bracket = True
                elif d == ']':
                    bracket = False
                elif not bracket and d in '!:{}':
                    break
                j += 1
            name = s[i + 1:j]
            conversion = None
            spec = ''
            if j < n and s[j] == '{':
                raise ValueError("unexpected '{' in field name")
            if j < n and s[j] == '!':
                if j + 1 >= n:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = s[j + 1]
                j += 2
                if j < n and s[j] not in ':}':
                    raise ValueError("expected ':' after conversion specifier")
            if j < n and s[j] == ':':
                depth = 1
                k = j + 1
                while k < n:
                    if s[k] == '{':
                        depth += 1
                    elif s[k] == '}':
                        depth -= 1
                        if depth == 0:
                            break
                    k += 1
                if k >= n:
                    raise ValueError("expected '}' before end of string")
                spec = s[j + 1:k]
                j = k
            if j >= n:
                if conversion == '}':
                    raise ValueError("unmatched '{' in format spec")
                raise ValueError("expected '}' before end of string")
            if conversion == '}':
                raise ValueError("unmatched '{' in format spec")
            out.append((''.join(lit), name, spec, conversion))
            lit = []
            i = j + 1
        else:
            lit.append(c)
            i += 1
    if lit:
        out.append((''.join(lit), None, None, None))
    return iter(out)


def _formatter_field_name_split(name):
    # _string.formatter_field_name_split: (first, iterator of (is_attr, key)).
    i = 0
    n = len(name)
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((True, key))
            i = j
        elif name[i] == '[':
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            # output the literal text
            if literal_text:
                result.append(literal_text)

            # if there's a field, output it
            if field_name is not None:
                # this is some markup, find the object and do
                #  the formatting

                # handle arg indexing when empty field_names are given.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    # disable auto arg incrementing, if it gets
                    # used later on, then an exception will be raised
                    auto_arg_index = False

                # given the field_name, find the object it references
                #  and the argument it came from
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                # do any conversion on the resulting object
                obj = self.convert_field(obj, conversion)

                # expand the format spec, if needed
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth-1,
                    auto_arg_index=auto_arg_index)

                # format the object and append to the result
                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index


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
        # do any conversion on the resulting object
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))


    # returns an iterable that contains tuples of the form:
    # (literal_text, field_name, format_spec, conversion)
    # literal_text can be zero length
    # field_name can be None, in which case there's no
    #  object to format and output
    # if field_name is not None, it is looked up, formatted
    #  with format_spec and conversion and then used
    def parse(self, format_string):
        return _formatter_parser(format_string)


    # given a field_name, find the object it references.
    #  field_name:   the field being looked up, e.g. "0.name"
    #                 or "lookup[3]"
    #  used_args:    a set of which args have been used
    #  args, kwargs: as passed in to vformat
    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        # loop through the rest of the field_name, doing
        #  getattr or getitem as needed
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
"""#
}
