import Testing
@testable import garter

/// The command lines `garter` reads without swift-argument-parser, and the ones it must hand
/// to the full parser (which owns help, every other option and every usage error).
struct QuickRunArgumentsTests {
    @Test func plainRunAndBareFile() throws {
        for arguments in [["run", "job.py"], ["job.py"]] {
            let settings = try #require(QuickRunArguments.parse(arguments))
            #expect(settings.file == "job.py")
            #expect(settings.maxDuration == 30)
            #expect(settings.maxRecursion == 1000)
            #expect(settings.maxMemory.bytes == 1 << 30)
            #expect(settings.maxOutput == nil && settings.maxAllocations == nil && settings.hostFunctions == nil)
            #expect(settings.inputs.isEmpty)
        }
    }

    @Test func limitOptionsInBothSpellings() throws {
        let settings = try #require(QuickRunArguments.parse(
            ["run", "--max-duration", "2.5", "--max-recursion=50", "job.py", "--max-memory", "256MB",
             "--max-output=100", "--max-allocations", "7"]))
        #expect(settings.file == "job.py")
        #expect(settings.maxDuration == 2.5)
        #expect(settings.maxRecursion == 50)
        #expect(settings.maxMemory.bytes == 256 << 20)
        #expect(settings.maxOutput == 100)
        #expect(settings.maxAllocations == 7)
    }

    @Test func everythingElseGoesToTheFullParser() {
        let delegated: [[String]] = [
            [], ["run"], ["--help"], ["run", "--help"], ["help"], ["check", "job.py"], ["repl"],
            ["run", "a.py", "b.py"], ["run", "--", "-odd.py"], ["run", "-odd.py"],
            ["run", "job.py", "--input", "x=1"], ["run", "job.py", "--mount", "/tmp:/data"],
            ["run", "job.py", "--env", "A=1"], ["run", "job.py", "--seed", "3"], ["run", "job.py", "--cwd", "/w"],
            ["run", "job.py", "--host-functions", "tools.py"],
            ["run", "job.py", "--max-duration"], ["run", "job.py", "--max-duration", "soon"],
            ["run", "job.py", "--max-duration", "-1"], ["run", "job.py", "--max-recursion", "1.5"],
            ["run", "job.py", "--max-memory", "lots"], ["run", "job.py", "--max-duration", "1", "--max-duration", "2"],
            ["run", "job.py", "--max-duration=1", "--max-duration", "2"], ["run", "job.py", "-v"],
        ]
        for arguments in delegated {
            #expect(QuickRunArguments.parse(arguments) == nil, "\(arguments)")
        }
    }
}
