/// `warnings`: CPython 3.11's filters and actions (`default`, `error`, `ignore`, `always`,
/// `module`, `once`), its default filters, `catch_warnings(record=True)` and the
/// `file:line: Category: message` text on `sys.stderr` with the caller's source line
/// (`stacklevel` honoured).
///
/// Known gaps: no `-W` options or `__warningregistry__`; `warn_explicit`'s registry and
/// module_globals arguments are accepted and ignored.
enum WarningsModuleSource {
    static let source = ##"""
import sys
import _gsys_vm

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}
_shown = set()


class _Pattern:
    def __init__(self, text, flags):
        import re
        self.text = text
        self.regex = re.compile(text, flags)

    def match(self, s):
        return self.regex.match(s)

    def __eq__(self, other):
        return isinstance(other, _Pattern) and other.text == self.text

    def __repr__(self):
        return 're.compile(%r)' % self.text


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line:
        line = line.strip()
        if line:
            s += "  %s\n" % line
    return s


def showwarning(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


_record_hook = None


def _showwarnmsg(msg):
    if _record_hook is not None:
        _record_hook(msg)
        return
    showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    import re
    msg = _Pattern(message, re.I) if message else None
    mod = _Pattern(module, 0) if module else None
    _add_filter(action, msg, category, mod, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in _ACTIONS:
        raise ValueError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    filters[:] = []


def _module_matches(pattern, module):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == module
    return pattern.match(module) is not None


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    filename, lineno, module, line = _gsys_vm.caller(max(1, stacklevel))
    _warn(message, category, filename, lineno, module, line, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    _warn(message, category, filename, lineno, module, None, source)


def _warn(message, category, filename, lineno, module, line, source):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or msg.match(text)) and issubclass(category, cat) and
                _module_matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        key = (text, category)
        if key in onceregistry:
            return
        onceregistry[key] = 1
    elif action == "module":
        key = (text, category, module)
        if key in _shown:
            return
        _shown.add(key)
    elif action == "default":
        key = (text, category, filename, lineno)
        if key in _shown:
            return
        _shown.add(key)
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, line, source))


class catch_warnings(object):
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        global _record_hook
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        self._hook = _record_hook
        self._shown = set(_shown)
        _shown.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _record_hook = log.append
            return log
        return None

    def __exit__(self, *exc_info):
        global _record_hook
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        _record_hook = self._hook
        _shown.clear()
        _shown.update(self._shown)
"""##
}
