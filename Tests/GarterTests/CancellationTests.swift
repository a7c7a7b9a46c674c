import Foundation
import Testing
@testable import Garter

/// Host cancellation: a handle, task cancellation and `Session.interruption` stop a running
/// loop with an uncatchable `KeyboardInterrupt`. Every run also has a 30 s time limit as a
/// backstop, so a cancellation that fails shows up as a `TimeoutError`, not a hang.
struct CancellationTests {
    static let backstop = ResourceLimits(maxDuration: 30)

    /// Cancels from a thread of its own: Dispatch's pool can be saturated by other suites
    /// running in parallel, which would delay the cancellation past the backstop.
    static func cancel(_ handle: CancellationHandle, after seconds: Double) {
        Thread {
            Thread.sleep(forTimeInterval: seconds)
            handle.cancel()
        }.start()
    }

    @Test func handleStopsABusyLoopAndCannotBeCaught() throws {
        let program = try Program(source: """
            n = 0
            while True:
                try:
                    n += 1
                except BaseException:
                    print("caught")
            """)
        let handle = CancellationHandle()
        Self.cancel(handle, after: 0.05)
        do {
            _ = try program.run(functions: [], limits: Self.backstop, cancellation: handle)
            Issue.record("the loop ended by itself")
        } catch let e as PythonException {
            #expect(e.summary == "KeyboardInterrupt: execution cancelled by the host")
            #expect(!e.stdout.contains("caught"))
        }
        #expect(handle.isCancelled)
    }

    @Test func handleStopsSleepAndStepAPI() throws {
        let program = try Program(source: "import time\nfetch()\ntime.sleep(4)\n")
        let handle = CancellationHandle()
        guard case .call(_, let paused) = try program.start(externals: [ExternalFunction("fetch")], limits: Self.backstop, cancellation: handle) else {
            Issue.record("expected a pause")
            return
        }
        Self.cancel(handle, after: 0.05)
        do {
            _ = try paused.resume(.value(.none))
            Issue.record("expected KeyboardInterrupt")
        } catch let e as PythonException {
            #expect(e.typeName == "KeyboardInterrupt")
        }
    }

    @Test func taskCancellationThrowsCancellationError() async throws {
        let program = try Program(source: "while True:\n    pass\n")
        let task = Task { try await program.run(functions: [], limits: Self.backstop) }
        try await Task.sleep(nanoseconds: 50_000_000)
        task.cancel()
        do {
            _ = try await task.value
            Issue.record("the loop ended by itself")
        } catch {
            #expect(error is CancellationError)
        }
    }

    @Test func sessionInterruptEndsOnlyTheCurrentFeed() throws {
        let session = Session(limits: Self.backstop)
        _ = try Self.feed(session, "x = 1")
        // Each feed starts with the handle reset: keep interrupting until the loop stops.
        let done = CancellationHandle()
        let interruption = session.interruption
        Thread {
            while !done.isCancelled {
                usleep(20_000)
                interruption.cancel()
            }
        }.start()
        defer { done.cancel() }
        do {
            _ = try Self.feed(session, "while True:\n    x += 1\n")
            Issue.record("the loop ended by itself")
        } catch let e as PythonException {
            #expect(e.typeName == "KeyboardInterrupt")
        }
        #expect(try Self.feed(session, "x > 1").value == true)
    }

    static func feed(_ session: Session, _ code: String) throws -> RunResult {
        try session.feed(code)
    }
}
