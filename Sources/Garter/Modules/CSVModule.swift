/// `csv` and its core `_csv`: `reader` (CPython's parser state machine, with a fast path for
/// lines holding no quote or escape character), `writer` (`writerow`/`writerows` with CPython
/// 3.11's quoting rules for `QUOTE_MINIMAL`/`ALL`/`NONNUMERIC`/`NONE`, `escapechar`,
/// `doublequote`), dialects (`excel`, `excel-tab`, `unix`, `register_dialect`, validation with
/// the C module's messages), `field_size_limit`, `DictReader`, `DictWriter`, `Sniffer`.
///
/// Known gaps: `Sniffer.has_header` tries `float` where CPython tries `complex` (Garter has no
/// complex numbers), so a column of complex literals counts as text.
enum CSVModule {
    static let coreSource = #"""
__version__ = '1.0'
__doc__ = 'CSV parsing and writing.'

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_dialects = {}
_field_limit = 128 * 1024


class Error(Exception):
    pass

Error.__module__ = '_csv'

_DEFAULTS = (('delimiter', ','), ('doublequote', True), ('escapechar', None),
             ('lineterminator', '\r\n'), ('quotechar', '"'), ('quoting', QUOTE_MINIMAL),
             ('skipinitialspace', False), ('strict', False))
_ATTRS = frozenset(name for name, _ in _DEFAULTS)


def _char(name, v, optional):
    if v is None and optional:
        return None
    if not isinstance(v, str):
        if optional:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(v).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(v).__name__))
    if len(v) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return v


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""
    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        values = {}
        for name, default in _DEFAULTS:
            if name in kwargs:
                v = kwargs[name]
            elif dialect is not None and hasattr(dialect, name):
                v = getattr(dialect, name)
            else:
                v = default
            values[name] = v
        d = {}
        d['delimiter'] = _char('delimiter', values['delimiter'], False)
        d['doublequote'] = bool(values['doublequote'])
        d['escapechar'] = _char('escapechar', values['escapechar'], True)
        lt = values['lineterminator']
        if lt is None:
            raise TypeError('lineterminator must be set')
        if not isinstance(lt, str):
            raise TypeError('"lineterminator" must be a string')
        d['lineterminator'] = lt
        qc = values['quotechar']
        d['quotechar'] = _char('quotechar', qc, True)
        q = values['quoting']
        if not isinstance(q, int):
            raise TypeError('"quoting" must be an integer')
        if q not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if qc is None and 'quoting' not in kwargs and (dialect is None or not hasattr(dialect, 'quoting')):
            q = QUOTE_NONE
        d['quoting'] = int(q)
        d['skipinitialspace'] = bool(values['skipinitialspace'])
        d['strict'] = bool(values['strict'])
        if d['quoting'] != QUOTE_NONE and d['quotechar'] is None:
            raise TypeError('quotechar must be set if quoting enabled')
        object.__setattr__(self, '_d', d)

    def __getattr__(self, name):
        d = object.__getattribute__(self, '_d')
        if name in d:
            return d[name]
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        if name in _ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __repr__(self):
        return '<_csv.Dialect object at %#x>' % id(self)

