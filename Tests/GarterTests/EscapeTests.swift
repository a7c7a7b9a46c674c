import Foundation
import Testing
@testable import Garter

/// Sandbox escape attempts (issue #5, DESIGN.md §4): every classic way out of a Python
/// sandbox must end in a clear Python exception, and nothing a run does to builtins, types or
/// modules may be seen by another run. Expected messages follow CPython 3.11 where CPython
/// raises too; where CPython would hand out the internals, Garter raises the error CPython
/// raises for a missing attribute or name.
///
/// File-system escapes (`open`, mounts, `..`, symlinks) are tested with the virtual OS.
struct EscapeTests {
    /// Runs `source` as a script and returns `Type: message` of the exception it ends with,
    /// or `ok: <stdout>` when it finishes.
    static func outcome(_ source: String) -> String {
        do {
            let program = try Program.script(source: source, filename: "escape.py")
            let r = try program.run(output: nil, timeLimit: 10)
            return "ok: " + r.stdout
        } catch let e as CompileError {
            return "\(e.typeName): \(e.message)"
        } catch let e as PythonException {
            // str(exception), as CPython's `except` sees it (no "Did you mean" hint).
            return "\(e.typeName): \(e.message)"
        } catch {
            return "\(error)"
        }
    }

    // MARK: Reaching the interpreter's internals

