/// `sys`: version information that compares like CPython 3.11's, `maxsize`, the standard
/// streams (`sys.stdout.write`), `exit`, `argv`, the recursion limit. Written in Python over
/// `_gsys`; `version_info`, `float_info` are struct sequences (`_structseq`).
enum SysModule {
    /// Native pieces that need the VM: stream writes, the recursion limit, `exc_info`.
    static func makeNative(_ vm: VM) throws(PythonError) -> PyModule {
        let m = ModuleBuilder("_gsys_vm")
        m.function("write") { vm, args throws(PythonError) in
            try args.check("write", min: 2, max: 2, vm: vm)
            guard case .str(let s) = args[0] else {
                throw vm.makeError(Builtins.shared.typeError, "write() argument must be str, not \(vm.typeName(args[0]))")
            }
            try vm.writeOutput(s.value, isError: try vm.isTrue(args[1]))
            return .int(s.count)
        }
        m.function("recursion_limit") { vm, _ throws(PythonError) in .int(vm.recursionLimit) }
        m.function("exc_info") { vm, _ throws(PythonError) in
            let e = vm.handledException
            if e.isNone { return .object(PyTuple([.none, .none, .none])) }
            return .object(PyTuple([.object(vm.typeOf(e)), e, .none]))
        }
        m.function("format_exception") { vm, args throws(PythonError) in
            // CPython-style traceback text for an exception (no source lines: the VM keeps none).
            // format_exception(exc, limit=None, chain=True)
            try args.check("format_exception", min: 1, max: 3, vm: vm)
            guard let exc = args[0].asInstance, exc.exception != nil else { return .str(PyStr("NoneType: None\n")) }
            var limit: Int? = nil
            if args.count > 1, case .int(let l) = args[1] { limit = l }
            let chain = args.count > 2 ? ((try? vm.isTrue(args[2])) ?? true) : true
            var lines: [String: [Substring]] = [:]
            for u in vm.programUnits { lines[u.filename] = TracebackMarkers.lines(of: u.source) }
            return .str(PyStr(vm.formatTraceback(exc, sourceLines: lines, style: .module, limit: limit, chain: chain)))
        }
        m.function("interned") { vm, args throws(PythonError) in
            // A tuple of the interned forms of a list of names: attribute stores with them
            // find instance-dict keys by identity.
            try args.check("interned", min: 1, max: 1, vm: vm)
            guard let names = args[0].asList else {
                throw vm.makeError(Builtins.shared.typeError, "interned() argument must be a list")
            }
            return .object(PyTuple(names.items.map { item -> Value in
                if case .str(let s) = item { return .str(Interned.str(s.value)) }
                return item
            }))
        }
        m.function("init_fields") { vm, args throws(PythonError) in
            // `init_fields(self, names, defaults, args, kwargs)`: a dataclass __init__ whose
            // fields are all plain positional-or-keyword parameters (`defaults` are the
            // trailing ones'). Binds like the generated `__init__(self, a, b=d)` would, then
            // stores `self.a = a` in field order; returns False, having stored nothing, when
            // the call does not bind (the caller then raises CPython's error).
            try args.check("init_fields", min: 5, max: 5, vm: vm)
            guard let names = args[1].asTuple, let defaults = args[2].asTuple, let positional = args[3].asTuple,
                  case .object(let ko) = args[4], ko.kind == .dict else {
                throw vm.makeError(Builtins.shared.typeError, "init_fields() arguments are (object, tuple, tuple, tuple, dict)")
            }
            let kwargs = unsafeDowncast(ko, to: PyDict.self)
            let count = names.items.count
            let given = positional.items.count
            let firstDefault = count - defaults.items.count
            guard given <= count, firstDefault >= 0 else { return .bool(false) }
            var values = positional.array
            values.reserveCapacity(count)
            var used = 0
            for i in given..<count {
                guard case .str(let name) = names.items[i] else { return .bool(false) }
                if let v = kwargs.getString(name) {
                    values.append(v)
                    used += 1
                } else if i >= firstDefault {
                    values.append(defaults.items[i - firstDefault])
                } else {
                    return .bool(false)
                }
            }
            // A keyword naming no remaining field (or a positional one again) is an error.
            guard used == kwargs.count else { return .bool(false) }
            for i in 0..<count {
                guard case .str(let name) = names.items[i] else { return .bool(false) }
                try vm.setAttribute(args[0], name, values[i])
            }
            return .bool(true)
        }
        m.function("hide_frame") { vm, args throws(PythonError) in
            // `raise hide_frame(TypeError(...))`: the raising frame gets no traceback entry
            // (an argument error CPython raises before the callee's frame exists).
            try args.check("hide_frame", min: 1, max: 1, vm: vm)
            if let exc = args[0].asInstance, let state = exc.exception { state.hiddenFrames = 1 }
            return args[0]
        }
        m.function("frame_at") { vm, args throws(PythonError) in
            // `raise frame_at(exc, file, line, function)`: the raising frame appears in the
            // traceback as (file, line, function), like code CPython generates with exec
            // (dataclass methods are `File "<string>", line 4, in __setattr__`).
            try args.check("frame_at", min: 4, max: 4, vm: vm)
            guard let exc = args[0].asInstance, let state = exc.exception,
                  case .str(let file) = args[1], case .int(let line) = args[2], case .str(let fn) = args[3] else { return args[0] }
            state.traceback.append(TracebackEntry(filename: file.value, function: fn.value, line: line))
            state.hiddenFrames = 1
            return args[0]
        }
        m.function("relocate_frame") { vm, args throws(PythonError) in
            // In a handler: the handling frame's traceback entry shows (file, line) instead.
            try args.check("relocate_frame", min: 3, max: 3, vm: vm)
            guard let exc = args[0].asInstance, let state = exc.exception, let last = state.traceback.last,
                  case .str(let file) = args[1], case .int(let line) = args[2] else { return .none }
            state.traceback[state.traceback.count - 1] = TracebackEntry(filename: file.value, function: last.function, line: line)
            return .none
        }
        m.function("adopt_traceback") { vm, args throws(PythonError) in
            // `except*`: the part left over is re-raised with the traceback of the group the
            // statement caught, and no entry for the re-raising frame.
            try args.check("adopt_traceback", min: 2, max: 2, vm: vm)
            guard let exc = args[0].asInstance, let state = exc.exception else { return args[0] }
            if let orig = args[1].asInstance, orig !== exc, let origState = orig.exception, state.traceback.isEmpty {
                state.traceback = origState.traceback
            }
            state.hiddenFrames = 1
            return args[0]
        }
        m.function("exception_summary") { vm, args throws(PythonError) in
            // The `Type: message` line (and notes) of `traceback.format_exception_only`.
            try args.check("exception_summary", min: 1, max: 1, vm: vm)
            guard let exc = args[0].asInstance, exc.exception != nil else { return .str(PyStr("NoneType: None\n")) }
            return .str(PyStr(vm.exceptionSummary(exc, suggestions: false) + "\n" + vm.exceptionNotes(exc)))
        }
        m.function("lookup_global") { vm, args throws(PythonError) in
            // `typing.get_type_hints`: a name in the module namespace a function or class was
            // defined in (never the namespace itself).
            try args.check("lookup_global", min: 2, max: 2, vm: vm)
            guard case .str(let name) = args[1] else { return .none }
            var globals: PyDict? = nil
            if let f = args[0].asFunction {
                globals = f.globals
            } else if let t = args[0].asType {
                globals = t.module == "__main__" ? vm.mainGlobals : vm.modules[t.module]?.dict
            } else if let m = args[0].asModule {
                globals = m.dict
            }
            if let v = globals?.getString(name) { return v }
            if let v = Builtins.shared.dict.getString(name) { return v }
            throw vm.makeError(Builtins.shared.nameError, "name '\(name.value)' is not defined")
        }
        m.function("caller") { vm, args throws(PythonError) in
            // `warnings.warn(stacklevel=n)`: (filename, line, module name, source line) of the
            // Python frame n levels above the caller; only text, never a frame.
            try args.check("caller", min: 1, max: 1, vm: vm)
            guard case .int(let level) = args[0], level >= 0 else { return .none }
            let index = vm.frameCount - 1 - level
            guard index >= 0, index < vm.frameCount else {
                return .object(PyTuple([.str(PyStr("sys")), .int(1), .str(PyStr("sys")), .str(PyStr.empty)]))
            }
            let f = vm.frames[index]
            let line = f.code.line(at: max(0, f.pc - 1))
            var text = ""
            if let source = vm.programSource(f.code.filename) {
                let lines = TracebackMarkers.lines(of: source)
                if line >= 1 && line <= lines.count { text = String(lines[line - 1]) }
            }
            let module = f.globals.getString("__name__") ?? .str(PyStr("__main__"))
            return .object(PyTuple([.str(PyStr(f.code.filename)), .int(line), module, .str(PyStr(text))]))
        }
        m.function("argv") { vm, _ throws(PythonError) in
            let args = vm.osState.config.arguments
            return .object(PyList((args.isEmpty ? [""] : args).map { .str(PyStr($0)) }))
        }
        m.function("call_depth") { vm, _ throws(PythonError) in .int(vm.frameCount) }
        m.function("modules") { vm, _ throws(PythonError) in
            // The imported modules (a snapshot), private helpers excluded.
            let d = PyDict()
            for (name, module) in vm.modules.sorted(by: { $0.key < $1.key }) where !name.hasPrefix("_gsys") {
                d.setString(PyStr(name), .object(module))
            }
            return .object(d)
        }
        return m.module
    }

