import Foundation
import Testing
@testable import Garter

/// 100 000-deep nesting in source and in data must end in a Python exception (as CPython
/// raises it where CPython survives), never a native stack overflow. Every case runs on a
/// thread with a 512 KiB stack, the size of secondary threads on Apple platforms, so the
/// guards are shown to follow the real stack rather than a fixed depth.
struct DeepNestingTests {
    static let n = 100_000

    final class Box<T>: @unchecked Sendable {
        var value: T?
    }

    /// Runs `body` on a new thread with a 512 KiB stack and returns its result.
    static func onSmallStack<T>(_ body: @escaping () -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) let work = body
        let thread = Thread {
            box.value = work()
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        return box.value!
    }

    /// `Type: message` of the exception `source` ends with (compile errors included), or
    /// `ok`, computed on a small stack.
    static func outcome(_ source: String) -> String {
        onSmallStack {
            do {
                let program = try Program.script(source: source, filename: "deep.py")
                _ = try program.run(output: BufferedOutput(), timeLimit: 60)
                return "ok"
            } catch let e as CompileError {
                return "\(e.typeName): \(e.message)"
            } catch let e as PythonException {
                return "\(e.typeName): \(e.message)"
            } catch {
                return "\(error)"
            }
        }
    }

    static let nestedList = "a = []\nfor i in range(\(n)):\n    a = [a]\n"
    static let nestedLists = "a = []\nb = []\nfor i in range(\(n)):\n    a = [a]\n    b = [b]\n"
    static let nestedDict = "a = {}\nfor i in range(\(n)):\n    a = {'k': a}\n"
    static let nestedTuple = "a = ()\nfor i in range(\(n)):\n    a = (a,)\n"

    // MARK: Source

