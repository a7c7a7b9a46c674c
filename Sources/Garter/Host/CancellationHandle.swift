import Atomics

/// Stops a run from another thread or task.
///
/// The interpreter polls the handle where it checks its time limit (every few thousand
/// loop iterations and calls, inside regular-expression matching and `time.sleep`), so a
/// cancelled run stops within milliseconds with an exception the Python code cannot catch:
/// `KeyboardInterrupt: execution cancelled by the host`, like Ctrl-C in CPython. The
/// `async` runners cancel their run through a handle when their task is cancelled and
/// then throw `CancellationError`.
///
/// ```swift
/// let handle = CancellationHandle()
/// DispatchQueue.global().asyncAfter(deadline: .now() + 1) { handle.cancel() }
/// try program.run(functions: tools, cancellation: handle)   // throws KeyboardInterrupt
/// ```
public final class CancellationHandle: Sendable {
    private let flag = ManagedAtomic<Bool>(false)

    /// A handle that is not cancelled.
    public init() {}

    /// Asks the run to stop. Safe to call from any thread, any number of times.
    public func cancel() {
        flag.store(true, ordering: .relaxed)
    }

    /// True once ``cancel()`` was called.
    public var isCancelled: Bool {
        flag.load(ordering: .relaxed)
    }

    func reset() {
        flag.store(false, ordering: .relaxed)
    }
}
