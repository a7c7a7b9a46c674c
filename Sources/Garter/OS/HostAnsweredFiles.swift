/// The file system of a run whose file operations the host answers through the step API
/// (``OSConfiguration/filesAnsweredByHost``).
///
/// A `_gos` primitive called directly by the dispatch loop may pause. Its Swift code cannot
/// be suspended halfway, so pausing works by replay: the first provider call without an
/// answer records the operation and unwinds the primitive with ``signal``; the run
/// pauses *before* the call instruction, with its operands still on the stack. The host's
/// answer goes into ``answers`` and the instruction runs again from the start; this time
/// the same operation is answered from the log, and the primitive either finishes or stops
/// at its next unanswered operation. The log is keyed by operation (a primitive's read-ahead
/// cache may skip a read on replay), and cleared when the primitive finishes.
///
/// Everything a primitive does before its provider calls is free of side effects (argument
/// checks, path arithmetic, attribute reads), so running it again is harmless. The same holds
/// one level down for two library units the dispatch loop starts: builtin `open()` (which
/// runs `io.open`) and `FOR_ITER` over a file object (its `__next__`): they replay as a whole.
/// (A path object's own `__fspath__` may therefore run again.) Where the run
/// cannot pause (a primitive reached from inside a builtin, such as `json.load(f)` reading
/// the file), operations go to the configuration's ``OSConfiguration/files`` provider.
final class HostAnsweredFiles: OSAccess, @unchecked Sendable {
    /// Answers for the primitive being replayed.
    var answers: [OSOperation: OSAnswer] = [:]
    /// The operation the run paused for.
    var pending: OSOperation?
    /// Whether the primitive running now was called where the run can pause (set around
    /// each call by `VM.callExternal`).
    var canPause = false
    /// The nested-run depth at which primitives may pause too, inside a replayable unit the
    /// dispatch loop started (builtin `open()` running `io.open`, `FOR_ITER` running a file
    /// object's `__next__`); 0 for none.
    var trustedDepth = 0
    /// The frame count when that unit started: it may pause only while every frame above
    /// is the `io` module's own code (a user `__fspath__` called inside `open()` must
    /// neither pause nor see the pause signal).
    var unitBase = 0
    /// What a primitive unwinds with when it must wait for the host (never seen by Python:
    /// the unit that started the call catches it and pauses).
    private(set) lazy var signal: PyInstance = VM.makeExceptionStatic(Builtins.shared.runtimeError, "a file operation waits for the host")
    /// Answers operations that cannot pause.
    let fallback: (any OSAccess)?

    init(fallback: (any OSAccess)?) {
        self.fallback = fallback
    }

    /// The answer for `operation`: from the log, else a pause (or the fallback provider
    /// when the run cannot pause here).
    func answer(_ operation: OSOperation) throws(OSAccessError) -> OSAnswer {
        if canPause {
            if let a = answers[operation] { return a }
            pending = operation
            // The caller converts any error into the pause signal once `pending` is set.
            throw OSAccessError(.inputOutputError, "paused for the host")
        }
        guard let fallback else { throw OSAccessError.noFileSystem }
        return operation.perform(using: fallback)
    }

    /// Forgets the log once the replayed unit finished.
    func finishCall() {
        answers.removeAll(keepingCapacity: true)
        pending = nil
    }

    private func expect(_ operation: OSOperation) throws(OSAccessError) {
        switch try answer(operation) {
        case .error(let e): throw e
        default: return
        }
    }

    func status(_ path: String, followSymlinks: Bool) throws(OSAccessError) -> FileStatus {
        let op = OSOperation.status(path: path, followSymlinks: followSymlinks)
        switch try answer(op) {
        case .status(let s): return s
        case .error(let e): throw e
        default: throw Self.mismatch
        }
    }

    func listDirectory(_ path: String) throws(OSAccessError) -> [String] {
        switch try answer(.listDirectory(path: path)) {
        case .names(let n): return n
        case .error(let e): throw e
        default: throw Self.mismatch
        }
    }

    func createDirectory(_ path: String) throws(OSAccessError) { try expect(.createDirectory(path: path)) }
    func removeFile(_ path: String) throws(OSAccessError) { try expect(.removeFile(path: path)) }
    func removeDirectory(_ path: String) throws(OSAccessError) { try expect(.removeDirectory(path: path)) }
    func rename(_ source: String, to destination: String) throws(OSAccessError) {
        try expect(.rename(source: source, destination: destination))
    }

    func realPath(_ path: String) throws(OSAccessError) -> String {
        switch try answer(.realPath(path: path)) {
        case .path(let p): return p
        case .error(let e): throw e
        default: throw Self.mismatch
        }
    }

    func open(_ path: String, options: OpenOptions) throws(OSAccessError) -> any OpenFile {
        try expect(.open(path: path, options: options))
        return File(owner: self, path: path)
    }

    /// Answers of the wrong kind are refused by `PausedExecution.resume(os:)`; this covers
    /// a fallback provider's own inconsistency.
    static let mismatch = OSAccessError(.inputOutputError)

    /// An open file: every operation names its path.
    final class File: OpenFile {
        let owner: HostAnsweredFiles
        let path: String

        init(owner: HostAnsweredFiles, path: String) {
            self.owner = owner
            self.path = path
        }

        func read(at offset: Int, count: Int) throws(OSAccessError) -> [UInt8] {
            switch try owner.answer(.read(path: path, offset: offset, count: count)) {
            case .bytes(let b): return b.count > count ? Array(b.prefix(max(count, 0))) : b
            case .error(let e): throw e
            default: throw HostAnsweredFiles.mismatch
            }
        }

        func write(_ bytes: [UInt8], at offset: Int) throws(OSAccessError) {
            try owner.expect(.write(path: path, offset: offset, bytes: bytes))
        }

        func size() throws(OSAccessError) -> Int {
            switch try owner.answer(.size(path: path)) {
            case .size(let s): return max(0, min(s, OSRunState.maxPosition))
            case .error(let e): throw e
            default: throw HostAnsweredFiles.mismatch
            }
        }

        func truncate(to size: Int) throws(OSAccessError) {
            try owner.expect(.truncate(path: path, size: size))
        }

        func close() {}
    }
}

extension VM {
    /// `FOR_ITER`'s next item of an instance. A file object's `__next__` (the `io` module's
    /// own) runs as a replayable file unit when the host answers file operations.
    func nextItemOfInstance(_ it: Value) throws(PythonError) -> Value? {
        guard osState.hostFiles != nil, isLibraryFileObject(it) else { return try nextItem(it) }
        return try runFileUnit { () throws(PythonError) -> Value? in try nextItem(it) }
    }

    /// Whether `v`'s `__next__` is the `io` module's (a file object the program opened).
    private func isLibraryFileObject(_ v: Value) -> Bool {
        guard let io = modules["io"], case .object(let o)? = typeOf(v).lookup(HostAnsweredFiles.nextName),
              o.kind == .function else { return false }
        return unsafeDowncast(o, to: PyFunction.self).globals === io.dict
    }

    /// Whether a builtin received `args` straight from the dispatch loop's call instruction
    /// at the outermost level (its arguments are the top of the running frame's stack), so
    /// that the instruction can run again after a pause.
    func isDirectCall(_ args: Arguments) -> Bool {
        guard nativeDepth == 1, pausingEnabled, frameCount > 0 else { return false }
        let top = frames + (frameCount - 1)
        return args.base + args.count == top.pointee.sp
    }
}

extension HostAnsweredFiles {
    static let nextName = PyStr(frozen: "__next__")
}
