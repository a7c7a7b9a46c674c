import Foundation
import Testing
@testable import Garter

/// `ResourceLimits.maxMemory`: large allocations are refused before they are made, growth is
/// caught while it happens, and the error cannot be caught by the sandboxed code. The limit
/// is kept on each run's own books, so these tests run in parallel with everything else.
struct MemoryLimitTests {
    static let limits = ResourceLimits(maxDuration: 30, maxMemory: 64 << 20)

    func outcome(_ source: String, limits: ResourceLimits = MemoryLimitTests.limits) -> (summary: String?, stdout: String) {
        do {
            let r = try Program.script(source: source, filename: "bomb.py").run(functions: [], limits: limits)
            return (nil, r.stdout)
        } catch let e as PythonException {
            return (e.summary, e.stdout)
        } catch {
            return ("\(error)", "")
        }
    }

    static let exceeded = "MemoryError: memory limit exceeded (67108864 bytes)"

    @Test func largeAllocationsFailBeforeAllocating() {
        for src in ["x = [0] * 10**8", "x = 'ab' * 10**8", "x = list(range(10**8))", "x = b'a' * 10**8", "x = (1,) * 10**8"] {
            #expect(outcome(src).summary == Self.exceeded, "\(src)")
        }
    }

    @Test func growthIsCaughtAndCannotBeCaught() {
        let loops = [
            "x = []\nwhile True:\n    x.append([0] * 1000)\n",
            "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 10\n    i += 1\n",
            "s = 'a'\nwhile True:\n    s = s + s\n",
            "s = 'a'\nwhile True:\n    s = f'{s}{s}'\n",
            "x = [0]\nwhile True:\n    x += x\n",
        ]
        for src in loops {
            let guarded = "try:\n" + src.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\nexcept BaseException:\n    print('caught')\n"
            let r = outcome(guarded)
            #expect(r.summary == Self.exceeded, "\(src)")
            #expect(!r.stdout.contains("caught"))
        }
    }

    @Test func withoutALimitHugeResultsStillFailCleanly() {
        // Fixed caps apply without a budget (CPython would try to allocate 16 GB here).
        let r = outcome("s = 'a'\ntry:\n    while True:\n        s = s + s\nexcept MemoryError:\n    print(len(s) < 10**9)\n", limits: ResourceLimits(maxDuration: 30))
        #expect(r.summary == nil)
        #expect(r.stdout == "True\n")
    }

    @Test func smallProgramsRunUnderTheLimit() {
        // A generous budget: other suites run in this process at the same time.
        let r = outcome("x = [i * i for i in range(100000)]\nprint(sum(x))\n", limits: ResourceLimits(maxDuration: 30, maxMemory: 512 << 20))
        #expect(r.summary == nil)
        #expect(r.stdout == "333328333350000\n")
    }

    @Test func everyKindOfGrowthIsCharged() {
        let hogs = [
            "x = []\nwhile True:\n    x.append(0)\n",
            "s = set()\ni = 0\nwhile True:\n    s.add(i)\n    i += 1\n",
            "import collections\nd = collections.deque()\nwhile True:\n    d.append(1)\n",
            "b = bytearray()\nwhile True:\n    b += b'x' * 10000\n",
            "s = ''\nwhile True:\n    s += 'abcdefgh' * 1000\n",
            "l = []\ni = 0\nwhile True:\n    l.append(str(i) * 10)\n    i += 1\n",
            "class A:\n    def __init__(self, i):\n        self.a = i\nl = []\ni = 0\nwhile True:\n    l.append(A(i))\n    i += 1\n",
            "def g():\n    yield 1\nl = []\nwhile True:\n    l.append(g())\n",
            "l = []\nwhile True:\n    l.append((1, 2, 3, 4, 5, 6))\n",
            "l = []\ni = 10**30\nwhile True:\n    l.append(i)\n    i += 1\n",
            "d = {}\nwhile True:\n    d = {'next': d, 'pad': [0] * 50}\n",
            "x = 'a' * 1_000_000\ns = repr([x] * 2000)\n",
            "x = 'a' * 1_000_000\ns = str({i: x for i in range(2000)})\n",
            "import json\nx = 'a' * 1_000_000\ns = json.dumps([x] * 2000)\n",
            "x = 'a' * 1_000_000\ns = '%s' * 2000 % ((x,) * 2000)\n",
            "x = 'a' * 1_000_000\ns = ''.join([x] * 2000)\n",
        ]
        // A small limit keeps the test quick.
        let limits = ResourceLimits(maxDuration: 30, maxMemory: 16 << 20)
        for src in hogs {
            #expect(outcome(src, limits: limits).summary == "MemoryError: memory limit exceeded (16777216 bytes)", "\(src)")
        }
        // Results past the fixed caps fail before they are built, with CPython's ordinary
        // MemoryError.
        for src in ["x = 'a' * 10**6\ns = x.replace('a', 'b' * 1000)\n", "s = f'{1:1000000000}'\n", "x = 2 ** (10 ** 9)\n"] {
            #expect(outcome(src).summary?.hasPrefix("MemoryError") == true, "\(src)")
        }
    }