    @Test(arguments: [
        ("().__class__.__bases__[0].__subclasses__()", "AttributeError: type object 'object' has no attribute '__subclasses__'"),
        ("object.__subclasses__()", "AttributeError: type object 'object' has no attribute '__subclasses__'"),
        ("type.__subclasses__(type)", "AttributeError: type object 'type' has no attribute '__subclasses__'"),
        ("''.__class__.__mro__[-1].__subclasses__()", "AttributeError: type object 'object' has no attribute '__subclasses__'"),
        ("type(type('X', (), {})()).__base__.__subclasses__()", "AttributeError: type object 'object' has no attribute '__subclasses__'"),
        ("(1).__class__.__class__.__subclasses__(int)", "AttributeError: type object 'type' has no attribute '__subclasses__'"),
    ])
    func subclassesAreNotReachable(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    @Test(arguments: [
        ("def f(): pass\nf.__globals__", "AttributeError: 'function' object has no attribute '__globals__'"),
        ("(lambda: 0).__globals__['__builtins__']", "AttributeError: 'function' object has no attribute '__globals__'"),
        ("def f(): pass\nf.__code__", "AttributeError: 'function' object has no attribute '__code__'"),
        ("def f(): pass\nf.__builtins__", "AttributeError: 'function' object has no attribute '__builtins__'"),
        ("def f(): pass\nf.__closure__", "AttributeError: 'function' object has no attribute '__closure__'"),
        ("def f(): pass\nf.__globals__ = {}", "AttributeError: readonly attribute"),
        ("def f(): pass\nf.__code__ = None", "AttributeError: readonly attribute"),
        ("print.__self__", "AttributeError: 'builtin_function_or_method' object has no attribute '__self__'"),
        ("print.__globals__", "AttributeError: 'builtin_function_or_method' object has no attribute '__globals__'"),
        ("import functools\nfunctools.partial(len).func.__globals__", "AttributeError: 'builtin_function_or_method' object has no attribute '__globals__'"),
        ("type(lambda: 0).__code__", "AttributeError: type object 'function' has no attribute '__code__'"),
    ])
    func functionInternalsAreNotReachable(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    @Test(arguments: [
        ("__builtins__", "NameError: name '__builtins__' is not defined"),
        ("__builtins__['len'] = None", "NameError: name '__builtins__' is not defined"),
        ("__build_class__", "NameError: name '__build_class__' is not defined"),
        ("__loader__", "NameError: name '__loader__' is not defined"),
        ("__spec__", "NameError: name '__spec__' is not defined"),
        ("globals()['__builtins__']", "KeyError: '__builtins__'"),
        ("vars()['__builtins__']", "KeyError: '__builtins__'"),
        // `builtins` is a copy: rebinding its names changes nothing outside the module object.
        ("import builtins\nbuiltins.len = None\nprint(len([1]), builtins.__builtins__ if hasattr(builtins, '__builtins__') else '-')", "ok: 1 -\n"),
        ("import builtins\nbuiltins.__dict__['len'] = None\nprint(len('ab'))", "ok: 2\n"),
    ])
    func builtinsNamespaceIsNotReachable(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    @Test(arguments: [
        ("def g():\n    yield 1\ng().gi_frame", "AttributeError: 'generator' object has no attribute 'gi_frame'"),
        ("def g():\n    yield 1\ng().gi_code", "AttributeError: 'generator' object has no attribute 'gi_code'"),
        ("async def c():\n    pass\nc().cr_frame", "AttributeError: 'coroutine' object has no attribute 'cr_frame'"),
        ("import sys\nsys._getframe()", "AttributeError: module 'sys' has no attribute '_getframe'"),
        ("import sys\nsys._getframe(0).f_back.f_globals", "AttributeError: module 'sys' has no attribute '_getframe'"),
        ("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    e.__traceback__.tb_frame.f_globals", "AttributeError: 'NoneType' object has no attribute 'tb_frame'"),
        ("import sys\ntry:\n    1 / 0\nexcept ZeroDivisionError:\n    sys.exc_info()[2].tb_frame", "AttributeError: 'NoneType' object has no attribute 'tb_frame'"),
        ("import types\ntypes.FrameType", "AttributeError: module 'types' has no attribute 'FrameType'"),
        ("import types\ntypes.CodeType", "AttributeError: module 'types' has no attribute 'CodeType'"),
        ("import inspect", "ModuleNotFoundError: No module named 'inspect'"),
        ("import gc", "ModuleNotFoundError: No module named 'gc'"),
        // `traceback` formats text only: no frames or traceback objects.
        ("import traceback\nprint(traceback.extract_stack(), traceback.format_stack(), list(traceback.walk_stack(None)))", "ok: [] [] []\n"),
        ("import traceback\ntry:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(traceback.extract_tb(e.__traceback__), traceback.TracebackException.from_exception(e).stack)", "ok: [] []\n"),
    ])
    func framesAreNotReachable(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    /// An exception seen by Python carries no traceback object, and an error raised by the
    /// host arrives as a plain built-in exception: no host object crosses the boundary.
    @Test func exceptionsCarryNoHostObjects() throws {
        #expect(Self.outcome("""
            try:
                [][1]
            except IndexError as e:
                print(e.__traceback__, e.__cause__, e.__context__, e.args)
            """) == "ok: None None None ('list index out of range',)\n")
        let program = try Program(source: """
            try:
                fetch()
            except Exception as e:
                r = (type(e).__name__, e.args, e.__traceback__, [n for n in ('tb_frame', '__globals__', '__code__') if hasattr(e, n)])
            r
            """)
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else {
            Issue.record("no call")
            return
        }
        guard case .complete(let r) = try paused.resume(.error(type: "KeyError", message: "secret")) else {
            Issue.record("no result")
            return
        }
        #expect(r.value == .tuple(["KeyError", .tuple(["secret"]), .none, []]))
    }

    // MARK: Imports

    @Test(arguments: ["subprocess", "ctypes", "importlib", "posix", "socket", "threading", "multiprocessing", "signal", "marshal", "pickle", "_io", "_thread", "sysconfig", "site", "runpy", "code", "codeop", "pty", "resource", "mmap", "select", "urllib.request", "urllib.error", "http", "ftplib", "tempfile"])
    func hostModulesDoNotExist(_ name: String) {
        #expect(Self.outcome("import \(name)") == "ModuleNotFoundError: No module named '\(name)'")
        #expect(Self.outcome("from \(name) import x") == "ModuleNotFoundError: No module named '\(name)'")
    }

    @Test(arguments: [
        ("__import__('os')", "NotImplementedError: __import__() is not supported"),
        ("__import__('math')", "NotImplementedError: __import__() is not supported"),
        ("import importlib\nimportlib.import_module('os')", "ModuleNotFoundError: No module named 'importlib'"),
        ("import sys\nsys.modules['subprocess'] = 1", "TypeError: '_Modules' object does not support item assignment"),
        ("import sys\nsys.modules.clear()", "AttributeError: '_Modules' object has no attribute 'clear'"),
        ("import sys\nsys.path.append('/usr/lib/python3')\nimport subprocess", "ModuleNotFoundError: No module named 'subprocess'"),
        ("import sys\nsys.meta_path", "AttributeError: module 'sys' has no attribute 'meta_path'"),
        ("import sys\nsys.settrace(print)", "AttributeError: module 'sys' has no attribute 'settrace'"),
        ("import sys\nsys.setprofile(print)", "AttributeError: module 'sys' has no attribute 'setprofile'"),
        ("import sys\nsys.addaudithook(print)", "AttributeError: module 'sys' has no attribute 'addaudithook'"),
    ])
    func importMachineryIsNotReachable(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    /// `os` is a virtual module (or absent): whatever it offers, nothing runs host processes.
    @Test func osHasNoProcessFunctions() {
        let names = ["system", "popen", "fork", "forkpty", "execv", "execve", "execl", "execvp", "spawnv", "spawnl",
                     "posix_spawn", "kill", "killpg", "_exit", "abort", "dup2", "chroot", "setuid", "startfile"]
        let probe = """
            try:
                import os
            except ModuleNotFoundError:
                os = None
            found = [n for n in \(names) if os is not None and hasattr(os, n)]
            print(found)
            """
        #expect(Self.outcome(probe) == "ok: []\n")
    }

    /// The environment Python sees is the host's dictionary for this run: changing it
    /// touches neither the process environment nor the next run.
    @Test func environmentChangesStayInTheRun() throws {
        let writer = try Program(source: "import os\nos.environ['GARTER_ESCAPE_A'] = '1'\nos.putenv('GARTER_ESCAPE_B', '2')\n(os.getenv('GARTER_ESCAPE_A'), os.getenv('GARTER_ESCAPE_B'))")
        #expect(try writer.run().value == .tuple(["1", "2"]))
        #expect(getenv("GARTER_ESCAPE_A") == nil)
        #expect(getenv("GARTER_ESCAPE_B") == nil)
        let reader = try Program(source: "import os\n(os.getenv('GARTER_ESCAPE_A'), os.getenv('PATH'))")
        #expect(try reader.run().value == .tuple([.none, .none]))
    }

    /// The interpreter's private helper modules are importable (the standard library is
    /// written over them) but check what they are given.
    @Test(arguments: [
        ("import _garter_async\n_garter_async.start(1)", "TypeError: start() expects a host coroutine"),
        ("import _garter_async\nasync def f(): pass\n_garter_async.start(f())", "TypeError: start() expects a host coroutine"),
        ("import _garter_async\n_garter_async.wait(None)", "TypeError: wait() takes 2 arguments"),
        ("import _garter_async\nprint(_garter_async.wait([10**30, -1], 1e308))", "ok: []\n"),
        ("import _gsys_vm\n_gsys_vm.write(1, 2)", "TypeError: write() argument must be str, not int"),
    ])
    func privateModulesCheckTheirArguments(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    // MARK: Attribute and format games

    @Test(arguments: [
        ("getattr(1, '__dict__')", "AttributeError: 'int' object has no attribute '__dict__'"),
        ("getattr(int, '__dict__')['__add__']", "AttributeError: type object 'int' has no attribute '__dict__'"),
        ("vars(int)", "TypeError: vars() argument must have __dict__ attribute"),
        ("object.__getattribute__(len, '__globals__')", "AttributeError: 'builtin_function_or_method' object has no attribute '__globals__'"),
        ("'{0.__class__.__base__.__subclasses__}'.format(1)", "AttributeError: type object 'object' has no attribute '__subclasses__'"),
        ("def f(): pass\n'{0.__globals__}'.format(f)", "AttributeError: 'function' object has no attribute '__globals__'"),
        ("def f(): pass\n'{0.__code__.co_consts}'.format(f)", "AttributeError: 'function' object has no attribute '__code__'"),
        ("'{0.__init__.__globals__}'.format(object())", "AttributeError: 'builtin_function_or_method' object has no attribute '__globals__'"),
        ("import string\nstring.Formatter().format('{0.__globals__}', lambda: 0)", "AttributeError: 'function' object has no attribute '__globals__'"),
    ])
    func attributeGamesFail(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    /// Format fields may walk ordinary attributes, as in CPython (this is not an escape).
    @Test func formatWalksOnlyPublicStructure() {
        #expect(Self.outcome("print('{0.__class__.__mro__}'.format(1))") == "ok: (<class 'int'>, <class 'object'>)\n")
        #expect(Self.outcome("print('{0.__class__.__name__}'.format([]))") == "ok: list\n")
    }

    @Test(arguments: [
        ("type('X', (int, str), {})", "TypeError: multiple bases have instance lay-out conflict"),
        ("class X(dict, list): pass", "TypeError: multiple bases have instance lay-out conflict"),
        ("class X(float, int): pass", "TypeError: multiple bases have instance lay-out conflict"),
        ("class X(Exception, dict): pass", "TypeError: multiple bases have instance lay-out conflict"),
        ("class A(int): pass\nclass B(str): pass\nclass C(A, B): pass", "TypeError: multiple bases have instance lay-out conflict"),
        ("type('X', (bool,), {})", "TypeError: type 'bool' is not an acceptable base type"),
        ("type('X', (), [])", "TypeError: type.__new__() argument 3 must be dict, not list"),
        ("type('X', (1,), {})", "TypeError: bases must be types"),
        ("type('X', (), {})().__class__.__base__.__subclasses__()", "AttributeError: type object 'object' has no attribute '__subclasses__'"),
        ("type.__setattr__(int, 'x', 1)", "TypeError: cannot set 'x' attribute of immutable type 'int'"),
        ("object.__setattr__(int, 'x', 1)", "TypeError: can't apply this __setattr__ to type object"),
        ("object.__delattr__(int, 'real')", "TypeError: can't apply this __delattr__ to type object"),
        ("type.__delattr__(int, 'real')", "TypeError: cannot delete 'real' attribute of immutable type 'int'"),
        ("type('X', (), {'__qualname__': 5})", "TypeError: type __qualname__ must be a str, not int"),
        ("import types\nprint(types.SimpleNamespace(__class__=1).__class__.__name__)", "ok: SimpleNamespace\n"),
        ("class A: pass\nA().__class__ = int", "TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses"),
        ("[].__class__ = dict", "TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses"),
        ("class A: pass\nclass B(list): pass\nA().__class__ = B", "TypeError: __class__ assignment: 'B' object layout differs from 'A'"),
        ("class A: pass\nA.__mro__ = ()", "AttributeError: readonly attribute"),
        ("class A: pass\nA.__name__ = 5", "TypeError: can only assign string to A.__name__, not 'int'"),
        ("class A: pass\nA.__bases__ = (int,)", "NotImplementedError: __bases__ assignment is not supported"),
        ("class A: pass\nA.__dict__['x'] = 1\nA.x", "TypeError: 'mappingproxy' object does not support item assignment"),
        ("class A: pass\nvars(A)['x'] = 1", "TypeError: 'mappingproxy' object does not support item assignment"),
        ("class A: pass\nA.__dict__.copy()['x'] = 1\nA.x", "AttributeError: type object 'A' has no attribute 'x'"),
    ])
    func typeConstructionCannotReachInternals(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    /// `__class__` assignment between compatible user classes works, as in CPython.
    @Test func classAssignmentBetweenCompatibleClasses() {
        #expect(Self.outcome("""
            class A:
                def who(self): return 'A'
            class B:
                def who(self): return 'B'
            a = A()
            a.__class__ = B
            print(a.who(), type(a).__name__, isinstance(a, B))
            """) == "ok: B B True\n")
    }

    @Test(arguments: [
        ("eval('1 + 1')", "NotImplementedError: eval() is not supported"),
        ("exec('import os')", "NotImplementedError: exec() is not supported"),
        ("compile('1', '<s>', 'eval')", "NotImplementedError: compile() is not supported"),
        ("breakpoint()", "NotImplementedError: breakpoint() is not supported"),
        ("import types\ntypes.ModuleType('x')", "TypeError: cannot create 'module' instances"),
    ])
    func dynamicCodeIsUnsupported(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    // MARK: Mutating builtins

    @Test(arguments: [
        ("int.__add__ = lambda a, b: 0", "TypeError: cannot set '__add__' attribute of immutable type 'int'"),
        ("setattr(str, 'x', 1)", "TypeError: cannot set 'x' attribute of immutable type 'str'"),
        ("list.append = None", "TypeError: cannot set 'append' attribute of immutable type 'list'"),
        ("del dict.get", "TypeError: cannot delete 'get' attribute of immutable type 'dict'"),
        ("object.__eq__ = None", "TypeError: cannot set '__eq__' attribute of immutable type 'object'"),
        ("type.__call__ = None", "TypeError: cannot set '__call__' attribute of immutable type 'type'"),
        ("BaseException.__str__ = None", "TypeError: cannot set '__str__' attribute of immutable type 'BaseException'"),
        ("len.x = 1", "AttributeError: 'builtin_function_or_method' object has no attribute 'x'"),
        ("(1).real = 2", "AttributeError: 'int' object attribute 'real' is read-only"),
        ("import re\nre.Pattern.x = 1", "TypeError: cannot set 'x' attribute of immutable type 're.Pattern'"),
        ("import collections\ncollections.deque.x = 1", "TypeError: cannot set 'x' attribute of immutable type 'collections.deque'"),
        ("import itertools\nitertools.count.x = 1", "TypeError: cannot set 'x' attribute of immutable type 'itertools.count'"),
        ("int.__add__('a', 1)", "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'"),
        ("list.__init__(5)", "TypeError: descriptor '__init__' requires a 'list' object but received a 'int'"),
    ])
    func builtinTypesAreImmutable(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    /// Programs that change everything they are allowed to change: module attributes,
    /// classes of Python-source modules, global names shadowing builtins, the recursion limit,
    /// `sys.stdout`. None of it may be visible to the next run or to another session.
    static let vandal = """
        import math, json, sys, re, collections, string, random, datetime, copy, functools
        math.pi = 3
        math.sqrt = lambda x: -1
        del math.tau
        json.dumps = None
        json.JSONEncoder.default = lambda self, o: 'hacked'
        collections.OrderedDict.__repr__ = lambda self: 'hacked'
        collections.Counter.most_common = None
        string.ascii_letters = ''
        random.random = lambda: 0.5
        datetime.date.today = None
        copy.deepcopy = None
        functools.reduce = None
        re.compile = None
        sys.stdout = None
        sys.setrecursionlimit(60)
        sys.maxsize = 1
        len = lambda x: -1
        print = None
        """

    static let probe = """
        import math, json, sys, re, collections, string, random, datetime, copy, functools
        r = (math.pi, math.sqrt(4.0), math.tau, json.dumps([1]), repr(collections.OrderedDict(a=1)),
             collections.Counter('aab').most_common(1), len(string.ascii_letters), sys.getrecursionlimit(),
             sys.maxsize, len([1, 2]), callable(datetime.date.today), copy.deepcopy([1]), functools.reduce(max, [1, 3]),
             re.compile('a').pattern, json.dumps({1: 2}, default=str))
        print(r)
        r
        """

    static let probeOutput = "(3.141592653589793, 2.0, 6.283185307179586, '[1]', \"OrderedDict([('a', 1)])\", [('a', 2)], 52, 1000, 9223372036854775807, 2, True, [1], 3, 'a', '{\"1\": 2}')\n"

    @Test func mutationsDoNotLeakIntoOtherRuns() throws {
        let vandal = try Program.script(source: Self.vandal, filename: "vandal.py")
        let probe = try Program(source: Self.probe, filename: "probe.py")
        let clean = try probe.run().stdout
        #expect(clean == Self.probeOutput)
        _ = try vandal.run()
        #expect(try probe.run().stdout == clean)
        // The same program object, run again, starts pristine too.
        _ = try vandal.run()
        _ = try vandal.run()
        #expect(try probe.run().stdout == clean)
    }

    @Test func mutationsDoNotLeakIntoOtherSessions() throws {
        let first = Session()
        _ = try first.feed(Self.vandal)
        #expect(try first.feed("import math\nmath.pi").value == .int(3))
        let second = Session()
        #expect(try second.feed(Self.probe).stdout == Self.probeOutput)
        // And the vandalized session keeps its own changes (it is one program's state).
        #expect(try first.feed("import math\nmath.pi").value == .int(3))
    }

    @Test func mutationsDoNotLeakThroughSnapshots() throws {
        let program = try Program.script(source: Self.vandal + "\nfetch()\n", filename: "vandal.py")
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else {
            Issue.record("no call")
            return
        }
        let saved = try paused.serialized()
        _ = try PausedExecution(serialized: saved).resume(.value(.none))
        #expect(try Program(source: Self.probe).run().stdout == Self.probeOutput)
    }
}