    static let structSeqSource = #"""
class structseq:
    """A tuple-like record with named fields (CPython's struct sequences)."""
    _typename = 'structseq'
    _fields = ()

    def __init__(self, values, **extra):
        values = tuple(values)
        n = len(self._fields)
        if len(values) < n:
            raise TypeError('%s() takes an at least %d-sequence (%d-sequence given)' % (self._typename, n, len(values)))
        self._t = values[:n]
        for k, v in extra.items():
            object.__setattr__(self, k, v)

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self._t[fields.index(name)]
        raise AttributeError("'%s' object has no attribute '%s'" % (self._typename, name))

    def __setattr__(self, name, value):
        if name == '_t':
            object.__setattr__(self, name, value)
            return
        raise AttributeError('readonly attribute')

    def __repr__(self):
        parts = ['%s=%r' % (f, v) for f, v in zip(self._fields, self._t)]
        return '%s(%s)' % (self._typename, ', '.join(parts))

    def __len__(self):
        return len(self._t)

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __contains__(self, x):
        return x in self._t

    def __hash__(self):
        return hash(self._t)

    def count(self, x):
        return self._t.count(x)

    def index(self, *args):
        return self._t.index(*args)

    def __add__(self, other):
        return self._t + _astuple(other)

    def __radd__(self, other):
        return _astuple(other) + self._t