    @Test func objectsThatDieAreGivenBack() {
        // About 90 MB of short-lived strings and lists under a 16 MB limit.
        let src = "t = 0\nfor i in range(100000):\n    s = str(i) * 60\n    l = [i] * 40\n    t += len(s) + len(l)\nprint(t)\n"
        let r = outcome(src, limits: ResourceLimits(maxDuration: 30, maxMemory: 16 << 20))
        #expect(r.summary == nil)
        #expect(r.stdout == "33333400\n")
    }

    @Test func indexedNonASCIIStringsAreGivenBack() {
        // About 100 MB of strings whose code points are cached for indexing (4 bytes each,
        // charged on top of the string) under a 16 MB limit: every charge comes back.
        let src = "t = 0\nfor i in range(2000):\n    s = ('é' + str(i)) * 5000\n    t += ord(s[i % 100]) + len(s[-3:])\nprint(t)\n"
        let r = outcome(src, limits: ResourceLimits(maxDuration: 30, maxMemory: 16 << 20))
        #expect(r.summary == nil)
        #expect(r.stdout == "193992\n")
    }

    @Test func sessionFeedsCountWhatEarlierFeedsLeft() throws {
        let session = Session(limits: ResourceLimits(maxDuration: 30, maxMemory: 64 << 20))
        _ = try session.feed("x = [0] * 3_000_000")
        #expect(session.vm.liveBytes >= 48_000_000)
        #expect(throws: PythonException.self) { try session.feed("y = [0] * 3_000_000") }
        _ = try session.feed("del x")
        #expect(session.vm.liveBytes < 4_000_000)
        let r = try session.feed("y = [0] * 3_000_000\nlen(y)")
        #expect(r.value == .int(3_000_000))
    }

    @Test func restoredObjectsAreCharged() throws {
        let program = try Program.script(source: "x = [0] * 2_500_000\nfetch()\ny = []\nwhile len(y) < 2_500_000:\n    y.append(0)\nprint('done')\n", filename: "restore.py")
        let limits = ResourceLimits(maxDuration: 30, maxMemory: 256 << 20)
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")], limits: limits) else {
            Issue.record("no call")
            return
        }
        let bytes = try paused.serialized()
        // 40 MB restored plus 40 MB grown: over a 64 MB cap, under the saved 256 MB.
        let restored = try PausedExecution(serialized: bytes, limits: ResourceLimits(maxMemory: 64 << 20))
        do {
            _ = try restored.resume(ExternalResult.value(PythonValue.none))
            Issue.record("no MemoryError")
        } catch let e as PythonException {
            #expect(e.summary == Self.exceeded)
        }
        // The same with room for both.
        let roomy = try PausedExecution(serialized: bytes, limits: ResourceLimits(maxMemory: 128 << 20))
        guard case .complete(let result) = try roomy.resume(ExternalResult.value(PythonValue.none)) else {
            Issue.record("not finished")
            return
        }
        #expect(result.stdout == "done\n")
    }

    @Test func concurrentRunsKeepSeparateBooks() async throws {
        // One run holds about 120 MB under a 512 MB limit while four runs each hold about
        // 24 MB under a 40 MB limit: each limit counts only its own run's objects.
        let big = "x = [0] * 7_500_000\ny = [i for i in range(200_000)]\nprint(len(x) + len(y))\n"
        let small = "x = [0] * 1_500_000\ny = [str(i) for i in range(20_000)]\nprint(len(x) + len(y))\n"
        let hog = "x = []\nwhile True:\n    x.append([0] * 1000)\n"
        let results = await withTaskGroup(of: (String, String?, String).self) { group in
            group.addTask { ("big", self.outcome(big, limits: ResourceLimits(maxDuration: 60, maxMemory: 512 << 20)).summary, "") }
            group.addTask { ("hog", self.outcome(hog, limits: ResourceLimits(maxDuration: 60, maxMemory: 32 << 20)).summary, "") }
            for _ in 0..<4 {
                group.addTask {
                    let r = self.outcome(small, limits: ResourceLimits(maxDuration: 60, maxMemory: 40 << 20))
                    return ("small", r.summary, r.stdout)
                }
            }
            var all: [(String, String?, String)] = []
            for await r in group { all.append(r) }
            return all
        }
        for (name, summary, stdout) in results {
            switch name {
            case "hog": #expect(summary == "MemoryError: memory limit exceeded (33554432 bytes)")
            case "small":
                #expect(summary == nil)
                #expect(stdout == "1520000\n")
            default: #expect(summary == nil)
            }
        }
    }
}