Dialect.__module__ = '_csv'


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, Dialect) and not kwargs:
        return dialect
    return Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError('dialect name must be a string')
    _dialects[name] = _make_dialect(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error('unknown dialect') from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    global _field_limit
    if kwargs:
        if list(kwargs) != ['new_limit'] or args:
            raise TypeError('field_size_limit() takes at most 1 argument (%d given)' % (len(args) + len(kwargs)))
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError('field_size_limit expected at most 1 argument, got %d' % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError('limit must be an integer')
        _field_limit = int(args[0])
    return old


# Parser states (CPython's _csv.c).
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8
_EOL = None


class Reader:
    def __init__(self, iterable, dialect=None, **kwargs):
        self._it = iter(iterable)
        self.dialect = _make_dialect(dialect, kwargs)
        self.line_num = 0
        d = self.dialect
        self._delim = d.delimiter
        self._quote = d.quotechar if d.quoting != QUOTE_NONE else None
        self._esc = d.escapechar
        self._fast = not d.skipinitialspace

    def __iter__(self):
        return self

    def __repr__(self):
        return '<_csv.reader object at %#x>' % id(self)

    def _save(self):
        f = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            f = float(f)
        self._fields.append(f)

    def _add(self, c):
        if len(self._field) >= _field_limit:
            raise Error('field larger than field limit (%d)' % _field_limit)
        self._field.append(c)

    def _fast_line(self, line):
        # A line with no quote or escape character and no inner line break splits directly.
        end = len(line)
        if line.endswith('\r\n'):
            end -= 2
        elif line.endswith('\n') or line.endswith('\r'):
            end -= 1
        body = line[:end] if end != len(line) else line
        if '\r' in body or '\n' in body or '\0' in body:
            return None
        if not body:
            return []
        fields = body.split(self._delim)
        limit = _field_limit
        nonnum = self.dialect.quoting == QUOTE_NONNUMERIC
        for i, f in enumerate(fields):
            if len(f) > limit:
                raise Error('field larger than field limit (%d)' % limit)
            if nonnum and f:
                fields[i] = float(f)
        return fields

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save()
                    break
                raise
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            if (self._state == _START_RECORD and self._fast
                    and (self._quote is None or self._quote not in line)
                    and (self._esc is None or self._esc not in line)):
                fields = self._fast_line(line)
                if fields is not None:
                    return fields
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == self._quote:
                self._state = _IN_QUOTED_FIELD
            elif c == self._esc:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == self._delim:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == self._esc:
                self._state = _ESCAPED_CHAR
            elif c == self._delim:
                self._save()
                self._state = _START_FIELD
            else:
                self._add(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == self._esc:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == self._quote:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = '\n'
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if c is not _EOL and c == self._quote:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == self._delim:
                self._save()
                self._state = _START_FIELD
            elif c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (self._delim, self._quote))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c == '\n' or c == '\r':
                pass
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")

Reader.__name__ = Reader.__qualname__ = 'reader'
Reader.__module__ = '_csv'


def _is_number(v):
    if isinstance(v, (int, float)):
        return True
    t = type(v)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


class Writer:
    def __init__(self, fileobj, dialect=None, **kwargs):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _make_dialect(dialect, kwargs)
        d = self.dialect
        special = set(d.lineterminator)
        special.add(d.delimiter)
        if d.quotechar is not None:
            special.add(d.quotechar)
        if d.escapechar is not None:
            special.add(d.escapechar)
        self._special = special

    def __repr__(self):
        return '<_csv.writer object at %#x>' % id(self)

    def _field(self, field, quoted):
        d = self.dialect
        special = self._special
        plain = True
        for c in field:
            if c in special:
                plain = False
                break
        if plain:
            if quoted:
                return d.quotechar + field + d.quotechar
            return field
        out = []
        quoting = d.quoting
        qc = d.quotechar
        esc = d.escapechar
        for c in field:
            if c in special:
                want_escape = False
                if quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == qc:
                        if d.doublequote:
                            out.append(qc)
                        else:
                            want_escape = True
                    elif c == esc:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if esc is None:
                        raise Error('need to escape, but no escapechar set')
                    out.append(esc)
            out.append(c)
        text = ''.join(out)
        if quoted:
            return qc + text + qc
        return text

    def writerow(self, row):
        try:
            it = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__) from None
        d = self.dialect
        quoting = d.quoting
        parts = []
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

Writer.__name__ = Writer.__qualname__ = 'writer'
Writer.__module__ = '_csv'


def reader(iterable, dialect=None, **fmtparams):
    return Reader(iterable, dialect, **fmtparams)


def writer(fileobj, dialect=None, **fmtparams):
    return Writer(fileobj, dialect, **fmtparams)
"""#

    static let source = #"""
"""
csv.py - read/write/investigate CSV files
"""

import re
from _csv import Error, __version__, writer, reader, register_dialect, \
                 unregister_dialect, get_dialect, list_dialects, \
                 field_size_limit, \
                 QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, \
                 __doc__
from _csv import Dialect as _Dialect

from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]

