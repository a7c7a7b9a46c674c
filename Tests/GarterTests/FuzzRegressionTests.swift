import Foundation
import Testing
@testable import Garter

/// Inputs the fuzzers (Fuzz/, `Scripts/fuzz.sh`) found, each fixed at its mechanism and
/// kept here so the fix stays.
struct FuzzRegressionTests {
    /// Runs `source` under a time limit; returns the error type name (nil on success) and
    /// the wall-clock seconds the run took.
    static func timed(_ source: String, limit: Double = 0.3) -> (String?, Double) {
        let started = Date()
        var outcome: String? = nil
        do {
            let program = try Program.script(source: source, filename: "fuzz.py")
            _ = try program.run(functions: [], limits: ResourceLimits(maxDuration: limit, maxRecursionDepth: 200, maxOutputBytes: 1 << 16))
        } catch let e as PythonException {
            outcome = e.typeName
        } catch let e as CompileError {
            outcome = e.typeName
        } catch {
            outcome = "\(error)"
        }
        return (outcome, Date().timeIntervalSince(started))
    }

    /// Found by FuzzRun: `list()` draining an endless generator never reached the time check
    /// (each resumption was a short nested run of the dispatch loop, and the back-edge
    /// counter restarted with each). Native loops over iterators now count their items too.
    @Test(arguments: [
        "def countdown(n):\n    while n > 0:\n        yield n\n        n -= 0\nprint(list(countdown(5)))\n",
        "def g():\n    while True:\n        yield 1\nsum(g())\n",
        "any(x < 0 for x in iter(int, 1))\n",
        "sum(range(10**12))\n",
        "max(range(10**12))\n",
        "import itertools\nlist(itertools.count())\n",
        "import itertools\nall(itertools.repeat(True))\n",
        "import itertools\n''.join(itertools.repeat('a'))\n",
        "import collections, itertools\ncollections.deque(itertools.repeat(1), maxlen=1)\n",
        "sorted(range(10**7), key=lambda x: -x)\n",
        "list(map(lambda x: x, iter(int, 1)))\n",
        "class It:\n    def __iter__(self): return self\n    def __next__(self): return 1\nlist(It())\n",
    ])
    func nativeLoopsStopAtTheDeadline(_ source: String) {
        let (outcome, seconds) = Self.timed(source)
        #expect(outcome == "TimeoutError" || outcome == "MemoryError", "\(outcome ?? "finished")")
        #expect(seconds < 5, "took \(seconds) s")
    }
}