    def __eq__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._t == o

    def __ne__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._t != o

    def __lt__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._t < o

    def __le__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._t <= o

    def __gt__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._t > o

    def __ge__(self, other):
        o = _other(other)
        return NotImplemented if o is None else self._t >= o


def _other(x):
    if isinstance(x, tuple):
        return x
    if isinstance(x, structseq):
        return x._t
    return None


def _astuple(x):
    o = _other(x)
    if o is None:
        raise TypeError('can only concatenate tuple (not "%s") to tuple' % type(x).__name__)
    return o
"""#

    static let source = #"""
import _gsys_vm
from _structseq import structseq as _structseq


class _VersionInfo(_structseq):
    _typename = 'sys.version_info'
    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')


class _FloatInfo(_structseq):
    _typename = 'sys.float_info'
    _fields = ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig',
               'mant_dig', 'epsilon', 'radix', 'rounds')


class _IntInfo(_structseq):
    _typename = 'sys.int_info'
    _fields = ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold')


class _Implementation:
    def __init__(self):
        self.name = 'garter'
        self.cache_tag = None
        self.version = version_info
        self.hexversion = hexversion

    def __repr__(self):
        return 'namespace(name=%r, cache_tag=None, version=%r, hexversion=%d)' % (
            self.name, self.version, self.hexversion)


