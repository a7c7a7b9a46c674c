import Testing
@testable import Garter

/// `ResourceLimits.maxAllocations`: every heap object a run creates counts; the run ends in
/// an uncatchable `MemoryError` once the count is exceeded, whatever creates the objects
/// (the dispatch loop, builtins iterating natively, nested host runs).
struct AllocationLimitTests {
    func outcome(_ source: String, limit: Int) -> (summary: String?, stdout: String) {
        do {
            let limits = ResourceLimits(maxDuration: 30, maxAllocations: limit)
            let r = try Program.script(source: source, filename: "objects.py").run(functions: [], limits: limits)
            return (nil, r.stdout)
        } catch let e as PythonException {
            return (e.summary, e.stdout)
        } catch {
            return ("\(error)", "")
        }
    }

    @Test func objectBombsStopAtTheLimitAndCannotBeCaught() {
        let bombs = [
            "x = [str(i) for i in range(10**7)]",
            "x = list(map(str, range(10**7)))",
            "x = [[] for _ in range(10**7)]",
            "class A: pass\nx = [A() for _ in range(10**7)]",
            "d = {}\nfor i in range(10**7):\n    d[i] = (i,)",
            "x = ''.join([chr(65 + i % 26) * 2 for i in range(10**7)])",
        ]
        for src in bombs {
            let wrapped = "try:\n" + src.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
                + "\nexcept BaseException:\n    print('caught')\n"
            let r = outcome(wrapped, limit: 50_000)
            #expect(r.summary == "MemoryError: allocation limit exceeded (50000 objects)", "\(src)")
            #expect(!r.stdout.contains("caught"), "\(src)")
        }
    }

    @Test func programsWithinTheBudgetFinish() {
        // Small ints, floats and booleans are not heap objects: this loop creates almost none.
        let r = outcome("t = 0\nfor i in range(200000):\n    t += i * 2.0\nprint(t)\n", limit: 1_000)
        #expect(r.summary == nil)
        #expect(r.stdout == "39999800000.0\n")
        let s = outcome("words = [str(i) for i in range(1000)]\nprint(len(words))\n", limit: 10_000)
        #expect(s.summary == nil)
        #expect(s.stdout == "1000\n")
    }

    @Test func sessionsCountEachFeedSeparately() throws {
        let session = Session(limits: ResourceLimits(maxAllocations: 5_000))
        for _ in 0..<5 {
            let r = try session.feed("x = [str(i) for i in range(1000)]\nlen(x)")
            #expect(r.value == .int(1000))
        }
        #expect(throws: PythonException.self) { try session.feed("y = [str(i) for i in range(100000)]") }
        // The session survives the limit error.
        #expect(try session.feed("len(x)").value == .int(1000))
    }
}