class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # We do this for compatibility with py2.3
            raise Error(str(e))

class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL
register_dialect("excel", excel)

class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'
register_dialect("excel-tab", excel_tab)

class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL
register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames   # list of keys for the dict
        self.restkey = restkey          # key to catch long rows
        self.restval = restval          # default value for short rows
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Used only for its side effect.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num

        # unlike the basic reader, we prefer not to return blanks,
        # because we will typically wind up with a dict full of None
        # values
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames    # list of keys for the dict
        self.restval = restval          # for writing short dicts
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))

# Guard Sniffer's type checking against builds that exclude complex()
try:
    complex
except NameError:
    complex = float

class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''
    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']


    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """

        quotechar, doublequote, delimiter, skipinitialspace = \
                   self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)

        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            # escapechar = ''

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # _csv.reader won't accept a quotechar of ''
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace

        return dialect


    def _guess_quote_and_delimiter(self, data, delimiters):
        """
        Looks for text enclosed between two identical quotes
        (the probable quotechar) which are preceded and followed
        by the same character (the probable delimiter).
        For example:
                         ,'some text',
        The quote with the most wins, same with the delimiter.
        If there is no quotechar the delimiter can't be determined
        this way.
        """

        matches = []
        for restr in (r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)', # ,".*?",
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',   #  ".*?",
                      r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',   # ,".*?"
                      r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)'):                            #  ".*?" (no delim, no space)
            regexp = re.compile(restr, re.DOTALL | re.MULTILINE)
            matches = regexp.findall(data)
            if matches:
                break

        if not matches:
            # (quotechar, doublequote, delimiter, skipinitialspace)
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        groupindex = regexp.groupindex
        for m in matches:
            n = groupindex['quote'] - 1
            key = m[n]
            if key:
                quotes[key] = quotes.get(key, 0) + 1
            try:
                n = groupindex['delim'] - 1
                key = m[n]
            except KeyError:
                continue
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            try:
                n = groupindex['space'] - 1
            except KeyError:
                continue
            if m[n]:
                spaces += 1

        quotechar = max(quotes, key=quotes.get)

        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n': # most likely a file with a single column
                delim = ''
        else:
            # there is *no* delimiter, it's a single column of quoted data
            delim = ''
            skipinitialspace = 0

        # if we see an extra quote between delimiters, we've got a
        # double quoted format
        dq_regexp = re.compile(
                               r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)" % \
                               {'delim':re.escape(delim), 'quote':quotechar}, re.MULTILINE)



        if dq_regexp.search(data):
            doublequote = True
        else:
            doublequote = False

        return (quotechar, doublequote, delim, skipinitialspace)


    def _guess_delimiter(self, data, delimiters):
        """
        The delimiter /should/ occur the same number of times on
        each row. However, due to malformed data, it may not. We don't want
        an all or nothing approach, so we allow for small variations in this
        number.
          1) build a table of the frequency of each character on every line.
          2) build a table of frequencies of this frequency (meta-frequency?),
             e.g.  'x occurred 5 times in 10 rows, 6 times in 1000 rows,
             7 times in 2 rows'
          3) use the mode of the meta-frequency to determine the /expected/
             frequency for that character
          4) find out how often the character actually meets that goal
          5) the character that best meets its goal is the delimiter
        For performance reasons, the data is evaluated in chunks, so it can
        try and evaluate the smallest portion of the data possible, evaluating
        additional chunks as necessary.
        """

        data = list(filter(None, data.split('\n')))

        ascii = [chr(c) for c in range(127)] # 7-bit ASCII

        # build frequency tables
        chunkLength = min(10, len(data))
        iteration = 0
        charFrequency = {}
        modes = {}
        delims = {}
        start, end = 0, chunkLength
        while start < len(data):
            iteration += 1
            for line in data[start:end]:
                for char in ascii:
                    metaFrequency = charFrequency.get(char, {})
                    # must count even if frequency is 0
                    freq = line.count(char)
                    # value is the mode
                    metaFrequency[freq] = metaFrequency.get(freq, 0) + 1
                    charFrequency[char] = metaFrequency

            for char in charFrequency.keys():
                items = list(charFrequency[char].items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                # get the mode of the frequencies
                if len(items) > 1:
                    modes[char] = max(items, key=lambda x: x[1])
                    # adjust the mode - subtract the sum of all
                    # other frequencies
                    items.remove(modes[char])
                    modes[char] = (modes[char][0], modes[char][1]
                                   - sum(item[1] for item in items))
                else:
                    modes[char] = items[0]

            # build a list of possible delimiters
            modeList = modes.items()
            total = float(min(chunkLength * iteration, len(data)))
            # (rows of consistent data) / (number of rows) = 100%
            consistency = 1.0
            # minimum consistency threshold
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for k, v in modeList:
                    if v[0] > 0 and v[1] > 0:
                        if ((v[1]/total) >= consistency and
                            (delimiters is None or k in delimiters)):
                            delims[k] = v
                consistency -= 0.01

            if len(delims) == 1:
                delim = list(delims.keys())[0]
                skipinitialspace = (data[0].count(delim) ==
                                    data[0].count("%c " % delim))
                return (delim, skipinitialspace)

            # analyze another chunkLength lines
            start = end
            end += chunkLength

        if not delims:
            return ('', 0)

        # if there's more than one, fall back to a 'preferred' list
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims.keys():
                    skipinitialspace = (data[0].count(d) ==
                                        data[0].count("%c " % d))
                    return (d, skipinitialspace)

        # nothing else indicates a preference, pick the character that
        # dominates(?)
        items = [(v,k) for (k,v) in delims.items()]
        items.sort()
        delim = items[-1][1]

        skipinitialspace = (data[0].count(delim) ==
                            data[0].count("%c " % delim))
        return (delim, skipinitialspace)


    def has_header(self, sample):
        # Creates a dictionary of types of data in each column. If any
        # column is of a single type (say, integers), *except* for the first
        # row, then the first row is presumed to be labels. If the type
        # can't be determined, it is assumed to be a string in which case
        # the length of the string is the determining factor: if all of the
        # rows except for the first are the same length, it's a header.
        # Finally, a 'vote' is taken at the end for each column, adding or
        # subtracting from the likelihood of the first row being a header.

        rdr = reader(StringIO(sample), self.sniff(sample))

        header = next(rdr) # assume first row is header

        columns = len(header)
        columnTypes = {}
        for i in range(columns): columnTypes[i] = None

        checked = 0
        for row in rdr:
            # arbitrary number of rows to check, to keep it sane
            if checked > 20:
                break
            checked += 1

            if len(row) != columns:
                continue # skip rows that have irregular number of columns

            for col in list(columnTypes.keys()):
                thisType = complex
                try:
                    thisType(row[col])
                except (ValueError, OverflowError):
                    # fallback to length of string
                    thisType = len(row[col])

                if thisType != columnTypes[col]:
                    if columnTypes[col] is None: # add new column type
                        columnTypes[col] = thisType
                    else:
                        # type is inconsistent, remove column from
                        # consideration
                        del columnTypes[col]

        # finally, compare results against first row and "vote"
        # on whether it's a header
        hasHeader = 0
        for col, colType in columnTypes.items():
            if type(colType) == type(0): # it's a length
                if len(header[col]) != colType:
                    hasHeader += 1
                else:
                    hasHeader -= 1
            else: # attempt typecast
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    hasHeader += 1
                else:
                    hasHeader -= 1

        return hasHeader > 0
"""#
}
