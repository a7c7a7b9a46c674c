import Testing
@testable import Garter

/// `ResourceLimits.maxMemory`: large allocations are refused before they are made, growth is
/// caught while it happens, and the error cannot be caught by the sandboxed code.
/// Serialized: the limit measures the process's resident memory, which the tests share.
@Suite(.serialized)
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
}
