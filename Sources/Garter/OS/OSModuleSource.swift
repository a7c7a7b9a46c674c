/// `os`: the sandbox's view of the operating system. Files come from the host's
/// ``OSAccess`` provider, the environment from ``OSConfiguration/environment`` (changes stay in
/// the run), the working directory is virtual. Processes (`system`, `popen`, `fork`,
/// `exec*`, `spawn*`, `kill`, `getpid`), descriptors and permissions do not exist here, so
/// using them is an `AttributeError` as for any missing name.
enum OSModuleSource {
    static let source = #"""
import _gos
import posixpath as path
from _structseq import structseq as _structseq

__all__ = ['name', 'sep', 'altsep', 'extsep', 'pathsep', 'linesep', 'curdir', 'pardir', 'defpath',
           'devnull', 'path', 'environ', 'getenv', 'getcwd', 'getcwdb', 'chdir', 'listdir', 'scandir',
           'mkdir', 'makedirs', 'remove', 'unlink', 'rmdir', 'removedirs', 'rename', 'renames',
           'replace', 'stat', 'lstat', 'stat_result', 'walk', 'fspath', 'fsencode', 'fsdecode',
           'PathLike', 'DirEntry', 'strerror', 'urandom', 'access', 'error', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'F_OK', 'R_OK', 'W_OK', 'X_OK']

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
error = OSError
supports_bytes_environ = False
supports_dir_fd = set()
supports_fd = set()
supports_effective_ids = set()
supports_follow_symlinks = set()


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    @classmethod
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    @classmethod
    def __subclasscheck__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return cls in getattr(subclass, '__mro__', ())

    def __fspath__(self):
        raise NotImplementedError


PathLike.__module__ = 'os'


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8')
    return filename


_ERRORS = {1: 'Operation not permitted', 2: 'No such file or directory', 3: 'No such process',
           4: 'Interrupted system call', 5: 'Input/output error', 9: 'Bad file descriptor',
           11: 'Resource temporarily unavailable', 12: 'Cannot allocate memory', 13: 'Permission denied',
           16: 'Device or resource busy', 17: 'File exists', 18: 'Invalid cross-device link',
           20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument', 24: 'Too many open files',
           27: 'File too large', 28: 'No space left on device', 30: 'Read-only file system',
           32: 'Broken pipe', 36: 'File name too long', 39: 'Directory not empty',
           40: 'Too many levels of symbolic links', 110: 'Connection timed out', 122: 'Disk quota exceeded'}


def strerror(code):
    if not isinstance(code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(code).__name__)
    return _ERRORS.get(code, 'Unknown error %d' % code)


def urandom(size):
    return _gos.urandom(size)


class stat_result(_structseq):
    _typename = 'os.stat_result'
    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
               'st_atime', 'st_mtime', 'st_ctime')


class terminal_size(_structseq):
    _typename = 'os.terminal_size'
    _fields = ('columns', 'lines')


def _stat_result(t):
    mode, size, mtime = t
    ns = int(mtime * 1e9)
    whole = int(mtime)
    return stat_result((mode, 0, 0, 1, 0, 0, size, whole, whole, whole),
                       st_atime=mtime, st_mtime=mtime, st_ctime=mtime,
                       st_atime_ns=ns, st_mtime_ns=ns, st_ctime_ns=ns, st_blksize=4096,
                       st_blocks=(size + 511) // 512)


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return _stat_result(_gos.stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return _stat_result(_gos.stat(path, False, 'lstat'))


def getcwd():
    return _gos.getcwd()


def getcwdb():
    return _gos.getcwd().encode('utf-8')


def chdir(path):
    _gos.chdir(path)


def listdir(path=None):
    if path is None:
        path = '.'
    return _gos.listdir(path)


def mkdir(path, mode=0o777, *, dir_fd=None):
    _gos.mkdir(path)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    _gos.unlink(path, 'remove')


def unlink(path, *, dir_fd=None):
    _gos.unlink(path, 'unlink')


def rmdir(path, *, dir_fd=None):
    _gos.rmdir(path)


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _gos.rename(src, dst, 'rename')


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _gos.rename(src, dst, 'replace')


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        stat(path)
    except (OSError, ValueError):
        return False
    return True


class DirEntry:
    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def is_dir(self, *, follow_symlinks=True):
        try:
            return (self._stat(follow_symlinks).st_mode & 0o170000) == 0o040000
        except FileNotFoundError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return (self._stat(follow_symlinks).st_mode & 0o170000) == 0o100000
        except FileNotFoundError:
            return False

    def is_symlink(self):
        try:
            return (self._stat(False).st_mode & 0o170000) == 0o120000
        except FileNotFoundError:
            return False

    def stat(self, *, follow_symlinks=True):
        return self._stat(follow_symlinks)

    def _stat(self, follow):
        return stat(self.path, follow_symlinks=follow)

    def inode(self):
        return 0

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    def __init__(self, top, names):
        self._top = top
        self._it = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        name = next(self._it)
        e = object.__new__(DirEntry)
        e.name = name
        e.path = path.join(self._top, name)
        return e

    def close(self):
        self._it = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'
_ScandirIterator.__module__ = 'posix'


def scandir(path=None):
    if path is None:
        path = '.'
    path = fspath(path)
    return _ScandirIterator(path, _gos.listdir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a mapping of the run's environment (from the host's configuration)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        self._data[_check_str(key)] = _check_str(value)

    def __delitem__(self, key):
        try:
            del self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    __hash__ = None

    def __repr__(self):
        return 'environ({%s})' % ', '.join('%r: %r' % (k, v) for k, v in self._data.items())

    def get(self, key, default=None):
        return self._data.get(_check_str(key), default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def pop(self, key, *default):
        if key in self:
            value = self[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = next(iter(self._data))
        return key, self._data.pop(key)

    def clear(self):
        self._data.clear()

    def update(self, other=(), **kwargs):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __or__(self, other):
        d = dict(self._data)
        d.update(other)
        return d

    def __ror__(self, other):
        d = dict(other)
        d.update(self._data)
        return d

    def __ior__(self, other):
        self.update(other)
        return self


_Environ.__module__ = 'os'
environ = _Environ(_gos.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(_check_str(key), None)
"""#
}