class _Stream:
    def __init__(self, name, is_err):
        self.name = name
        self._is_err = is_err
        self.encoding = 'utf-8'
        self.errors = 'strict'
        self.__garter_stream__ = 'stderr' if is_err else 'stdout'

    def write(self, s):
        return _gsys_vm.write(s, self._is_err)

    def writelines(self, lines):
        for line in lines:
            _gsys_vm.write(line, self._is_err)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def fileno(self):
        return 2 if self._is_err else 1

    def __repr__(self):
        return "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % self.name


class _Modules:
    """sys.modules: a read-only live view of the imported modules."""

    def _d(self):
        return _gsys_vm.modules()

    def __getitem__(self, name):
        return self._d()[name]

    def __contains__(self, name):
        return name in self._d()

    def __iter__(self):
        return iter(self._d())

    def __len__(self):
        return len(self._d())

    def get(self, name, default=None):
        return self._d().get(name, default)

    def keys(self):
        return self._d().keys()

    def values(self):
        return self._d().values()

    def items(self):
        return self._d().items()

    def __repr__(self):
        return repr(self._d())


class _Stdin:
    name = '<stdin>'
    encoding = 'utf-8'

    def read(self, *args):
        raise NotImplementedError('reading sys.stdin is not supported (no standard input in the sandbox)')

    readline = read
    readlines = read

    def isatty(self):
        return False

    def __iter__(self):
        return iter(())

    def __repr__(self):
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"


version_info = _VersionInfo((3, 11, 7, 'final', 0))
hexversion = 0x030B07F0
version = '3.11.7 (garter, Python subset interpreter)'
api_version = 1013
implementation = _Implementation()
float_info = _FloatInfo((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                         15, 53, 2.220446049250313e-16, 2, 1))
int_info = _IntInfo((30, 4, 4300, 640))
maxsize = 9223372036854775807
maxunicode = 1114111
byteorder = 'little'
platform = 'linux'
argv = _gsys_vm.argv()
orig_argv = []
path = []
executable = ''
prefix = ''
base_prefix = ''
exec_prefix = ''
copyright = 'Copyright (c) Python Software Foundation and contributors.'
builtin_module_names = ('builtins', 'sys')
dont_write_bytecode = True
stdout = _Stream('<stdout>', False)
stderr = _Stream('<stderr>', True)
stdin = _Stdin()
modules = _Modules()
__stdout__ = stdout
__stderr__ = stderr
__stdin__ = stdin
_recursion_limit = _gsys_vm.recursion_limit()


def exit(status=None):
    raise SystemExit(status)


def getrecursionlimit():
    return _recursion_limit


def setrecursionlimit(limit):
    global _recursion_limit
    if not isinstance(limit, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(limit).__name__)
    if limit < 1:
        raise ValueError('recursion limit must be greater or equal than 1')
    depth = _gsys_vm.call_depth()
    if limit <= depth:
        raise RecursionError('cannot set the recursion limit to %d at the recursion depth %d: '
                             'the limit is too low' % (limit, depth))
    # The interpreter's own limit (set by the host) stays in force above this value.
    _recursion_limit = limit


def getdefaultencoding():
    return 'utf-8'


def getfilesystemencoding():
    return 'utf-8'


def intern(s):
    if type(s) is not str:
        raise TypeError('intern() argument must be str, not %s' % type(s).__name__)
    return s


def exc_info():
    return _gsys_vm.exc_info()


def exception():
    return _gsys_vm.exc_info()[1]


def get_int_max_str_digits():
    return 4300


def getsizeof(obj, default=None):
    raise NotImplementedError('sys.getsizeof() is not supported')


del _FloatInfo, _IntInfo, _Implementation
"""#
}