/// The sizes of the objects programs make by the hundred thousand (records parsed from text
/// are dicts of strings): each is laid out to fill its malloc chunk, and a field added in
/// the wrong place would take the next chunk size (16 bytes more per object).
struct ObjectSizeTests {
    @Test func dictEntriesTakeFourWords() {
        #expect(MemoryLayout<PyDict.Entry>.stride == 32)
        let e = PyDict.Entry(hash: -0x1234_5678_9ABC_DEF0, key: .int(1), value: .none)
        #expect(e.hash == -0x1234_5678_9ABC_DEF0)
        #expect(PyDict.Entry(hash: Int.min, key: .none, value: .none).hash == Int.min)
        #expect(PyDict.Entry(hash: 0xFFFF_FFFF, key: .none, value: .none).hash == 0xFFFF_FFFF)
    }

    #if os(Linux) && canImport(Glibc)
    /// The usable size of a 56-byte request is 56 (a 64-byte chunk), of a 72-byte one 72.
    /// malloc may hand out a larger free chunk when splitting it would leave too little (the
    /// tests run in parallel, so the heap's state varies): the smallest of several is checked.
    @Test func stringsAndDictsFillTheirChunks() {
        let strings = (0..<16).map { PyStr("some text \($0)") }
        let dicts = (0..<16).map { _ in PyDict() }
        let stringSize = strings.map { mallocUsableSize(Unmanaged.passUnretained($0).toOpaque()) }.min() ?? 0
        let dictSize = dicts.map { mallocUsableSize(Unmanaged.passUnretained($0).toOpaque()) }.min() ?? 0
        #expect(stringSize > 0 && stringSize <= 40)
        #expect(dictSize > 0 && dictSize <= 72)
        withExtendedLifetime((strings, dicts)) {}
    }

    /// An instance (with its exception state pointer, builtin value and dict flag) stays in
    /// the 80-byte chunk.
    @Test func instancesFillTheirChunk() {
        // The smallest of several, as above.
        let instances = (0..<16).map { PyInstance(cls: Builtins.shared.keyError, exceptionArgs: [.int($0)]) }
        let size = instances.map { mallocUsableSize(Unmanaged.passUnretained($0).toOpaque()) }.min() ?? 0
        #expect(size > 0 && size <= 72)
        withExtendedLifetime(instances) {}
    }
    #endif

    /// An instance gets a dict of its own at its first store; until then it looks attributes
    /// up in a shared empty one that nothing writes to.
    @Test func instancesMakeTheirDictOnFirstStore() {
        let first = PyInstance(cls: Builtins.shared.keyError, exceptionArgs: [.int(1)])
        let second = PyInstance(cls: Builtins.shared.keyError)
        #expect(first.existingAttributes == nil && second.existingAttributes == nil)
        first.attributes.setString("note", .int(7))
        #expect(first.existingAttributes === first.attributes)
        #expect(first.existingAttributes?.getString("note") != nil)
        #expect(second.existingAttributes == nil)
        #expect(PyInstance.noAttributes.count == 0)
        #expect(second.lookupAttributesRef.toOpaque() == Unmanaged.passUnretained(PyInstance.noAttributes).toOpaque())
    }
}

#if os(Linux) && canImport(Glibc)
/// glibc's `malloc_usable_size` (declared in `<malloc.h>`, which the Glibc module leaves out).
@_silgen_name("malloc_usable_size")
private func mallocUsableSize(_ pointer: UnsafeMutableRawPointer?) -> Int
#endif
