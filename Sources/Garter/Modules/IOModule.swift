/// `io`: in-memory streams — `StringIO` (CPython's newline modes `None`, `''`, `'\n'`, `'\r'`,
/// `'\r\n'`; writes past the end pad with NULs; `seek`/`tell`/`truncate` by code point) and
/// `BytesIO` — plus the abstract base classes for `isinstance` checks, `SEEK_*` and
/// `UnsupportedOperation`. Both work with `print(file=)`, `json.dump`/`json.load` and `csv`.
///
/// Real files (`open`, `FileIO`, `TextIOWrapper`, `Buffered*`) are in ``IOModule/fileSource``.
///
/// Known gaps: `TextIOWrapper` cannot wrap a `BytesIO`, `StringIO.newlines` is always `None`, `BytesIO.getbuffer`/
/// `readinto` are not supported.
enum IOModule {
    static let source = #"""
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO',
           'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']


class UnsupportedOperation(OSError, ValueError):
    pass

UnsupportedOperation.__module__ = 'io'


def _closed_error(dot=False):
    return ValueError('I/O operation on closed file.' if dot else 'I/O operation on closed file')


_SSIZE_MIN = -(1 << 63)
_SSIZE_MAX = (1 << 63) - 1


def _fit(n, message="cannot fit 'int' into an index-sized integer"):
    if not _SSIZE_MIN <= n <= _SSIZE_MAX:
        raise OverflowError(message)
    return n


def _size_arg(n):
    if n is None:
        return -1
    if isinstance(n, int):
        return _fit(int(n))
    if hasattr(type(n), '__index__'):
        return _fit(type(n).__index__(n))
    raise TypeError("argument should be integer or None, not '%s'" % type(n).__name__)


def _index_arg(n):
    if isinstance(n, int):
        return _fit(int(n))
    if hasattr(type(n), '__index__'):
        return _fit(type(n).__index__(n))
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)


def _seek_arg(n):
    if isinstance(n, int):
        return _fit(int(n), 'Python int too large to convert to C ssize_t')
    return _index_arg(n)


class IOBase:
    """The abstract base class of all I/O classes."""

    def __enter__(self):
        self._check_closed_dot()
        return self

    def __exit__(self, *args):
        self.close()

    def _check_closed_dot(self):
        if self.closed:
            raise _closed_error(True)

    def __iter__(self):
        self._check_closed_dot()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed_dot()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def flush(self):
        self._check_closed_dot()

    def readlines(self, hint=-1):
        hint = _size_arg(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed_dot()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _c.__module__ = 'io'


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._parts = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- internal -----------------------------------------------------------------
    def _check(self):
        if self._closed:
            raise _closed_error()

    def _text(self):
        parts = self._parts
        if len(parts) != 1:
            t = ''.join(parts)
            self._parts = [t] if t else []
            return t
        return parts[0]

    # -- properties ---------------------------------------------------------------
    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        return None

    # -- API ------------------------------------------------------------------------
    def getvalue(self):
        self._check()
        return self._text()

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl == '\r' or nl == '\r\n':
            if '\n' in s:
                s = s.replace('\n', nl)
        if not s:
            return n
        pos = self._pos
        size = self._size
        m = len(s)
        if pos == size:
            self._parts.append(s)
            self._size = size + m
        else:
            t = self._text()
            if pos > size:
                t = t + '\0' * (pos - size)
            t = t[:pos] + s + t[pos + m:]
            self._parts = [t]
            self._size = len(t)
        self._pos = pos + m
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        t = self._text()
        pos = self._pos
        if pos >= self._size:
            return ''
        if size < 0:
            end = self._size
        else:
            end = min(self._size, pos + size)
        self._pos = end
        return t[pos:end]

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        t = self._text()
        pos = self._pos
        n = self._size
        if pos >= n:
            return ''
        limit = n if size < 0 else min(n, pos + size)
        nl = self._newline
        if nl is None or nl == '\n':
            i = t.find('\n', pos, limit)
            end = limit if i < 0 else i + 1
        elif nl == '':
            i = t.find('\n', pos, limit)
            j = t.find('\r', pos, limit)
            if j >= 0 and (i < 0 or j < i):
                end = j + 1
                if end < limit and t[end] == '\n':
                    end += 1
            else:
                end = limit if i < 0 else i + 1
        else:
            i = t.find(nl, pos, limit)
            end = limit if i < 0 else i + len(nl)
        self._pos = end
        return t[pos:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def readlines(self, hint=-1):
        self._check_closed_dot()
        return TextIOBase.readlines(self, hint)

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _seek_arg(pos)
        whence = _index_arg(whence)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index_arg(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._size:
            t = self._text()[:size]
            self._parts = [t] if t else []
            self._size = size
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check_closed_dot()
        return False

    def flush(self):
        pass

    def close(self):
        self._closed = True

    def detach(self):
        raise UnsupportedOperation('detach')

    def __enter__(self):
        self._check_closed_dot()
        return self

    def __repr__(self):
        return '<_io.StringIO object at %#x>' % id(self)


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        self._ro = None
        self._pos = 0
        self._closed = False
        if initial_bytes is not None:
            self._buf += _bytes_like(initial_bytes)

    def _check(self):
        if self._closed:
            raise _closed_error(True)

    def _snapshot(self):
        # An immutable copy of the buffer for reading, kept until the next write.
        data = self._ro
        if data is None:
            data = self._ro = bytes(self._buf)
        return data

    @property
    def closed(self):
        return self._closed

    def getvalue(self):
        self._check()
        return self._snapshot()

    def write(self, b):
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        self._ro = None
        pos = self._pos
        buf = self._buf
        size = len(buf)
        if pos == size:
            buf += data
        else:
            if pos > size:
                buf += bytes(pos - size)
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _size_arg(size)
        pos = self._pos
        n = len(self._buf)
        if pos >= n:
            return b''
        end = n if size < 0 else min(n, pos + size)
        self._pos = end
        return self._snapshot()[pos:end]

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _size_arg(size)
        pos = self._pos
        n = len(self._buf)
        if pos >= n:
            return b''
        limit = n if size < 0 else min(n, pos + size)
        data = self._snapshot()
        i = data.find(b'\n', pos, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return data[pos:end]

    def readlines(self, hint=-1):
        self._check()
        return BufferedIOBase.readlines(self, hint)

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        pos = _seek_arg(pos)
        whence = _index_arg(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index_arg(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
            self._ro = None
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def close(self):
        self._closed = True

    def getbuffer(self):
        raise NotImplementedError('BytesIO.getbuffer() is not supported')

    def readinto(self, b):
        raise NotImplementedError('BytesIO.readinto() is not supported')

    def detach(self):
        raise UnsupportedOperation('detach')

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __repr__(self):
        return '<_io.BytesIO object at %#x>' % id(self)


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'


del _c
"""#
}