    @Test(arguments: [
        ("x = " + String(repeating: "(", count: n) + String(repeating: ")", count: n), "SyntaxError: too many nested parentheses"),
        ("x = " + String(repeating: "[", count: n) + String(repeating: "]", count: n), "SyntaxError: too many nested parentheses"),
        ("x = " + String(repeating: "{", count: n) + String(repeating: "}", count: n), "SyntaxError: too many nested parentheses"),
        ("x = " + String(repeating: "-", count: n) + "1", "RecursionError: maximum recursion depth exceeded during compilation"),
        ("x = " + String(repeating: "not ", count: n) + "1", "RecursionError: maximum recursion depth exceeded during compilation"),
        ("x = 2" + String(repeating: " ** 2", count: n), "RecursionError: maximum recursion depth exceeded during compilation"),
        ("x = 1" + String(repeating: " + 1", count: n), "RecursionError: maximum recursion depth exceeded during compilation"),
        ("x = a" + String(repeating: ".b", count: n), "RecursionError: maximum recursion depth exceeded during compilation"),
        ("x = f" + String(repeating: "()", count: n), "RecursionError: maximum recursion depth exceeded during compilation"),
        ("x = a" + String(repeating: "[0]", count: n), "RecursionError: maximum recursion depth exceeded during compilation"),
        ("x = " + String(repeating: "lambda: ", count: n) + "1", "RecursionError: maximum recursion depth exceeded during compilation"),
        ("x = 1" + String(repeating: " if 1 else 1", count: n), "RecursionError: maximum recursion depth exceeded during compilation"),
        ("if x:\n    pass\n" + String(repeating: "elif x:\n    pass\n", count: n), "RecursionError: maximum recursion depth exceeded during compilation"),
    ])
    func deepSource(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    /// Long flat constructs are not nesting: they compile and run.
    @Test func longFlatSource() {
        #expect(Self.outcome("x = 1" + String(repeating: " and 1", count: Self.n)) == "ok")
        #expect(Self.outcome("x = 1" + String(repeating: " < 2", count: Self.n)) == "ok")
        #expect(Self.outcome("x = " + String(repeating: "'a' ", count: Self.n) + "\nassert len(x) == \(Self.n)") == "ok")
    }

    // MARK: Data

    @Test(arguments: [
        (nestedList + "repr(a)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        (nestedList + "str(a)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        (nestedList + "print(a)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        (nestedList + "f'{a}'", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        (nestedList + "'%s' % (a,)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        (nestedDict + "repr(a)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        (nestedTuple + "repr(a)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        (nestedLists + "a == b", "RecursionError: maximum recursion depth exceeded in comparison"),
        (nestedLists + "a < b", "RecursionError: maximum recursion depth exceeded in comparison"),
        (nestedLists + "a in [b]", "RecursionError: maximum recursion depth exceeded in comparison"),
        (nestedLists + "sorted([a, b])", "RecursionError: maximum recursion depth exceeded in comparison"),
        ("a = {}\nb = {}\nfor i in range(\(n)):\n    a = {1: a}\n    b = {1: b}\na == b", "RecursionError: maximum recursion depth exceeded in comparison"),
        ("a = frozenset()\nb = frozenset()\nfor i in range(\(n)):\n    a = frozenset([a])\n    b = frozenset([b])\na == b", "RecursionError: maximum recursion depth exceeded in comparison"),
        (nestedTuple + "hash(a)", "RecursionError: maximum recursion depth exceeded while calling a Python object"),
        (nestedTuple + "d = {a: 1}", "RecursionError: maximum recursion depth exceeded while calling a Python object"),
        (nestedTuple + "a in {()}", "RecursionError: maximum recursion depth exceeded while calling a Python object"),
        ("t = int\nfor i in range(\(n)):\n    t = (t,)\nisinstance(1, t)", "RecursionError: maximum recursion depth exceeded in __instancecheck__"),
        ("t = int\nfor i in range(\(n)):\n    t = (t,)\nissubclass(int, t)", "RecursionError: maximum recursion depth exceeded in __subclasscheck__"),
        ("import json\n" + nestedList + "json.dumps(a)", "RecursionError: maximum recursion depth exceeded while encoding a JSON object"),
        ("import json\n" + nestedDict + "json.dumps(a, indent=1)", "RecursionError: maximum recursion depth exceeded while encoding a JSON object"),
        ("import json\njson.loads('[' * \(n) + ']' * \(n))", "RecursionError: maximum recursion depth exceeded while decoding a JSON array from a unicode string"),
        ("import json\njson.loads('{\"a\":' * \(n) + '1' + '}' * \(n))", "RecursionError: maximum recursion depth exceeded while decoding a JSON object from a unicode string"),
        ("import copy\n" + nestedList + "copy.deepcopy(a)", "RecursionError: maximum recursion depth exceeded"),
        ("import copy\n" + nestedDict + "copy.deepcopy(a)", "RecursionError: maximum recursion depth exceeded"),
        ("import pprint\n" + nestedList + "pprint.pformat(a)", "RecursionError: maximum recursion depth exceeded"),
        ("a = ValueError()\nfor i in range(\(n)):\n    a = ValueError(a)\nstr(a)", "RecursionError: maximum recursion depth exceeded while getting the str of an object"),
        ("a = ValueError()\nfor i in range(\(n)):\n    a = ValueError(a)\nrepr(a)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        ("import collections\nd = collections.deque()\nfor i in range(\(n)):\n    d = collections.deque([d])\nrepr(d)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        ("import collections\nd = collections.OrderedDict()\nfor i in range(\(n)):\n    d = collections.OrderedDict(k=d)\nrepr(d)", "RecursionError: maximum recursion depth exceeded while getting the repr of an object"),
        ("import re\nre.compile('(' * \(n) + ')' * \(n))", "RecursionError: maximum recursion depth exceeded"),
        ("def g(n):\n    if n:\n        yield from g(n - 1)\n    yield n\nlist(g(\(n)))", "RecursionError: maximum recursion depth exceeded"),
    ])
    func deepData(_ source: String, _ expected: String) {
        #expect(Self.outcome(source) == expected)
    }

    /// A dataclass's `__repr__` is Python code between native reprs. CPython 3.11 counts both
    /// against one limit and says "maximum recursion depth exceeded" (its limit trips at a
    /// Python call). Garter's native stack runs out first, either entering the Python frame
    /// (CPython's message) or in the native repr (CPython's message for a repr, "... while
    /// getting the repr of an object"): which one depends only on frame sizes, which differ
    /// between debug and release builds and move with any change to the code on that path.
    @Test func deepDataclassRepr() {
        let source = "from dataclasses import dataclass\n@dataclass\nclass N:\n    n: object\na = None\nfor i in range(\(Self.n)):\n    a = N(a)\nrepr(a)"
        let outcome = Self.outcome(source)
        #expect(outcome == "RecursionError: maximum recursion depth exceeded"
            || outcome == "RecursionError: maximum recursion depth exceeded while getting the repr of an object")
    }

    /// Deep data that is only built and dropped (and freed at the end of the run, cycles
    /// included) is fine.
    @Test func deepDataIsFreed() {
        #expect(Self.outcome(Self.nestedList + "a.append(a)\n" + Self.nestedDict + Self.nestedTuple) == "ok")
        #expect(Self.outcome("import collections\nd = collections.deque()\nfor i in range(\(Self.n)):\n    d = collections.deque([d])\n") == "ok")
    }

    /// Exceptions wrapped as the argument of the next, and implicit contexts, 100 000 deep,
    /// release without recursing.
    @Test func exceptionsNestedThroughArgumentsAndContexts() {
        #expect(Self.outcome("e = ValueError('x')\nfor i in range(\(Self.n)):\n    e = ValueError(e)\ndel e\n") == "ok")
        #expect(Self.outcome("e = KeyError(1)\nfor i in range(\(Self.n)):\n    e = ExceptionGroup('g', [e])\ndel e\n") == "ok")
        #expect(Self.outcome("""
            e = None
            for i in range(\(Self.n)):
                try:
                    try:
                        raise e or ValueError(i)
                    except BaseException:
                        raise KeyError(i)
                except KeyError as x:
                    e = x
            del e
            """) == "ok")
    }

    /// An exception chain 100 000 long prints (oldest first) without recursing.
    @Test func longExceptionChains() {
        let r: (String, Int) = Self.onSmallStack {
            do {
                let program = try Program.script(source: """
                    e = None
                    for i in range(\(Self.n)):
                        try:
                            raise ValueError(i) from e
                        except ValueError as x:
                            e = x
                    raise e
                    """, filename: "chain.py")
                _ = try program.run(timeLimit: 60)
                return ("ok", 0)
            } catch let e as PythonException {
                return (e.summary, e.traceback.components(separatedBy: "direct cause").count - 1)
            } catch {
                return ("\(error)", 0)
            }
        }
        #expect(r.0 == "ValueError: \(Self.n - 1)")
        #expect(r.1 == Self.n - 1)
    }

    /// Snapshots and the host boundary meet the same data.
    @Test func deepDataAtAPause() throws {
        let result: String = Self.onSmallStack {
            do {
                let program = try Program.script(source: Self.nestedList + "fetch(a)\n", filename: "deep.py")
                guard case .call(let call, let paused) = try program.start(externals: [ExternalFunction("fetch")]) else { return "no call" }
                var depth = 0
                var v = call.args.first
                while case .list(let items)? = v, let first = items.first {
                    v = first
                    depth += 1
                }
                // As deep as the stack allows (up to maxDepth), then an opaque marker.
                guard depth >= 100, depth <= PythonValue.maxDepth, case .opaque? = v else { return "argument depth \(depth)" }
                do {
                    _ = try paused.serialized()
                    return "serialized"
                } catch let e as ExecutionError {
                    return e.description
                }
            } catch {
                return "\(error)"
            }
        }
        #expect(result == "cannot snapshot this run: data nested too deeply")
    }
}
