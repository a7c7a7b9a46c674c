/// `traceback`: `format_exc`, `print_exc`, `format_exception`, `format_exception_only`,
/// `print_exception` and `TracebackException` with CPython's text (program source lines
/// included; frames inside Garter's Python-source modules show no source line).
///
/// Known gaps: exceptions carry no traceback objects (`__traceback__` is None), so
/// `extract_tb`/`format_tb`/`walk_tb` see no frames and `extract_stack`/`format_stack` return
/// empty lists.
enum TracebackModule {
    static let source = #"""
"""Extract, format and print information about Python stack traces."""

import sys
import _gsys_vm

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_sentinel = object()


def _split(text):
    # One string per header, frame (with its source line) and message line, as CPython's
    # format_exception returns them.
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def _exception_value(exc, value):
    if value is _sentinel:
        return exc
    return value


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _exception_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    if not isinstance(value, BaseException):
        raise TypeError(f"'{type(value).__name__}' object is not an exception")
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
    if limit is not None and not isinstance(limit, int):
        limit = int(limit)
    return _split(_gsys_vm.format_exception(value, limit, bool(chain)))


def format_exception_only(exc, /, value=_sentinel):
    value = _exception_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _split(_gsys_vm.exception_summary(value))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def extract_tb(tb, limit=None):
    return StackSummary()


def format_tb(tb, limit=None):
    return []


def print_tb(tb, limit=None, file=None):
    pass


def extract_stack(f=None, limit=None):
    return StackSummary()


def format_stack(f=None, limit=None):
    return []


def print_stack(f=None, limit=None, file=None):
    pass


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def walk_tb(tb):
    return iter(())


def walk_stack(f):
    return iter(())


def clear_frames(tb):
    pass


class FrameSummary:
    __slots__ = ('filename', 'lineno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals

    @property
    def line(self):
        return self._line.strip() if self._line is not None else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4


class StackSummary(list):
    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format(self):
        result = []
        for frame in self:
            row = '  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)
            if frame.line:
                row += '    {}\n'.format(frame.line.strip())
            result.append(row)
        return result


class TracebackException:
    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self.exc_type = exc_type
        self._value = exc_value
        self.stack = StackSummary()
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = getattr(exc_value, '__suppress_context__', False)
        if exc_value is not None and exc_value.__cause__ is not None:
            c = exc_value.__cause__
            self.__cause__ = TracebackException(type(c), c, None)
        if exc_value is not None and exc_value.__context__ is not None:
            c = exc_value.__context__
            self.__context__ = TracebackException(type(c), c, None)
        self._str = str(exc_value) if exc_value is not None else ''

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        yield from format_exception(self._value, chain=chain)
"""#
}
