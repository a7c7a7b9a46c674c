extension IOModule {
    /// The file half of `io` (appended to ``IOModule/source``): `open()` and the file classes
    /// it returns — `TextIOWrapper` for text, `BufferedReader`/`BufferedWriter`/
    /// `BufferedRandom` for binary, `FileIO` for `buffering=0` — with CPython's argument
    /// checks, messages and reprs. Files come from the host's `OSAccess` provider through
    /// `_gos`; without one, opening raises `PermissionError`.
    ///
    /// Text files support the utf-8, ascii and latin-1 encodings. File descriptors do not
    /// exist in the sandbox: `open(3)` raises `OSError: [Errno 9] Bad file descriptor`.
    static let fileSource = #"""


import _gos

_TEXT_ENCODINGS = {'utf-8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
                   'ascii': 'ascii', 'us-ascii': 'ascii', '646': 'ascii', 'latin-1': 'latin-1',
                   'latin1': 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1', 'l1': 'latin-1',
                   'cp819': 'latin-1', 'locale': 'utf-8'}
_OTHER_ENCODINGS = ('utf-16', 'utf16', 'utf-32', 'utf32', 'utf-16-le', 'utf-16-be', 'utf-32-le',
                    'utf-32-be', 'utf-8-sig', 'cp1252', 'windows-1252', 'cp437', 'big5', 'gbk',
                    'gb2312', 'gb18030', 'shift-jis', 'shift_jis', 'euc-jp', 'euc-kr', 'koi8-r',
                    'iso-8859-15', 'iso-8859-2', 'mac-roman', 'cp1251', 'utf-7')

_R, _W, _CREATE, _TRUNC, _EXCL, _APPEND = 1, 2, 4, 8, 16, 32


def _text_encoding(encoding):
    key = encoding.lower().replace('_', '-')
    enc = _TEXT_ENCODINGS.get(key)
    if enc is not None:
        return enc
    if key in _OTHER_ENCODINGS:
        raise LookupError("encoding '%s' is not supported for files in the sandbox "
                          "(use utf-8, ascii or latin-1)" % encoding)
    raise LookupError('unknown encoding: %s' % encoding)


def _arg_type(name, value, optional=True):
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise TypeError("open() argument '%s' must be str%s, not %s"
                        % (name, ' or None' if optional else '', type(value).__name__))


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if isinstance(file, int):
        raise OSError(9, 'Bad file descriptor')
    if not isinstance(file, (str, bytes)):
        t = type(file)
        if not hasattr(t, '__fspath__'):
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % t.__name__)
    _arg_type('mode', mode, False)
    buffering = _index_arg(buffering)
    _arg_type('encoding', encoding)
    _arg_type('errors', errors)
    _arg_type('newline', newline)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not closefd:
        raise ValueError('Cannot use closefd=False with file name')
    if opener is not None:
        raise NotImplementedError('open(opener=...) is not supported in the sandbox')
    if not binary:
        if buffering == 0:
            raise ValueError("can't have unbuffered text I/O")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % newline)
        enc = _text_encoding('utf-8' if encoding is None else encoding)
    flags = 0
    if reading:
        flags = _R
        raw_mode = 'rb'
    elif writing:
        flags = _W | _CREATE | _TRUNC
        raw_mode = 'wb'
    elif appending:
        flags = _W | _CREATE | _APPEND
        raw_mode = 'ab'
    else:
        flags = _W | _CREATE | _EXCL
        raw_mode = 'xb'
    if updating:
        flags |= _R | _W
        if reading or writing:
            raw_mode = 'rb+'
        else:
            raw_mode += '+'
    if binary:
        if buffering == 0:
            cls = FileIO
        elif updating:
            cls = BufferedRandom
        elif reading:
            cls = BufferedReader
        else:
            cls = BufferedWriter
        f = object.__new__(cls)
        f.mode = raw_mode
    else:
        f = object.__new__(TextIOWrapper)
        f.mode = mode
        f.encoding = 'UTF-8' if encoding is None else encoding
        f.errors = 'strict' if errors is None else errors
        f._enc = enc
        f._errors = f.errors
        f._nl = newline
    f._fd = -1
    f._readable = reading or updating
    f._writable = not reading or updating
    f.name = file if isinstance(file, (str, bytes)) else type(file).__fspath__(file)
    _gos.open(f, f.name, flags)
    return f


