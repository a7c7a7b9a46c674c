
/// A thread of its own for the asynchronous host functions of a synchronous run.
///
/// The synchronous runner blocks its caller until the Python program ends. When the caller
/// is itself one of Swift's cooperative threads (a synchronous function called from async
/// code, a test), tasks started on the global executor may find every cooperative thread
/// blocked or busy and never run: the run then waits for a thread that only its own end
/// would free. Tasks that prefer this executor run their non-isolated code here instead.
///
/// The thread ends once ``finish()`` was called and every task started through
/// ``start(_:)`` has completed, so calls still in flight when a run ends (it raised before
/// awaiting them) finish normally.
@available(macOS 15.0, iOS 18.0, tvOS 18.0, watchOS 11.0, *)
final class HostCallThread: TaskExecutor, @unchecked Sendable {
    private let condition = Condition()
    private var jobs: [UnownedJob] = []
    private var running = 0
    private var finished = false

    init() {
        Threads.start(name: "garter-host-calls") { [self] in serve() }
    }

    /// Starts `body` as a task whose non-isolated code runs on this thread.
    func start(_ body: @escaping @Sendable () async -> Void) {
        condition.lock()
        running += 1
        condition.unlock()
        Task(executorPreference: self) {
            await body()
            self.taskEnded()
        }
    }

    /// Lets the thread end once the tasks started so far have completed.
    func finish() {
        condition.lock()
        finished = true
        condition.signal()
        condition.unlock()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func taskEnded() {
        condition.lock()
        running -= 1
        condition.signal()
        condition.unlock()
    }

    private func serve() {
        let executor = asUnownedTaskExecutor()
        var next = 0
        while true {
            condition.lock()
            while next == jobs.count && !(finished && running == 0) { condition.wait() }
            if next == jobs.count {
                condition.unlock()
                return
            }
            let job = jobs[next]
            next += 1
            if next == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                next = 0
            }
            condition.unlock()
            job.runSynchronously(on: executor)
        }
    }
}