class _File:
    """What all file objects share: state in attributes, operations in `_gos`."""

    @property
    def closed(self):
        return self._fd < 0

    def _check(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self, what='not readable'):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file.')
        if not self._readable:
            raise UnsupportedOperation(what)

    def _check_writable(self, what='not writable'):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file.')
        if not self._writable:
            raise UnsupportedOperation(what)

    def _check_plain(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    def close(self):
        if self._fd >= 0:
            _gos.close(self)

    def readable(self):
        self._check_plain()
        return self._readable

    def writable(self):
        self._check_plain()
        return self._writable

    def seekable(self):
        self._check_plain()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        self._check()
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, pos=None):
        self._check_writable('truncate')
        if pos is None:
            pos = self._pos
        else:
            pos = _index_arg(pos)
        return _gos.truncate(self, pos)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def detach(self):
        raise UnsupportedOperation('detach')


class TextIOWrapper(_File, TextIOBase):
    """A text file (what open() returns in text mode)."""

    line_buffering = False
    write_through = False

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('io.TextIOWrapper() cannot wrap a buffer in the sandbox; use open()')

    @property
    def newlines(self):
        return None

    def read(self, size=-1):
        if type(size) is not int:
            size = _size_arg(size)
        if self._fd < 0 or not self._readable:
            self._check_readable()
        return _gos.readtext(self, size)

    def readline(self, size=-1):
        if size is None:
            size = -1
        elif type(size) is not int:
            size = _index_arg(size)
        if self._fd < 0 or not self._readable:
            self._check_readable()
        return _gos.readlinetext(self, size)

    def __next__(self):
        if self._fd < 0 or not self._readable:
            self._check_readable()
        line = _gos.readlinetext(self, -1)
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        if self._fd < 0 or not self._writable:
            self._check_writable()
        return _gos.writetext(self, s)

    def seek(self, cookie, whence=0):
        self._check()
        whence = _index_arg(whence)
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self._pos
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            return _gos.seek(self, 0, 2)
        if whence != 0:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        cookie = _seek_arg(cookie)
        if cookie < 0:
            raise ValueError('negative seek position %d' % cookie)
        return _gos.seek(self, cookie, 0)

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (self.name, self.mode, self.encoding)


class _BinaryFile(_File):
    def read(self, size=-1):
        size = _size_arg(size)
        self._check_readable('read')
        return _gos.read(self, size)

    def read1(self, size=-1):
        return self.read(size)

    def readall(self):
        return self.read()

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check_readable('read')
        return _gos.readline(self, size)

    def peek(self, size=0):
        self._check_readable()
        pos = self._pos
        data = _gos.read(self, max(size, 1) if size > 0 else 4096)
        self._pos = pos
        return data

    def readinto(self, b):
        self._check_readable()
        data = _gos.read(self, len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._check_writable('write')
        return _gos.write(self, b)

    def seek(self, pos, whence=0):
        self._check()
        pos = _seek_arg(pos)
        whence = _index_arg(whence)
        if whence not in (0, 1, 2):
            raise ValueError('whence value %d unsupported' % whence)
        return _gos.seek(self, pos, whence)

    def __repr__(self):
        return '<_io.%s name=%r>' % (type(self).__name__, self.name)


class BufferedReader(_BinaryFile, BufferedIOBase):
    """A binary file opened for reading."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('io.BufferedReader() cannot wrap a raw stream in the sandbox; use open()')


class BufferedWriter(_BinaryFile, BufferedIOBase):
    """A binary file opened for writing."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('io.BufferedWriter() cannot wrap a raw stream in the sandbox; use open()')


class BufferedRandom(_BinaryFile, BufferedIOBase):
    """A binary file opened for reading and writing."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('io.BufferedRandom() cannot wrap a raw stream in the sandbox; use open()')


class BufferedRWPair(BufferedIOBase):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('io.BufferedRWPair is not supported')


class FileIO(_BinaryFile, RawIOBase):
    """An unbuffered binary file (open(..., buffering=0))."""

    closefd = True

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        m = set(mode)
        if m - set('rwxab+') or len(mode) > len(m) or len(m & set('rwxa')) != 1:
            raise ValueError('invalid mode: %s' % mode)
        f = open(file, mode.replace('b', '') + 'b', buffering=0, closefd=closefd, opener=opener)
        self.__dict__.update(f.__dict__)
        f._fd = -1

    def __repr__(self):
        if self._fd < 0:
            return '<_io.FileIO [closed]>'
        return '<_io.FileIO name=%r mode=%r closefd=True>' % (self.name, self.mode)


for _c in (TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, FileIO):
    _c.__module__ = '_io'
del _c



def open_code(path):
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding
"""#
}
